#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "source/span.hpp"

namespace cijfer {

/// A double holds every whole number of up to 15 digits exactly. A literal with more digits
/// (integer and decimals together) could not be checked exactly: it is read as malformed
/// without readings, and the number-format rule names it (docs/limits.md).
inline constexpr int max_exact_digits = 15;

/// The shape a number was written in; precision and ambiguity follow from it.
enum class NumberShape {
    plain,          ///< 850, 2023
    grouped,        ///< 56.400, 1.234,5 : dot groups of exactly three digits
    decimal_comma,  ///< 0,3  27,93
    decimal_dot,    ///< 0.2 : a dot with one or two digits and no further groups
    malformed,      ///< 66.3000, 1.23.456 : no valid reading; see readings
    ambiguous,      ///< 1.234 where the context says percent: thousands or decimal?
};

/// One possible value of a malformed or ambiguous number, with how it would be written.
struct Reading {
    double value = 0;
    int decimals = 0;
    std::string written;  ///< e.g. "66.300"
    std::string why;      ///< e.g. "one digit too many in the last group"
};

/// A number literal as the grammar found it: the value and how it was written.
struct NumberLiteral {
    Span span;                  ///< the digits (and separators, sign), not the unit
    NumberShape shape = NumberShape::plain;
    double value = 0;           ///< meaningful unless malformed/ambiguous
    int decimals = 0;           ///< digits after the decimal separator
    int integer_digits = 0;     ///< digits before it
    bool negative = false;
    /// Bytes of the minus sign at the start of `span`, with a space after it when written
    /// so: 1 for "-5", 3 for "−5" (U+2212) and "–5", 4 for "-/- 5". The digits follow it.
    std::uint8_t sign_length = 0;
    /// Written between brackets, "(1.234)": in a budget table that is a negative amount,
    /// in prose "(2023)" it is not. The grammar only records it; `value` keeps its sign
    /// until a table reader calls read_parentheses_as_negative (grammar/number_grammar.hpp).
    bool parenthesized = false;
    std::vector<Reading> readings;  ///< for malformed and ambiguous numbers

    bool has_value() const { return shape != NumberShape::malformed && shape != NumberShape::ambiguous; }
};

}  // namespace cijfer

namespace cijfer {
/// "plain", "grouped", "decimal-comma", "decimal-dot", "malformed", "ambiguous"
const char* to_string(NumberShape shape);
}  // namespace cijfer
