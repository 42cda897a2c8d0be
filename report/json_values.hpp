#pragma once
#include <nlohmann/json.hpp>

#include "source/source_text.hpp"

namespace cijfer {

/// `{line, column, end_column, offset, length}` (and `page`, `place` when the input has
/// places): the location object of the JSON outputs.
nlohmann::ordered_json location_json(const SourceText& source, Span span);

/// A number as JSON: whole values as integers (65496, not 65496.0), others as they are,
/// and null for infinity (the open end of "ruim 300"), which JSON cannot hold.
nlohmann::ordered_json number_json(double value);

}  // namespace cijfer
