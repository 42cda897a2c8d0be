#include "checker/relation.hpp"

#include <algorithm>
#include <cmath>

namespace cijfer {
namespace {

/// A figure's nominal value and interval, or nothing when its literal has no value.
struct Valued {
    double nominal = 0;
    Interval interval;
};

/// Widens an interval to at least half the figure's last shown digit either side.
Interval at_least_last_digit(const Figure& figure, double nominal, Interval interval) {
    const double half = std::pow(10.0, -figure.number.decimals) * figure.scale / 2;
    return {std::min(interval.lo, nominal - half), std::max(interval.hi, nominal + half)};
}

std::optional<Valued> value_of(const Document& doc, FigureId id,
                               const std::optional<std::pair<FigureId, double>>& substitute, bool last_digit) {
    const Figure& figure = doc.figures.at(id);
    std::optional<Valued> valued;
    if (substitute && substitute->first == id)
        valued = Valued{substitute->second * figure.scale, figure.interval_of(substitute->second)};
    else if (figure.has_value())
        valued = Valued{figure.value(), figure.interval()};
    // A figure in thousands or millions ("(mln euro)") is rounded to its last shown digit
    // whatever its column's values look like: nothing is counted in exact millions.
    if (valued && (last_digit || figure.scale > 1)) valued->interval = at_least_last_digit(figure, valued->nominal, valued->interval);
    return valued;
}

/// Nominal values are decimal figures: equal when they agree to 1e-9 relative.
bool nominally_equal(double a, double b) {
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}

Evaluation unreadable() {
    Evaluation e;
    e.outcome = Outcome::unreadable;
    return e;
}

/// Compares the found side with the expected side: exact, within rounding, or failed.
void judge(Evaluation& e, bool passed_exactly) {
    e.excess = e.found_interval.gap(e.expected_interval);
    if (passed_exactly) e.outcome = Outcome::passed;
    else if (e.excess == 0) e.outcome = Outcome::passed_within_rounding;
    else e.outcome = Outcome::failed;
}

/// A partial breakdown: only parts that exceed the anchor count against it.
void judge_at_most(Evaluation& e) {
    if (e.expected <= e.found || nominally_equal(e.found, e.expected)) {
        e.excess = 0;
        e.outcome = Outcome::passed;
        return;
    }
    // Everything up to the anchor is allowed (finite, so Interval::gap keeps its tolerance).
    const Interval below{std::min(e.found_interval.lo, e.expected_interval.lo), e.found_interval.hi};
    e.excess = below.gap(e.expected_interval);
    e.outcome = e.excess == 0 ? Outcome::passed_within_rounding : Outcome::failed;
}

}  // namespace

const char* to_string(Outcome o) {
    switch (o) {
    case Outcome::passed: return "passed";
    case Outcome::passed_within_rounding: return "passed-within-rounding";
    case Outcome::failed: return "failed";
    case Outcome::unreadable: return "unreadable";
    }
    return "unreadable";
}

std::optional<std::pair<double, Interval>> figure_value(const Document& doc, FigureId id,
                                                        std::optional<std::pair<FigureId, double>> substitute) {
    const auto valued = value_of(doc, id, substitute, false);
    if (!valued) return std::nullopt;
    return std::pair{valued->nominal, valued->interval};
}

Evaluation evaluate(const Document& doc, const Relation& relation,
                    std::optional<std::pair<FigureId, double>> substitute) {
    if (relation.custom) return relation.custom->evaluate(doc, substitute);
    Evaluation e;
    if (relation.anchor) {
        const auto anchor = value_of(doc, *relation.anchor, substitute, relation.last_digit_rounding);
        if (!anchor) return unreadable();
        e.found = anchor->nominal;
        e.found_interval = relation.anchor_exact ? Interval::exact(anchor->nominal) : anchor->interval;
    } else {
        e.found = relation.constant;
        e.found_interval = Interval::exact(relation.constant);
    }

    std::vector<Valued> parts;
    for (const Term& term : relation.parts) {
        auto part = value_of(doc, term.figure, substitute, relation.last_digit_rounding);
        if (!part) return unreadable();
        if (term.sign < 0) part = Valued{-part->nominal, -part->interval};
        parts.push_back(*part);
    }

    if (relation.form == Relation::Form::sum) {
        e.expected_interval = Interval::exact(0);
        for (const Valued& part : parts) {
            e.expected += part.nominal;
            e.expected_interval = e.expected_interval + part.interval;
        }
        if (relation.at_most) judge_at_most(e);
        else judge(e, nominally_equal(e.found, e.expected));
        return e;
    }

    // share: anchor% = parts[0] / parts[1] * 100. A stated percentage is itself rounded, so
    // it passes outright when the exact quotient rounds to it (lies in its interval).
    if (parts.size() != 2 || parts[1].nominal <= 0 || parts[1].interval.lo <= 0) return unreadable();
    e.expected = parts[0].nominal / parts[1].nominal * 100;
    e.expected_interval = percentage(parts[0].interval, parts[1].interval);
    judge(e, e.found_interval.contains(e.expected) || nominally_equal(e.found, e.expected));
    return e;
}

}  // namespace cijfer
