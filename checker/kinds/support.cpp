#include "checker/kinds/support.hpp"

#include <fmt/format.h>

#include "checker/describe.hpp"

namespace cijfer {

Finding make_finding(const RuleRun& run, Span span, Message message) {
    Finding finding;
    finding.rule_id = run.rule.id;
    finding.kind = run.rule.kind;
    finding.severity = run.rule.severity;
    finding.span = span;
    finding.message = std::move(message);
    return finding;
}

std::string parent_code(const std::string& code) {
    const auto dot = code.rfind('.');
    return dot == std::string::npos ? std::string() : code.substr(0, dot);
}

bool is_top_level(const Row& row) {
    return !row.is_total && !row.parent && parent_code(row.code).empty();
}

bool is_percent_column(const Document& doc, const Table& table, std::size_t column) {
    if (column < table.columns.size() && table.columns[column].unit != Unit::unknown)
        return table.columns[column].unit == Unit::percent;
    for (const Row& row : table.rows)
        if (column < row.cells.size() && row.cells[column])
            return doc.figures.at(*row.cells[column]).unit == Unit::percent;
    return false;
}

std::optional<std::size_t> total_row(const Table& table) {
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        if (table.rows[r].is_total) return r;
    return std::nullopt;
}

std::string cell_context(const Table& table, const Row& row, std::size_t column) {
    const auto label = column < table.columns.size() ? table.columns[column].label : std::string();
    return context_path({table_name(table), row_name(row), label});
}

std::vector<bool> open_rows(const Table& table) {
    std::vector<bool> open(table.rows.size(), false);
    if (!table.cut_off || table.rows.empty()) return open;
    std::optional<std::size_t> row = table.rows.size() - 1;
    // Parents precede their rows, so the walk up ends; the bound guards a malformed model.
    for (std::size_t steps = 0; row && *row < open.size() && !open[*row] && steps < open.size(); ++steps) {
        open[*row] = true;
        row = table.rows[*row].parent;
    }
    return open;
}

Finding cut_off_finding(const RuleRun& run, const Table& table, int skipped) {
    Finding finding = make_finding(run, table.rows.empty() ? table.span : table.rows.back().span,
                                   Message{"table.cut-off", {}}
                                       .text("table", table_reference(run.doc, table))
                                       .number("skipped", skipped));
    finding.severity = Severity::info;
    return finding;
}

}  // namespace cijfer
