#pragma once
#include <cstddef>
#include <optional>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Reads a table that starts at `line` (its title, its header or its first cell) into
/// state.doc.tables and returns the index of the first line after it; nullopt when no
/// table starts there. Tried in order (docs/tables.md):
/// - columns (text extracted from a PDF): an optional title, a header ending in years
///   (or only years, "2022*" provisional, possibly continued on the next line) or a header
///   of other labels whose column count the rows share (grammar/column_header.hpp), then
///   rows read against that column count (glued cells split, grammar/glued_values.hpp): labels that wrap or hold numbers, group
///   headings, footnote lines, short rows (noted, never spread over columns), missing
///   cells ". - x", indentation, a total row first or last;
/// - cell-per-line and pipes (layout_cell_per_line.hpp).
std::optional<std::size_t> read_table(ReadState& state, std::size_t line, std::size_t section);

}  // namespace cijfer
