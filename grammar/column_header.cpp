#include "grammar/column_header.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <optional>

#include "grammar/line_cells.hpp"
#include "grammar/space_grouped_cells.hpp"
#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_header_lexemes = 20;
constexpr std::size_t max_stub_labels = 2;
constexpr std::size_t max_inferred_columns = 16;
constexpr std::size_t max_row_label_lexemes = 10;  ///< longer lines with numbers at the end are prose
constexpr std::size_t max_lines_scanned = 60;
constexpr std::size_t max_lines_before_first_row = 4;
constexpr std::size_t max_blank_lines_inside = 2;

bool upper_at(const ReadState& s, const Lexeme& lx) {
    const auto c = static_cast<unsigned char>(s.text[lx.span.begin]);
    return (c >= 'A' && c <= 'Z') || c == 0xC3;  // 0xC3: the Latin-1 letters (É, Ö) are rare in lower case
}

/// "Q1", "K4", "HP11": one to three capitals with a number glued on.
bool is_code_word(const ReadState& s, const Lexeme& word) {
    const auto text = s.text_of(word);
    if (word.kind != LexKind::word || text.empty() || text.size() > 3) return false;
    for (char c : text)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

bool closes_sentence(const ReadState& s, const Lexeme& lx) {
    return is_punct(s, lx, '.') || is_punct(s, lx, '?') || is_punct(s, lx, ':') || is_punct(s, lx, ';') ||
           is_punct(s, lx, ',') || is_punct(s, lx, '!');
}

/// Every cell of the line is a year: the next table's header.
bool only_years(const LineCells& cells) {
    if (cells.values == 0) return false;
    for (const auto& c : cells.cells)
        if (!c.number || !is_year_literal(*c.number->number)) return false;
    return true;
}

bool is_total_row(const ReadState& s, const LexLine& line, const LineCells& cells) {
    const Span label{line.lexemes[cells.label_first].span.begin, line.lexemes[cells.label_last - 1].span.end};
    return is_total_label(label_key(s.text_of(label)));
}

bool starts_footnote(const ReadState& s, const LexLine& line) {
    if (line.lexemes.size() < 2) return false;
    const auto& first = line.lexemes[0];
    if (is_punct(s, first, '*')) return true;
    return first.kind == LexKind::number && first.number->shape == NumberShape::plain && first.number->value < 100 &&
           line.lexemes[1].kind == LexKind::word;
}

}  // namespace

bool is_label_code(const ReadState& s, const LexLine& line, std::size_t k) {
    const auto& lx = line.lexemes[k];
    return lx.kind == LexKind::number && lx.glued_to_word && k > 0 && is_code_word(s, line.lexemes[k - 1]);
}

std::vector<HeaderLabel> header_labels(const ReadState& s, const LexLine& line, bool wide) {
    const auto& lx = line.lexemes;
    if (lx.empty() || lx.size() > max_header_lexemes || closes_sentence(s, lx.back())) return {};
    // The scale note is read only when a number needs it: most lines are rows or prose.
    std::optional<ScaleNote> note;
    auto in_note = [&](std::size_t k) {
        if (!note) note = scale_note(s, lx, lx.size());
        return note->owns(k);
    };
    // Most lines are rows or prose: reject them on their numbers before building labels.
    for (std::size_t k = 0; k < lx.size(); ++k) {
        const auto& l = lx[k];
        if (l.kind == LexKind::url || is_punct(s, l, '|')) return {};
        if (l.kind != LexKind::number || is_label_code(s, line, k) || is_glued_marker(s, l)) continue;
        const bool year = is_year_literal(*l.number) && !l.glued_to_word && (k == 0 || l.gap_before > 0);
        // A scale note's number follows "x", "×" or "x €": only then is the note read.
        const auto before = k > 0 ? s.text_of(lx[k - 1]) : std::string_view{};
        const bool note_like = before == "x" || before == "X" || before == "\xC3\x97" || before == "\xE2\x82\xAC";
        if (!year && !(note_like && in_note(k))) return {};
    }
    std::vector<HeaderLabel> labels;
    auto start = [&](std::size_t k) { labels.push_back({k, k + 1, false, false}); };
    auto extend = [&](std::size_t k) {
        if (labels.empty()) start(k);
        else labels.back().last = k + 1;
    };
    for (std::size_t k = 0; k < lx.size(); ++k) {
        const auto& l = lx[k];
        const bool wide_gap = k > 0 && l.gap_before >= 2;
        if (l.kind == LexKind::url || is_punct(s, l, '|')) return {};
        if (l.kind == LexKind::number) {
            if (is_label_code(s, line, k)) {
                extend(k);  // "Q1": the code word began the label
            } else if (is_glued_marker(s, l)) {
                extend(k);  // "Saldo1": a footnote marker
            } else if (is_year_literal(*l.number) && !l.glued_to_word && (k == 0 || l.gap_before > 0)) {
                start(k);
                labels.back().year = true;
                if (k + 1 < lx.size() && is_punct(s, lx[k + 1], '*') && lx[k + 1].gap_before == 0) {
                    labels.back().provisional = true;  // "2022*"
                    labels.back().last = ++k + 1;
                }
            } else if (in_note(k)) {
                extend(k);
            } else {
                return {};
            }
            continue;
        }
        const bool after_year = !labels.empty() && labels.back().year;
        bool new_label = k == 0 || after_year;
        if (wide) new_label = new_label || wide_gap;
        else if (l.kind == LexKind::word) new_label = new_label || upper_at(s, l);
        else new_label = new_label || (is_punct(s, l, '%') && l.gap_before > 0);
        if (l.kind == LexKind::punct && !is_punct(s, l, '%') && after_year) new_label = false;
        if (new_label) start(k);
        else extend(k);
    }
    return labels;
}

SharedCount shared_value_count(const ReadState& s, std::size_t line) {
    const auto& lines = s.lexed.lines;
    std::array<std::size_t, max_inferred_columns + 1> counts{};
    std::size_t rows = 0, blanks = 0, before_first = 0, first_row = 0;
    bool held_label = false;
    for (std::size_t l = line, scanned = 0; l < lines.size() && scanned < max_lines_scanned; ++l, ++scanned) {
        const auto& text = lines[l];
        if (text.blank()) {
            if (++blanks > max_blank_lines_inside) break;
            continue;
        }
        blanks = 0;
        const auto cells = read_cells(s, text, max_inferred_columns);
        std::size_t label_size = cells.label_last - cells.label_first;
        std::size_t count = value_count_by_gaps(s, cells);
        // "- 21 627": a missing mark opens a line of values.
        if (label_size == 1 && !cells.label_has_word && !cells.code &&
            is_missing_mark(s.text_of(text.lexemes[cells.label_first]))) {
            label_size = 0;
            ++count;
        }
        const bool values_only = label_size == 0 && !cells.code;
        if (cells.values > 0 && only_years(cells)) break;  // the next table's header
        const bool row = cells.label_has_word || (values_only && held_label);
        if (cells.values > 0 && label_size <= max_row_label_lexemes && row) {
            if (rows == 0) first_row = l;
            ++counts[std::min(count, max_inferred_columns)];
            ++rows;
            held_label = false;
            // A total row after other rows ends the table (a first one does not).
            if (rows > 1 && label_size > 0 && is_total_row(s, text, cells)) break;
            continue;
        }
        if (cells.values == 0 && starts_footnote(s, text)) continue;
        if (cells.values == 0 && label_like(s, text)) {
            held_label = true;
            if (rows == 0 && ++before_first > max_lines_before_first_row) break;
            continue;
        }
        break;
    }
    SharedCount shared;
    std::size_t best = 0;
    for (std::size_t c = 1; c <= max_inferred_columns; ++c)
        if (counts[c] > 0 && counts[c] >= counts[best]) best = c;
    const std::size_t needed = best == 1 ? 3 : 2;
    if (best == 0 || counts[best] < needed || counts[best] * 2 < rows) return shared;
    shared.columns = best;
    shared.first_row = first_row;
    return shared;
}

std::optional<WordHeader> word_header_at(const ReadState& s, std::size_t line) {
    const auto& lines = s.lexed.lines;
    const auto& head = lines[line];
    if (head.blank() || starts_lower(s, head) || is_punct(s, head.lexemes[0], '*')) return std::nullopt;
    auto labels = header_labels(s, head, false);
    if (labels.empty()) return std::nullopt;
    // Every header has two labels at least (one column needs a stub): most label lines of a
    // table have one, and need not look at the rows below them.
    std::vector<HeaderLabel> wide;
    if (labels.size() < 2 && (wide = header_labels(s, head, true)).size() < 2) return std::nullopt;
    WordHeader h;
    h.line = h.last_line = line;
    // "Aantal    Aantal" / "zaken     verdachten": lower-case words under the labels.
    std::vector<HeaderLabel> below;
    if (line + 1 < lines.size() && starts_lower(s, lines[line + 1])) {
        below = header_labels(s, lines[line + 1], true);
        if (below.size() < 2) below = header_labels(s, lines[line + 1], false);
        for (const auto& b : below)
            if (b.year) below.clear();
        if (!below.empty()) h.last_line = line + 1;
    }
    const auto shared = shared_value_count(s, h.last_line + 1);
    const std::size_t n = shared.columns;
    if (n == 0) return std::nullopt;
    // Wide gaps between labels, when they give a fitting count, split better than capitals
    // ("Soort zaak   Openbaar Ministerie   Rechter").
    if (wide.empty()) wide = header_labels(s, head, true);
    if (wide.size() >= std::max<std::size_t>(n, 2) && wide.size() <= n + max_stub_labels) {
        labels = std::move(wide);
        h.wide = true;
    }
    if (labels.size() < n || labels.size() > n + max_stub_labels) return std::nullopt;
    // One column: "Soort Aantal" directly above its rows, nothing looser (prose ends in numbers).
    if (n == 1 && (labels.size() != 2 || shared.first_row != h.last_line + 1)) return std::nullopt;
    // A line between this one and the first row that could head the rows is the header.
    for (std::size_t l = h.last_line + 1; l < shared.first_row; ++l) {
        const auto& between = lines[l];
        if (between.blank() || starts_lower(s, between)) continue;
        if (header_labels(s, between, false).size() >= n) return std::nullopt;
    }
    h.columns = n;
    const std::size_t stub = labels.size() - n;
    h.stub.assign(labels.begin(), labels.begin() + static_cast<std::ptrdiff_t>(stub));
    h.labels.assign(labels.begin() + static_cast<std::ptrdiff_t>(stub), labels.end());
    h.continued.assign(n, std::nullopt);
    // Each word below continues the label that starts nearest to it on the line above.
    const auto& next = lines[h.last_line];
    auto column_of = [](const LexLine& l, std::size_t k) {
        return static_cast<long>(l.lexemes[k].span.begin - l.span.begin);
    };
    for (const auto& b : below) {
        std::size_t nearest = 0;
        for (std::size_t c = 1; c < n; ++c)
            if (std::labs(column_of(head, h.labels[c].first) - column_of(next, b.first)) <
                std::labs(column_of(head, h.labels[nearest].first) - column_of(next, b.first)))
                nearest = c;
        if (h.continued[nearest]) h.continued[nearest]->last = b.last;
        else h.continued[nearest] = b;
    }
    return h;
}

}  // namespace cijfer
