// Tables laid out in columns (text extracted from a PDF): a header of years or of other
// labels (column_header.cpp), then one line per row. The column count, from the years or
// from the rows under a header of words, decides how many values a row has; see
// docs/tables.md. Other layouts: layout_cell_per_line.cpp.
#include "grammar/table_reader.hpp"

#include "grammar/small_int.hpp"

#include <algorithm>
#include <set>
#include <span>
#include <string>

#include "grammar/column_header.hpp"
#include "grammar/glued_values.hpp"
#include "grammar/layout_cell_per_line.hpp"
#include "grammar/line_cells.hpp"
#include "grammar/table_builder.hpp"
#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_label_lexemes = 14;  ///< as label_like
constexpr std::size_t max_blank_lines_inside = 2;
constexpr std::size_t max_lines_before_first_row = 4;
constexpr int star_marker = -1;  ///< "bewijs*": the footnote "* ..." below

/// The header's column labels: years at its end, each optionally provisional ("2022*"),
/// after words (or nothing: "2018 2019 2020").
struct HeaderColumns {
    std::vector<std::size_t> lexemes;
    std::vector<bool> provisional;
    std::size_t first = 0;  ///< lexeme index of the first label
};

HeaderColumns header_columns(const ReadState& s, const LexLine& line, std::size_t min_years_alone = 2) {
    HeaderColumns h;
    std::size_t i = line.lexemes.size();
    while (i > 0) {
        std::size_t j = i - 1;
        bool star = false;
        if (is_punct(s, line.lexemes[j], '*') && j > 0 && line.lexemes[j].gap_before == 0) {
            star = true;
            --j;
        }
        const auto& lx = line.lexemes[j];
        if (lx.kind != LexKind::number || !is_year_literal(*lx.number) || lx.glued_to_word) break;
        h.lexemes.insert(h.lexemes.begin(), j);
        h.provisional.insert(h.provisional.begin(), star);
        i = j;
    }
    h.first = i;
    if (h.lexemes.empty()) return {};  // most lines: no year at the end, no note to read
    const auto note = scale_note(s, line.lexemes, i);
    for (std::size_t k = 0; k < i; ++k)
        if (line.lexemes[k].kind == LexKind::number && !note.owns(k)) return {};  // only words before the labels
    if (h.lexemes.empty() || (i == 0 && h.lexemes.size() < min_years_alone)) return {};
    return h;
}

/// A header over one or more lines: "Categorie 2018 2019 2020" may go on with a line of
/// more years ("2021 2022*"). Returns the column count and the last header line.
struct HeaderBlock {
    std::size_t columns = 0;
    std::size_t last_line = 0;
};

HeaderBlock header_block(const ReadState& s, std::size_t line) {
    HeaderBlock block{header_columns(s, s.lexed.lines[line]).lexemes.size(), line};
    if (block.columns == 0) return block;
    for (std::size_t l = line + 1; l < s.lexed.lines.size(); ++l) {
        const auto more = header_columns(s, s.lexed.lines[l], 1);
        if (more.lexemes.empty() || more.first != 0) break;
        block.columns += more.lexemes.size();
        block.last_line = l;
    }
    return block;
}

std::optional<std::size_t> next_nonblank(const ReadState& s, std::size_t line, std::size_t max_skip) {
    for (std::size_t skipped = 0; line < s.lexed.lines.size(); ++line, ++skipped) {
        if (!s.lexed.lines[line].blank()) return line;
        if (skipped >= max_skip) break;
    }
    return std::nullopt;
}

/// A header line of years followed, within a few label lines, by a full row.
bool is_year_header_at(const ReadState& s, std::size_t line) {
    const auto block = header_block(s, line);
    const auto columns = block.columns;
    if (columns == 0) return false;
    std::size_t next = block.last_line + 1;
    for (std::size_t seen = 0; seen < max_lines_before_first_row; ++seen) {
        const auto row = next_nonblank(s, next, max_blank_lines_inside);
        if (!row) return false;
        const auto& l = s.lexed.lines[*row];
        if (!header_columns(s, l).lexemes.empty()) return false;
        const auto cells = read_cells(s, l, columns);
        if (full_row(cells, columns)) return cells.label_has_word || seen > 0;
        if (!label_like(s, l) && cells.values == 0) return false;  // a short row may come first
        next = *row + 1;
    }
    return false;
}

/// A header of years, or of other labels over rows that share a count of values.
bool is_header_at(const ReadState& s, std::size_t line) {
    return is_year_header_at(s, line) || word_header_at(s, line).has_value();
}

int indent_of(const LexLine& line) { return static_cast<int>(line.lexemes.front().span.begin - line.span.begin); }

/// Reads the rows under a header, line by line. Label lines without values are held
/// until the next line says what they are: the start of a wrapped label (the next line
/// starts in lower case or holds only values) or a group heading.
class ColumnsReader {
public:
    ColumnsReader(ReadState& s, TableBuilder& table, std::size_t columns)
        : s_(s), table_(table), columns_(columns) {}

    void note_markers(const LexLine& line, std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            const auto& lx = line.lexemes[k];
            if (!is_glued_marker(s_, lx) || (lx.kind == LexKind::number && !s_.unclassified(lx))) continue;
            if (lx.kind == LexKind::number) {
                markers_.insert(small_int_or_minus_one(lx.number->value));
                s_.mark(lx, NonStatistical::footnote_marker);
            } else {
                markers_.insert(star_marker);
            }
        }
    }

    /// Returns the first line after the table.
    std::size_t run(std::size_t first) {
        const auto& lines = s_.lexed.lines;
        std::size_t next = first, end = first;
        bool sparse_last = false;
        while (true) {
            const auto at = next_nonblank(s_, next, max_blank_lines_inside);
            if (!at || starts_other_table(*at)) break;
            const auto& line = lines[*at];
            const auto cells = read_cells(s_, line, columns_);
            const bool values_only = !cells.label_has_word && cells.label_first == cells.label_last && !cells.code;
            if (is_footnote(line, cells)) {
                footnotes_.push_back(*at);
            } else if (full_row(cells, columns_) && (cells.label_has_word || (values_only && !pending_.empty()))) {
                if (!values_only && !starts_lower(s_, line)) flush_headings();
                add_row(*at, cells, false);
                sparse_last = false;
                end = *at + 1;
                if (table_.has_total() && !(table_.first_is_total() && table_.rows() == 1)) break;
            } else if (continues_on_next_line(*at)) {
                // "Toezicht fase 3" / "overig 154.921 426": the number ends a wrapped label.
                if (!pending_.empty() && !starts_lower(s_, line)) flush_headings();
                pending_.push_back(*at);
            } else if (cells.values > 0 && cells.values < columns_ && (cells.label_has_word || !pending_.empty())) {
                if (!values_only && !starts_lower(s_, line)) flush_headings();
                add_row(*at, cells, true);
                sparse_last = true;
                end = *at + 1;
            } else if (label_like(s_, line)) {
                if (!pending_.empty() && !starts_lower(s_, line)) flush_headings();
                pending_.push_back(*at);
            } else {
                break;
            }
            next = *at + 1;
        }
        // Held lines with no row after them are not part of the table.
        const std::size_t after = pending_.empty() ? end : std::min(end, pending_.front());
        const bool reached_end = !next_nonblank(s_, after, lines.size());
        if (reached_end && (sparse_last || !pending_.empty() || table_.first_is_total())) table_.cut_off();
        // "Uitstroom mi": the text stops inside the table, which takes every line to the end.
        const std::size_t stop = !pending_.empty() && reached_end ? lines.size()
                                 : !pending_.empty()              ? std::max(end, pending_.front())
                                                                  : end;
        // Footnotes below the last row that the table takes are read here; later ones are prose.
        std::erase_if(footnotes_, [&](std::size_t l) { return l >= stop; });
        commit_footnotes();
        return stop;
    }

private:
    /// A header of years, or of words that cannot be a group heading of this table: over
    /// rows with another count of values, with a stub ("Soort"), laid out in columns, or
    /// under a held line (its title). "Openbaar Ministerie" over rows of two values is a
    /// heading of this table.
    bool starts_other_table(std::size_t at) const {
        if (is_year_header_at(s_, at)) return true;
        const auto word = word_header_at(s_, at);
        if (!word) return false;
        const bool titled = !pending_.empty() && pending_.back() + 1 == at;
        return word->columns != columns_ || !word->stub.empty() || word->wide || titled;
    }

    /// A line with a word, followed by a line that starts in lower case and holds a full row.
    bool continues_on_next_line(std::size_t at) const {
        const auto& line = s_.lexed.lines[at];
        if (at + 1 >= s_.lexed.lines.size() || line.lexemes.size() > max_label_lexemes) return false;
        const auto& next = s_.lexed.lines[at + 1];
        if (!starts_lower(s_, next)) return false;
        bool word = false;
        for (const auto& lx : line.lexemes) word = word || lx.kind == LexKind::word;
        if (!word) return false;
        // "overig 245.912120.383228.135": glued values that split one way fill the row too.
        const auto cells = read_cells(s_, next, columns_);
        return full_row(cells, columns_) ||
               (cells.values > 0 && !split_glued_cells(s_, cells.cells, columns_).cells.empty());
    }

    bool is_footnote(const LexLine& line, const LineCells& cells) const {
        if (full_row(cells, columns_)) return false;
        const auto& first = line.lexemes[0];
        if (line.lexemes.size() < 2) return false;
        if (is_punct(s_, first, '*')) return markers_.count(star_marker) > 0;
        return first.kind == LexKind::number && first.number->shape == NumberShape::plain &&
               markers_.count(small_int_or_minus_one(first.number->value)) > 0;
    }

    void flush_headings() {
        for (auto l : pending_) {
            const auto& line = s_.lexed.lines[l];
            RowDraft draft;
            draft.span = line.span;
            draft.label_span = {line.lexemes.front().span.begin, line.lexemes.back().span.end};
            draft.indent = indent_of(line);
            draft.heading = true;
            note_markers(line, 0, line.lexemes.size());
            table_.row(draft);
        }
        pending_.clear();
    }

    void add_row(std::size_t at, const LineCells& cells, bool sparse) {
        const auto& lines = s_.lexed.lines;
        const auto& line = lines[at];
        commit_footnotes();
        RowDraft draft;
        const std::size_t first_line = pending_.empty() ? at : pending_.front();
        const auto& top = lines[first_line];
        draft.span = {top.span.begin, line.span.end};
        draft.indent = indent_of(top);
        if (pending_.empty() && cells.code) {
            draft.code = cells.code_text;
            draft.code_span = cells.code_span;
            draft.code_lexeme = cells.code;
        }
        // "2. Beleidssepots samenhangend met nog andere te" / "nemen maatregelen 5% 4%": a
        // wrapped label keeps the code on its first line.
        LineCells top_code;
        if (!pending_.empty()) leading_code(s_, top, top_code);
        if (top_code.code) {
            draft.code = top_code.code_text;
            draft.code_span = top_code.code_span;
            draft.code_lexeme = top_code.code;
        }
        for (auto l : pending_) note_markers(lines[l], 0, lines[l].lexemes.size());
        note_markers(line, cells.label_first, cells.label_last);
        const Span own = cells.label_last > cells.label_first
                             ? Span{line.lexemes[cells.label_first].span.begin,
                                    line.lexemes[cells.label_last - 1].span.end}
                             : Span{};
        if (pending_.empty()) draft.label_span = own;
        else
            draft.label_span = {top.lexemes[top_code.code ? top_code.label_first : 0].span.begin,
                                own.empty() ? lines[pending_.back()].span.end : own.end};
        pending_.clear();
        if (!cells.spaced_readings.empty()) {
            // Several ways to join the numbers by their plain spaces: the count does not
            // settle them, so the spaces separate values (the label ends in a number), and
            // the note says what else they could be.
            draft.cells = cells.cells;
            std::string readings;
            for (const auto& r : cells.spaced_readings) readings += (readings.empty() ? "" : "; ") + r;
            const Span run = spaced_span(line, cells);
            table_.note(run, Message{"table.spaced-values", {}}
                                 .text("text", std::string(s_.text_of(run)))
                                 .text("reading", readings));
        } else if (cells.space_grouped) {
            draft.cells = cells.cells;
            std::string reading;
            for (const auto& cell : cells.cells) reading += (reading.empty() ? "" : " | ") + std::string(s_.text_of(cell.span));
            const Span run = spaced_span(line, cells);
            table_.note(run, Message{"table.spaced-split", {}}
                                 .text("text", std::string(s_.text_of(run)))
                                 .text("reading", reading));
        } else if (sparse) {
            // Never guess which columns a short row's values belong to; coverage lists them.
            // Values glued into one literal that split one way only fill the row.
            const auto glued = split_glued_cells(s_, cells.cells, columns_);
            if (!glued.cells.empty()) {
                draft.cells = glued.cells;
                table_.note(line.span, Message{"table.glued-split", {}}
                                           .text("text", glued.text)
                                           .text("reading", glued.readings.front()));
            } else {
                table_.note(line.span, short_row_message(cells, glued));
            }
        } else {
            draft.cells = cells.cells;
        }
        table_.row(draft);
    }

    /// The numbers at the end of a row that plain spaces may join: "1 200 3 400".
    static Span spaced_span(const LexLine& line, const LineCells& cells) {
        if (cells.space_grouped) return {cells.cells.front().span.begin, cells.cells.back().span.end};
        std::size_t first = cells.label_last;
        while (first > cells.label_first && line.lexemes[first - 1].kind == LexKind::number) --first;
        return {line.lexemes[first].span.begin, cells.cells.back().span.end};
    }

    /// "row has 2 values for 5 columns", or, when a malformed value splits into the
    /// missing cells in more than one way, those ways (the values stay unchecked).
    Message short_row_message(const LineCells& cells, const GluedRow& glued) const {
        if (!glued.readings.empty()) {
            std::string readings;
            for (const auto& r : glued.readings) readings += (readings.empty() ? "" : " | ") + r;
            return Message{"table.glued-values", {}}.text("text", glued.text).text("reading", readings);
        }
        return Message{"table.short-row", {}}
            .number("values", static_cast<double>(cells.values))
            .number("columns", static_cast<double>(columns_));
    }

    /// Footnote lines between rows: their number is the footnote's, the rest is prose.
    void commit_footnotes() {
        for (auto l : footnotes_) {
            const auto& line = s_.lexed.lines[l];
            s_.mark(line.lexemes[0], NonStatistical::footnote_number);
            std::vector<LexRef> block;
            for (std::size_t k = 1; k < line.lexemes.size(); ++k) block.push_back({l, k});
            classify_non_statistical(s_, block);
        }
        footnotes_.clear();
    }

    ReadState& s_;
    TableBuilder& table_;
    std::size_t columns_;
    std::vector<std::size_t> pending_;
    std::vector<std::size_t> footnotes_;
    std::set<int> markers_;
};

/// A label's text without its footnote marker or provisional star ("Saldo1" -> "Saldo").
std::string label_text(const ReadState& s, const LexLine& line, const HeaderLabel& label) {
    std::string text;
    for (std::size_t k = label.first; k < label.last; ++k) {
        const auto& lx = line.lexemes[k];
        if (!is_label_code(s, line, k) && is_glued_marker(s, lx)) continue;
        if (!text.empty() && lx.gap_before > 0) text += ' ';
        text += s.text_of(lx);
    }
    return text;
}

/// The numbers of a header of words: years, codes ("Q1") and scale notes are not figures.
void mark_label_numbers(ReadState& s, const LexLine& line, const std::vector<HeaderLabel>& labels) {
    for (const auto& label : labels)
        for (std::size_t k = label.first; k < label.last; ++k) {
            const auto& lx = line.lexemes[k];
            if (lx.kind != LexKind::number) continue;
            if (label.year && k == label.first) s.mark(lx, NonStatistical::year);
            else if (is_label_code(s, line, k)) s.mark(lx, NonStatistical::row_code);
        }
}

/// The columns of a header of words; returns the last header line.
std::size_t word_columns(ReadState& s, TableBuilder& table, const WordHeader& h) {
    const auto& head = s.lexed.lines[h.line];
    const auto note = scale_note(s, head.lexemes, head.lexemes.size());
    table.scale(note.scale, note.money);
    for (auto k : note.numbers) s.mark(head.lexemes[k], NonStatistical::scale_note);
    mark_label_numbers(s, head, h.stub);
    mark_label_numbers(s, head, h.labels);
    const auto begin = head.lexemes.front().span.begin;
    table.header_text(h.stub.empty() ? Span{begin, begin}
                                     : Span{begin, head.lexemes[h.stub.back().last - 1].span.end},
                      head);
    for (std::size_t c = 0; c < h.labels.size(); ++c) {
        const auto& label = h.labels[c];
        std::string text = label_text(s, head, label);
        Span span{head.lexemes[label.first].span.begin, head.lexemes[label.last - 1].span.end};
        if (const auto& below = h.continued[c]) {
            const auto& next = s.lexed.lines[h.last_line];
            text += " " + label_text(s, next, *below);
        }
        table.column(std::move(text), span, label.provisional);
    }
    return h.last_line;
}

std::optional<std::size_t> read_columns_table(ReadState& s, std::size_t line, std::size_t section) {
    const auto& lines = s.lexed.lines;
    std::size_t header = line;
    bool titled = false;
    if (!is_header_at(s, line)) {
        if (line + 1 >= lines.size() || !is_title(s, lines[line]) || !is_header_at(s, line + 1)) return std::nullopt;
        header = line + 1;
        titled = true;
    }
    TableBuilder table(s, section, "columns");
    if (titled) {
        table.title(lines[line]);
        const auto note = scale_note(s, lines[line].lexemes, lines[line].lexemes.size());
        table.scale(note.scale, note.money);
        for (auto k : note.numbers) s.mark(lines[line].lexemes[k], NonStatistical::scale_note);
    }
    const auto& head = lines[header];
    if (!is_year_header_at(s, header)) {
        const auto word = word_header_at(s, header);
        const auto last = word_columns(s, table, *word);
        ColumnsReader reader(s, table, table.columns());
        reader.note_markers(head, 0, head.lexemes.size());
        const auto next = reader.run(last + 1);
        table.finish();
        return next;
    }
    auto columns = header_columns(s, head);
    const auto note = scale_note(s, head.lexemes, columns.first);
    table.scale(note.scale, note.money);
    for (auto k : note.numbers) s.mark(head.lexemes[k], NonStatistical::scale_note);
    Span text = {head.lexemes.front().span.begin, head.lexemes[columns.lexemes.front()].span.begin};
    while (text.end > text.begin && (s.text[text.end - 1] == ' ' || s.text[text.end - 1] == '\t')) --text.end;
    table.header_text(text, head);
    const auto block = header_block(s, header);
    for (std::size_t l = header; l <= block.last_line; ++l) {
        const auto& labels = lines[l];
        const auto more = l == header ? columns : header_columns(s, labels, 1);
        for (std::size_t k = 0; k < more.lexemes.size(); ++k) {
            const auto& lx = labels.lexemes[more.lexemes[k]];
            s.mark(lx, NonStatistical::year);
            table.column(std::string(s.text_of(lx)), lx.span, more.provisional[k]);
        }
    }
    ColumnsReader reader(s, table, table.columns());
    reader.note_markers(head, 0, columns.first);
    const auto next = reader.run(block.last_line + 1);
    table.finish();
    return next;
}

}  // namespace

std::optional<std::size_t> read_table(ReadState& s, std::size_t line, std::size_t section) {
    if (auto next = read_columns_table(s, line, section)) return next;
    return read_cell_per_line_table(s, line, section);
}

}  // namespace cijfer
