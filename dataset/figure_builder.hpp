#pragma once
// Turns a figure as a dataset states it (the figure as written, a value, unit, precision)
// into a model Figure, for the YAML and the CSV reader alike.
#include <optional>
#include <string>
#include <vector>

#include "dataset/dataset_reader.hpp"

namespace cijfer::dataset {

/// One figure's fields; spans point into the dataset file.
struct FigureInput {
    std::optional<Span> written;        ///< the figure as written: "56.400", "66.3000"
    std::optional<Span> with_unit;      ///< "29 procent"
    std::optional<double> value;        ///< the value, when stated
    std::optional<Span> value_span;
    Unit unit = Unit::unknown;
    double scale = 1;
    std::optional<double> precision;    ///< the rounding unit; derived when absent
    std::optional<Span> precision_span;
    Qualifier qualifier = Qualifier::none;
    std::string reason;
    bool parenthesized = false;
    std::string name;
    Span anchor;                        ///< where to point an error about the whole figure
};

/// Adds the figure (and its numeric token) to `doc`; nullopt with a located error when the
/// figure as written is no number and no value is given, or the two disagree.
std::optional<FigureId> add_figure(const SourceText& source, Document& doc, const FigureInput& input,
                                   std::vector<DatasetError>& errors);

/// The rounding unit a figure gets when the dataset does not state it: a percentage or a
/// number with decimals to its last shown digit, a whole count exact.
double default_precision(const NumberLiteral& number, Unit unit);

}  // namespace cijfer::dataset
