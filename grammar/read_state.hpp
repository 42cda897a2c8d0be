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
        Figure f;
        f.number = *lx.number;
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
        const FigureId id = doc.figures.size() - 1;
        auto& t = token_of(lx);
        t.role = TokenRole::figure;
        t.figure = id;
        return id;
    }
};

}  // namespace cijfer
