#include <ostream>

#include "report/catalogue.hpp"
#include "report/finding_lines.hpp"
#include "report/github_command_escape.hpp"
#include "report/reporters.hpp"
#include "report/span_location.hpp"
#include "report/summary_lines.hpp"
#include "report/tally.hpp"

namespace cijfer {

namespace {

const char* command_name(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "notice";
    }
    return "notice";
}

// `::warning file=a.txt,line=4,endLine=4,col=12,endColumn=18,title=rule-id::message%0Anotes`.
// The runner takes col and endColumn only on one line, so endLine says it is (spans are
// shown on their first line). The message carries the finding's notes on lines of their
// own, as the text format does.
void write_annotation(std::ostream& out, const SourceText& source, const Finding& finding, Lang lang) {
    const SpanLocation at = locate_span(source, finding.span);
    std::string message = render(finding.message, lang);
    for (const auto& note : finding_notes(source, finding, lang)) message += '\n' + note;
    out << "::" << command_name(finding.severity) << " file=" << escape_command_property(source.name())
        << ",line=" << at.line << ",endLine=" << at.line << ",col=" << at.column;
    if (at.end_column > at.column) out << ",endColumn=" << at.end_column;
    out << ",title=" << escape_command_property(finding.rule_id) << "::" << escape_command_data(message) << '\n';
}

void write_summary(std::ostream& out, std::string_view prefix, const Tally& t, Lang lang) {
    for (const auto& line : summary_lines(prefix, t, lang)) out << line << '\n';
}

}  // namespace

void write_github(std::ostream& out, const ReportContext& ctx) {
    Tally all;
    for (const auto& input : ctx.inputs) {
        for (const auto& finding : input.report->findings)
            if (listed(finding, ctx.verbose)) write_annotation(out, *input.source, finding, ctx.lang);
        const Tally t = tally(*input.report);
        write_summary(out, input.source->name(), t, ctx.lang);
        add(all, t);
    }
    if (ctx.inputs.size() > 1) write_summary(out, all_inputs_label(ctx.inputs.size(), ctx.lang), all, ctx.lang);
}

}  // namespace cijfer
