#include "checker/kinds/kinds.hpp"

#include <algorithm>
#include <set>
#include <string_view>

#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

/// For every row, the rows directly under it, in table order; one pass, so that a table of
/// 100.000 rows is not scanned once per row.
struct RowIndex {
    std::vector<std::vector<std::size_t>> figures;   ///< children that carry figures
    std::vector<std::vector<std::size_t>> headings;  ///< group headings under the row

    explicit RowIndex(const Table& table) : figures(table.rows.size()), headings(table.rows.size()) {
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto& parent = table.rows[r].parent;
            if (!parent || *parent >= table.rows.size()) continue;
            (table.rows[r].heading ? headings : figures)[*parent].push_back(r);
        }
    }
};

/// One breakdown of a row: its direct rows, or the group under one of its headings
/// ("Waarvan door": Politie, KMAR, ...), with how the breakdown relates to it.
struct Breakdown {
    std::vector<std::size_t> rows;
    Row::Children kind = Row::Children::sum;
};

std::vector<Breakdown> breakdowns_of(const Table& table, const RowIndex& index, std::size_t parent) {
    std::vector<Breakdown> found;
    const Row& row = table.rows[parent];
    if (!index.figures[parent].empty()) found.push_back({index.figures[parent], row.children});
    // The model links a heading's group to the heading, the heading to the row it breaks down.
    for (std::size_t h : index.headings[parent])
        if (!index.figures[h].empty()) found.push_back({index.figures[h], table.rows[h].children});
    return found;
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

/// A "waarvan" breakdown that adds up to its row (within rounding) in most columns is a
/// complete one: "waarvan herinstroom" + "waarvan instroom in eerste aanleg" = "Instroom
/// totaal" in four of five years makes the fifth year's difference a finding too.
bool adds_up(const Document& doc, const std::vector<Relation>& relations) {
    int holding = 0;
    for (const Relation& relation : relations) {
        const Outcome outcome = evaluate(doc, relation).outcome;
        holding += outcome == Outcome::passed || outcome == Outcome::passed_within_rounding;
    }
    const auto places = static_cast<int>(relations.size());
    return places >= min_places && holding >= min_support * places;
}

void report_orphans(RuleRun& run, const Table& table) {
    std::set<std::string_view> codes;
    for (const Row& row : table.rows) codes.insert(row.code);
    for (const Row& row : table.rows) {
        const auto parent = parent_code(row.code);
        if (parent.empty() || row.parent) continue;
        if (!codes.count(parent))
            run.findings.push_back(make_finding(run, row.code_span.empty() ? row.span : row.code_span,
                                                Message{"hierarchy.orphan", {}}.text("code", row.code).text("parent", parent)));
    }
}

void collect(RuleRun& run) {
    for (const Table& table : run.doc.tables) {
        const auto open = open_rows(table);
        const RowIndex index(table);
        int skipped = 0;
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            if (table.rows[r].heading) continue;  // its group is compared with the row it breaks down
            for (const Breakdown& breakdown : breakdowns_of(table, index, r)) {
                // A selection ("waarvan prioritaire delicten") is not a breakdown: never summed.
                if (breakdown.kind == Row::Children::selection) continue;
                // The text ends inside this breakdown: its last rows may be missing.
                const bool cut = std::any_of(breakdown.rows.begin(), breakdown.rows.end(),
                                             [&](std::size_t child) { return open[child]; });
                std::vector<Relation> relations;
                for (std::size_t c = 0; c < table.columns.size(); ++c)
                    if (auto relation = column_relation(table, r, breakdown.rows, c)) relations.push_back(std::move(*relation));
                const bool partial = breakdown.kind == Row::Children::at_most && !adds_up(run.doc, relations);
                for (Relation& relation : relations) {
                    relation.at_most = partial;
                    if (cut) ++skipped;
                    else run.relations.push_back(std::move(relation));
                }
            }
        }
        if (skipped > 0) run.findings.push_back(cut_off_finding(run, table, skipped));
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
