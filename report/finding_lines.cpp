#include "report/finding_lines.hpp"

#include <fmt/format.h>

#include "report/catalogue.hpp"
#include "report/span_location.hpp"

namespace cijfer {

std::string severity_word(Severity severity, Lang lang) {
    switch (severity) {
    case Severity::error: return render({"severity.error", {}}, lang);
    case Severity::warning: return render({"severity.warning", {}}, lang);
    case Severity::info: return render({"severity.info", {}}, lang);
    }
    return "?";
}

std::string finding_headline(const SourceText& source, const Finding& finding, Lang lang) {
    return fmt::format("{}: {}: {} [{}]", position_text(source, finding.span), severity_word(finding.severity, lang),
                       render(finding.message, lang), finding.rule_id);
}

std::vector<std::string> finding_notes(const SourceText& source, const Finding& finding, Lang lang) {
    std::vector<std::string> notes;
    if (!finding.expected.empty() && !finding.found.empty())
        notes.push_back(render(
            Message{"report.expected-found", {}}.text("expected", finding.expected).text("found", finding.found), lang));
    else if (!finding.expected.empty())
        notes.push_back(render(Message{"report.expected", {}}.text("expected", finding.expected), lang));
    else if (!finding.found.empty())
        notes.push_back(render(Message{"report.found", {}}.text("found", finding.found), lang));
    for (const auto& related : finding.related)
        notes.push_back(render(Message{"report.related", {}}
                                   .text("location", position_text(source, related.span))
                                   .text("role", related.role),
                               lang));
    return notes;
}

bool listed(const Finding& finding, bool verbose) {
    return finding.severity != Severity::info || verbose || finding.kind == "coverage";
}

}  // namespace cijfer
