#pragma once
#include <vector>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Marks the numbers of a run of prose that are not statistical figures: years, dates,
/// footnote markers, parliamentary and article references, question numbers, durations.
/// Works on the lexemes of one paragraph, across its line breaks ("16 maart" / "2026").
void classify_non_statistical(ReadState& state, const std::vector<LexRef>& block);

/// A plain integer between 1800 and 2199.
bool is_year_literal(const NumberLiteral& n);

}  // namespace cijfer
