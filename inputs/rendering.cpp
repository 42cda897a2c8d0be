#include "inputs/rendering.hpp"

#include <fmt/format.h>

namespace cijfer::inputs {
namespace {

constexpr std::string_view cell_separator = " | ";
constexpr std::size_t max_caption_bytes = 100;

/// A caption is a short line that is not a sentence: "Aantal misdrijfzaken".
bool caption_like(std::string_view text) {
    if (text.empty() || text.size() > max_caption_bytes) return false;
    const char last = text.back();
    return last != '.' && last != ':' && last != '?' && last != ';' && last != ',';
}

}  // namespace

void append_marker(std::string& text, std::string_view number) {
    if (!text.empty() && text.back() >= '0' && text.back() <= '9') {
        text += " [";
        text += number;
        text += ']';
        return;
    }
    text += number;
}

std::string squeeze_spaces(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

void RenderingBuilder::place(std::string name) { places_.push_back({offset(), 0, std::move(name)}); }

void RenderingBuilder::paragraph(std::string_view text) {
    const auto line = squeeze_spaces(text);
    if (line.empty()) return;  // an empty paragraph is spacing, not text
    place(fmt::format("paragraph {}", ++paragraphs_));
    last_paragraph_ = {offset(), static_cast<std::uint32_t>(offset() + line.size())};
    text_ += line;
    text_ += "\n\n";
}

void RenderingBuilder::begin_table(std::size_t grid_columns) {
    LaidOutTable table;
    table.grid_columns = grid_columns;
    table.number = static_cast<int>(tables_.size()) + 1;
    table.span.begin = offset();
    // The paragraph right above the table, when short, is its caption.
    if (!last_paragraph_.empty() && last_paragraph_.end + 2 == offset() &&
        caption_like(std::string_view(text_).substr(last_paragraph_.begin, last_paragraph_.size()))) {
        table.caption = last_paragraph_;
        table.span.begin = last_paragraph_.begin;
        // Drop the blank line between caption and table: they are one block.
        text_.pop_back();
    }
    tables_.push_back(std::move(table));
    rows_ = 0;
}

void RenderingBuilder::begin_row(bool header) {
    place(fmt::format("table {}, row {}", tables_.back().number, ++rows_));
    LaidOutRow row;
    row.header = header;
    row.span.begin = offset();
    tables_.back().rows.push_back(std::move(row));
}

void RenderingBuilder::cell(const std::vector<std::string>& paragraphs, std::size_t column, std::size_t span,
                            bool continues_above) {
    auto& row = tables_.back().rows.back();
    if (!row.cells.empty()) text_ += cell_separator;
    LaidOutCell cell;
    cell.column = column;
    cell.columns_spanned = span == 0 ? 1 : span;
    cell.continues_above = continues_above;
    // A cell's paragraphs share its line: one row, one line, whatever the cell holds.
    std::string joined;
    for (const auto& p : paragraphs) {
        const auto squeezed = squeeze_spaces(p);
        if (squeezed.empty()) continue;
        if (!joined.empty()) joined += ' ';
        joined += squeezed;
    }
    cell.span = {offset(), static_cast<std::uint32_t>(offset() + joined.size())};
    text_ += joined;
    row.cells.push_back(cell);
}

void RenderingBuilder::end_row() {
    auto& row = tables_.back().rows.back();
    row.span.end = offset();
    text_ += '\n';
}

void RenderingBuilder::end_table() {
    auto& table = tables_.back();
    table.span.end = offset();
    if (table.rows.empty()) {
        tables_.pop_back();  // a table without rows has nothing to read
    }
    text_ += '\n';
    last_paragraph_ = {};
}

void RenderingBuilder::footnote(std::string number, std::string text) {
    footnotes_.emplace_back(std::move(number), squeeze_spaces(text));
}

Rendering RenderingBuilder::finish() {
    // Footnotes apart, after the body, each as "4 De tabel komt uit het OM-systeem.": the
    // grammar knows them by the markers in the text.
    for (const auto& [number, text] : footnotes_) {
        place(fmt::format("footnote {}", number));
        text_ += number;
        if (!text.empty()) text_ += ' ' + text;
        text_ += "\n\n";
    }
    return {std::move(text_), std::move(places_), std::move(tables_)};
}

}  // namespace cijfer::inputs
