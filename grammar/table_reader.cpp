#include "grammar/table_reader.hpp"

#include <algorithm>
#include <span>
#include <string>

#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_title_words = 10;
constexpr std::size_t max_blank_lines_inside = 2;

struct Cell {
    std::size_t lexeme = 0;
    bool percent = false;
    Span span;  ///< number with its % sign
};

/// A line read as a table row: code, label and the cells at its end.
struct RowShape {
    std::optional<std::size_t> code_lexeme;
    std::string code;
    Span code_span;
    std::size_t label_first = 0, label_last = 0;  ///< lexeme range [first, last)
    std::vector<Cell> cells;                       ///< left to right
};

bool is_punct(const ReadState& s, const Lexeme& lx, char c) {
    return lx.kind == LexKind::punct && s.text[lx.span.begin] == c;
}

/// A unit note in a title or header: "x 1.000", "(x € 1.000)", "x 1 mln", "mln euro".
struct ScaleNote {
    double scale = 1;
    bool money = false;
    std::vector<std::size_t> numbers;  ///< lexeme indexes of the note's numbers
    bool owns(std::size_t k) const { return std::find(numbers.begin(), numbers.end(), k) != numbers.end(); }
};

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

/// The cells at the end of a line: numbers, each with an optional glued % sign.
std::vector<Cell> trailing_cells(const ReadState& s, const LexLine& line, std::size_t from) {
    std::vector<Cell> cells;
    std::size_t i = line.lexemes.size();
    while (i > from) {
        bool percent = false;
        std::size_t j = i - 1;
        if (is_punct(s, line.lexemes[j], '%') && line.lexemes[j].gap_before == 0 && j > from) {
            percent = true;
            --j;
        }
        const auto& lx = line.lexemes[j];
        if (lx.kind != LexKind::number) break;
        cells.insert(cells.begin(), Cell{j, percent, {lx.span.begin, line.lexemes[i - 1].span.end}});
        i = j;
    }
    return cells;
}

/// "1.", "1.1", "3.3.1" at the start of a line, followed by a word.
std::optional<RowShape> leading_code(const ReadState& s, const LexLine& line) {
    if (line.lexemes.size() < 2 || line.lexemes[0].kind != LexKind::number) return std::nullopt;
    const auto& first = line.lexemes[0];
    const auto written = s.text_of(first);
    for (char c : written)
        if (c != '.' && !(c >= '0' && c <= '9')) return std::nullopt;
    RowShape shape;
    shape.code_lexeme = 0;
    shape.code = std::string(written);
    shape.code_span = first.span;
    std::size_t next = 1;
    if (is_punct(s, line.lexemes[1], '.') && line.lexemes[1].gap_before == 0) {
        shape.code_span.end = line.lexemes[1].span.end;
        next = 2;
    }
    if (next >= line.lexemes.size() || line.lexemes[next].kind != LexKind::word) return std::nullopt;
    shape.label_first = next;
    return shape;
}

std::optional<RowShape> row_shape(const ReadState& s, const LexLine& line, std::size_t columns) {
    RowShape shape = leading_code(s, line).value_or(RowShape{});
    auto cells = trailing_cells(s, line, shape.label_first);
    if (cells.size() < columns) return std::nullopt;
    // A label may end in a number ("Artikel 12"): the values are the last `columns` cells.
    cells.erase(cells.begin(), cells.end() - static_cast<std::ptrdiff_t>(columns));
    shape.label_last = cells.front().lexeme;
    bool has_word = false;
    for (std::size_t i = shape.label_first; i < shape.label_last; ++i)
        has_word = has_word || line.lexemes[i].kind == LexKind::word;
    if (!has_word) return std::nullopt;
    shape.cells = std::move(cells);
    return shape;
}

/// The header's column labels: the years at its end ("Delictindeling conform C&R 2023 2024").
std::vector<std::size_t> header_columns(const ReadState& s, const LexLine& line) {
    std::vector<std::size_t> columns;
    std::size_t i = line.lexemes.size();
    while (i > 0) {
        std::size_t j = i - 1;
        if (is_punct(s, line.lexemes[j], '*') && j > 0) --j;  // "2022*": provisional
        const auto& lx = line.lexemes[j];
        if (lx.kind != LexKind::number || !is_year_literal(*lx.number)) break;
        columns.insert(columns.begin(), j);
        i = j;
    }
    const auto note = scale_note(s, line.lexemes, i);
    for (std::size_t k = 0; k < i; ++k)
        if (line.lexemes[k].kind == LexKind::number && !note.owns(k)) return {};  // only words before the labels
    if (i == 0) return {};
    return columns;
}

std::optional<std::size_t> next_nonblank(const ReadState& s, std::size_t line, std::size_t max_skip) {
    for (std::size_t skipped = 0; line < s.lexed.lines.size(); ++line, ++skipped) {
        if (!s.lexed.lines[line].blank()) return line;
        if (skipped >= max_skip) break;
    }
    return std::nullopt;
}

bool is_header_at(const ReadState& s, std::size_t line) {
    const auto columns = header_columns(s, s.lexed.lines[line]);
    if (columns.empty()) return false;
    const auto first_row = next_nonblank(s, line + 1, max_blank_lines_inside);
    return first_row && row_shape(s, s.lexed.lines[*first_row], columns.size()).has_value();
}

bool is_title(const ReadState& s, const LexLine& line) {
    if (line.blank() || line.lexemes.size() > max_title_words) return false;
    const auto note = scale_note(s, line.lexemes, line.lexemes.size());
    for (std::size_t k = 0; k < line.lexemes.size(); ++k)
        if (line.lexemes[k].kind == LexKind::number && !note.owns(k)) return false;
    const auto& last = line.lexemes.back();
    return !(is_punct(s, last, '.') || is_punct(s, last, '?') || is_punct(s, last, ':'));
}

bool is_total_label(std::string_view key) {
    return key.starts_with("eindtotaal") || key.starts_with("totaal") || key.starts_with("generaaltotaal") ||
           key == "total" || key.starts_with("subtotaal");
}

class TableBuilder {
public:
    TableBuilder(ReadState& s, std::size_t section) : s_(s) { table_.section = section; }

    void title(const LexLine& line) {
        table_.title_span = line.span;
        table_.title = std::string(s_.text_of(line.span));
        apply(scale_note(s_, line.lexemes, line.lexemes.size()), line);
    }

    void header(const LexLine& line) {
        const auto columns = header_columns(s_, line);
        apply(scale_note(s_, line.lexemes, columns.front()), line);
        table_.header_span = {line.lexemes.front().span.begin, line.lexemes[columns.front()].span.begin};
        while (table_.header_span.end > table_.header_span.begin && s_.text[table_.header_span.end - 1] == ' ')
            --table_.header_span.end;
        table_.header = std::string(s_.text_of(table_.header_span));
        for (std::size_t k = 0; k < columns.size(); ++k) {
            const auto& lx = line.lexemes[columns[k]];
            s_.mark(lx, NonStatistical::year);
            Column column;
            column.label = std::string(s_.text_of(lx));
            column.span = lx.span;
            column.unit = Unit::count;
            table_.columns.push_back(std::move(column));
        }
        if (table_.title_span.empty()) table_.span.begin = line.span.begin;
        else table_.span.begin = table_.title_span.begin;
    }

    void row(const LexLine& line, const RowShape& shape) {
        Row row;
        row.span = line.span;
        if (shape.code_lexeme) {
            s_.mark(line.lexemes[*shape.code_lexeme], NonStatistical::row_code);
            row.code = shape.code;
            while (!row.code.empty() && row.code.back() == '.') row.code.pop_back();
            row.code_span = shape.code_span;
        }
        row.label_span = {line.lexemes[shape.label_first].span.begin, line.lexemes[shape.label_last - 1].span.end};
        row.label = std::string(s_.text_of(row.label_span));
        row.label_key = label_key(row.label);
        row.is_total = row.code.empty() && is_total_label(row.label_key);
        for (const auto& cell : shape.cells) {
            const auto& lx = line.lexemes[cell.lexeme];
            const Unit unit = cell.percent ? Unit::percent : table_.money ? Unit::money : Unit::count;
            const auto id = s_.add_figure(lx, cell.span, unit);
            if (!cell.percent) s_.doc.figures[id].scale = table_.scale;
            row.cells.push_back(id);
        }
        row.parent = parent_of(row.code);
        table_.rows.push_back(std::move(row));
        table_.span.end = line.span.end;
    }

    void finish() {
        for (std::size_t c = 0; c < table_.columns.size(); ++c) {
            bool all_percent = true;
            for (const auto& row : table_.rows)
                if (row.cells[c] && s_.doc.figures[*row.cells[c]].unit != Unit::percent) all_percent = false;
            table_.columns[c].unit = all_percent ? Unit::percent : Unit::count;
        }
        int position = 1;
        for (const auto& t : s_.doc.tables)
            if (t.section == table_.section) ++position;
        table_.position = position;
        s_.doc.tables.push_back(std::move(table_));
    }

    bool has_total() const { return !table_.rows.empty() && table_.rows.back().is_total; }

private:
    void apply(const ScaleNote& note, const LexLine& line) {
        table_.scale *= note.scale;
        table_.money = table_.money || note.money;
        for (auto k : note.numbers) s_.mark(line.lexemes[k], NonStatistical::scale_note);
    }

    std::optional<std::size_t> parent_of(const std::string& code) const {
        const auto dot = code.rfind('.');
        if (dot == std::string::npos) return std::nullopt;
        const auto parent = code.substr(0, dot);
        for (std::size_t r = table_.rows.size(); r-- > 0;)
            if (table_.rows[r].code == parent) return r;
        return std::nullopt;
    }

    ReadState& s_;
    Table table_;
};

}  // namespace

std::optional<std::size_t> read_table(ReadState& s, std::size_t line, std::size_t section) {
    const auto& lines = s.lexed.lines;
    std::size_t header = line;
    bool titled = false;
    if (!is_header_at(s, line)) {
        if (line + 1 >= lines.size() || !is_title(s, lines[line]) || !is_header_at(s, line + 1)) return std::nullopt;
        header = line + 1;
        titled = true;
    }
    TableBuilder table(s, section);
    if (titled) table.title(lines[line]);
    table.header(lines[header]);
    const auto columns = header_columns(s, lines[header]).size();

    std::size_t next = header + 1;
    while (!table.has_total()) {
        const auto row_line = next_nonblank(s, next, max_blank_lines_inside);
        if (!row_line || is_header_at(s, *row_line)) break;
        const auto shape = row_shape(s, lines[*row_line], columns);
        if (!shape) break;
        table.row(lines[*row_line], *shape);
        next = *row_line + 1;
    }
    table.finish();
    return next;
}

}  // namespace cijfer
