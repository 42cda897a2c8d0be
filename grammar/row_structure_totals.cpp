// Subtotal rows ("Totaal bestuur en ondersteuning") over the rows of their group, and a
// grand total ("Totaal gemeentelijke taakvelden", "Eindtotaal") over the subtotals.
// A table with a single total row is left alone: total-sum checks it against the
// table's top-level rows.
#include <optional>

#include "grammar/row_structure.hpp"
#include "grammar/row_structure_steps.hpp"

namespace cijfer {
namespace {

bool is_total_row(const Row& row) { return row.is_total && !row.heading; }

/// A total named as the total of everything: "Eindtotaal", "Generaal totaal", "Totaal".
bool grand_by_name(const Row& row) {
    return row.label_key == "totaal" || row.label_key.starts_with("eindtotaal") ||
           row.label_key.starts_with("generaaltotaal");
}

void adopt(Table& table, std::size_t total, std::size_t from, std::size_t to) {
    for (std::size_t r = from; r < to; ++r) {
        if (r == total || table.rows[r].parent) continue;
        table.rows[r].parent = total;
    }
}

/// Totals first ("Totaal X" above its rows): a subtotal owns the rows up to the next
/// total row; a total followed directly by another total is a grand total over the rest.
void link_totals_first(Table& table, const std::vector<std::size_t>& totals) {
    std::vector<std::size_t> grand;
    for (std::size_t k = 0; k < totals.size(); ++k) {
        const auto t = totals[k];
        const bool next_is_total = t + 1 < table.rows.size() && is_total_row(table.rows[t + 1]);
        if (grand_by_name(table.rows[t]) || next_is_total) {
            grand.push_back(t);
            continue;
        }
        const auto end = k + 1 < totals.size() ? totals[k + 1] : table.rows.size();
        adopt(table, t, t + 1, end);
    }
    for (const auto g : grand) {
        // A grand total at the end of a totals-first table covers everything above it.
        if (g + 1 == table.rows.size()) adopt(table, g, 0, g);
        else adopt(table, g, g + 1, table.rows.size());
    }
}

/// Totals last ("Totaal X" below its rows): a subtotal owns the rows since the previous
/// total row; a total right after another total is a grand total over everything above.
void link_totals_last(Table& table, const std::vector<std::size_t>& totals) {
    std::vector<std::size_t> grand;
    std::size_t from = 0;
    for (const auto t : totals) {
        const bool after_total = t > 0 && is_total_row(table.rows[t - 1]);
        if (grand_by_name(table.rows[t]) || after_total) grand.push_back(t);
        else adopt(table, t, from, t);
        from = t + 1;
    }
    for (const auto g : grand) adopt(table, g, 0, g);
}

}  // namespace

void link_subtotals(Table& table) {
    std::vector<std::size_t> totals;
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        if (is_total_row(table.rows[r]) && !table.rows[r].parent) totals.push_back(r);
    if (totals.size() < 2) return;
    std::optional<std::size_t> first_row;
    for (std::size_t r = 0; r < table.rows.size() && !first_row; ++r)
        if (!table.rows[r].heading) first_row = r;
    if (first_row && is_total_row(table.rows[*first_row])) link_totals_first(table, totals);
    else link_totals_last(table, totals);
}

}  // namespace cijfer
