// The Dutch number grammar (Spirit X3). Alternatives are tried strict-first, each followed
// by a guard that no further digit group follows, so "66.3000" is never read as 66.300
// followed by a stray "0": it falls through to the malformed form.
#include "grammar/number_grammar.hpp"

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <cmath>
#include <string>

namespace cijfer {
namespace {

namespace x3 = boost::spirit::x3;
// ASCII digits by range: X3's `digit` class asserts on bytes above 127 (UTF-8 letters).
const auto digit = x3::char_('0', '9');
using x3::lit;
using x3::repeat;

const auto separator = lit('.') | lit(',');
// A no-break, narrow no-break or thin space joins digits only before a group of exactly
// three: "1 025" is one number; a plain space never joins (docs/numbers.md).
const auto space_separator = (lit("\xC2\xA0") | lit("\xE2\x80\xAF") | lit("\xE2\x80\x89"))
                             >> &(repeat(3)[digit] >> !digit);
const auto no_more_digits = !(digit | (separator >> digit) | space_separator);

// 56.400  1.234.567  1.234,5
const auto grouped = repeat(1, 3)[digit] >> +(lit('.') >> repeat(3)[digit])
                     >> -(lit(',') >> +digit) >> no_more_digits;
// 1 025  1 234 567,5 (with no-break or thin spaces)
const auto space_grouped = repeat(1, 3)[digit] >> +(space_separator >> repeat(3)[digit])
                           >> -(lit(',') >> +digit) >> no_more_digits;
// 0,3  27,93  1234,5
const auto decimal_comma = +digit >> lit(',') >> +digit >> no_more_digits;
// 0.2  12.25 : a dot with one or two digits and nothing after
const auto decimal_dot = +digit >> lit('.') >> repeat(1, 2)[digit] >> no_more_digits;
// 850  2023
const auto plain = +digit >> no_more_digits;
// anything else made of digit groups: 66.3000  1.23.456  3.3.1
const auto any_groups = +digit >> *((separator >> +digit) | (space_separator >> +digit));

template <typename Parser>
bool matches(const Parser& p, const char* first, const char* last, const char*& end) {
    const char* it = first;
    if (!x3::parse(it, last, p)) return false;
    end = it;
    return true;
}

std::string digits_only(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c >= '0' && c <= '9') out += c;
    return out;
}

double to_value(std::string_view integer_digits, std::string_view fraction_digits) {
    double v = 0;
    for (char c : integer_digits) v = v * 10 + (c - '0');
    double scale = 0.1;
    for (char c : fraction_digits) {
        v += (c - '0') * scale;
        scale /= 10;
    }
    return v;
}

/// "663000" -> "663.000"
std::string group_thousands(const std::string& digits) {
    std::string out;
    const auto n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out;
}

void add_reading(std::vector<Reading>& readings, Reading r) {
    for (const auto& existing : readings)
        if (existing.value == r.value && existing.decimals == r.decimals) return;
    readings.push_back(std::move(r));
}

/// Plausible intended values of a malformed literal: one digit too many in a group, the
/// separators ignored, and a single separator read as a decimal point.
std::vector<Reading> malformed_readings(std::string_view written) {
    std::vector<Reading> readings;
    std::vector<std::string_view> groups;
    // Groups are the digit runs: a separator is one byte (. ,) or a multi-byte space.
    for (std::size_t i = 0; i < written.size();) {
        std::size_t j = i;
        while (j < written.size() && written[j] >= '0' && written[j] <= '9') ++j;
        if (j > i) groups.push_back(written.substr(i, j - i));
        i = j == i ? i + 1 : j;
    }
    // A group of four after a thousands dot: one digit typed twice or too many.
    for (std::size_t g = 1; g < groups.size(); ++g) {
        if (groups[g].size() != 4) continue;
        for (std::size_t drop = 0; drop < 4; ++drop) {
            std::string digits;
            for (std::size_t h = 0; h < groups.size(); ++h) {
                std::string part(groups[h]);
                if (h == g) part.erase(drop, 1);
                digits += part;
            }
            add_reading(readings, {to_value(digits, ""), 0, group_thousands(digits),
                                   "one digit too many in a group of thousands"});
        }
    }
    const std::string all = digits_only(written);
    add_reading(readings, {to_value(all, ""), 0, group_thousands(all), "separators misplaced"});
    if (groups.size() == 2) {
        std::string w(groups[0]);
        w += ',';
        w += groups[1];
        add_reading(readings, {to_value(groups[0], groups[1]), static_cast<int>(groups[1].size()),
                               w, "the separator read as a decimal point"});
    }
    return readings;
}

}  // namespace

std::optional<NumberLiteral> parse_number_at(std::string_view text, std::uint32_t pos) {
    NumberLiteral lit;
    std::uint32_t digits_at = pos;
    if (const auto sign = minus_sign_length(text, pos)) {
        lit.negative = true;
        digits_at += sign;
        digits_at += space_after_sign(text, digits_at);
        lit.sign_length = static_cast<std::uint8_t>(digits_at - pos);
    }
    if (digits_at >= text.size() || text[digits_at] < '0' || text[digits_at] > '9') return std::nullopt;

    const char* first = text.data() + digits_at;
    const char* last = text.data() + text.size();
    const char* end = first;
    if (matches(grouped, first, last, end) || matches(space_grouped, first, last, end))
        lit.shape = NumberShape::grouped;
    else if (matches(decimal_comma, first, last, end)) lit.shape = NumberShape::decimal_comma;
    else if (matches(decimal_dot, first, last, end)) lit.shape = NumberShape::decimal_dot;
    else if (matches(plain, first, last, end)) lit.shape = NumberShape::plain;
    else {
        matches(any_groups, first, last, end);
        lit.shape = NumberShape::malformed;
    }

    const std::string_view written(first, static_cast<std::size_t>(end - first));
    lit.span = {pos, static_cast<std::uint32_t>(end - text.data())};
    if (digits_only(written).size() > static_cast<std::size_t>(max_exact_digits)) {
        // Too many digits for exact sums: a malformed literal without readings.
        lit.shape = NumberShape::malformed;
        return lit;
    }
    if (lit.shape == NumberShape::malformed) {
        lit.readings = malformed_readings(written);
        if (lit.negative)
            for (auto& r : lit.readings) r.value = -r.value;
        return lit;
    }
    const char decimal_mark = lit.shape == NumberShape::decimal_dot ? '.' : ',';
    const auto mark = lit.shape == NumberShape::plain ? std::string_view::npos : written.find(decimal_mark);
    const bool has_fraction = lit.shape != NumberShape::grouped || mark != std::string_view::npos;
    const std::string integer = digits_only(has_fraction && mark != std::string_view::npos
                                                ? written.substr(0, mark) : written);
    const std::string fraction = has_fraction && mark != std::string_view::npos
                                     ? std::string(written.substr(mark + 1)) : std::string();
    lit.integer_digits = static_cast<int>(integer.size());
    lit.decimals = static_cast<int>(fraction.size());
    lit.value = to_value(integer, fraction) * (lit.negative ? -1 : 1);
    return lit;
}

std::uint32_t minus_sign_length(std::string_view text, std::uint32_t pos) {
    const auto rest = text.substr(std::min<std::size_t>(pos, text.size()));
    if (rest.starts_with("-/-")) return 3;
    if (rest.starts_with("-")) return 1;
    // U+2212 minus, U+2013 en dash, U+2012 figure dash
    if (rest.starts_with("\xE2\x88\x92") || rest.starts_with("\xE2\x80\x93") || rest.starts_with("\xE2\x80\x92"))
        return 3;
    return 0;
}

std::uint32_t space_after_sign(std::string_view text, std::uint32_t pos) {
    auto digit_at = [&](std::size_t k) { return k < text.size() && text[k] >= '0' && text[k] <= '9'; };
    if (pos < text.size() && text[pos] == ' ' && digit_at(pos + 1)) return 1;
    if (text.substr(std::min<std::size_t>(pos, text.size())).starts_with("\xC2\xA0") && digit_at(pos + 2)) return 2;
    return 0;
}

std::uint32_t group_space_length(std::string_view text, std::uint32_t pos) {
    const auto rest = text.substr(std::min<std::size_t>(pos, text.size()));
    std::uint32_t n = 0;
    if (rest.starts_with("\xC2\xA0")) n = 2;
    else if (rest.starts_with("\xE2\x80\xAF") || rest.starts_with("\xE2\x80\x89")) n = 3;
    auto digit_at = [&](std::size_t k) { return k < rest.size() && rest[k] >= '0' && rest[k] <= '9'; };
    return n && digit_at(n) && digit_at(n + 1) && digit_at(n + 2) && !digit_at(n + 3) ? n : 0;
}

void read_parentheses_as_negative(NumberLiteral& literal) {
    if (!literal.parenthesized || literal.negative) return;
    literal.negative = true;
    literal.value = -literal.value;
    for (auto& r : literal.readings) r.value = -r.value;
}

std::vector<Reading> ambiguous_readings(const NumberLiteral& literal, std::string_view written) {
    const std::string all = digits_only(written);
    const auto dot = written.find('.');
    const std::string integer = digits_only(written.substr(0, dot));
    const std::string fraction = digits_only(written.substr(dot + 1));
    const double sign = literal.negative ? -1 : 1;
    return {{sign * to_value(all, ""), 0, std::string(written), "the dot as a thousands separator"},
            {sign * to_value(integer, fraction), static_cast<int>(fraction.size()),
             integer + "," + fraction, "the dot as a decimal point"}};
}

}  // namespace cijfer
