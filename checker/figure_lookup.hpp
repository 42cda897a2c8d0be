#pragma once
#include <functional>
#include <optional>
#include <string_view>

#include "model/figure.hpp"

namespace cijfer {

/// Finds a figure by its stable name ("sepots.misdrijf.onvoorwaardelijk") and, when given,
/// its year: what `fig(...)` in a rule expression refers to. Empty: no names are known.
using FigureLookup = std::function<std::optional<FigureId>(std::string_view name, std::optional<int> year)>;

}  // namespace cijfer
