#include "checker/kinds/kinds.hpp"

#include <algorithm>

#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

std::vector<std::size_t> children_of(const Table& table, std::size_t parent) {
    std::vector<std::size_t> children;
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        if (table.rows[r].parent == parent) children.push_back(r);
    return children;
}

/// parent cell = sum of the children's cells, for one column; nothing when a cell is missing.
std::optional<Relation> column_relation(const Table& table, std::size_t parent,
                                        const std::vector<std::size_t>& children, std::size_t column) {
    const Row& row = table.rows[parent];
    if (column >= row.cells.size() || !row.cells[column]) return std::nullopt;
    Relation relation;
    relation.anchor = *row.cells[column];
    for (std::size_t child : children) {
        const Row& child_row = table.rows[child];
        if (column >= child_row.cells.size() || !child_row.cells[column]) return std::nullopt;
        relation.parts.push_back({*child_row.cells[column], 1});
    }
    relation.context = cell_context(table, row, column);
    if (column < table.columns.size()) relation.year = table.columns[column].label;
    return relation;
}

void report_orphans(RuleRun& run, const Table& table) {
    for (const Row& row : table.rows) {
        const auto parent = parent_code(row.code);
        if (parent.empty() || row.parent) continue;
        const bool present = std::any_of(table.rows.begin(), table.rows.end(),
                                         [&](const Row& other) { return other.code == parent; });
        if (!present)
            run.findings.push_back(make_finding(run, row.code_span.empty() ? row.span : row.code_span,
                                                Message{"hierarchy.orphan", {}}.text("code", row.code).text("parent", parent)));
    }
}

void collect(RuleRun& run) {
    for (const Table& table : run.doc.tables) {
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto children = children_of(table, r);
            if (children.empty()) continue;
            for (std::size_t c = 0; c < table.columns.size(); ++c)
                if (auto relation = column_relation(table, r, children, c)) run.relations.push_back(*relation);
        }
        report_orphans(run, table);
    }
}

}  // namespace

RuleKind hierarchy_sum_kind() {
    RuleKind kind;
    kind.id = "hierarchy-sum";
    kind.summary = "A parent row equals the sum of its sub-rows, in every column.";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
