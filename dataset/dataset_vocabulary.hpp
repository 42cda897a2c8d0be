#pragma once
// The words a dataset file uses for the model's enums (docs/datasets.md); the writer and
// the readers share them so that the two can never disagree.
#include <optional>
#include <string_view>

#include "model/document.hpp"

namespace cijfer::dataset {

inline constexpr std::string_view schema_name = "cijfercheck-dataset";
inline constexpr int schema_version = 1;

std::string_view unit_word(Unit unit);
std::optional<Unit> parse_unit(std::string_view word);

std::string_view qualifier_word(Qualifier qualifier);
std::optional<Qualifier> parse_qualifier(std::string_view word);

std::string_view statement_kind_word(Statement::Kind kind);
std::optional<Statement::Kind> parse_statement_kind(std::string_view word);

std::string_view children_word(Row::Children children);
std::optional<Row::Children> parse_children(std::string_view word);

}  // namespace cijfer::dataset

namespace cijfer::dataset {
/// A row is a total when the dataset says so, or by default when it is named as the total
/// of everything ("Totaal", "Eindtotaal", "Generaal totaal"), as the table reader decides.
bool named_as_total(std::string_view label);
}  // namespace cijfer::dataset
