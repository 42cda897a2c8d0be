// Evaluating an expression on intervals (docs/expressions.md, Tolerance), and lowering the
// comparisons that state a sum or a share to the checker's own relations.
#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checker/describe.hpp"
#include "checker/kinds/expression/bound_term.hpp"

namespace cijfer::expr {
namespace {

using Substitute = std::optional<std::pair<FigureId, double>>;

struct Valued {
    double nominal = 0;
    Interval interval;
};

bool nearly_equal(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)}); }

Interval times(Interval a, Interval b) {
    const double p[] = {a.lo * b.lo, a.lo * b.hi, a.hi * b.lo, a.hi * b.hi};
    return {*std::min_element(std::begin(p), std::end(p)), *std::max_element(std::begin(p), std::end(p))};
}

/// Nothing when the divisor may be zero.
std::optional<Interval> divided(Interval a, Interval b) {
    if (b.lo <= 0 && b.hi >= 0) return std::nullopt;
    return times(a, {1 / b.hi, 1 / b.lo});
}

std::optional<Valued> value(const Document& doc, const BoundTerm& t, const Substitute& substitute) {
    switch (t.kind) {
    case BoundTerm::Kind::number: return Valued{t.number, Interval::exact(t.number)};
    case BoundTerm::Kind::figure: {
        const auto v = figure_value(doc, t.figure, substitute);
        if (!v) return std::nullopt;
        return Valued{v->first, v->second};
    }
    case BoundTerm::Kind::negate: {
        auto v = value(doc, t.operands[0], substitute);
        if (v && t.number < 0) v = Valued{-v->nominal, -v->interval};
        return v;
    }
    case BoundTerm::Kind::sum: {
        Valued total{0, Interval::exact(0)};
        for (const BoundTerm& o : t.operands) {
            const auto v = value(doc, o, substitute);
            if (!v) return std::nullopt;
            total = {total.nominal + v->nominal, total.interval + v->interval};
        }
        return total;
    }
    case BoundTerm::Kind::pct: {
        const auto part = value(doc, t.operands[0], substitute);
        const auto whole = value(doc, t.operands[1], substitute);
        if (!part || !whole || whole->nominal == 0) return std::nullopt;
        const auto q = divided(part->interval, whole->interval);
        if (!q) return std::nullopt;
        return Valued{part->nominal / whole->nominal * 100, times(*q, Interval::exact(100))};
    }
    case BoundTerm::Kind::chain: {
        auto acc = value(doc, t.operands[0], substitute);
        for (std::size_t i = 1; acc && i < t.operands.size(); ++i) {
            const auto v = value(doc, t.operands[i], substitute);
            if (!v) return std::nullopt;
            switch (t.ops[i - 1]) {
            case '+': acc = Valued{acc->nominal + v->nominal, acc->interval + v->interval}; break;
            case '-': acc = Valued{acc->nominal - v->nominal, acc->interval - v->interval}; break;
            case '*': acc = Valued{acc->nominal * v->nominal, times(acc->interval, v->interval)}; break;
            default: {
                const auto q = divided(acc->interval, v->interval);
                if (!q || v->nominal == 0) return std::nullopt;
                acc = Valued{acc->nominal / v->nominal, *q};
            }
            }
        }
        return acc;
    }
    }
    return std::nullopt;
}

void figures_of(const BoundTerm& t, std::vector<FigureId>& out) {
    if (t.kind == BoundTerm::Kind::figure && std::find(out.begin(), out.end(), t.figure) == out.end())
        out.push_back(t.figure);
    for (const BoundTerm& o : t.operands) figures_of(o, out);
}

bool has_division(const BoundTerm& t) {
    if (t.kind == BoundTerm::Kind::pct) return true;
    if (t.kind == BoundTerm::Kind::chain && std::find(t.ops.begin(), t.ops.end(), '/') != t.ops.end()) return true;
    return std::any_of(t.operands.begin(), t.operands.end(), has_division);
}

int decimals_of(const Document& doc, const BoundTerm& t) {
    std::vector<FigureId> figures;
    figures_of(t, figures);
    int decimals = 0;
    for (FigureId id : figures) decimals = std::max(decimals, doc.figures.at(id).number.decimals);
    return has_division(t) ? std::max(decimals, 1) : decimals;
}

const char* symbol(char op) {
    switch (op) {
    case '+': return " + ";
    case '-': return " \u2212 ";
    case '*': return " \u00d7 ";
    default: return " / ";
    }
}

std::string render(const Document& doc, const BoundTerm& t, const std::optional<std::pair<FigureId, std::string>>& replaced,
                   bool top) {
    const auto inner = [&](const BoundTerm& o) { return render(doc, o, replaced, false); };
    switch (t.kind) {
    case BoundTerm::Kind::number: return document_number(t.number, t.number == std::round(t.number) ? 0 : 2);
    case BoundTerm::Kind::figure:
        return replaced && replaced->first == t.figure ? replaced->second : written(doc, t.figure);
    case BoundTerm::Kind::negate: return (t.number < 0 ? "\u2212" : "") + inner(t.operands[0]);
    case BoundTerm::Kind::pct: return inner(t.operands[0]) + " / " + inner(t.operands[1]) + " \u00d7 100";
    case BoundTerm::Kind::sum:
    case BoundTerm::Kind::chain: {
        std::string text = inner(t.operands[0]);
        for (std::size_t i = 1; i < t.operands.size(); ++i)
            text += symbol(t.kind == BoundTerm::Kind::sum ? '+' : t.ops[i - 1]) + inner(t.operands[i]);
        return top || t.operands.size() == 1 ? text : "(" + text + ")";
    }
    }
    return {};
}

const char* op_symbol(const std::string& op) {
    if (op == "!=") return "\u2260";
    if (op == "<=") return "\u2264";
    if (op == ">=") return "\u2265";
    if (op == "<") return "<";
    if (op == ">") return ">";
    return "=";
}

/// The relation for expressions that are no plain sum or share.
class Evaluated final : public CustomRelation {
public:
    Evaluated(const Program& program, BoundTerm lhs, BoundTerm rhs, std::string context)
        : op_(program.op), within_(program.within), lhs_(std::move(lhs)), rhs_(std::move(rhs)),
          context_(std::move(context)) {}

    Evaluation evaluate(const Document& doc, Substitute substitute) const override {
        Evaluation e;
        const auto l = value(doc, lhs_, substitute);
        const auto r = value(doc, rhs_, substitute);
        if (!l || !r) {
            e.outcome = Outcome::unreadable;
            return e;
        }
        e.found = l->nominal;
        e.expected = r->nominal;
        e.found_interval = l->interval;
        e.expected_interval = r->interval;
        const Interval& a = l->interval;
        const Interval& b = r->interval;
        const auto outcome = [&](bool exactly, bool possibly, double excess) {
            e.outcome = exactly ? Outcome::passed : possibly ? Outcome::passed_within_rounding : Outcome::failed;
            e.excess = e.outcome == Outcome::failed ? std::max(excess, 0.0) : 0;
        };
        if (op_ == "=" || op_ == "==") {
            const double bound = allowance(e.expected);
            e.expected_interval = {b.lo - bound, b.hi + bound};
            const double gap = e.found_interval.gap(e.expected_interval);
            outcome(std::abs(e.found - e.expected) <= bound || nearly_equal(e.found, e.expected), gap == 0, gap);
        } else if (op_ == "!=") {
            outcome(!nearly_equal(e.found, e.expected), false, 0);
        } else if (op_ == "<") {
            outcome(e.found < e.expected && !nearly_equal(e.found, e.expected), a.lo < b.hi, a.lo - b.hi);
        } else if (op_ == "<=") {
            outcome(e.found <= e.expected || nearly_equal(e.found, e.expected), a.gap(b) == 0 || a.lo <= b.hi, a.lo - b.hi);
        } else if (op_ == ">") {
            outcome(e.found > e.expected && !nearly_equal(e.found, e.expected), a.hi > b.lo, b.lo - a.hi);
        } else {
            outcome(e.found >= e.expected || nearly_equal(e.found, e.expected), a.gap(b) == 0 || a.hi >= b.lo, b.lo - a.hi);
        }
        return e;
    }

    Message failure_message(const Document& doc, const Evaluation& e) const override {
        const int decimals = std::max(decimals_of(doc, lhs_), decimals_of(doc, rhs_));
        if (op_ != "=" && op_ != "==")
            return Message{"expression.compare.failed", {}}
                .text("context", context_)
                .text("lhs", side(doc, lhs_, e.found))
                .text("op", op_symbol(op_))
                .text("rhs", side(doc, rhs_, e.expected));
        Message m{within_ ? "expression.within.failed" : "expression.failed", {}};
        m.text("context", context_)
            .text("lhs", side(doc, lhs_, e.found))
            .text("rhs", side(doc, rhs_, e.expected))
            .number("imbalance", e.found - e.expected, decimals, true)
            .number("excess", e.excess, decimals);
        if (within_) m.text("bound", bound_text());
        return m;
    }

    std::pair<std::string, std::string> found_and_expected(const Document& doc, const Evaluation& e) const override {
        const auto shown = [&](const BoundTerm& t, double v) {
            return t.kind == BoundTerm::Kind::figure ? written(doc, t.figure) : document_number(v, decimals_of(doc, t));
        };
        std::string expected = shown(rhs_, e.expected);
        if (within_) expected += " \u00b1 " + bound_text();
        if (op_ != "=" && op_ != "==") expected = std::string(op_symbol(op_)) + " " + expected;
        return {shown(lhs_, e.found), expected};
    }

    std::string text(const Document& doc, const Evaluation& e,
                     std::optional<std::pair<FigureId, std::string>> replaced) const override {
        const auto shown = [&](const BoundTerm& t, double v) {
            const auto written_form = render(doc, t, replaced, true);
            return t.kind == BoundTerm::Kind::figure ? written_form
                                                     : written_form + " = " + document_number(v, decimals_of(doc, t));
        };
        return fmt::format("{} {} {}{}", shown(lhs_, e.found), op_symbol(op_), shown(rhs_, e.expected),
                           within_ ? " \u00b1 " + bound_text() : "");
    }

private:
    /// The explicit bound in the units of the figures (0 without `within`).
    double allowance(double expected) const {
        if (!within_) return 0;
        return within_->relative ? within_->amount / 100 * std::abs(expected) : within_->amount;
    }
    std::string bound_text() const {
        const double a = within_->amount;
        return document_number(a, a == std::round(a) ? 0 : 2) + (within_->relative ? "%" : "");
    }
    static std::string side(const Document& doc, const BoundTerm& t, double v) {
        if (t.kind == BoundTerm::Kind::figure) return written(doc, t.figure);
        return render(doc, t, std::nullopt, true) + " = " + document_number(v, decimals_of(doc, t));
    }

    std::string op_;
    std::optional<Bound> within_;
    BoundTerm lhs_;
    BoundTerm rhs_;
    std::string context_;
};

/// The terms of a sum of figures with signs (a + b - c, sum(...)); false for anything else.
bool flat_sum(const BoundTerm& t, int sign, std::vector<cijfer::Term>& parts) {
    switch (t.kind) {
    case BoundTerm::Kind::figure: parts.push_back({t.figure, sign}); return true;
    case BoundTerm::Kind::negate: return flat_sum(t.operands[0], t.number < 0 ? -sign : sign, parts);
    case BoundTerm::Kind::sum:
        return std::all_of(t.operands.begin(), t.operands.end(), [&](const BoundTerm& o) { return flat_sum(o, sign, parts); });
    case BoundTerm::Kind::chain:
        if (!flat_sum(t.operands[0], sign, parts)) return false;
        for (std::size_t i = 1; i < t.operands.size(); ++i) {
            if (t.ops[i - 1] != '+' && t.ops[i - 1] != '-') return false;
            if (!flat_sum(t.operands[i], t.ops[i - 1] == '-' ? -sign : sign, parts)) return false;
        }
        return true;
    default: return false;
    }
}

const Chosen* chosen_of(const std::vector<Chosen>& chosen, FigureId id) {
    for (const Chosen& c : chosen)
        if (c.figure == id) return &c;
    return nullptr;
}

bool is_pct_of_figures(const BoundTerm& t) {
    return t.kind == BoundTerm::Kind::pct && t.operands[0].kind == BoundTerm::Kind::figure &&
           t.operands[1].kind == BoundTerm::Kind::figure;
}

/// A sum or share relation with `anchor` (a table cell or stated percentage), when the
/// other side has that shape.
std::optional<Relation> lowered(const BoundTerm& anchor, const BoundTerm& other, const std::vector<Chosen>& chosen) {
    if (anchor.kind != BoundTerm::Kind::figure) return std::nullopt;
    const Chosen* where = chosen_of(chosen, anchor.figure);
    Relation relation;
    relation.anchor = anchor.figure;
    if (where) relation.context = where->context;
    if (is_pct_of_figures(other)) {
        relation.form = Relation::Form::share;
        relation.parts = {{other.operands[0].figure, 1}, {other.operands[1].figure, 1}};
        return relation;
    }
    // sum.failed says "the table says ...": only a table cell may be a sum's anchor.
    if (!where || !where->in_table || !flat_sum(other, 1, relation.parts)) return std::nullopt;
    return relation;
}

}  // namespace

Relation expression_relation(const Document&, const Program& program, const BoundTerm& lhs,
                             const BoundTerm& rhs, const std::vector<Chosen>& chosen, const std::string& label) {
    if ((program.op == "=" || program.op == "==") && !program.within) {
        auto relation = lowered(lhs, rhs, chosen);
        if (!relation) relation = lowered(rhs, lhs, chosen);
        if (relation) {
            relation->year = label;
            return *relation;
        }
    }
    std::vector<FigureId> figures;
    figures_of(lhs, figures);
    figures_of(rhs, figures);
    Relation relation;
    if (!figures.empty()) relation.anchor = figures.front();
    for (std::size_t i = 1; i < figures.size(); ++i) relation.parts.push_back({figures[i], 1});
    const Chosen* where = relation.anchor ? chosen_of(chosen, *relation.anchor) : nullptr;
    relation.context = where ? where->context : label;
    relation.year = label;
    relation.custom = std::make_shared<Evaluated>(program, lhs, rhs, relation.context);
    return relation;
}

}  // namespace cijfer::expr
