#pragma once
#include "grammar/read_state.hpp"

namespace cijfer {

/// Finds the structure a table implies where codes do not state it: parents from codes
/// inside labels ("HP1" > "HP11", ranges "HP22-29"), subtotal rows ("Totaal ...",
/// "Subtotaal"), "waarvan" breakdowns (possibly partial) and selections, group headings,
/// indentation, and column formulas in headers ("(4)=(2)+(3)"). Runs on every table after
/// the document is read; sets Row::parent, Row::children and Column::formula.
void infer_row_structure(ReadState& state);

}  // namespace cijfer
