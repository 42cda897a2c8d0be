#pragma once
#include <chrono>
#include <string>
#include <vector>

#include "checker/check_report.hpp"
#include "model/document.hpp"
#include "waiver/waiver_file.hpp"

namespace cijfer {

/// One checked input that waivers apply to.
struct WaivableInput {
    const Document* doc = nullptr;
    CheckReport* report = nullptr;
};

/// The rule id of the findings about stale waivers.
inline constexpr const char* stale_waiver_rule = "stale-waiver";

/// Where a waiver stands in its file, "waivers.yaml:7:11": the `where` of the findings it
/// waives, by which the audit report counts them.
std::string waiver_location(const SourceText& file, const Waiver& waiver);

/// Marks every finding a waiver accepts as waived: a finding of the waiver's rule whose
/// anchor figure is one of the waiver's figures and whose figures (anchor and related)
/// include all of them, in an input that has all of them with the values accepted. Returns
/// a warning, located at the waiver in `file`, for each waiver that is stale: expired
/// before `today`, naming a figure that no input has, accepting a value the figure no
/// longer has, or matching no finding. A stale waiver waives nothing.
std::vector<Finding> apply_waivers(const std::vector<Waiver>& waivers, const SourceText& file,
                                   const std::vector<WaivableInput>& inputs, std::chrono::year_month_day today);

}  // namespace cijfer
