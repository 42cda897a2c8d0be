#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "model/interval.hpp"
#include "model/number.hpp"

namespace cijfer {

using FigureId = std::size_t;

enum class Unit { count, percent, money, unknown };

/// Words that bound or widen a figure: "ruim 300" means more than 300, "bijna" less.
enum class Qualifier {
    none,
    approximately,  ///< circa, ca., ongeveer, zo'n
    more_than,      ///< ruim, meer dan
    less_than,      ///< bijna, minder dan
};

/// A statistical figure: a number that sits in a table cell or a prose statement.
struct Figure {
    NumberLiteral number;   ///< the literal as written; its span is the figure's location
    Span span;              ///< the figure with its unit ("29 procent", "60%")
    Unit unit = Unit::unknown;
    double scale = 1;       ///< "2,3 miljoen" -> 1e6; "(mln euro)" in a header
    Qualifier qualifier = Qualifier::none;

    /// Rounding unit decided for the figure's group: 0 means exact, 100 means the value
    /// stands for [v - 50, v + 50]. See docs/rounding.md.
    double rounding_unit = 0;
    std::string precision_reason;  ///< why, for audit ("column of multiples of 100")

    bool has_value() const { return number.has_value(); }
    double value() const { return number.value * scale; }
    /// The values the figure may stand for, given its precision and qualifier.
    Interval interval() const { return interval_of(number.value); }
    /// The same for another reading of a malformed or ambiguous literal.
    Interval interval_of(double literal_value) const;
};

}  // namespace cijfer
