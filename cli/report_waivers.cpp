#include "cli/report_waivers.hpp"

namespace cijfer::cli {
namespace {

std::string figures_text(const Waiver& waiver) {
    std::string text;
    for (const auto& figure : waiver.figures) {
        if (!text.empty()) text += ", ";
        text += figure.name + " = " + figure.value;
    }
    return text;
}

}  // namespace

std::vector<std::string> waiver_lines(const WaiverInput& waivers, const std::deque<CheckReport>& reports, Lang lang) {
    std::vector<std::string> lines;
    if (!waivers.source) return lines;
    const SourceText& file = *waivers.source;
    for (const Waiver& waiver : waivers.waivers) {
        // Stale-waiver findings stand at the waiver's `rule`.
        std::vector<std::string> problems;
        for (const Finding& stale : waivers.report.findings)
            if (stale.span == waiver.span) problems.push_back(render(stale.message, lang));
        for (const auto& problem : problems)
            lines.push_back(render(Message{"audit.waiver.stale", {}}
                                       .text("rule", waiver.rule)
                                       .text("figures", figures_text(waiver))
                                       .text("problem", problem),
                                   lang));
        if (!problems.empty()) continue;
        const std::string where = waiver_location(file, waiver);
        int waived = 0;
        for (const auto& report : reports)
            for (const Finding& finding : report.findings) waived += finding.waived && finding.waived->where == where;
        lines.push_back(render(Message{"audit.waiver.applied", {}}
                                   .text("rule", waiver.rule)
                                   .text("figures", figures_text(waiver))
                                   .text("reason", waiver.reason)
                                   .text("by", waiver.accepted_by)
                                   .text("expires", date_text(waiver.expires))
                                   .number("waived", waived),
                               lang));
    }
    return lines;
}

int count_waived(const std::deque<CheckReport>& reports) {
    int waived = 0;
    for (const auto& report : reports)
        for (const Finding& finding : report.findings) waived += finding.waived.has_value();
    return waived;
}

}  // namespace cijfer::cli
