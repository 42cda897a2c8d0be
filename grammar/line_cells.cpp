#include "grammar/line_cells.hpp"

#include <algorithm>

#include "grammar/space_grouped_cells.hpp"
#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_label_lexemes = 14;
constexpr std::size_t max_title_words = 10;


}  // namespace

void leading_code(const ReadState& s, const LexLine& line, LineCells& shape) {
    if (line.lexemes.size() < 2 || line.lexemes[0].kind != LexKind::number) return;
    const auto& first = line.lexemes[0];
    const auto written = s.text_of(first);
    for (char c : written)
        if (c != '.' && !(c >= '0' && c <= '9')) return;
    std::size_t next = 1;
    Span span = first.span;
    if (is_punct(s, line.lexemes[1], '.') && line.lexemes[1].gap_before == 0) {
        span.end = line.lexemes[1].span.end;
        next = 2;
    }
    if (next >= line.lexemes.size() || line.lexemes[next].kind != LexKind::word) return;
    shape.code = &first;
    shape.code_text = std::string(written);
    shape.code_span = span;
    shape.label_first = next;
}

bool ScaleNote::owns(std::size_t k) const { return std::find(numbers.begin(), numbers.end(), k) != numbers.end(); }

ScaleNote scale_note(const ReadState& s, std::span<const Lexeme> lexemes, std::size_t end) {
    ScaleNote note;
    auto word_is = [&](std::size_t k, std::string_view w) {
        return k < end && lexemes[k].kind == LexKind::word && iequals(s.text_of(lexemes[k]), w);
    };
    auto is_euro = [&](std::size_t k) { return k < end && s.text_of(lexemes[k]) == "€"; };
    for (std::size_t k = 0; k < end; ++k) {
        if (is_euro(k) || word_is(k, "euro")) note.money = true;
        if (word_is(k, "mln") || word_is(k, "miljoen") || word_is(k, "miljoenen")) note.scale *= 1e6;
        if (word_is(k, "mld") || word_is(k, "miljard") || word_is(k, "miljarden")) note.scale *= 1e9;
        if (word_is(k, "x") || s.text_of(lexemes[k]) == "×") {
            std::size_t n = k + 1;
            if (is_euro(n)) {
                note.money = true;
                ++n;
            }
            if (n < end && lexemes[n].kind == LexKind::number && lexemes[n].number->has_value() &&
                lexemes[n].number->value >= 10) {
                note.scale *= lexemes[n].number->value;
                note.numbers.push_back(n);
            }
        }
    }
    return note;
}

bool is_title(const ReadState& s, const LexLine& line) {
    if (line.blank() || line.lexemes.size() > max_title_words) return false;
    const auto note = scale_note(s, line.lexemes, line.lexemes.size());
    for (std::size_t k = 0; k < line.lexemes.size(); ++k)
        if (line.lexemes[k].kind == LexKind::number && !note.owns(k)) return false;
    const auto& last = line.lexemes.back();
    return !(is_punct(s, last, '.') || is_punct(s, last, '?') || is_punct(s, last, ':'));
}

bool is_glued_marker(const ReadState& s, const Lexeme& lx) {
    if (lx.kind == LexKind::number) return lx.glued_to_word && lx.number->shape == NumberShape::plain;
    return is_punct(s, lx, '*') && lx.gap_before == 0;
}

LineCells read_cells(const ReadState& s, const LexLine& line, std::size_t columns) {
    LineCells shape;
    leading_code(s, line, shape);
    std::size_t i = line.lexemes.size();
    while (i > shape.label_first && shape.cells.size() < columns) {
        std::size_t j = i - 1;
        Span with_unit = line.lexemes[j].span;
        bool percent = false;
        if (j > shape.label_first && is_punct(s, line.lexemes[j], '*') && line.lexemes[j].gap_before == 0) --j;
        if (j > shape.label_first && is_punct(s, line.lexemes[j], '%') && line.lexemes[j].gap_before == 0) {
            percent = true;
            --j;
        }
        const auto& lx = line.lexemes[j];
        const bool separated = j == 0 || lx.gap_before > 0;
        if (lx.kind == LexKind::number && !lx.glued_to_word && separated) {
            shape.cells.insert(shape.cells.begin(), CellLexeme{&lx, {lx.span.begin, with_unit.end}, percent, {}, false, {}});
            ++shape.values;
        } else if (j + 1 == i && separated && lx.kind != LexKind::number && is_missing_mark(s.text_of(lx)) &&
                   (j > shape.label_first || shape.cells.size() + 1 == columns)) {
            // A mark that opens the line only completes a row of values ("- 37.346").
            CellLexeme missing;
            missing.span = lx.span;  // where the empty cell is written, for notes
            shape.cells.insert(shape.cells.begin(), missing);
        } else {
            break;
        }
        i = j;
    }
    shape.label_last = i;
    for (std::size_t k = shape.label_first; k < shape.label_last; ++k)
        shape.label_has_word = shape.label_has_word || line.lexemes[k].kind == LexKind::word;
    join_space_grouped_values(s, line, columns, shape);
    return shape;
}

bool label_like(const ReadState& s, const LexLine& line) {
    if (line.blank() || line.lexemes.size() > max_label_lexemes) return false;
    bool word = false;
    for (const auto& lx : line.lexemes) word = word || lx.kind == LexKind::word;
    const auto& last = line.lexemes.back();
    if (last.kind == LexKind::number && !is_glued_marker(s, last)) return false;
    return word && !(is_punct(s, last, '.') || is_punct(s, last, '?') || is_punct(s, last, ':') ||
                     is_punct(s, last, ';') || is_punct(s, last, ','));
}

bool starts_lower(const ReadState& s, const LexLine& line) {
    if (line.blank() || line.lexemes[0].kind != LexKind::word) return false;
    const char c = s.text[line.lexemes[0].span.begin];
    return c >= 'a' && c <= 'z';
}

}  // namespace cijfer
