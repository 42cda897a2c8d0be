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
    return fmt::format("{} \u203a {} \u203a {}", table_name(table), row_name(row), label);
}

}  // namespace cijfer
