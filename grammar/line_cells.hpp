#pragma once
// What the column layout sees in one line: a label, then cells at its end. Shared by the
// table reader (grammar/table_reader.cpp) and the header readers (grammar/column_header.cpp).
#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "grammar/read_state.hpp"
#include "grammar/table_builder.hpp"

namespace cijfer {

inline bool is_punct(const ReadState& s, const Lexeme& lx, char c) {
    return lx.kind == LexKind::punct && s.text[lx.span.begin] == c;
}

/// A unit note in a title or header: "x 1.000", "(x € 1.000)", "x 1 mln", "mln euro".
struct ScaleNote {
    double scale = 1;
    bool money = false;
    std::vector<std::size_t> numbers;  ///< lexeme indexes of the note's numbers
    bool owns(std::size_t k) const;
};

/// The scale note among the first `end` lexemes.
ScaleNote scale_note(const ReadState& s, std::span<const Lexeme> lexemes, std::size_t end);

/// A table's title line: a few words, no numbers but a scale note's, no closing punctuation.
bool is_title(const ReadState& s, const LexLine& line);

/// A footnote marker glued to a label word: "extern1", "bewijs*".
bool is_glued_marker(const ReadState& s, const Lexeme& lx);

/// A line read against a column count: code, label and up to `columns` cells at its end
/// (numbers with a glued % or *, or whole-cell missing marks).
struct LineCells {
    const Lexeme* code = nullptr;
    std::string code_text;
    Span code_span;
    std::size_t label_first = 0, label_last = 0;  ///< lexeme range [first, last)
    std::vector<CellLexeme> cells;                 ///< left to right
    std::size_t values = 0;                        ///< cells that are numbers
    bool label_has_word = false;
    /// More numbers than columns, joined by plain spaces into values ("1 200 3 400").
    bool space_grouped = false;
    /// ... or joinable in several ways: each way, "12 300 | 200 | 100"; the cells are then
    /// the last numbers, one per column, and the row says so in a note.
    std::vector<std::string> spaced_readings;
};

LineCells read_cells(const ReadState& s, const LexLine& line, std::size_t columns);
/// "1.", "1.1", "3.3.1" at the start of a line, followed by a word: sets the code fields of `shape`.
void leading_code(const ReadState& s, const LexLine& line, LineCells& shape);

/// A line with one value per column and a label, or only values (a wrapped label's end).
inline bool full_row(const LineCells& c, std::size_t columns) { return c.cells.size() == columns && c.values > 0; }

/// A line of a row label without values: short, words (numbers only inside: "fase 2
/// overig"), no closing punctuation.
bool label_like(const ReadState& s, const LexLine& line);

bool starts_lower(const ReadState& s, const LexLine& line);

}  // namespace cijfer
