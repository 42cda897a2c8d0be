#pragma once
#include <string>

#include "report/report_input.hpp"

namespace cijfer {

/// Writes a computed number the way a reader of `lang` expects it (there is no nl_NL
/// locale to lean on): Dutch 65.496 / 39,9 / −304, English 65,496 / 39.9 / −304. The minus
/// is U+2212; `show_sign` writes "+12" for positive differences.
std::string format_number(double value, int decimals, bool show_sign, Lang lang);

}  // namespace cijfer
