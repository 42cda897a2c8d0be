#include "report/summary_lines.hpp"

#include "report/catalogue.hpp"

namespace cijfer {

std::vector<std::string> summary_lines(std::string_view prefix, const Tally& t, Lang lang) {
    const Message checks = Message{"report.summary.checks", {}}
                               .number("checks", t.checks)
                               .number("passed", t.passed)
                               .number("rounding", t.within_rounding)
                               .number("failed", t.failed)
                               .number("settled", t.settled);
    const Message findings = Message{"report.summary.findings", {}}
                                 .number("errors", t.errors)
                                 .number("warnings", t.warnings)
                                 .number("infos", t.infos);
    const Message coverage = Message{"report.summary.coverage", {}}
                                 .number("total", t.coverage.total)
                                 .number("checked", t.coverage.checked)
                                 .number("placed", t.coverage.placed)
                                 .number("non_statistical", t.coverage.non_statistical)
                                 .number("unclassified", t.coverage.unclassified);
    std::vector<std::string> lines;
    for (const Message* m : {&checks, &findings, &coverage})
        lines.push_back(std::string(prefix) + ": " + render(*m, lang));
    return lines;
}

std::string all_inputs_label(std::size_t inputs, Lang lang) {
    return render(Message{"report.summary.all-inputs", {}}.number("inputs", static_cast<double>(inputs)), lang);
}

}  // namespace cijfer
