#include <algorithm>
#include <map>
#include <ostream>

#include <fmt/format.h>

#include "report/catalogue.hpp"
#include "report/check_figures.hpp"
#include "report/finding_lines.hpp"
#include "report/reporters.hpp"
#include "report/span_location.hpp"
#include "report/summary_lines.hpp"
#include "report/tally.hpp"

namespace cijfer {

namespace {

constexpr std::string_view gutter_blank = "      | ";
constexpr std::string_view note_prefix = "      = ";

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

/// Bytes of a long line shown either side of the span: a 50 KB line (a table of 10.000
/// columns) is not copied into the report once per finding.
constexpr std::size_t excerpt_context = 80;

// The source line with a caret under the span: `^` at its first code point, `~` under the
// rest. Tabs before the span are copied so that the caret stays aligned in any terminal.
// A long line is cut to the span and its context, with "…" where text is left out.
void write_excerpt(std::ostream& out, const SourceText& source, Span span) {
    const SpanLocation at = locate_span(source, span);
    const std::string_view line = source.line(at.line);
    // PDF-extracted lines often end in padding; trailing blanks only make diffs noisy.
    auto shown = line.substr(0, line.find_last_not_of(" \t") + 1);
    const std::size_t offset = span.begin - source.line_start(at.line);
    std::size_t from = 0;
    if (shown.size() > 2 * excerpt_context + span.size()) {
        from = offset > excerpt_context ? offset - excerpt_context : 0;
        auto to = std::min(shown.size(), offset + span.size() + excerpt_context);
        while (from > 0 && is_continuation(shown[from])) --from;
        while (to < shown.size() && is_continuation(shown[to])) ++to;
        const bool cut_end = to < shown.size();
        shown = shown.substr(from, to - from);
        out << fmt::format("{:>5} | {}{}{}\n", at.line, from > 0 ? "\u2026" : "", shown, cut_end ? "\u2026" : "");
    } else {
        out << fmt::format("{:>5} | {}\n", at.line, shown);
    }

    std::string pad = from > 0 ? " " : "";
    const auto before = line.substr(from, offset - from);
    for (char c : before) {
        if (is_continuation(c)) continue;
        pad += c == '\t' ? '\t' : ' ';
    }
    const int width = std::max(1, at.end_column - at.column);
    out << gutter_blank << pad << '^' << std::string(static_cast<std::size_t>(width - 1), '~') << '\n';
}

void write_finding(std::ostream& out, const SourceText& source, const Finding& finding, Lang lang) {
    out << fmt::format("{}: {}: {} [{}]{}\n", position_text(source, finding.span),
                       severity_word(finding.severity, lang), render(finding.message, lang), finding.rule_id,
                       place_suffix(source, finding.span));
    write_excerpt(out, source, finding.span);

    Message values;
    if (!finding.expected.empty() && !finding.found.empty())
        values = Message{"report.expected-found", {}}.text("expected", finding.expected).text("found", finding.found);
    else if (!finding.expected.empty()) values = Message{"report.expected", {}}.text("expected", finding.expected);
    else if (!finding.found.empty()) values = Message{"report.found", {}}.text("found", finding.found);
    if (!values.key.empty()) out << note_prefix << render(values, lang) << '\n';

    for (const auto& related : finding.related) {
        const Message line = Message{"report.related", {}}
                                 .text("location", position_text(source, related.span))
                                 .text("role", related.role);
        out << note_prefix << render(line, lang) << '\n';
    }
    if (const auto& w = finding.waived)
        out << note_prefix
            << render(Message{"report.waived", {}}.text("reason", w->reason).text("by", w->accepted_by).text("expires", w->expires).text("where", w->where), lang)
            << '\n';
}

// Verbose output: a check that holds only because the figures are rounded, so that an
// auditor sees every place where the document relies on rounding.
void write_within_rounding(std::ostream& out, const CheckedInput& input, const CheckResult& check, Lang lang) {
    const auto figure = shown_figure(*input.doc, check.relation);
    if (!figure) return;
    const Figure& shown = input.doc->figures[*figure];
    const int decimals = shown.number.decimals;
    // A computed share (39,94%) needs one digit more than the stated one (40%) to show
    // the difference that rounding absorbs.
    const int computed = check.relation.form == Relation::Form::share ? decimals + 1 : decimals;
    const Evaluation& e = check.evaluation;
    // Figures of a "(mln euro)" table are written in millions: state the sums the same way.
    const double scale = shown.scale != 0 ? shown.scale : 1;
    const Message message = Message{"report.within-rounding", {}}
                                .text("context", check.relation.context)
                                .number("found", e.found / scale, decimals)
                                .number("expected", e.expected / scale, computed)
                                .number("difference", e.imbalance() / scale, computed, true);
    out << fmt::format("{}: {}: {} [{}]\n", position_text(*input.source, shown.number.span),
                       severity_word(Severity::info, lang), render(message, lang), check.rule_id);
}

/// "doc.txt: non-statistical numbers by reason: year 12, date 3": every class of the
/// partition is then accounted for (docs/coverage.md), in the order of NonStatistical.
void write_coverage_reasons(std::ostream& out, const CheckedInput& input, Lang lang) {
    std::map<int, int> by_reason;
    for (const auto& token : input.doc->tokens)
        if (token.role == TokenRole::non_statistical) ++by_reason[static_cast<int>(token.why)];
    std::string reasons;
    for (const auto& [why, count] : by_reason) {
        if (!reasons.empty()) reasons += ", ";
        const std::string key = std::string("coverage.reason.") + to_string(static_cast<NonStatistical>(why));
        reasons += render(Message{key, {}}, lang) + " " + std::to_string(count);
    }
    if (reasons.empty()) reasons = render(Message{"audit.none", {}}, lang);
    out << input.source->name() << ": " << render(Message{"report.coverage.reasons", {}}.text("reasons", reasons), lang)
        << '\n';
}

void write_summary(std::ostream& out, std::string_view prefix, const Tally& t, Lang lang) {
    for (const auto& line : summary_lines(prefix, t, lang)) out << line << '\n';
}

}  // namespace

Tally write_text_input(std::ostream& out, const CheckedInput& input, const ReportContext& ctx) {
    const CheckReport& report = *input.report;
    for (const auto& finding : report.findings) {
        // Info findings wait for --verbose, except the numbers the tool could not read:
        // every run says what it did not understand.
        if (finding.severity == Severity::info && !ctx.verbose && finding.kind != "coverage") continue;
        write_finding(out, *input.source, finding, ctx.lang);
    }
    if (ctx.verbose) {
        for (const auto& check : report.checks)
            if (check.evaluation.outcome == Outcome::passed_within_rounding && check.settled_by.empty())
                write_within_rounding(out, input, check, ctx.lang);
    }
    const Tally t = tally(report);
    // A PDF, Word or non-UTF-8 input says how it was read; plain UTF-8 text needs no note.
    const InputInfo& info = input.source->info();
    if (info.format != "text" || info.encoding != "UTF-8")
        out << input.source->name() << ": "
            << render(Message{"report.summary.input", {}}.text("format", info.format).text("encoding", info.encoding),
                      ctx.lang)
            << '\n';
    write_summary(out, input.source->name(), t, ctx.lang);
    if (ctx.coverage) write_coverage_reasons(out, input, ctx.lang);
    const auto waived = std::count_if(report.findings.begin(), report.findings.end(), [](const Finding& f) { return f.waived.has_value(); });
    if (waived > 0)
        out << input.source->name() << ": "
            << render(Message{"report.summary.waived", {}}.number("waived", static_cast<double>(waived)), ctx.lang) << '\n';
    return t;
}

void write_text_total(std::ostream& out, std::size_t inputs, const Tally& all, Lang lang) {
    // With one input the total would repeat its summary word for word.
    if (inputs > 1) write_summary(out, all_inputs_label(inputs, lang), all, lang);
}

void write_text(std::ostream& out, const ReportContext& ctx) {
    Tally all;
    for (const auto& input : ctx.inputs) add(all, write_text_input(out, input, ctx));
    write_text_total(out, ctx.inputs.size(), all, ctx.lang);
}

}  // namespace cijfer
