#include "cli/check_waivers.hpp"

#include "cli/input_file.hpp"
#include "waiver/apply_waivers.hpp"

namespace cijfer::cli {

bool apply_waiver_file(const std::string& path, const std::deque<Document>& documents, std::deque<CheckReport>& reports,
                       std::chrono::year_month_day today, WaiverInput& waivers, std::ostream& err) {
    waivers.source = read_input(path, "text", err);
    if (!waivers.source) return false;
    const auto file = read_waivers(*waivers.source);
    for (const auto& e : file.errors) err << format_dataset_error(*waivers.source, e) << '\n';
    if (!file.ok()) return false;
    std::vector<WaivableInput> inputs;
    for (std::size_t i = 0; i < documents.size() && i < reports.size(); ++i) inputs.push_back({&documents[i], &reports[i]});
    waivers.doc.source = &*waivers.source;
    waivers.report.findings = apply_waivers(file.waivers, *waivers.source, inputs, today);
    waivers.waivers = file.waivers;
    return true;
}

}  // namespace cijfer::cli
