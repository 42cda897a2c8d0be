#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/figure.hpp"
#include "model/message.hpp"
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
    bool provisional = false;     ///< "2022*": a provisional figure
    /// A column stated as a formula of others in its header, "(4)=(2)+(3)": the
    /// columns (indexes) and signs it is made of; empty when none is stated.
    std::vector<std::pair<std::size_t, int>> formula;
};

struct Row {
    Span span;                    ///< the whole line
    std::string code;             ///< "3.3.1" without a trailing dot; empty when uncoded
    Span code_span;
    std::string label;            ///< as written: "Gevaarli jk ri jgedrag"
    std::string label_key;        ///< normalised for comparison: "gevaarlijkrijgedrag"
    Span label_span;
    bool is_total = false;        ///< Eindtotaal, Totaal
    std::optional<std::size_t> parent;             ///< row index of the parent (by code, label or layout)
    std::vector<std::optional<FigureId>> cells;    ///< one per column; nullopt = missing
    int indent = 0;               ///< leading white space of the row's line (a layout hint)
    /// A group heading without values ("Waarvan door"). When it introduces a breakdown, its
    /// `parent` is the row broken down, the group's rows have the heading as their `parent`,
    /// and its `children` says how the group relates to that row (docs/relations.md).
    bool heading = false;
    std::string label_code;       ///< a code inside the label: "HP11" of "HP11:Algemene ziekenhuizen"

    /// How this row's children relate to it.
    enum class Children {
        sum,        ///< they add up to it (coded sub-categories, a subtotal's rows)
        at_most,    ///< a "waarvan" breakdown that may be partial: they add up to at most it
        selection,  ///< "waarvan prioritaire delicten": a selection, never summed
    };
    Children children = Children::sum;
};

struct Table {
    std::string title;            ///< "Aantal misdrijfzaken"; empty when none
    Span title_span;
    std::string header;           ///< the header's leading words: "Delictindeling conform C&R"
    Span header_span;
    std::size_t section = 0;      ///< index into Document::sections
    int position = 0;             ///< 1-based position among the section's tables
    double scale = 1;             ///< "x 1.000" or "mln" in the title or header: cells are in thousands, millions
    bool money = false;           ///< "euro" or "€" in the title or header
    std::vector<Column> columns;
    std::vector<Row> rows;
    Span span;
    std::string layout = "columns";  ///< how the text lays it out: columns, cell-per-line, pipes, long-format
    bool cut_off = false;            ///< the text ends inside the table: its last sums are not checked
};

/// A figure in prose with what it counts and, for a percentage, what it is a share of.
struct Statement {
    /// change: a relative change, "34% minder dan in 2008", "daalde met ruim 33%".
    enum class Kind { count, share, stated_total, change };
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
    /// For changes: the year or period compared with ("dan in 2008", "sinds 2008",
    /// "ten opzichte van 2008"; the first year of "tussen 2018 en 2022"), and the
    /// direction: -1 for a decrease ("minder", "daalde"), +1 for an increase.
    std::optional<int> reference_year;
    int direction = 0;
};

/// A problem the grammar met that the user must hear about (not a rule finding).
/// Its message is a catalogue key with arguments (report/catalogue_entries.cpp), so that
/// reports give it in Dutch or English; the coverage kind reports it.
struct GrammarNote {
    Span span;
    Message message;
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
    /// Names a dataset states for its figures, by FigureId ("" where none is stated);
    /// empty for a parsed text. model/figure_names.hpp derives the others.
    std::vector<std::string> stated_names;
};

}  // namespace cijfer
