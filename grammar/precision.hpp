#pragma once
#include "model/document.hpp"
#include "grammar/lexer.hpp"

namespace cijfer {

/// Decides every figure's rounding unit, for groups of figures and never from one value's
/// trailing zeros (docs/rounding.md):
/// - a percentage is rounded to its last shown digit (29 -> 1, 0,2 -> 0,1);
/// - a table column's counts (per block of rows between group headings), or a section's
///   prose counts, whose values (at least three) are all multiples of 10^k are rounded to
///   10^k; otherwise they are exact; money and scaled figures to at least their last digit;
/// - "afgerond op honderdtallen" (tientallen, duizendtallen) in the text sets the unit of
///   the prose counts;
/// - other numbers with decimals are rounded to their last shown decimal.
void infer_precision(Document& doc, const Lexed& lexed);

}  // namespace cijfer
