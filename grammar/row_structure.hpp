#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Finds the structure a table implies where codes do not state it: parents from codes
/// inside labels ("HP1" > "HP11", ranges "HP22-29"), subtotal rows ("Totaal ...",
/// "Subtotaal"), "waarvan" breakdowns (possibly partial) and selections, group headings,
/// indentation, and column formulas in headers ("(4)=(2)+(3)"). Runs on every table after
/// the document is read; sets Row::parent, Row::children and Column::formula.
/// See docs/relations.md, "From labels and layout".
void infer_row_structure(ReadState& state);

/// The same for one table; rows that already have a parent keep it.
void infer_table_structure(Table& table);

/// A label that names a total: "Totaal ...", "Subtotaal", "Eindtotaal", "Generaal totaal".
/// `key` is a label_key (folded letters and digits).
bool is_total_key(std::string_view key);

/// The code a label starts with: "HP11" of "HP11:Algemene ...", "HP22-29" of
/// "HP22-29: Instellingen ..."; empty when the label starts with no such code.
std::string label_code_of(std::string_view label);

/// The formula a column header states, "(4)=(2)+(3)" or "Saldo (3) = (1) - (2)", as column
/// indexes and signs; `columns` are the table's columns (their own "(k)" numbers, when
/// they carry them, say which column "(k)" is). Empty when the header states none.
std::vector<std::pair<std::size_t, int>> column_formula(std::string_view header, const std::vector<Column>& columns,
                                                        std::size_t self);

}  // namespace cijfer
