#include "checker/kinds/kinds.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checker/describe.hpp"
#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

std::optional<Relation> column_relation(const Document& doc, const Table& table, std::size_t c) {
    Relation relation;
    relation.constant = 100;
    const auto total = total_row(table);
    if (total && c < table.rows[*total].cells.size() && table.rows[*total].cells[c]) {
        const FigureId cell = *table.rows[*total].cells[c];
        relation.anchor = cell;
        // "100%" in a total row is the definition of the whole, not a rounded figure.
        const Figure& figure = doc.figures.at(cell);
        relation.anchor_exact = figure.has_value() && std::abs(figure.value() - 100) < 1e-9;
    }
    for (const Row& row : table.rows) {
        if (!is_top_level(row) || row.heading) continue;
        if (c >= row.cells.size() || !row.cells[c]) return std::nullopt;
        relation.parts.push_back({*row.cells[c], 1});
    }
    if (relation.parts.empty()) return std::nullopt;
    const auto label = c < table.columns.size() ? table.columns[c].label : std::string();
    relation.context = total ? cell_context(table, table.rows[*total], c)
                             : context_path({table_name(table), label});
    relation.year = label;
    return relation;
}

/// A row of shares of a whole (vote shares per municipality): its percentage cells add up
/// to 100. Cells without % (a turnout column) are not part of it.
std::optional<Relation> row_relation(const Document& doc, const Table& table, const Row& row) {
    if (row.heading) return std::nullopt;
    Relation relation;
    relation.constant = 100;
    for (const auto& cell : row.cells)
        if (cell && doc.figures.at(*cell).unit == Unit::percent) relation.parts.push_back({*cell, 1});
    if (relation.parts.size() < 2) return std::nullopt;
    relation.context = context_path({table_name(table), row_name(row)});
    return relation;
}

bool holds(const Document& doc, const Relation& relation) {
    const Outcome outcome = evaluate(doc, relation).outcome;
    return outcome == Outcome::passed || outcome == Outcome::passed_within_rounding;
}

/// Shares run along the rows when no total row states the whole, and more rows than
/// columns add up to 100, and at least half the rows do: what the numbers show, since the
/// labels (parties, municipalities) do not say it.
bool shares_along_rows(const Document& doc, const Table& table, const std::vector<Relation>& rows,
                       const std::vector<Relation>& columns) {
    if (total_row(table) || rows.empty()) return false;
    const auto count = [&](const std::vector<Relation>& relations) {
        return std::count_if(relations.begin(), relations.end(), [&](const Relation& r) { return holds(doc, r); });
    };
    const auto rows_holding = count(rows);
    return rows_holding * 2 >= static_cast<long>(rows.size()) && rows_holding > count(columns);
}

void collect_table(RuleRun& run, const Table& table) {
    std::vector<Relation> columns;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (is_percent_column(run.doc, table, c))
            if (auto relation = column_relation(run.doc, table, c)) columns.push_back(*relation);
    std::vector<Relation> rows;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        // The text ends inside the last row of a cut-off table: its shares may be missing.
        if (table.cut_off && r + 1 == table.rows.size()) continue;
        if (auto relation = row_relation(run.doc, table, table.rows[r])) rows.push_back(*relation);
    }
    if (shares_along_rows(run.doc, table, rows, columns)) {
        run.relations.insert(run.relations.end(), rows.begin(), rows.end());
        return;
    }
    // A column adds up to 100 only with all its rows: not checkable when the text ends
    // inside the table below its total (or without one).
    const auto total = total_row(table);
    if (table.cut_off && (!total || *total + 1 < table.rows.size())) {
        if (!columns.empty()) run.findings.push_back(cut_off_finding(run, table, static_cast<int>(columns.size())));
        return;
    }
    run.relations.insert(run.relations.end(), columns.begin(), columns.end());
}

void collect(RuleRun& run) {
    for (const Table& table : run.doc.tables) collect_table(run, table);
}

}  // namespace

RuleKind percent_sum_kind() {
    RuleKind kind;
    kind.id = "percent-sum";
    kind.summary = "A percentage column adds up to 100, within what its rounding allows.";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
