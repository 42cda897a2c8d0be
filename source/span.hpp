#pragma once
#include <cstdint>

namespace cijfer {

/// A half-open byte range [begin, end) in a SourceText. Spans are offsets, never copies.
struct Span {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;

    std::uint32_t size() const { return end - begin; }
    bool empty() const { return begin == end; }
    friend bool operator==(const Span&, const Span&) = default;
};

/// A 1-based line and column; the column counts Unicode code points, as SARIF's
/// `unicodeCodePoints` column kind and editors do.
struct Location {
    int line = 0;
    int column = 0;
    friend bool operator==(const Location&, const Location&) = default;
};

}  // namespace cijfer
