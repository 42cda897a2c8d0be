#pragma once
#include <vector>

#include "checker/kinds/support.hpp"
#include "checker/relation.hpp"
#include "model/document.hpp"

namespace cijfer {

/// Finding the arithmetic a table's numbers imply where its labels state none
/// (docs/relations.md, "From the numbers"). A relation is accepted only when it holds,
/// within rounding of the last shown digit, in at least `min_support` of the places where
/// it can be evaluated, and in at least `min_places` informative places: rows that are not
/// totals and where no figure of the relation is zero (0 = 0 + 0 proves nothing, and a
/// balanced total where Baten = Lasten makes Saldo 0). The thresholds are in support.hpp.

/// Column relations: a column that equals the sum or difference of two others (Saldo =
/// Baten − Lasten), or the sum of three or more adjacent columns (Totaal = A + B + C).
/// One relation per row where it can be evaluated, each carrying its support. Nothing for
/// a table that states a column formula.
std::vector<Relation> infer_column_relations(const Document& doc, const Table& table);

/// Subtotal rows: rows that each equal the sum of the rows below them up to the next such
/// row. Only for tables without a stated hierarchy (no row has a parent). One relation per
/// subtotal row and column.
std::vector<Relation> infer_subtotal_rows(const Document& doc, const Table& table);

}  // namespace cijfer
