#include "report/audit_text.hpp"

#include <ctime>

#include <fmt/format.h>

#include "checker/check_finding.hpp"
#include "checker/describe.hpp"
#include "report/catalogue.hpp"
#include "report/check_figures.hpp"
#include "report/number_format.hpp"
#include "report/tally.hpp"

namespace cijfer {
namespace {

// Computed values of a share get one digit more than the stated percentage, so that the
// difference rounding absorbs (28,9% for "29 procent") shows.
int computed_decimals(const Document& doc, const Relation& relation) {
    if (relation.form == Relation::Form::share && relation.anchor)
        return doc.figures.at(*relation.anchor).number.decimals + 1;
    return relation_decimals(doc, relation);
}

// Figures of an "x 1.000" table are written in thousands: state their sums the same way.
double shown_scale(const Document& doc, const Relation& relation) {
    if (relation.form == Relation::Form::share) return 1;
    const auto shown = shown_figure(doc, relation);
    const double scale = shown ? doc.figures[*shown].scale : 1;
    return scale != 0 ? scale : 1;
}

std::string number_text(const Document& doc, const Relation& relation, double value) {
    const std::string text = document_number(value / shown_scale(doc, relation), computed_decimals(doc, relation));
    return relation.form == Relation::Form::share ? text + "%" : text;
}

Severity severity_of(const RuleSet* rules, const std::string& rule_id) {
    if (rules)
        for (const RuleSpec& rule : rules->rules)
            if (rule.id == rule_id) return rule.severity;
    return Severity::error;
}

std::string count_text(int n, Lang lang) { return format_number(n, 0, false, lang); }

}  // namespace

std::string word(std::string_view key, Lang lang) { return render(Message{std::string(key), {}}, lang); }

Verdict verdict_of(const CheckResult& check) {
    if (!check.settled_by.empty()) return Verdict::settled;
    switch (check.evaluation.outcome) {
    case Outcome::passed: return Verdict::passed;
    case Outcome::passed_within_rounding: return Verdict::within_rounding;
    case Outcome::failed:
    case Outcome::unreadable: return Verdict::failed;
    }
    return Verdict::failed;
}

std::string_view verdict_symbol(Verdict verdict) {
    switch (verdict) {
    case Verdict::passed: return "\u2713";
    case Verdict::within_rounding: return "\u2248";
    case Verdict::failed: return "\u2717";
    case Verdict::settled: return "\u2192";
    }
    return "?";
}

std::string_view verdict_class(Verdict verdict) {
    switch (verdict) {
    case Verdict::passed: return "passed";
    case Verdict::within_rounding: return "rounding";
    case Verdict::failed: return "failed";
    case Verdict::settled: return "settled";
    }
    return "failed";
}

std::string verdict_text(const AuditInput& view, std::size_t check, Lang lang) {
    const CheckResult& result = view.input->report->checks.at(check);
    switch (verdict_of(result)) {
    case Verdict::passed: return word("audit.verdict.passed", lang);
    case Verdict::within_rounding: return word("audit.verdict.within-rounding", lang);
    case Verdict::failed:
        return word(result.evaluation.outcome == Outcome::unreadable ? "audit.verdict.unreadable" : "audit.verdict.failed",
                    lang);
    case Verdict::settled: {
        const auto finding = view.check_finding.at(check);
        return render(Message{"audit.verdict.settled", {}}.text(
                          "finding", finding ? std::to_string(*finding + 1) : result.settled_by),
                      lang);
    }
    }
    return {};
}

std::string recomputed_text(const Document& doc, const CheckResult& check) {
    return number_text(doc, check.relation, check.evaluation.expected);
}

std::string interval_text(const Document& doc, const CheckResult& check, Lang lang) {
    const Interval& range = check.evaluation.expected_interval;
    const std::string lo = number_text(doc, check.relation, range.lo);
    const std::string hi = number_text(doc, check.relation, range.hi);
    if (lo == hi) return word("audit.exact", lang);
    return render(Message{"audit.interval", {}}.text("lo", lo).text("hi", hi), lang);
}

std::string stated_text(const Document& doc, const CheckResult& check) {
    const Relation& relation = check.relation;
    if (!relation.anchor) return document_number(relation.constant, 0);
    return relation.form == Relation::Form::share ? written_with_unit(doc, *relation.anchor) : written(doc, *relation.anchor);
}

std::string check_text(const AuditInput& view, std::size_t check, Lang lang) {
    const Document& doc = *view.input->doc;
    const CheckResult& result = view.input->report->checks.at(check);
    const Relation& relation = result.relation;
    const std::string verdict = verdict_text(view, check, lang);
    if (relation.form == Relation::Form::share && relation.parts.size() == 2)
        return render(Message{"audit.check.share", {}}
                          .text("part", written(doc, relation.parts[0].figure))
                          .text("whole", written(doc, relation.parts[1].figure))
                          .text("value", recomputed_text(doc, result))
                          .text("interval", interval_text(doc, result, lang))
                          .text("stated", stated_text(doc, result))
                          .text("verdict", verdict),
                      lang);
    std::string parts = parts_text(doc, relation);
    if (relation.parts.size() > 6)
        parts = render(Message{"audit.check.many-parts", {}}.number("n", static_cast<double>(relation.parts.size())),
                       lang);
    // A total stated in a table, summed from the text (cross-total): say which cell.
    if (relation.anchor && *relation.anchor < view.cell_of.size() && view.cell_of[*relation.anchor]) {
        const CellPosition& cell = *view.cell_of[*relation.anchor];
        const Table& table = doc.tables.at(cell.table);
        const std::string column = cell.column < table.columns.size() ? table.columns[cell.column].label : "";
        return render(Message{"audit.check.sum.cell", {}}
                          .text("parts", parts)
                          .text("value", recomputed_text(doc, result))
                          .text("interval", interval_text(doc, result, lang))
                          .number("table", static_cast<double>(cell.table + 1))
                          .text("row", row_name(table.rows.at(cell.row)))
                          .text("column", column)
                          .text("stated", stated_text(doc, result))
                          .text("verdict", verdict),
                      lang);
    }
    return render(Message{"audit.check.sum", {}}
                      .text("parts", parts)
                      .text("value", recomputed_text(doc, result))
                      .text("interval", interval_text(doc, result, lang))
                      .text("stated", stated_text(doc, result))
                      .text("verdict", verdict),
                  lang);
}

std::string cell_note(const AuditInput& view, std::size_t check, Lang lang) {
    const Document& doc = *view.input->doc;
    const CheckResult& result = view.input->report->checks.at(check);
    return render(Message{"audit.cell.note", {}}
                      .text("value", recomputed_text(doc, result))
                      .text("interval", interval_text(doc, result, lang))
                      .text("verdict", verdict_text(view, check, lang)),
                  lang);
}

std::string location_text(const AuditInput& view, Span span, Lang lang) {
    const Location at = view.input->source->locate(span.begin);
    Message message{view.paged ? "audit.location.paged" : "audit.location", {}};
    if (view.paged) message.number("page", page_of(*view.input->source, span.begin));
    return render(message.number("line", at.line).number("column", at.column), lang);
}

std::string utc_time(std::int64_t epoch) {
    const std::time_t t = static_cast<std::time_t>(epoch);
    std::tm parts{};
    gmtime_r(&t, &parts);
    return fmt::format("{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC", parts.tm_year + 1900, parts.tm_mon + 1,
                       parts.tm_mday, parts.tm_hour, parts.tm_min, parts.tm_sec);
}

std::string table_heading(const AuditInput& view, std::size_t table, Lang lang) {
    const Document& doc = *view.input->doc;
    return render(Message{"audit.table.heading", {}}
                      .number("n", static_cast<double>(table + 1))
                      .text("name", table_reference(doc, doc.tables.at(table))),
                  lang);
}

std::string code_as_written(const Row& row) {
    if (row.code.empty() || row.code.find('.') != std::string::npos) return row.code;
    return row.code + ".";
}

std::string kind_text(std::string_view kind, Lang lang) {
    const std::string key = "audit.kind." + std::string(kind);
    return find_catalogue_entry(key) ? word(key, lang) : std::string(kind);
}

std::optional<std::string> waived_text(const Finding& finding, Lang lang) {
    const auto& w = finding.waived;
    if (!w) return std::nullopt;
    return render(Message{"report.waived", {}}
                      .text("reason", w->reason)
                      .text("by", w->accepted_by)
                      .text("expires", w->expires)
                      .text("where", w->where),
                  lang);
}

std::vector<LabelledValue> summary_rows(const std::vector<AuditInput>& inputs, const RuleSet* rules,
                                        const Provenance& provenance, Lang lang) {
    Tally all;
    int failed_by[3] = {0, 0, 0};
    for (const AuditInput& view : inputs) {
        add(all, tally(*view.input->report));
        const auto& checks = view.input->report->checks;
        for (std::size_t k = 0; k < checks.size(); ++k) {
            if (verdict_of(checks[k]) != Verdict::failed) continue;
            // A failed check whose finding a waiver accepted is counted under "waived".
            const auto f = view.check_finding[k];
            if (f && view.input->report->findings[*f].waived) continue;
            ++failed_by[static_cast<int>(severity_of(rules, checks[k].rule_id))];
        }
    }
    const auto n = [&](int value) { return count_text(value, lang); };
    return {
        {word("audit.summary.checks", lang), n(all.checks)},
        {word("audit.summary.passed", lang), n(all.passed - all.within_rounding)},
        {word("audit.summary.within-rounding", lang), n(all.within_rounding)},
        {word("audit.summary.failed-error", lang), n(failed_by[static_cast<int>(Severity::error)])},
        {word("audit.summary.failed-warning", lang), n(failed_by[static_cast<int>(Severity::warning)])},
        {word("audit.summary.failed-info", lang), n(failed_by[static_cast<int>(Severity::info)])},
        {word("audit.summary.settled", lang), n(all.settled)},
        {word("audit.summary.waived", lang), n(provenance.waived_findings)},
        {word("audit.summary.findings-error", lang), n(all.errors)},
        {word("audit.summary.findings-warning", lang), n(all.warnings)},
        {word("audit.summary.findings-info", lang), n(all.infos)},
        {word("audit.summary.tokens", lang), n(all.coverage.total)},
        {word("audit.summary.tokens-checked", lang), n(all.coverage.checked)},
        {word("audit.summary.tokens-placed", lang), n(all.coverage.placed)},
        {word("audit.summary.tokens-non-statistical", lang), n(all.coverage.non_statistical)},
        {word("audit.summary.tokens-unclassified", lang), n(all.coverage.unclassified)},
    };
}

}  // namespace cijfer
