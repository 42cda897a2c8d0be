#pragma once
#include <optional>
#include <vector>

#include "checker/relation.hpp"

namespace cijfer {

/// Every figure a relation involves: its anchor first, then its parts, in order.
std::vector<FigureId> figures_of(const Relation& relation);
/// The figure a check is shown at: the anchor, or the first part when the result is a
/// constant (a percentage column without a total row). Nullopt when the relation has none
/// or names a figure the document does not hold.
std::optional<FigureId> shown_figure(const Document& doc, const Relation& relation);

}  // namespace cijfer
