#pragma once
// Values glued together without a separator, as a PDF extraction can leave them:
// "258.000174.000170.000" is 258.000, 174.000 and 170.000 (docs/tables.md).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "grammar/read_state.hpp"
#include "grammar/table_builder.hpp"

namespace cijfer {

/// The ways `written` splits into `parts` values written the Dutch way: each starts with
/// 1-9 (a glued "0" is read as a typo: "66.3000" is not 66.300 and 0), has one to three digits before its first thousands dot and exactly three
/// in every group after it, and, when one has a decimal comma, all have as many decimals.
/// Each split is the byte length of every part. At most `limit` splits are returned, none
/// when the search takes too long (a hostile literal is left unsplit).
std::vector<std::vector<std::size_t>> glued_splits(std::string_view written, std::size_t parts, std::size_t limit);

/// A short row's cells read again with its malformed values split to fill the columns.
struct GluedRow {
    std::string text;                       ///< the glued literal(s) as written
    std::vector<std::string> readings;      ///< each possible split, values separated by spaces
    std::vector<CellLexeme> cells;          ///< one per column when the split is unique
};

/// Empty `readings` when no malformed cell splits so that the row gets `columns` cells.
GluedRow split_glued_cells(const ReadState& s, const std::vector<CellLexeme>& cells, std::size_t columns);

}  // namespace cijfer
