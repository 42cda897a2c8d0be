#include "checker/kinds/kinds.hpp"

#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

void collect(RuleRun& run) {
    for (const Table& table : run.doc.tables) {
        const auto total = total_row(table);
        if (!total) continue;
        const Row& total_line = table.rows[*total];
        // A total above its rows in a text that ends inside the table: rows may be missing.
        const bool open = table.cut_off && *total + 1 < table.rows.size();
        int skipped = 0;
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            // Percentage columns are percent-sum's: one broken relation, one finding.
            if (is_percent_column(run.doc, table, c)) continue;
            if (c >= total_line.cells.size() || !total_line.cells[c]) continue;
            Relation relation;
            relation.anchor = *total_line.cells[c];
            bool complete = true;
            for (const Row& row : table.rows) {
                if (!is_top_level(row) || row.heading) continue;
                if (c >= row.cells.size() || !row.cells[c]) complete = false;
                else relation.parts.push_back({*row.cells[c], 1});
            }
            if (!complete || relation.parts.empty()) continue;
            relation.context = cell_context(table, total_line, c);
            if (c < table.columns.size()) relation.year = table.columns[c].label;
            if (open) ++skipped;
            else run.relations.push_back(relation);
        }
        if (skipped > 0) run.findings.push_back(cut_off_finding(run, table, skipped));
    }
}

}  // namespace

RuleKind total_sum_kind() {
    RuleKind kind;
    kind.id = "total-sum";
    kind.summary = "A total row equals the sum of the table's top-level rows (count columns).";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
