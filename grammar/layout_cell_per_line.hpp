#pragma once
#include <cstddef>
#include <optional>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Tables flattened into a stream of cells, as HTML tables pasted into text come out
/// (docs/tables.md):
/// - "cell-per-line": every non-blank line is one cell; the header cells come first;
/// - "pipes": cells separated by "|", either one row per line ("a | b | c") or one
///   stream in which "|" may stand on its own line and line breaks do not separate.
/// The column count is the number of header cells (the leading cells that are not
/// numbers) and is checked against the data: every value column must hold numbers or
/// missing-value marks. The first text column is the row label; columns before it
/// hold codes. If such a table starts at `line`, reads it and returns the first line
/// after it.
std::optional<std::size_t> read_cell_per_line_table(ReadState& state, std::size_t line, std::size_t section);

}  // namespace cijfer
