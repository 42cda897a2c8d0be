#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/figure.hpp"
#include "model/token.hpp"
#include "source/source_text.hpp"

namespace cijfer {

/// A part of the document under a heading: "Vraag 2", "Antwoord op vragen 3 en 5".
struct Section {
    std::string title;            ///< the heading as written, trimmed
    Span span;                    ///< the heading line
    bool is_answer = false;       ///< "Antwoord op vraag ..."
    std::vector<int> questions;   ///< question numbers the heading names
};

struct Column {
    std::string label;            ///< "2023"
    Span span;
    Unit unit = Unit::unknown;    ///< count or percent, from its cells
};

struct Row {
    Span span;                    ///< the whole line
    std::string code;             ///< "3.3.1" without a trailing dot; empty when uncoded
    Span code_span;
    std::string label;            ///< as written: "Gevaarli jk ri jgedrag"
    std::string label_key;        ///< normalised for comparison: "gevaarlijkrijgedrag"
    Span label_span;
    bool is_total = false;        ///< Eindtotaal, Totaal
    std::optional<std::size_t> parent;             ///< row index of the parent code
    std::vector<std::optional<FigureId>> cells;    ///< one per column; nullopt = missing
};

struct Table {
    std::string title;            ///< "Aantal misdrijfzaken"; empty when none
    Span title_span;
    std::string header;           ///< the header's leading words: "Delictindeling conform C&R"
    Span header_span;
    std::size_t section = 0;      ///< index into Document::sections
    int position = 0;             ///< 1-based position among the section's tables
    std::vector<Column> columns;
    std::vector<Row> rows;
    Span span;
};

/// A figure in prose with what it counts and, for a percentage, what it is a share of.
struct Statement {
    enum class Kind { count, share, stated_total };
    Kind kind = Kind::count;
    FigureId figure = 0;
    std::string noun_phrase;            ///< "misdrijfzaken onvoorwaardelijk geseponeerd"
    /// Stems of the content words that say what the figure counts: its clause before it
    /// and its noun phrase after it ("misdrijfzak", "onvoorwaardelijk", "geseponeerd").
    std::vector<std::string> words;
    std::optional<int> year;
    std::size_t section = 0;
    Span sentence;
    /// For shares: the statement whose count is the part, and the stated total it is a
    /// share of (linked by meaning: noun phrase and year, anywhere in the document).
    std::optional<std::size_t> part;
    std::optional<std::size_t> whole;
    std::string whole_phrase;           ///< "totaal aantal uitgestroomde misdrijfzaken bij het OM"
};

/// A problem the grammar met that the user must hear about (not a rule finding).
struct GrammarNote {
    Span span;
    std::string message;
};

/// Everything the grammar read from one input. Plain data: spans point into `source`.
struct Document {
    const SourceText* source = nullptr;
    std::vector<Figure> figures;
    std::vector<NumericToken> tokens;
    std::vector<Section> sections;
    std::vector<Table> tables;
    std::vector<Statement> statements;
    std::vector<GrammarNote> notes;
};

}  // namespace cijfer
