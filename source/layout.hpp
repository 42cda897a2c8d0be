#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "source/span.hpp"

namespace cijfer {

/// How an input was read: its format ("text", "pdf", "docx", "odt") and, for text, the
/// character encoding assumed ("UTF-8", "UTF-8 with BOM", "UTF-16LE", "windows-1252").
struct InputInfo {
    std::string format = "text";
    std::string encoding = "UTF-8";
};

/// A part of the rendering a user can find in the original: a page of a PDF (or of a text
/// with form feeds), a paragraph or a table row of a Word document. `page` is 0 when the
/// place is not a page.
struct Place {
    std::uint32_t begin = 0;  ///< byte offset in the rendering where the place starts
    int page = 0;
    std::string name;         ///< "page 9", "paragraph 14", "table 2, row 3"
};

/// A cell of a table whose structure the input format states (a Word or OpenDocument
/// table), placed in the rendering: the grammar builds a model table from these instead
/// of guessing columns from the text.
struct LaidOutCell {
    Span span;                     ///< the cell's text in the rendering (its paragraphs)
    std::size_t column = 0;        ///< first grid column it covers
    std::size_t columns_spanned = 1;
    bool continues_above = false;  ///< a vertically merged cell's lower part (no text)
};

struct LaidOutRow {
    Span span;        ///< the rendering lines of the row
    bool header = false;  ///< a header row as the format marks it (w:tblHeader, table-header-rows)
    std::vector<LaidOutCell> cells;
};

struct LaidOutTable {
    Span span;        ///< from the caption (when there is one) to the last row
    Span caption;     ///< the short paragraph right above the table; empty when none
    std::size_t grid_columns = 0;
    std::vector<LaidOutRow> rows;
    int number = 0;   ///< 1-based position among the document's tables ("table 2")
};

}  // namespace cijfer
