#pragma once
#include <optional>
#include <string>
#include <vector>

#include "checker/rule_kind.hpp"

namespace cijfer {

/// Helpers the table-based rule kinds share.

/// How much evidence makes a relation that no label states: it must hold (within rounding)
/// in at least `min_support` of the places where it can be evaluated, and in at least
/// `min_places` of them. Used for relations found from the numbers (inferred-relation) and
/// for "waarvan" breakdowns that turn out to be complete (hierarchy-sum).
constexpr int min_places = 4;
constexpr double min_support = 0.8;

/// A finding of the running rule at `span`, with the rule's id, kind and severity.
Finding make_finding(const RuleRun& run, Span span, Message message);

/// "3.3" for "3.3.1"; empty for a top-level code.
std::string parent_code(const std::string& code);
/// A row directly under the total: no parent row, and its code (if any) names none.
bool is_top_level(const Row& row);
/// True when the column holds percentages (by its unit, or by its figures' units).
bool is_percent_column(const Document& doc, const Table& table, std::size_t column);
/// The table's total row, if it has one.
std::optional<std::size_t> total_row(const Table& table);
/// "Aantal misdrijfzaken › 1. Vermogensdelicten › 2023".
std::string cell_context(const Table& table, const Row& row, std::size_t column);

/// The rows whose relations may run past the end of a cut-off table: its last row and every
/// row above it in the hierarchy (parent, parent's parent). Nothing for a complete table.
std::vector<bool> open_rows(const Table& table);
/// The info finding that a cut-off table left `skipped` relations unchecked (key
/// `table.cut-off`), at the table's last row.
Finding cut_off_finding(const RuleRun& run, const Table& table, int skipped);

}  // namespace cijfer
