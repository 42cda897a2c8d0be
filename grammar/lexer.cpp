#include "grammar/lexer.hpp"

#include <algorithm>

#include "grammar/number_grammar.hpp"
#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Byte length of the white space at `i` (space, tab, form feed, no-break and thin
/// spaces), 0 if none.
std::uint32_t space_at(std::string_view s, std::uint32_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\f' || c == '\v') return 1;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return 2;
    if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80) {
        const auto d = static_cast<unsigned char>(s[i + 2]);
        if (d == 0x89 || d == 0xAF || d == 0x8A) return 3;  // thin, narrow no-break, hair
    }
    return 0;
}

bool starts_url(std::string_view s, std::uint32_t i) {
    const auto rest = s.substr(i);
    return rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.");
}

/// Length of the maximal digit run (digits joined by single dots or commas, or by a
/// no-break space before a group of three, as the number grammar joins them) at i.
std::uint32_t digit_run(std::string_view s, std::uint32_t i) {
    std::uint32_t j = i;
    while (j < s.size()) {
        if (is_digit(s[j])) ++j;
        else if ((s[j] == '.' || s[j] == ',') && j + 1 < s.size() && is_digit(s[j + 1]) && j > i) ++j;
        else if (const auto w = j > i ? group_space_length(s, j) : 0) j += w;
        else break;
    }
    return j - i;
}

/// The lexemes of the line being lexed: the tail of the flat array.
struct LineLexemes {
    const std::vector<Lexeme>& all;
    std::size_t first;
    bool empty() const { return all.size() == first; }
    std::size_t size() const { return all.size() - first; }
    const Lexeme& back() const { return all.back(); }
    const Lexeme& operator[](std::size_t k) const { return all[first + k]; }
};

class LineLexer {
public:
    LineLexer(std::string_view text, Lexed& out) : s_(text), out_(out) {}

    /// Appends the line's lexemes; number lexemes keep the index of their literal in
    /// `number_index` until the arrays stop growing.
    void run(Span span, std::vector<std::size_t>& number_index) {
        std::uint32_t i = span.begin;
        const std::uint32_t end = span.end;
        const LineLexemes line{out_.lexemes, out_.lexemes.size()};
        std::uint32_t gap = 0;
        while (i < end) {
            if (const auto w = space_at(s_, i)) {
                gap += w;
                i += w;
                continue;
            }
            Lexeme lx;
            lx.gap_before = gap;
            gap = 0;
            i = lex_one(i, span, line, lx);
            if (lx.kind == LexKind::number) number_index.push_back(out_.lexemes.size());
            out_.lexemes.push_back(lx);
        }
    }

private:
    std::uint32_t lex_one(std::uint32_t i, Span line_span, const LineLexemes& line, Lexeme& lx) {
        const std::uint32_t end = line_span.end;
        if (starts_url(s_, i)) {
            std::uint32_t j = i;
            while (j < end && !space_at(s_, j)) ++j;
            // A sentence full stop after an address is not part of it.
            while (j > i && (s_[j - 1] == '.' || s_[j - 1] == ',' || s_[j - 1] == ')')) --j;
            for (std::uint32_t k = i; k < j;) {
                if (is_digit(s_[k]) && (k == i || !is_digit(s_[k - 1]))) {
                    // A digit run that a no-break space continues past the address's end
                    // stays one token: the address ends after it.
                    const auto n = digit_run(s_.substr(0, end), k);
                    out_.url_numbers.push_back({k, k + n});
                    k += n;
                    j = std::max(j, k);
                } else {
                    ++k;
                }
            }
            lx.kind = LexKind::url;
            lx.span = {i, j};
            return j;
        }
        if (is_digit(s_[i]) || starts_negative(line_span, line, i)) {
            auto lit = parse_number_at(s_.substr(0, end), i);
            lx.kind = LexKind::number;
            lx.span = lit->span;
            lx.glued_to_word = !line.empty() && lx.gap_before == 0 && glued_after_word(line);
            const auto after = lit->span.end;
            lx.followed_by_letter = after < end && is_letter_at(s_, after);
            lx.starred = after < end && s_[after] == '*';
            const bool opened = i > line_span.begin && s_[i - 1] == '(';
            lit->parenthesized = opened && after < end && s_[after] == ')';
            lx.bracketed = i > line_span.begin && s_[i - 1] == '[' && after < end && s_[after] == ']';
            out_.numbers.push_back(std::move(*lit));
            return lx.span.end;
        }
        if (is_letter_at(s_, i)) {
            std::uint32_t j = i;
            while (j < end) {
                if (is_letter_at(s_, j)) j += utf8_length(s_[j]);
                // Joiners inside a word: OM-strafbeschikking, hij/zij, C&R, zo'n, HP22
                else if ((s_[j] == '-' || s_[j] == '/' || s_[j] == '&' || s_[j] == '\'') && j + 1 < end &&
                         is_letter_at(s_, j + 1))
                    ++j;
                else
                    break;
            }
            lx.kind = LexKind::word;
            lx.span = {i, j};
            return j;
        }
        lx.kind = LexKind::punct;
        lx.span = {i, i + utf8_length(s_[i])};
        return std::min(lx.span.end, end);
    }

    // A minus sign ("-", "−", "–", "‒", "-/-") directly before digits, at the line start
    // or after white space or an opening bracket, makes a negative: "-5", "(−5)". After a
    // digit or a letter it is a range or a joiner: "2025-2026", "2025–2026", "HP22-29".
    // A space between sign and digits is read only after "−" (U+2212) and "-/-", which
    // are never dashes; "- 5" and "– 5" open list items and parenthetical remarks, and a
    // spaced sign between two numbers ("2018 − 2022") stays a range.
    bool starts_negative(Span line_span, const LineLexemes& line, std::uint32_t i) const {
        if (s_[i] != '-' && s_[i] != '\xE2') return false;  // cheap test: this runs before every word
        const auto sign = minus_sign_length(s_, i);
        if (sign == 0 || i + sign >= line_span.end) return false;
        if (i > line_span.begin) {
            const char before = s_[i - 1];
            if (!(before == ' ' || before == '\t' || before == '(' || before == '\xA0')) return false;
        }
        if (is_digit(s_[i + sign])) return true;
        const auto space = space_after_sign(s_.substr(0, line_span.end), i + sign);
        if (space == 0) return false;
        const bool never_a_dash = sign == 3 && (s_[i] == '-' || s_.substr(i, 3) == "\xE2\x88\x92");
        return never_a_dash && (line.empty() || line.back().kind != LexKind::number);
    }

    // "tabellen8", "jaar.1", "maken10)": a number directly after a word, or after a full
    // stop that directly follows a word.
    bool glued_after_word(const LineLexemes& line) const {
        const auto& prev = line.back();
        if (prev.kind == LexKind::word) return true;
        if (prev.kind == LexKind::punct && s_[prev.span.begin] == '.' && line.size() >= 2) {
            const auto& before = line[line.size() - 2];
            return before.kind == LexKind::word && before.span.end == prev.span.begin;
        }
        return false;
    }

    std::string_view s_;
    Lexed& out_;
};

}  // namespace

Lexed lex(const SourceText& source) {
    Lexed out;
    const auto text = source.bytes();
    // Dutch prose averages about six bytes a lexeme; growing past this is still correct.
    out.lexemes.reserve(text.size() / 5 + 16);
    out.lines.reserve(static_cast<std::size_t>(source.line_count()));
    std::vector<std::size_t> line_first;
    std::vector<std::size_t> number_index;
    LineLexer lexer(text, out);
    for (int n = 1; n <= source.line_count(); ++n) {
        LexLine line;
        line.number = n;
        const auto start = source.line_start(n);
        line.span = {start, start + static_cast<std::uint32_t>(source.line(n).size())};
        line_first.push_back(out.lexemes.size());
        lexer.run(line.span, number_index);
        out.lines.push_back(line);
    }
    // The arrays are complete: now point into them.
    for (std::size_t k = 0; k < out.lines.size(); ++k) {
        const auto last = k + 1 < out.lines.size() ? line_first[k + 1] : out.lexemes.size();
        out.lines[k].lexemes = std::span<Lexeme>(out.lexemes.data() + line_first[k], last - line_first[k]);
    }
    for (std::size_t k = 0; k < number_index.size(); ++k) out.lexemes[number_index[k]].number = &out.numbers[k];
    return out;
}

bool is_word(std::string_view text, const Lexeme& lexeme, std::string_view word) {
    return lexeme.kind == LexKind::word && iequals(text.substr(lexeme.span.begin, lexeme.span.size()), word);
}

}  // namespace cijfer
