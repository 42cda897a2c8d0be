#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "report/report_input.hpp"
#include "report/tally.hpp"

namespace cijfer {

/// The three summary lines of a tally, each starting with `prefix` (a file name):
/// checks, findings by severity, numeric tokens. Worded as in the text format.
std::vector<std::string> summary_lines(std::string_view prefix, const Tally& tally, Lang lang);
/// The prefix of the total over several inputs: "all 2 inputs".
std::string all_inputs_label(std::size_t inputs, Lang lang);

}  // namespace cijfer
