#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grammar/read_state.hpp"

namespace cijfer {

/// One cell of a table as a layout reader found it: a number lexeme (with its glued
/// % sign), a missing-value mark (".", "-", "x") or nothing.
struct CellLexeme {
    const Lexeme* number = nullptr;  ///< null for a missing or empty cell
    Span span;                        ///< the number with its % sign
    bool percent = false;
    /// One of several values glued into one literal ("258.000174.000"): its own reading.
    /// Only the last part's figure is linked to the literal's numeric token (docs/coverage.md).
    std::optional<NumberLiteral> part;
    bool last_part = false;
    /// "1 200" read as one value (grammar/space_grouped_cells.hpp): the lexemes before
    /// `number` that `part` joins; each token is linked to the one figure.
    std::vector<const Lexeme*> joined;
};

/// A row as a layout reader found it, before it becomes a model row.
struct RowDraft {
    Span span;                     ///< its line(s)
    Span label_span;               ///< may cross lines (a wrapped label)
    std::string code;              ///< "3.3.1", empty when uncoded
    Span code_span;
    const Lexeme* code_lexeme = nullptr;
    int indent = 0;
    bool heading = false;
    std::vector<CellLexeme> cells;  ///< one per column, or empty for a heading
    /// Group words that a structured table states in cells before the label, possibly
    /// merged down over several rows ("Mislukte executie" | "sepot"): they lead the label.
    std::string label_prefix;
};

/// Builds one model table from what a layout reader found; shared by all layouts so
/// that figures, units, totals and parents are made the same way whatever the layout.
class TableBuilder {
public:
    TableBuilder(ReadState& s, std::size_t section, std::string layout);

    /// A title line: its text, scale ("x 1.000", "mln") and money note.
    void title(const LexLine& line);
    /// The header's leading words (before the column labels); `line` is where the table starts
    /// when it has no title.
    void header_text(Span span, const LexLine& line);
    /// A scale or money note found in the title or header.
    void scale(double factor, bool money) {
        table_.scale *= factor;
        table_.money = table_.money || money;
    }
    void column(std::string label, Span span, bool provisional);
    void row(const RowDraft& draft);
    void note(Span span, Message message);
    void cut_off() { table_.cut_off = true; }

    std::size_t columns() const { return table_.columns.size(); }
    std::size_t rows() const { return table_.rows.size(); }
    bool has_total() const { return !table_.rows.empty() && table_.rows.back().is_total; }
    bool first_is_total() const { return !table_.rows.empty() && table_.rows.front().is_total; }
    void finish();

private:
    std::optional<std::size_t> parent_of(const std::string& code) const;

    ReadState& s_;
    Table table_;
};

/// "Totaal", "Eindtotaal", "Subtotaal", "Generaal totaal", "Total" as a label key.
bool is_total_label(std::string_view key);

/// A whole cell that says a value is missing: ".", "-", "–", "x" (ASCII case ignored).
bool is_missing_mark(std::string_view text);

}  // namespace cijfer
