#include "report/check_figures.hpp"

namespace cijfer {

std::vector<FigureId> figures_of(const Relation& relation) {
    std::vector<FigureId> ids;
    if (relation.anchor) ids.push_back(*relation.anchor);
    for (const auto& term : relation.parts) ids.push_back(term.figure);
    return ids;
}

std::optional<FigureId> shown_figure(const Document& doc, const Relation& relation) {
    const auto ids = figures_of(relation);
    if (ids.empty() || ids.front() >= doc.figures.size()) return std::nullopt;
    return ids.front();
}

}  // namespace cijfer
