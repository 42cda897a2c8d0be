#include "report/number_format.hpp"

#include <cmath>

#include <fmt/format.h>

namespace cijfer {

namespace {

// Groups the integer digits by three: "65496" -> "65.496" (nl) or "65,496" (en).
std::string group_thousands(const std::string& digits, char separator) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return out;
}

}  // namespace

std::string format_number(double value, int decimals, bool show_sign, Lang lang) {
    if (!std::isfinite(value)) return value > 0 ? "∞" : value < 0 ? "−∞" : "?";
    const int places = decimals < 0 ? 0 : decimals;
    // fmt rounds the magnitude; the sign is written separately so that "-0.0" never shows.
    const std::string magnitude = fmt::format("{:.{}f}", std::abs(value), places);
    const auto point = magnitude.find('.');
    const std::string integer = magnitude.substr(0, point);
    const std::string fraction = point == std::string::npos ? "" : magnitude.substr(point + 1);
    const bool is_zero = magnitude.find_first_not_of("0.") == std::string::npos;

    const char group_separator = lang == Lang::nl ? '.' : ',';
    const char decimal_separator = lang == Lang::nl ? ',' : '.';

    std::string out;
    if (value < 0 && !is_zero) out = "−";
    else if (show_sign && !is_zero) out = "+";
    out += group_thousands(integer, group_separator);
    if (!fraction.empty()) {
        out += decimal_separator;
        out += fraction;
    }
    return out;
}

}  // namespace cijfer
