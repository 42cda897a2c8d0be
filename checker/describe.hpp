#pragma once
#include <initializer_list>
#include <string>
#include <string_view>

#include "checker/relation.hpp"
#include "model/document.hpp"

namespace cijfer {

/// Document words for figures and relations, used in messages and related locations.
/// Figures are quoted as written (the source text), never re-formatted.

/// The figure's literal as written: "56.400", "66.3000".
std::string written(const Document& doc, FigureId id);
/// The figure with its unit as written: "29 procent", "60%".
std::string written_with_unit(const Document& doc, FigureId id);
/// "1. Vermogensdelicten", "1.1 Diefstal en inbraak", "Eindtotaal".
std::string row_name(const Row& row);
/// The table's title, or its header words when it has no title.
std::string table_name(const Table& table);
/// "Aantal misdrijfzaken › Eindtotaal › 2023": the non-empty parts joined by " › ".
std::string context_path(std::initializer_list<std::string_view> parts);
/// "Aantal misdrijfzaken (Antwoord op vraag 2)": a table named so the reader can find it.
std::string table_reference(const Document& doc, const Table& table);
/// What a figure stands for: "1.1 Diefstal en inbraak, 2023" in a table,
/// "misdrijfzaken onvoorwaardelijk geseponeerd, 2023" in prose.
std::string figure_role(const Document& doc, FigureId id);
/// The parts of a sum as written: "56.400 + 9.400"; a negative term is written " − x".
std::string parts_text(const Document& doc, const Relation& relation);
/// The most decimals any figure of the relation shows (computed values are given with as many).
int relation_decimals(const Document& doc, const Relation& relation);
/// A computed value in the document's own (Dutch) notation: 65.800, 39,9, −304.
std::string document_number(double value, int decimals);
/// Lowercase, letters and digits only: how labels and words are compared.
std::string normalise(std::string_view text);

}  // namespace cijfer
