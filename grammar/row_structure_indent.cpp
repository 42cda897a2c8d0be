// Indentation: where the text keeps the leading white space of a table's rows, a row
// indented deeper than the row above it belongs to that row. Indentation says that rows
// belong together, not that they are complete, so the parent gets at_most children:
// only a breakdown larger than its parent is an inconsistency.
#include <optional>
#include <vector>

#include "grammar/row_structure.hpp"
#include "grammar/row_structure_steps.hpp"

namespace cijfer {

void link_indentation(Table& table) {
    std::optional<int> first_indent;
    bool varies = false;
    std::vector<bool> had_children(table.rows.size(), false);
    for (const auto& row : table.rows) {
        if (row.parent) had_children[*row.parent] = true;
        if (row.heading) continue;
        if (!first_indent) first_indent = row.indent;
        else if (row.indent != *first_indent) varies = true;
    }
    if (!varies) return;
    for (std::size_t r = 1; r < table.rows.size(); ++r) {
        auto& row = table.rows[r];
        if (row.parent || row.heading || row.is_total) continue;
        for (std::size_t up = r; up-- > 0;) {
            const auto& above = table.rows[up];
            if (above.indent >= row.indent) continue;
            // A heading we could not read, or a row without values, gives no parent. Nor does
            // a total: the rows under it are its parts, which the totals step or total-sum
            // checks as a full sum, not as the partial breakdown indentation alone would say.
            if (above.heading || above.is_total || !has_values(above)) break;
            row.parent = up;
            // Rows already under it by label keep their kind; indentation alone is partial.
            if (!had_children[up]) table.rows[up].children = Row::Children::at_most;
            break;
        }
    }
}

}  // namespace cijfer
