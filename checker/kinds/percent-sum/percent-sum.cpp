#include "checker/kinds/kinds.hpp"

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
        if (!is_top_level(row)) continue;
        if (c >= row.cells.size() || !row.cells[c]) return std::nullopt;
        relation.parts.push_back({*row.cells[c], 1});
    }
    if (relation.parts.empty()) return std::nullopt;
    const auto label = c < table.columns.size() ? table.columns[c].label : std::string();
    relation.context = total ? cell_context(table, table.rows[*total], c)
                             : fmt::format("{} \u203a {}", table_name(table), label);
    relation.year = label;
    return relation;
}

void collect(RuleRun& run) {
    for (const Table& table : run.doc.tables)
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (is_percent_column(run.doc, table, c))
                if (auto relation = column_relation(run.doc, table, c)) run.relations.push_back(*relation);
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
