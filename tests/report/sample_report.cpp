#include "sample_report.hpp"

#include <stdexcept>

namespace cijfer::test {

namespace {

// The span of the n-th occurrence (0-based) of `text` in the source.
Span span_of(const SourceText& source, std::string_view text, int occurrence = 0) {
    std::size_t at = source.bytes().find(text);
    for (int i = 0; i < occurrence && at != std::string_view::npos; ++i) at = source.bytes().find(text, at + 1);
    if (at == std::string_view::npos) throw std::logic_error("sample text not found");
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + text.size())};
}

Figure count(const SourceText& source, std::string_view written, double value, double rounding_unit) {
    Figure f;
    f.number.span = span_of(source, written);
    f.number.shape = NumberShape::grouped;
    f.number.value = value;
    f.number.integer_digits = static_cast<int>(written.size()) - 1;
    f.span = f.number.span;
    f.unit = Unit::count;
    f.rounding_unit = rounding_unit;
    f.precision_reason = rounding_unit > 0 ? "prose counts, all multiples of 100" : "column of mixed values";
    return f;
}

CheckResult check(std::string rule_id, std::string kind, FigureId anchor, std::vector<FigureId> parts,
                  std::string context, Outcome outcome, double found, double expected, double excess) {
    CheckResult c;
    c.rule_id = std::move(rule_id);
    c.kind = std::move(kind);
    c.relation.anchor = anchor;
    for (FigureId p : parts) c.relation.parts.push_back({p, 1});
    c.relation.context = std::move(context);
    c.relation.year = "2023";
    c.evaluation.outcome = outcome;
    c.evaluation.found = found;
    c.evaluation.expected = expected;
    c.evaluation.excess = excess;
    return c;
}

}  // namespace

ReportContext SampleReport::context(Lang lang, bool verbose) const {
    ReportContext ctx;
    ctx.inputs.push_back({source.get(), &doc, &report});
    ctx.rules = &rules;
    ctx.lang = lang;
    ctx.verbose = verbose;
    ctx.tool_version = "0.1.0-test";
    return ctx;
}

std::unique_ptr<SampleReport> make_sample_report(const std::string& name) {
    auto s = std::make_unique<SampleReport>();
    s->source = std::make_unique<SourceText>(
        name,
        "In 2023 heeft het OM 56.400 misdrijfzaken onvoorwaardelijk geseponeerd en 9.400\n"
        "misdrijfzaken voorwaardelijk.\n"
        "\n"
        "Eindtotaal 65.496        73.599        \n"
        "Totaal één\t52.897\n");
    const SourceText& src = *s->source;

    s->doc.source = &src;
    s->doc.figures = {count(src, "56.400", 56400, 100), count(src, "9.400", 9400, 100),
                      count(src, "65.496", 65496, 0), count(src, "73.599", 73599, 0),
                      count(src, "52.897", 52897, 0)};

    s->rules.rules = {{"om-eindtotaal", "cross-total", Severity::warning,
                       "Eindtotaal agrees with the prose counts", {}, {"rules.yaml", 3, 3}},
                      {"om-coverage", "coverage", Severity::info, "Every number is classified", {}, {"rules.yaml", 9, 3}}};
    s->rules.files = {"rules.yaml"};

    Finding total;
    total.rule_id = "om-eindtotaal";
    total.kind = "cross-total";
    total.severity = Severity::warning;
    total.span = s->doc.figures[2].number.span;
    total.message = Message{"sum.failed", {}}
                        .text("context", "Aantal misdrijfzaken › Eindtotaal › 2023")
                        .text("found", "65.496")
                        .text("expected", "65.800")
                        .text("parts", "56.400 + 9.400")
                        .number("imbalance", -304, 0, true)
                        .number("excess", 204);
    total.expected = "65.800";
    total.found = "65.496";
    total.related = {{s->doc.figures[0].number.span, "56.400 misdrijfzaken onvoorwaardelijk geseponeerd (2023)"},
                     {s->doc.figures[1].number.span, "9.400 misdrijfzaken voorwaardelijk (2023)"}};

    Finding unclassified;
    unclassified.rule_id = "om-coverage";
    unclassified.kind = "coverage";
    unclassified.severity = Severity::info;
    unclassified.span = s->doc.figures[4].number.span;
    unclassified.message = Message{"token.unclassified", {}}.text("text", "52.897");

    s->report.findings = {total, unclassified};
    s->report.checks = {
        check("om-eindtotaal", "cross-total", 2, {0, 1}, "Aantal misdrijfzaken › Eindtotaal › 2023",
              Outcome::failed, 65496, 65800, 204),
        check("om-eindtotaal", "cross-total", 4, {1}, "Strafbeschikkingen › Totaal › 2023",
              Outcome::passed_within_rounding, 52897, 52900, 0),
        check("om-eindtotaal", "cross-total", 3, {3}, "Aantal misdrijfzaken › Eindtotaal › 2024",
              Outcome::passed, 73599, 73599, 0),
        check("om-share", "percent-of-total", 0, {0, 1}, "onvoorwaardelijk geseponeerd › 2023",
              Outcome::unreadable, 0, 0, 0),
    };
    s->report.checks[3].settled_by = "om-number-format";
    s->report.coverage = {9, 4, 1, 3, 1};
    return s;
}

}  // namespace cijfer::test
