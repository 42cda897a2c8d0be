#pragma once
#include <deque>
#include <string>
#include <vector>

#include "checker/check_report.hpp"
#include "cli/check_waivers.hpp"
#include "report/catalogue.hpp"
#include "waiver/apply_waivers.hpp"

namespace cijfer::cli {

/// The audit report's lines for a waiver file, one per waiver in file order: the rule and
/// figures it accepts, why and by whom, and how many findings it waived; or, for a stale
/// waiver, why it waives nothing. An auditor sees every exception that was granted.
std::vector<std::string> waiver_lines(const WaiverInput& waivers, const std::deque<CheckReport>& reports, Lang lang);

/// Findings of `reports` that a waiver accepted.
int count_waived(const std::deque<CheckReport>& reports);

}  // namespace cijfer::cli
