#pragma once
#include <cstddef>
#include <optional>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Tables in text extracted from a PDF: an optional title line, a header line whose last
/// lexemes are the column labels (years), then rows of an optional hierarchical code
/// ("1.", "3.3.1"), a label and one value per column, blank lines allowed inside, ending
/// at a total row ("Eindtotaal", "Totaal") or at the first line that is not a row.
///
/// If a table starts at `line` (its title or its header), reads it into state.doc.tables
/// and returns the index of the first line after it.
std::optional<std::size_t> read_table(ReadState& state, std::size_t line, std::size_t section);

}  // namespace cijfer
