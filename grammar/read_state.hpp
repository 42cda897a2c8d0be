#pragma once
#include <string_view>
#include <vector>

#include "grammar/lexer.hpp"
#include "grammar/number_grammar.hpp"
#include "model/document.hpp"

namespace cijfer {

/// A position of a lexeme: its line index and its index in that line.
struct LexRef {
    std::size_t line = 0;
    std::size_t index = 0;
};

/// Shared state of the readers while one document is read.
struct ReadState {
    const SourceText& source;
    std::string_view text;
    Lexed lexed;
    Document doc;
    /// The document writes thousands with a dot somewhere ("12.345"): then a plain space
    /// between numbers never groups digits (grammar/space_grouped_cells.hpp).
    bool dot_thousands = false;
    /// The last stream of cells (one per line, or between pipes) that held no table: its
    /// first line and the line after it (grammar/layout_cell_per_line.cpp).
    struct LineRange {
        std::size_t first = 0, end = 0;
    } failed_stream = {};

    const Lexeme& at(LexRef r) const { return lexed.lines[r.line].lexemes[r.index]; }
    std::string_view text_of(const Lexeme& lx) const { return text.substr(lx.span.begin, lx.span.size()); }
    std::string_view text_of(Span s) const { return text.substr(s.begin, s.size()); }
    NumericToken& token_of(const Lexeme& lx) { return doc.tokens[static_cast<std::size_t>(lx.token)]; }

    void mark(const Lexeme& lx, NonStatistical why) {
        if (lx.token < 0) return;
        auto& t = token_of(lx);
        if (t.role != TokenRole::unclassified) return;
        t.role = TokenRole::non_statistical;
        t.why = why;
    }
    bool unclassified(const Lexeme& lx) const {
        return lx.token >= 0 && doc.tokens[static_cast<std::size_t>(lx.token)].role == TokenRole::unclassified;
    }
    /// Makes a figure of a number lexeme and links its token to it.
    FigureId add_figure(const Lexeme& lx, Span with_unit, Unit unit) {
        const FigureId id = push_figure(*lx.number, with_unit, unit);
        link(lx, id);
        return id;
    }
    /// Makes a figure of one of the values glued into the literal of `lx`; only the last
    /// one is linked to the token, so that each token stays one figure (docs/coverage.md).
    FigureId add_part_figure(const Lexeme& lx, const NumberLiteral& part, Span with_unit, Unit unit, bool last) {
        const FigureId id = push_figure(part, with_unit, unit);
        if (last) link(lx, id);
        return id;
    }

    // Helpers of the two above (public: ReadState is an aggregate).
    FigureId push_figure(const NumberLiteral& literal, Span with_unit, Unit unit) {
        Figure f;
        f.number = literal;
        f.span = with_unit;
        f.unit = unit;
        // "1.234%": a thousands dot makes no sense in a percentage, a decimal dot might.
        // The shape alone never decides this (every count "1.234" would be flagged);
        // the unit does, and then both readings are reported rather than one guessed.
        if (unit == Unit::percent && f.number.shape == NumberShape::grouped && f.number.decimals == 0) {
            f.number.readings = ambiguous_readings(f.number, text_of(f.number.span));
            f.number.shape = NumberShape::ambiguous;
        }
        doc.figures.push_back(std::move(f));
        return doc.figures.size() - 1;
    }
    void link(const Lexeme& lx, FigureId id) {
        auto& t = token_of(lx);
        t.role = TokenRole::figure;
        t.figure = id;
    }
};

}  // namespace cijfer
