#pragma once
// Headers of the column layout whose labels are not (only) years: "Soort Baten Lasten
// Saldo", "Mannen Vrouwen Totaal", "Q1 Q2 Q3 Q4", "2022* 2023 Verschil". Their column count
// is not in the header itself; it is the count of values that the rows below it share.
#include <cstddef>
#include <optional>
#include <vector>

#include "grammar/read_state.hpp"

namespace cijfer {

/// One label of a header line: lexemes [first, last) of the line.
struct HeaderLabel {
    std::size_t first = 0, last = 0;
    bool year = false;         ///< "2023", "2022*": its number is a year, not a figure
    bool provisional = false;  ///< "2022*"
};

/// A header of words above rows that share a count of values.
struct WordHeader {
    std::size_t line = 0;                ///< the header line
    std::size_t last_line = 0;           ///< line + 1 when the labels go on ("zaken  verdachten")
    std::size_t columns = 0;
    bool wide = false;                   ///< its labels are set apart by runs of spaces
    std::vector<HeaderLabel> stub;       ///< labels before the columns' ("Soort"), may be empty
    std::vector<HeaderLabel> labels;     ///< one per column, on `line`
    std::vector<std::optional<HeaderLabel>> continued;  ///< per column, on `last_line`
};

/// "Q1", "K4", "HP11": lexeme `k` is a number glued to a word of one to three capitals.
bool is_label_code(const ReadState& s, const LexLine& line, std::size_t k);

/// The labels of a line that may be a header. With `wide`, labels are split only at runs of
/// two or more spaces (and at each year); otherwise a word starting with a capital, a year,
/// a code ("Q1") or a lone "%" starts a label and lower-case words join the one before
/// ("Aantal zaken", "Hoger beroep"). Empty when the line cannot be a header: a number that is
/// not a year, code, footnote marker or scale note, a sentence's closing punctuation, a pipe,
/// too many lexemes.
std::vector<HeaderLabel> header_labels(const ReadState& s, const LexLine& line, bool wide);

/// The header of words at `line`, when the rows after it (within a few lines) share a count
/// of values: at least two rows (three for a single column) and at least half of the
/// labelled rows below it before the table ends. The header must have at least that many
/// labels and at most two more (the stub); a line between the header and its first row that
/// could itself be such a header makes `line` a title, not the header.
std::optional<WordHeader> word_header_at(const ReadState& s, std::size_t line);

/// The share of value counts among the labelled rows from `line` on: the count most rows
/// have (0 when no count has enough support), and the line of the first such row.
struct SharedCount {
    std::size_t columns = 0;
    std::size_t first_row = 0;
};
SharedCount shared_value_count(const ReadState& s, std::size_t line);

}  // namespace cijfer
