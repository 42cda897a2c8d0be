#include "dataset/figure_builder.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "grammar/number_grammar.hpp"

namespace cijfer::dataset {
namespace {

void error(const SourceText& source, std::vector<DatasetError>& errors, Span at, std::string message) {
    errors.push_back({source.locate(at.begin), std::move(message)});
}

bool same_value(double a, double b) { return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)}); }

/// A number from a stated value alone: its digits as the file writes them, a decimal point.
NumberLiteral literal_from_value(double value, Span span, std::string_view text) {
    NumberLiteral n;
    n.span = span;
    n.value = value;
    n.negative = value < 0;
    const auto point = text.find('.');
    n.decimals = point == std::string_view::npos ? 0 : static_cast<int>(text.size() - point - 1);
    n.shape = n.decimals ? NumberShape::decimal_dot : NumberShape::plain;
    return n;
}

}  // namespace

double default_precision(const NumberLiteral& number, Unit unit) {
    if (unit == Unit::percent || number.decimals > 0) return std::pow(10.0, -number.decimals);
    return 0;
}

std::optional<FigureId> add_figure(const SourceText& source, Document& doc, const FigureInput& in,
                                   std::vector<DatasetError>& errors) {
    Figure f;
    bool has_token = false;
    if (in.written) {
        const std::string_view text = source.text(*in.written);
        auto literal = in.written->empty() ? std::nullopt : parse_number_at(source.bytes(), in.written->begin);
        if (literal && literal->span.end == in.written->end) {
            f.number = *literal;
            has_token = true;
        } else if (in.value) {
            // "een derde": a figure in words has a value but no digits, and no token.
            f.number.span = *in.written;
            f.number.value = *in.value / in.scale;
        } else {
            error(source, errors, *in.written,
                  fmt::format("'{}' is not a number as the grammar reads one (docs/numbers.md); give its value", text));
            return std::nullopt;
        }
    } else if (in.value && in.value_span) {
        f.number = literal_from_value(*in.value / in.scale, *in.value_span, source.text(*in.value_span));
        has_token = true;
    } else {
        error(source, errors, in.anchor, "a figure needs its value or the figure as written");
        return std::nullopt;
    }
    if (in.parenthesized) {
        f.number.parenthesized = true;
        read_parentheses_as_negative(f.number);
    }
    f.unit = in.unit;
    f.scale = in.scale;
    f.qualifier = in.qualifier;
    // "1.234%": the table reader reads a thousands dot in a percentage as ambiguous; so here.
    if (f.unit == Unit::percent && f.number.shape == NumberShape::grouped && f.number.decimals == 0) {
        f.number.readings = ambiguous_readings(f.number, source.text(f.number.span));
        f.number.shape = NumberShape::ambiguous;
    }
    if (in.written && in.value && has_token && f.has_value() && !same_value(f.value(), *in.value)) {
        error(source, errors, in.value_span.value_or(in.anchor),
              fmt::format("value {} does not match the figure as written, '{}' (read as {})", *in.value,
                          source.text(*in.written), f.value()));
        return std::nullopt;
    }
    if (in.precision && (*in.precision < 0 || !std::isfinite(*in.precision))) {
        error(source, errors, in.precision_span.value_or(in.anchor), "precision must be 0 (exact) or a positive rounding unit");
        return std::nullopt;
    }
    f.rounding_unit = in.precision ? *in.precision : default_precision(f.number, f.unit);
    f.precision_reason = in.reason.empty() && !in.precision ? "not stated in the dataset: the default of docs/datasets.md"
                                                              : in.reason;
    f.span = in.with_unit.value_or(f.number.span);

    doc.figures.push_back(std::move(f));
    const FigureId id = doc.figures.size() - 1;
    const Figure& added = doc.figures.back();
    if (has_token) {
        Span digits = added.number.span;
        digits.begin += added.number.sign_length;
        doc.tokens.push_back({digits, TokenRole::figure, {}, id});
    }
    doc.stated_names.resize(doc.figures.size());
    doc.stated_names[id] = in.name;
    return id;
}

}  // namespace cijfer::dataset
