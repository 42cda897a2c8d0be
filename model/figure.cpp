#include "model/figure.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cijfer {

Interval Figure::interval_of(double literal_value) const {
    constexpr double inf = std::numeric_limits<double>::infinity();
    const double v = literal_value * scale;
    const double half = rounding_unit * scale / 2;
    switch (qualifier) {
    case Qualifier::none: return {v - half, v + half};
    // "circa 300": a reader accepts 5% either side, or the rounding if that is wider.
    case Qualifier::approximately: {
        const double w = std::max(half, std::abs(v) * 0.05);
        return {v - w, v + w};
    }
    // "ruim 300", "meer dan 300": a lower bound only; "bijna 300": an upper bound.
    case Qualifier::more_than: return {v - half, inf};
    case Qualifier::less_than: return {-inf, v + half};
    }
    return {v, v};
}

}  // namespace cijfer
