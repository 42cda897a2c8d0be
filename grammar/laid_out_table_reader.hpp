#pragma once
#include <cstddef>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Reads a table whose structure the input format states (a Word or OpenDocument table,
/// source/layout.hpp) into state.doc.tables: the grid decides rows and columns, the
/// number grammar reads each cell, and the table goes through the same builder (and later
/// the same row-structure and precision steps) as a table read from text. Header rows
/// are those the format marks, else the leading rows without values; a first column of
/// codes ("1.1") is the rows' numbering; a row without values is a group heading; a
/// cell that is text, or a value spanning columns, is noted and not placed. Returns the
/// index of the first line after the table.
std::size_t read_laid_out_table(ReadState& state, const LaidOutTable& table, std::size_t section);

/// The 0-based line index of a byte offset of the source.
std::size_t line_index_at(const ReadState& state, std::uint32_t offset);

}  // namespace cijfer
