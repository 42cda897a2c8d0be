#include "checker/check_finding.hpp"

#include <cmath>
#include <tuple>

#include <fmt/format.h>

#include "checker/describe.hpp"

namespace cijfer {
namespace {

bool all_parts_percent(const Document& doc, const Relation& relation) {
    if (relation.parts.empty()) return false;
    for (const Term& term : relation.parts)
        if (doc.figures.at(term.figure).unit != Unit::percent) return false;
    return true;
}

/// Enough decimals to show a tolerance such as 4, 0,4 or 2,25 without rounding it away.
int decimals_for(double value, int at_least) {
    int decimals = at_least;
    while (decimals < 3 && std::abs(value * std::pow(10.0, decimals) - std::round(value * std::pow(10.0, decimals))) > 1e-6)
        ++decimals;
    return decimals;
}

/// The anchor as written; a constant (100) is written without decimals.
std::string found_text(const Document& doc, const Relation& relation) {
    return relation.anchor ? written(doc, *relation.anchor) : document_number(relation.constant, 0);
}

void add_related(const Document& doc, const Relation& relation, FigureId anchor, Finding& finding) {
    const auto add = [&](FigureId id) {
        if (id != anchor) finding.related.push_back({doc.figures.at(id).number.span, figure_role(doc, id)});
    };
    if (relation.anchor) add(*relation.anchor);
    for (const Term& term : relation.parts) add(term.figure);
}

/// A relation the numbers imply: the finding says what was inferred and how sure it is.
Message inferred_message(const Document& doc, const Relation& relation, const Evaluation& e, int decimals) {
    const Relation::Inferred& inferred = *relation.inferred;
    return Message{inferred.column ? "inferred.column.failed" : "inferred.subtotal.failed", {}}
        .text("context", relation.context)
        .text("formula", inferred.formula)
        .number("holding", inferred.holding)
        .number("checked", inferred.checked)
        .text("found", found_text(doc, relation))
        .number("expected", e.expected, decimals)
        .number("imbalance", e.imbalance(), decimals, true)
        .number("excess", e.excess, decimals_for(e.excess, decimals));
}

Message sum_message(const Document& doc, const Relation& relation, const Evaluation& e, int decimals) {
    if (relation.inferred) return inferred_message(doc, relation, e, decimals);
    if (all_parts_percent(doc, relation)) {
        const double allowed = (e.found_interval.width() + e.expected_interval.width()) / 2;
        const auto found = relation.anchor ? written_with_unit(doc, *relation.anchor)
                                           : document_number(relation.constant, 0) + "%";
        return Message{"percent-sum.failed", {}}
            .text("context", relation.context)
            .text("found", found)
            .number("expected", e.expected, decimals)
            .number("n", static_cast<double>(relation.parts.size()))
            .number("allowed", allowed, decimals_for(allowed, decimals));
    }
    return Message{"sum.failed", {}}
        .text("context", relation.context)
        .text("found", found_text(doc, relation))
        .number("expected", e.expected, decimals)
        .text("parts", parts_text(doc, relation))
        .number("imbalance", e.imbalance(), decimals, true)
        .number("excess", e.excess, decimals_for(e.excess, decimals));
}

Message share_message(const Document& doc, const Relation& relation, const Evaluation& e) {
    return Message{"share.failed", {}}
        .text("context", relation.context)
        .text("found", written_with_unit(doc, *relation.anchor))
        .number("expected", e.expected, 1)
        .text("part", written(doc, relation.parts.at(0).figure))
        .text("whole", written(doc, relation.parts.at(1).figure));
}

}  // namespace

std::optional<FigureId> anchor_figure(const Relation& relation) {
    if (relation.anchor) return relation.anchor;
    if (!relation.parts.empty()) return relation.parts.front().figure;
    return std::nullopt;
}

Finding finding_for_failed_check(const Document& doc, const RuleSpec& rule, const CheckResult& check) {
    const Relation& relation = check.relation;
    const int decimals = relation.form == Relation::Form::share ? 1 : relation_decimals(doc, relation);
    // Figures of a "(mln euro)" table are written in millions: state the sums the same way.
    const auto shown = anchor_figure(relation);
    const double scale = shown ? doc.figures.at(*shown).scale : 1;
    Evaluation e = check.evaluation;
    e.found /= scale;
    e.expected /= scale;
    e.excess /= scale;

    Finding finding;
    finding.rule_id = rule.id;
    finding.kind = rule.kind;
    finding.severity = rule.severity;
    const auto anchor = anchor_figure(relation);
    if (anchor) finding.span = doc.figures.at(*anchor).number.span;
    finding.message = relation.form == Relation::Form::share ? share_message(doc, relation, e)
                                                             : sum_message(doc, relation, e, decimals);
    if (relation.custom) finding.message = relation.custom->failure_message(doc, check.evaluation);
    finding.found = found_text(doc, relation);
    finding.expected = document_number(e.expected, decimals);
    if (relation.form == Relation::Form::share) finding.expected += "%";
    if (relation.custom)
        std::tie(finding.found, finding.expected) = relation.custom->found_and_expected(doc, check.evaluation);
    if (anchor) add_related(doc, relation, *anchor, finding);
    return finding;
}

std::string check_text(const Document& doc, const Relation& relation, const Evaluation& evaluation,
                       std::optional<std::pair<FigureId, std::string>> replaced) {
    if (relation.custom) return relation.custom->text(doc, evaluation, replaced);
    const auto show = [&](FigureId id) { return replaced && replaced->first == id ? replaced->second : written(doc, id); };
    const auto stated = relation.anchor ? (relation.form == Relation::Form::share ? written_with_unit(doc, *relation.anchor)
                                                                                  : show(*relation.anchor))
                                        : document_number(relation.constant, 0);
    if (relation.form == Relation::Form::share && relation.parts.size() == 2)
        return fmt::format("{} / {} = {}% \u2248 {}", show(relation.parts[0].figure), show(relation.parts[1].figure),
                           document_number(evaluation.expected, 1), stated);
    std::string sum;
    for (const Term& term : relation.parts)
        sum += (sum.empty() ? (term.sign < 0 ? "\u2212" : "") : (term.sign < 0 ? " \u2212 " : " + ")) + show(term.figure);
    return fmt::format("{} = {} \u2248 {}", sum, document_number(evaluation.expected, relation_decimals(doc, relation)),
                       stated);
}

}  // namespace cijfer
