#include "grammar/space_grouped_cells.hpp"

#include <algorithm>

namespace cijfer {
namespace {

/// Longer runs are not a row of grouped values; the search also stays small. Enough splits
/// are kept for the one with wide gaps to be among them; a note lists the first three.
constexpr std::size_t max_run = 48;
constexpr std::size_t max_splits = 64;
constexpr std::size_t max_readings = 3;
/// Hostile input must not make the search explode: past this many steps nothing is joined.
constexpr std::size_t max_search_steps = 20000;

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// A number that may be part of a space-grouped value: plain digits, on its own.
bool plain_token(const ReadState& s, const Lexeme& lx) {
    return lx.kind == LexKind::number && !lx.glued_to_word && !lx.starred && !lx.bracketed &&
           !lx.followed_by_letter && lx.number->shape == NumberShape::plain && all_digits(s.text_of(lx));
}

/// One cell or label number of the run at the end of a row.
struct Element {
    CellLexeme cell;          ///< as read: a number, or a missing mark (no number)
    bool can_lead = false;    ///< one to three digits, no leading zero, no % after it
    bool can_continue = false;  ///< exactly three digits after exactly one plain space
};

struct Run {
    std::vector<Element> elements;  ///< left to right
    std::size_t steps = 0;          ///< of the search for splits
};

Element element_of(const ReadState& s, const CellLexeme& cell) {
    Element e{cell, false, false};
    if (!cell.number || !plain_token(s, *cell.number)) return e;  // a missing mark stands alone
    const Lexeme& lx = *cell.number;
    const auto text = s.text_of(lx);
    // A percentage of a thousand or more is no share: a % cell is never joined.
    if (cell.percent) return e;
    e.can_lead = text.size() <= 3 && text[0] != '0';
    e.can_continue = lx.gap_before == 1 && lx.span.begin > 0 && s.text[lx.span.begin - 1] == ' ' && text.size() == 3;
    return e;
}

/// Every way (up to max_splits) to cut `run` into `parts` values; a split is the number of
/// elements of each value.
void splits_of(Run& run, std::size_t from, std::size_t parts, std::vector<std::size_t>& current,
               std::vector<std::vector<std::size_t>>& out) {
    if (out.size() >= max_splits || ++run.steps > max_search_steps) return;
    const std::size_t left = run.elements.size() - from;
    if (parts == 0) {
        if (left == 0) out.push_back(current);
        return;
    }
    if (left < parts) return;
    // One element, or a lead followed by three-digit groups.
    for (std::size_t length = 1; length <= left - (parts - 1); ++length) {
        if (length > 1 && (!run.elements[from].can_lead || !run.elements[from + length - 1].can_continue)) break;
        current.push_back(length);
        splits_of(run, from + length, parts - 1, current, out);
        current.pop_back();
    }
}

Span span_of(const Run& run, std::size_t at, std::size_t length) {
    return {run.elements[at].cell.span.begin, run.elements[at + length - 1].cell.span.end};
}

/// Every gap between two values of the split is wider than one space.
bool wide_between(const Run& run, const std::vector<std::size_t>& split) {
    std::size_t at = 0;
    for (std::size_t p = 0; p + 1 < split.size(); ++p) {
        at += split[p];
        const auto& next = run.elements[at].cell;
        const auto before = run.elements[at - 1].cell.span.end;
        if (next.span.begin < before + 2) return false;
    }
    return true;
}

std::string reading_text(const ReadState& s, const Run& run, const std::vector<std::size_t>& split) {
    std::string text;
    std::size_t at = 0;
    for (std::size_t length : split) {
        if (!text.empty()) text += " | ";
        text += std::string(s.text_of(span_of(run, at, length)));
        at += length;
    }
    return text;
}

/// The value of elements [at, at + length) read as one grouped number.
NumberLiteral joined_literal(const ReadState& s, const Run& run, std::size_t at, std::size_t length) {
    NumberLiteral literal;
    literal.span = {run.elements[at].cell.number->span.begin, run.elements[at + length - 1].cell.number->span.end};
    literal.shape = NumberShape::grouped;
    for (std::size_t k = at; k < at + length; ++k)
        for (char c : s.text_of(*run.elements[k].cell.number)) {
            literal.value = literal.value * 10 + (c - '0');
            ++literal.integer_digits;
        }
    return literal;
}

}  // namespace

bool writes_dot_thousands(const ReadState& s) {
    for (const auto& number : s.lexed.numbers)
        if (number.shape == NumberShape::grouped && s.text_of(number.span).find('.') != std::string_view::npos) return true;
    return false;
}

void join_space_grouped_values(const ReadState& s, const LexLine& line, std::size_t columns, LineCells& cells) {
    // A text that writes "12.345" does not also write "12 345": its spaces separate values.
    if (s.dot_thousands || columns < 2 || cells.cells.size() != columns) return;
    Run run;
    for (const auto& cell : cells.cells) {
        if (cell.part) return;  // values glued into one literal are split elsewhere
        run.elements.push_back(element_of(s, cell));
    }
    std::size_t first = cells.label_last;
    while (first > cells.label_first && run.elements.size() < max_run) {
        const auto& lx = line.lexemes[first - 1];
        if (lx.gap_before == 0 && first - 1 > 0) break;
        if (plain_token(s, lx)) {
            run.elements.insert(run.elements.begin(), element_of(s, CellLexeme{&lx, lx.span, false, {}, false, {}}));
        } else if (lx.kind != LexKind::number && is_missing_mark(s.text_of(lx))) {
            CellLexeme missing;
            missing.span = lx.span;
            run.elements.insert(run.elements.begin(), Element{missing, false, false});
        } else {
            break;
        }
        --first;
    }
    if (first == cells.label_last) return;  // no more numbers than columns

    std::vector<std::vector<std::size_t>> splits;
    std::vector<std::size_t> current;
    splits_of(run, 0, columns, current, splits);
    if (run.steps > max_search_steps) return;  // left as the spaces separate values
    if (splits.empty()) return;                // "Groep 3 10 20": the 3 belongs to the label
    // Text laid out with wide gaps between columns settles which single spaces group digits.
    std::vector<std::vector<std::size_t>> wide;
    for (const auto& split : splits)
        if (wide_between(run, split)) wide.push_back(split);
    const auto& chosen = wide.empty() ? splits : wide;
    if (chosen.size() > 1) {
        for (std::size_t k = 0; k < chosen.size() && k < max_readings; ++k)
            cells.spaced_readings.push_back(reading_text(s, run, chosen[k]));
        return;
    }
    std::vector<CellLexeme> joined;
    std::size_t at = 0;
    for (std::size_t length : chosen.front()) {
        if (length == 1) {
            joined.push_back(run.elements[at].cell);
        } else {
            const CellLexeme& last = run.elements[at + length - 1].cell;
            CellLexeme cell{last.number, span_of(run, at, length), last.percent, joined_literal(s, run, at, length), true, {}};
            for (std::size_t k = at; k + 1 < at + length; ++k) cell.joined.push_back(run.elements[k].cell.number);
            joined.push_back(std::move(cell));
        }
        at += length;
    }
    cells.cells = std::move(joined);
    cells.values = static_cast<std::size_t>(
        std::count_if(cells.cells.begin(), cells.cells.end(), [](const CellLexeme& c) { return c.number != nullptr; }));
    cells.label_last = first;
    cells.space_grouped = true;
    cells.label_has_word = false;
    for (std::size_t k = cells.label_first; k < cells.label_last; ++k)
        cells.label_has_word = cells.label_has_word || line.lexemes[k].kind == LexKind::word;
}

std::optional<CellLexeme> joined_cell(const ReadState& s, const std::vector<const Lexeme*>& lexemes) {
    if (lexemes.size() < 2 || lexemes.size() > max_run) return std::nullopt;
    Run run;
    for (const Lexeme* lx : lexemes) run.elements.push_back(element_of(s, CellLexeme{lx, lx->span, false, {}, false, {}}));
    if (!run.elements.front().can_lead) return std::nullopt;
    for (std::size_t k = 1; k < run.elements.size(); ++k)
        if (!run.elements[k].can_continue) return std::nullopt;
    const std::size_t n = run.elements.size();
    CellLexeme cell{lexemes.back(), span_of(run, 0, n), false, joined_literal(s, run, 0, n), true, {}};
    cell.joined.assign(lexemes.begin(), lexemes.end() - 1);
    return cell;
}

std::size_t value_count_by_gaps(const ReadState& s, const LineCells& cells) {
    if (s.dot_thousands) return cells.cells.size();
    std::vector<Element> elements;
    for (const auto& cell : cells.cells) {
        if (cell.part) return cells.cells.size();
        elements.push_back(element_of(s, cell));
    }
    bool wide = false;
    for (std::size_t k = 1; k < elements.size(); ++k)
        wide = wide || elements[k].cell.span.begin >= elements[k - 1].cell.span.end + 2;
    if (!wide) return cells.cells.size();
    std::size_t count = 0;
    bool open = false;  // the last value may take one more group of three digits
    for (std::size_t k = 0; k < elements.size(); ++k) {
        if (open && elements[k].can_continue) continue;
        ++count;
        open = elements[k].can_lead;
    }
    return count;
}

}  // namespace cijfer
