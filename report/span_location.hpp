#pragma once
#include <cstdint>
#include <string>

#include "source/source_text.hpp"

namespace cijfer {

/// Where a span sits, in the units every output format uses: 1-based line and code-point
/// columns (end exclusive, clipped to the span's first line) plus byte offset and length.
struct SpanLocation {
    int line = 0;
    int column = 0;
    int end_column = 0;
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

SpanLocation locate_span(const SourceText& source, Span span);

/// "antwoord.txt:141:12", as compilers and editors write a position.
std::string position_text(const SourceText& source, Span span);

/// " (page 9)", " (table 2, row 3)": where a span lies in the original of a PDF or Word
/// input; empty for an input without places (a plain text).
std::string place_suffix(const SourceText& source, Span span);

}  // namespace cijfer
