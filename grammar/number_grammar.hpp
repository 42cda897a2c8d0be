#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "model/number.hpp"

namespace cijfer {

/// Reads the number literal that starts at byte `pos` of `text` (a digit, or a minus sign
/// directly before one). The literal is the maximal run of digits joined by single dots or
/// commas; its shape says how to read it (Dutch conventions, docs/numbers.md):
///   56.400 and 1.234,5 grouped; 0,3 decimal comma; 0.2 decimal dot; 850 plain;
///   66.3000 and 1.23.456 malformed, with their possible readings.
/// The span is in `text` coordinates. Returns nullopt when no digit starts at `pos`.
std::optional<NumberLiteral> parse_number_at(std::string_view text, std::uint32_t pos);

/// The two readings of a grouped literal with one group ("1.234": 1234 or 1,234) for a
/// context where a decimal reading is plausible, such as a percentage.
std::vector<Reading> ambiguous_readings(const NumberLiteral& literal, std::string_view written);

}  // namespace cijfer
