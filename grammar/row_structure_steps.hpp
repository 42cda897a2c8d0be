#pragma once
// The steps of infer_table_structure, in the order it runs them. Each links only rows
// that have no parent yet, so an earlier (more explicit) step always wins.
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace cijfer {

/// Codes inside labels: "HP11" under "HP1", "HP22-29" under "HP2". Sets Row::label_code.
void link_label_codes(Table& table);

/// "waarvan" rows under the row above, and the rows of "Waarvan"/"Waarvan door" group
/// headings under the heading, the heading under the row it breaks down.
void link_breakdowns(Table& table);

/// Subtotal rows ("Totaal X") over their rows, a grand total over the subtotals.
void link_subtotals(Table& table);

/// Rows indented deeper than the row above them, when the text keeps indentation.
void link_indentation(Table& table);

/// True when the row has at least one value (a heading has none; the table reader may
/// give it empty cells or none).
bool has_values(const Row& row);

/// The label's words, folded to lower case, without surrounding punctuation such as
/// ":" or ",": "Waarvan door:" -> {"waarvan", "door"}. Inner dots stay ("w.o.").
std::vector<std::string> label_words(std::string_view label);

}  // namespace cijfer
