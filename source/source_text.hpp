#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "source/layout.hpp"
#include "source/span.hpp"

namespace cijfer {

/// The bytes of one input (UTF-8) with an index of line starts, so that any byte offset
/// maps to a line and a code-point column in O(log lines).
class SourceText {
public:
    SourceText(std::string name, std::string bytes);

    const std::string& name() const { return name_; }
    std::string_view bytes() const { return bytes_; }
    std::string_view text(Span span) const { return std::string_view(bytes_).substr(span.begin, span.size()); }

    /// 1-based line and code-point column of a byte offset.
    Location locate(std::uint32_t offset) const;
    /// End column (exclusive, 1-based, code points) of a span that lies on one line.
    int end_column(Span span) const;
    /// The text of a 1-based line, without its line ending.
    std::string_view line(int line_number) const;
    int line_count() const { return static_cast<int>(line_starts_.size()); }
    /// Byte offset where a 1-based line starts.
    std::uint32_t line_start(int line_number) const { return line_starts_.at(line_number - 1); }

    /// What a reader of a PDF, Word or non-UTF-8 input adds to the rendering: the format
    /// and encoding, the places (pages, paragraphs, table rows) and the tables whose
    /// structure the format states. A plain UTF-8 text has none of these.
    const InputInfo& info() const { return info_; }
    void set_info(InputInfo info) { info_ = std::move(info); }
    const std::vector<Place>& places() const { return places_; }
    void set_places(std::vector<Place> places) { places_ = std::move(places); }
    const std::vector<LaidOutTable>& laid_out_tables() const { return tables_; }
    void set_laid_out_tables(std::vector<LaidOutTable> tables) { tables_ = std::move(tables); }
    /// The place an offset lies in; null when the input has no places.
    const Place* place_at(std::uint32_t offset) const;

private:
    std::string name_;
    std::string bytes_;
    std::vector<std::uint32_t> line_starts_;
    InputInfo info_;
    std::vector<Place> places_;
    std::vector<LaidOutTable> tables_;
};

/// Number of Unicode code points in UTF-8 text (continuation bytes are not counted).
int count_code_points(std::string_view utf8);

}  // namespace cijfer
