#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/document.hpp"

namespace cijfer {

/// The stable name of every figure of a document, indexed by FigureId: the one naming that
/// datasets, waivers and `diff` share (docs/datasets.md, "Stable names"). Names come from
/// what the document says, never from line numbers, so they survive reflowed text:
///   table cell:  <section>.<table>.<row>.<column>   antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2023
///   statement:   <section>.<noun phrase>.<year>      antwoord-op-vraag-1.misdrijfzaken-onvoorwaardelijk-geseponeerd.2023
/// A name that the input states itself (a dataset's `name:`) wins. Names are unique: a
/// clash gets "~2", "~3" in document order. Deterministic for a given document.
std::vector<std::string> figure_names(const Document& doc);

/// Lower-case ASCII words joined by '-': "Antwoord op vraag 2" -> "antwoord-op-vraag-2";
/// accented Latin letters lose their accent, "%" becomes "pct", at most 48 characters.
std::string name_slug(std::string_view text);

}  // namespace cijfer
