#pragma once
#include <span>
#include <string_view>
#include <vector>

#include "model/number.hpp"
#include "source/source_text.hpp"

namespace cijfer {

enum class LexKind { number, word, punct, url };

/// One lexeme of a line. Numbers carry their literal; words and punctuation only a span.
struct Lexeme {
    LexKind kind = LexKind::word;
    Span span;
    const NumberLiteral* number = nullptr;  ///< into Lexed::numbers, for number lexemes
    std::uint32_t gap_before = 0;  ///< white space (in bytes) between this and the previous lexeme
    bool glued_to_word = false;    ///< a number written straight after a word: "tabellen8", "jaar.1"
    bool followed_by_letter = false;  ///< "257a"
    bool starred = false;          ///< a marker glued after it: "2018*" (provisional), "170.000*"
    bool bracketed = false;        ///< "[1]": a footnote reference, never a figure
    std::int32_t token = -1;       ///< index of the NumericToken of a number lexeme
};

struct LexLine {
    Span span;                      ///< without the line ending
    int number = 0;                 ///< 1-based
    std::span<Lexeme> lexemes;      ///< into Lexed::lexemes
    bool blank() const { return lexemes.empty(); }
};

/// The source split into lines of lexemes in one pass over its bytes. All lexemes and
/// number literals live in two flat arrays (lines and lexemes point into them), so that
/// lexing allocates a handful of times, not once per word. Digit runs inside a web address
/// are kept as `url_numbers` so that every numeric token is accounted for. Moving a Lexed
/// keeps those pointers valid.
struct Lexed {
    std::vector<Lexeme> lexemes;
    std::vector<NumberLiteral> numbers;
    std::vector<LexLine> lines;
    std::vector<Span> url_numbers;
};

Lexed lex(const SourceText& source);

/// True when the lexeme's text equals `word`, ignoring ASCII case.
bool is_word(std::string_view text, const Lexeme& lexeme, std::string_view word);

}  // namespace cijfer
