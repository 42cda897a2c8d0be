#include "checker/kinds/kinds.hpp"

#include <algorithm>
#include <cmath>

#include "checker/check_finding.hpp"
#include "checker/describe.hpp"
#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

bool involves(const Relation& relation, FigureId id) {
    if (relation.anchor == id) return true;
    return std::any_of(relation.parts.begin(), relation.parts.end(), [&](const Term& t) { return t.figure == id; });
}

bool passes(const Evaluation& e) {
    return e.outcome == Outcome::passed || e.outcome == Outcome::passed_within_rounding;
}

std::string readings_text(const NumberLiteral& number) {
    std::string text;
    for (const Reading& reading : number.readings) text += (text.empty() ? "" : ", ") + reading.written;
    return text;
}

/// How far a passing evaluation lies from agreeing exactly, relative to its size.
double distance(const Evaluation& e) {
    return std::abs(e.imbalance()) / std::max(1.0, std::abs(e.expected));
}

/// The reading under which every unreadable check involving the figure passes. When several
/// do ("66.3000" as 66.000 and as 66.300 both round to 40% of 166.100), the one closest to
/// the stated values wins: 66.300 gives 39,9%, 66.000 only 39,7%.
std::optional<std::size_t> settling_reading(const Document& doc, FigureId id, const std::vector<CheckResult*>& checks) {
    if (checks.empty()) return std::nullopt;
    const auto& readings = doc.figures[id].number.readings;
    std::optional<std::size_t> best;
    double best_distance = 0;
    for (std::size_t r = 0; r < readings.size(); ++r) {
        double total = 0;
        bool all_pass = true;
        for (const CheckResult* check : checks) {
            const auto e = evaluate(doc, check->relation, std::pair{id, readings[r].value});
            all_pass = all_pass && passes(e);
            total += distance(e);
        }
        if (all_pass && (!best || total < best_distance)) {
            best = r;
            best_distance = total;
        }
    }
    return best;
}

void conclude(const RuleRun& run, std::vector<CheckResult>& checks, std::vector<Finding>& findings) {
    const Document& doc = run.doc;
    for (FigureId id = 0; id < doc.figures.size(); ++id) {
        const NumberLiteral& number = doc.figures[id].number;
        if (number.has_value()) continue;
        std::vector<CheckResult*> involved;
        for (CheckResult& check : checks)
            if (check.evaluation.outcome == Outcome::unreadable && involves(check.relation, id)) involved.push_back(&check);

        Finding finding = make_finding(run, number.span, {});
        finding.found = written(doc, id);
        const auto settled = settling_reading(doc, id, involved);
        std::string account;
        if (settled) {
            const Reading& reading = number.readings[*settled];
            for (CheckResult* check : involved) {
                // The check keeps its outcome (the document as written cannot be checked);
                // its numbers become those under the settling reading, for the audit trail.
                const auto outcome = check->evaluation.outcome;
                check->evaluation = evaluate(doc, check->relation, std::pair{id, reading.value});
                check->evaluation.outcome = outcome;
                check->settled_by = run.rule.id;
                account += (account.empty() ? "" : "; ") +
                           check_text(doc, check->relation, check->evaluation, std::pair{id, reading.written});
                for (const Term& term : check->relation.parts)
                    if (term.figure != id) finding.related.push_back({doc.figures[term.figure].number.span, figure_role(doc, term.figure)});
                if (check->relation.anchor && *check->relation.anchor != id)
                    finding.related.push_back({doc.figures[*check->relation.anchor].number.span, figure_role(doc, *check->relation.anchor)});
            }
            finding.expected = reading.written;
        }
        if (number.shape == NumberShape::ambiguous)
            finding.message = Message{"number.ambiguous", {}}.text("written", finding.found).text("readings", readings_text(number));
        else if (settled)
            finding.message = Message{"number.malformed", {}}
                                  .text("written", finding.found)
                                  .text("why", number.readings[*settled].why)
                                  .text("reading", number.readings[*settled].written)
                                  .text("check", account);
        else if (number.readings.empty())
            finding.message = Message{"number.too-many-digits", {}}
                                  .text("written", finding.found)
                                  .number("digits", static_cast<double>(max_exact_digits));
        else
            finding.message = Message{"number.malformed.unresolved", {}}.text("written", finding.found).text("readings", readings_text(number));
        findings.push_back(std::move(finding));
    }
}

}  // namespace

RuleKind number_format_kind() {
    RuleKind kind;
    kind.id = "number-format";
    kind.summary = "Malformed or ambiguous numbers, with the reading that makes the other checks agree.";
    kind.doc = kind_doc(kind.id);
    // No collect step: literals are judged once the other rules' checks show which
    // reading makes them agree.
    kind.conclude = conclude;
    return kind;
}

}  // namespace cijfer
