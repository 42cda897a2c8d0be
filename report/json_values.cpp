#include "report/json_values.hpp"

#include <cmath>
#include <cstdint>

#include "report/span_location.hpp"

namespace cijfer {

nlohmann::ordered_json location_json(const SourceText& source, Span span) {
    const SpanLocation at = locate_span(source, span);
    nlohmann::ordered_json location = {{"line", at.line},
                                       {"column", at.column},
                                       {"end_column", at.end_column},
                                       {"offset", at.offset},
                                       {"length", at.length}};
    // Inputs with places (PDF pages, Word paragraphs and table rows) say where in the original.
    if (const Place* place = source.place_at(span.begin)) {
        if (place->page > 0) location["page"] = place->page;
        location["place"] = place->name;
    }
    return location;
}

nlohmann::ordered_json number_json(double value) {
    if (!std::isfinite(value)) return nullptr;
    // Beyond 2^53 a double no longer holds every integer; keep those as doubles.
    constexpr double exact_limit = 9007199254740992.0;
    if (std::trunc(value) == value && std::abs(value) < exact_limit) return static_cast<std::int64_t>(value);
    return value;
}

}  // namespace cijfer
