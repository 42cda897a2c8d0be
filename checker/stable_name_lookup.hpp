#pragma once
#include "checker/figure_lookup.hpp"
#include "model/document.hpp"

namespace cijfer {

/// `fig(name)` and `fig(name, year)` by the document's stable figure names
/// (model/figure_names.hpp): `fig("antwoord-op-vraag-1.misdrijfzaken-voorwaardelijk", 2023)`
/// is the figure named "antwoord-op-vraag-1.misdrijfzaken-voorwaardelijk.2023". The names are
/// computed on the first call only, so a rule set without `fig` costs nothing. The lookup
/// refers to `doc`, which must outlive it.
FigureLookup stable_name_lookup(const Document& doc);

}  // namespace cijfer
