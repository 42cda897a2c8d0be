#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "inputs/rendering_data.hpp"

namespace cijfer::inputs {

/// Writes the text rendering of a structured document (Word, OpenDocument): each
/// paragraph on one line with a blank line after it, each table row on one line with
/// its cells separated by " | ", the footnotes apart at the end. It records where each
/// paragraph, table row and footnote starts (its Place) and the tables' structure with
/// every cell's span, so that figures get a line and column in the rendering that
/// `extract --format text` prints, and tables reach the grammar as they are.
class RenderingBuilder {
public:
    void paragraph(std::string_view text);

    void begin_table(std::size_t grid_columns);
    void begin_row(bool header);
    /// A cell of the current row: its paragraphs, the grid column it starts at and how many
    /// it spans; `continues_above` for the lower part of a vertically merged cell.
    void cell(const std::vector<std::string>& paragraphs, std::size_t column, std::size_t span,
              bool continues_above);
    void end_row();
    void end_table();

    /// A footnote's number (as its reference shows it) and text; written after the body.
    void footnote(std::string number, std::string text);

    std::size_t tables() const { return tables_.size(); }
    Rendering finish();

private:
    void place(std::string name);
    std::uint32_t offset() const { return static_cast<std::uint32_t>(text_.size()); }

    std::string text_;
    std::vector<Place> places_;
    std::vector<LaidOutTable> tables_;
    std::vector<std::pair<std::string, std::string>> footnotes_;
    int paragraphs_ = 0;
    int rows_ = 0;
    /// The last paragraph, when it ended right before a table: a caption candidate.
    Span last_paragraph_;
};

/// Appends a footnote reference: glued to a word ("hieronder.4"), as the grammar knows
/// markers, but as " [4]" after a digit, so that "17.418" with a note never reads "17.4184".
void append_marker(std::string& text, std::string_view number);

/// Text with runs of white space made one space and no space at either end.
std::string squeeze_spaces(std::string_view text);

}  // namespace cijfer::inputs
