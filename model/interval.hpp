#pragma once
#include <algorithm>
#include <cmath>

namespace cijfer {

/// A closed interval of real values a rounded figure may stand for. Sums and ratios of
/// figures are computed on intervals, so a total is consistent with its parts when the
/// intervals meet (the idea of XBRL Calculations 1.1).
struct Interval {
    double lo = 0;
    double hi = 0;

    static Interval exact(double v) { return {v, v}; }
    /// The values that round to `v` at rounding unit `unit` (half a unit either side).
    static Interval rounded(double v, double unit) { return {v - unit / 2, v + unit / 2}; }

    double mid() const { return (lo + hi) / 2; }
    double width() const { return hi - lo; }
    bool contains(double v) const { return lo <= v && v <= hi; }

    Interval operator+(Interval o) const { return {lo + o.lo, hi + o.hi}; }
    Interval operator-(Interval o) const { return {lo - o.hi, hi - o.lo}; }
    Interval operator-() const { return {-hi, -lo}; }

    /// Closed intervals meet when they share a point (with a tolerance for binary
    /// floating point: values here are decimal figures, never smaller than 1e-6 apart).
    bool meets(Interval o) const { return gap(o) == 0; }
    /// Distance between the intervals; 0 when they meet.
    double gap(Interval o) const {
        constexpr double eps = 1e-9;
        const double d = std::max(lo - o.hi, o.lo - hi);
        return d > eps * std::max({1.0, std::abs(lo), std::abs(hi)}) ? d : 0.0;
    }
};

/// part / whole * 100, over intervals; whole must be positive.
inline Interval percentage(Interval part, Interval whole) {
    return {part.lo / whole.hi * 100, part.hi / whole.lo * 100};
}

}  // namespace cijfer
