#pragma once
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/document.hpp"
#include "model/interval.hpp"

namespace cijfer {

struct Evaluation;
struct Relation;

/// A relation a rule states in its own terms (the `expression` kind): it evaluates itself
/// and words its own finding. Its Relation still lists every figure in `parts` (coverage,
/// related locations) and the figure its finding points at as `anchor`.
struct CustomRelation {
    virtual ~CustomRelation() = default;
    virtual Evaluation evaluate(const Document& doc, std::optional<std::pair<FigureId, double>> substitute) const = 0;
    /// The message of a failed evaluation (a catalogue key with its arguments).
    virtual Message failure_message(const Document& doc, const Evaluation& evaluation) const = 0;
    /// The finding's "found" and "expected" as the reader reads them: "73.599", "65.800".
    virtual std::pair<std::string, std::string> found_and_expected(const Document& doc,
                                                                   const Evaluation& evaluation) const = 0;
    /// The arithmetic in figures as written; `replaced` writes one figure differently.
    virtual std::string text(const Document& doc, const Evaluation& evaluation,
                             std::optional<std::pair<FigureId, std::string>> replaced) const = 0;
};

struct Term {
    FigureId figure = 0;
    int sign = 1;  ///< +1 or -1 (Saldo = Baten - Lasten)
};

/// An arithmetic relation between figures, built by a rule kind and evaluated on
/// intervals. `sum`: anchor = sum of sign * part. `share`: anchor (a percentage) =
/// parts[0] / parts[1] * 100.
struct Relation {
    enum class Form { sum, share };
    Form form = Form::sum;
    std::optional<FigureId> anchor;    ///< the figure that states the result
    double constant = 0;               ///< the result when there is no anchor figure
    bool anchor_exact = false;         ///< e.g. "100%" in a percentage total row
    std::vector<Term> parts;
    std::string context;               ///< document words locating it: "Aantal misdrijfzaken › 1. Vermogensdelicten › 2023"
    std::string year;                  ///< the column or statement year, when there is one
    /// The parts add up to at most the anchor ("waarvan": a breakdown that may be partial):
    /// a sum below the anchor is fine, only a sum above it (beyond rounding) fails.
    bool at_most = false;
    /// Every figure stands for at least the values that round to its last shown digit. Set
    /// for relations inferred from the numbers: a derived column (Saldo) is computed before
    /// rounding, so an off-by-one in the last digit is a rounding difference.
    bool last_digit_rounding = false;

    /// For a relation inferred from the numbers (inferred-relation): what it is and how sure.
    struct Inferred {
        std::string formula;  ///< in the table's own labels: "Saldo = Baten − Lasten"
        int holding = 0;      ///< rows (columns) where it holds, within rounding
        int checked = 0;      ///< rows (columns) where it could be evaluated
        /// True for a column relation (support counted in rows); false for subtotal rows
        /// (support counted in sums: one per subtotal row and column).
        bool column = true;
    };
    std::optional<Inferred> inferred;
    /// Set for a relation that evaluates itself (see CustomRelation); `form` is then unused.
    std::shared_ptr<const CustomRelation> custom;
};

enum class Outcome {
    passed,                  ///< the stated values agree exactly
    passed_within_rounding,  ///< they differ, but the rounding intervals meet
    failed,                  ///< the intervals do not meet
    unreadable,              ///< a figure involved is malformed or ambiguous
};

const char* to_string(Outcome o);

struct Evaluation {
    Outcome outcome = Outcome::passed;
    double found = 0;       ///< the anchor's nominal value
    double expected = 0;    ///< the nominal value the parts give
    Interval found_interval;
    Interval expected_interval;
    double excess = 0;      ///< how far the intervals lie apart (0 when they meet)
    double imbalance() const { return found - expected; }
};

/// Evaluates a relation; `substitute` replaces one figure's literal value (used to try the
/// readings of a malformed number).
Evaluation evaluate(const Document& doc, const Relation& relation,
                    std::optional<std::pair<FigureId, double>> substitute = std::nullopt);

/// A figure's nominal value and rounding interval as evaluate() uses them (nothing when its
/// literal has no value); `substitute` replaces one figure's literal value.
std::optional<std::pair<double, Interval>> figure_value(const Document& doc, FigureId id,
                                                        std::optional<std::pair<FigureId, double>> substitute);

}  // namespace cijfer
