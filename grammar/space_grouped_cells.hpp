#pragma once
// A plain space as thousands separator inside a table row: "Politie 1 200 3 400" under two
// columns is 1.200 and 3.400. Only the column count can settle a plain space (in
// "Kinderporno 310 330 340 360 320" under five columns the spaces separate values), so the
// row's trailing numbers are joined only when they outnumber the columns (docs/tables.md).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "grammar/line_cells.hpp"

namespace cijfer {

/// True when some number of the text is grouped with dots ("12.345", "1.000.000").
bool writes_dot_thousands(const ReadState& s);

/// Called with a line whose last `columns` lexemes filled the cells: when more numbers
/// stand before them, tries every way of joining the whole run of numbers into `columns`
/// values, each a lead of one to three digits followed by groups of exactly three digits
/// after a single plain space. One way (or one way whose gaps between values are all wider
/// than one space) replaces the cells; several leave them (the spaces separate values and
/// the label ends in a number: "Artikel 12 lid 3 400 500") and set `spaced_readings` for a
/// note; none leaves the numbers to the label. A single column is never joined: there the
/// count settles nothing ("Regio 2 150" is region 2).
void join_space_grouped_values(const ReadState& s, const LexLine& line, std::size_t columns, LineCells& cells);

/// The lexemes of one cell whose bounds the layout states (a pipe cell, a line of a
/// cell-per-line table) as one value, when they are digits grouped by single plain spaces
/// ("1 200", "12 345 678"): there the cell settles the spaces. Nullopt otherwise.
std::optional<CellLexeme> joined_cell(const ReadState& s, const std::vector<const Lexeme*>& lexemes);

/// The number of values at the end of a line read without a known column count (to infer
/// it): the cells, except that in a line laid out with wide gaps between some of them,
/// numbers one plain space apart that form thousands groups ("12 345   6 789") are one
/// value. A line of single spaces only counts every number ("310 330 340").
std::size_t value_count_by_gaps(const ReadState& s, const LineCells& cells);

}  // namespace cijfer
