#pragma once
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "model/number.hpp"

namespace cijfer {

/// Reads the number literal that starts at byte `pos` of `text` (a digit, or a minus sign
/// directly before one). The literal is the maximal run of digits joined by single dots or
/// commas; its shape says how to read it (Dutch conventions, docs/numbers.md):
///   56.400 and 1.234,5 grouped; 0,3 decimal comma; 0.2 decimal dot; 850 plain;
///   66.3000 and 1.23.456 malformed, with their possible readings.
/// The span is in `text` coordinates. Returns nullopt when no digit starts at `pos`.
std::optional<NumberLiteral> parse_number_at(std::string_view text, std::uint32_t pos);

/// Bytes of a minus sign at `pos`: "-" (1), "−" U+2212, "–" U+2013, "‒" U+2012 (3) or
/// "-/-" (3); 0 if none. Whether it is a minus or a range dash is for the lexer to decide.
std::uint32_t minus_sign_length(std::string_view text, std::uint32_t pos);
/// Bytes of one space (plain or no-break) at `pos` that stands between a sign and a digit:
/// "-/- 5"; 0 if none.
std::uint32_t space_after_sign(std::string_view text, std::uint32_t pos);

/// Bytes of a no-break, narrow no-break or thin space at `pos` that joins the digits before
/// it to exactly three digits after it ("1 025"); 0 if none. The number grammar joins so.
std::uint32_t group_space_length(std::string_view text, std::uint32_t pos);

/// "(1.234)" in a budget table: makes a parenthesized literal negative (value and readings).
/// Does nothing to a literal that was not written between brackets or is already negative.
void read_parentheses_as_negative(NumberLiteral& literal);

/// The two readings of a grouped literal with one group ("1.234": 1234 or 1,234) for a
/// context where a decimal reading is plausible, such as a percentage.
std::vector<Reading> ambiguous_readings(const NumberLiteral& literal, std::string_view written);

}  // namespace cijfer
