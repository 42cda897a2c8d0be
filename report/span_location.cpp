#include "report/span_location.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace cijfer {

SpanLocation locate_span(const SourceText& source, Span span) {
    const Location start = source.locate(span.begin);
    // A span that runs over a line end is shown (and underlined) on its first line only.
    const std::uint32_t line_end = start.line < source.line_count()
                                       ? source.line_start(start.line + 1)
                                       : static_cast<std::uint32_t>(source.bytes().size());
    const Span on_line{span.begin, std::max(span.begin, std::min(span.end, line_end))};
    const auto text = source.text(on_line);
    const auto trimmed = text.substr(0, text.find_first_of("\r\n"));
    return {start.line, start.column, start.column + count_code_points(trimmed), span.begin, span.size()};
}

std::string position_text(const SourceText& source, Span span) {
    const Location at = source.locate(span.begin);
    return fmt::format("{}:{}:{}", source.name(), at.line, at.column);
}

std::string place_suffix(const SourceText& source, Span span) {
    const Place* place = source.place_at(span.begin);
    return place ? " (" + place->name + ")" : std::string();
}

}  // namespace cijfer
