#include "grammar/layout_cell_per_line.hpp"

#include <algorithm>
#include <string>

#include "grammar/column_header.hpp"
#include "grammar/line_cells.hpp"
#include "grammar/space_grouped_cells.hpp"
#include "grammar/table_builder.hpp"
#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_cell_lexemes = 8;
constexpr std::size_t max_header_cells = 40;
constexpr std::size_t min_rows = 2;
/// After a stream held no table, only its first lines may still open one (after a title or
/// a stray cell); from the others it is not scanned again, or a long list of short lines
/// would be scanned once per line (20.000 lines of numbers took 17 s).
constexpr std::size_t stream_retry_lines = 16;

/// One cell of the stream: a run of lexemes between separators.
struct FlatCell {
    std::vector<LexRef> lexemes;
    std::size_t line = 0;       ///< where it starts (for an empty cell: where it was found)
    std::size_t last_line = 0;
    enum class Shape { empty, number, missing, text } shape = Shape::empty;
    CellLexeme value;           ///< for numbers
    bool year = false;          ///< a number that may be a column's year: "2023", "2022*"
};

bool is_punct(const ReadState& s, const Lexeme& lx, std::string_view p) {
    return lx.kind == LexKind::punct && s.text_of(lx) == p;
}

void classify(const ReadState& s, FlatCell& cell) {
    const auto n = cell.lexemes.size();
    if (n == 0) return;
    const auto& first = s.at(cell.lexemes[0]);
    if (first.kind == LexKind::number && !first.glued_to_word) {
        bool ok = n == 1;
        bool percent = false;
        Span span = first.span;
        if (n == 2 || n == 3) {
            ok = true;
            for (std::size_t k = 1; k < n; ++k) {
                const auto& lx = s.at(cell.lexemes[k]);
                const bool pct = is_punct(s, lx, "%"), star = is_punct(s, lx, "*");
                if (lx.gap_before > 1 || !(pct || star)) ok = false;
                if (pct) {
                    percent = true;
                    span.end = lx.span.end;
                }
            }
        }
        if (ok) {
            cell.shape = FlatCell::Shape::number;
            cell.value = {&first, span, percent, {}, false, {}};
            const auto digits = s.text_of(first);
            cell.year = !percent && first.number->shape == NumberShape::plain && digits.size() == 4 &&
                        (digits.starts_with("19") || digits.starts_with("20"));
            return;
        }
    }
    // "| 1 200 |": digits grouped by single plain spaces are one value, the cell says so.
    std::vector<const Lexeme*> lexemes;
    for (const auto& ref : cell.lexemes) lexemes.push_back(&s.at(ref));
    if (auto joined = joined_cell(s, lexemes)) {
        cell.shape = FlatCell::Shape::number;
        cell.value = std::move(*joined);
        return;
    }
    if (n == 1 && first.kind != LexKind::number && is_missing_mark(s.text_of(first))) {
        cell.shape = FlatCell::Shape::missing;
        return;
    }
    cell.shape = FlatCell::Shape::text;
}

/// A line that may be a cell: short, and not a sentence or a heading ("Vraag (2):").
bool cell_like(const ReadState& s, const LexLine& line) {
    if (line.blank() || line.lexemes.size() > max_cell_lexemes) return false;
    const auto& last = line.lexemes.back();
    if (is_punct(s, last, "?") || is_punct(s, last, ":") || is_punct(s, last, ";")) return false;
    // "Opk." is an abbreviation; "Zie tabel." is a sentence.
    return !(is_punct(s, last, ".") && line.lexemes.size() > 2);
}

/// Nothing but blank lines from `line` to the end of the text.
bool at_text_end(const ReadState& s, std::size_t line) {
    for (; line < s.lexed.lines.size(); ++line)
        if (!s.lexed.lines[line].blank()) return false;
    return true;
}

bool has_pipe(const ReadState& s, const LexLine& line) {
    for (const auto& lx : line.lexemes)
        if (is_punct(s, lx, "|")) return true;
    return false;
}

bool has_number(const ReadState& s, const std::vector<FlatCell>& cells) {
    for (const auto& c : cells)
        for (auto ref : c.lexemes)
            if (s.at(ref).kind == LexKind::number && !s.at(ref).glued_to_word) return true;
    return false;
}

/// The cells from `first` on, and the line where the stream ended.
struct Stream {
    std::vector<FlatCell> cells;
    std::size_t end = 0;        ///< first line after the stream
    bool reached_end = false;   ///< the text ended inside the stream
    bool row_lines = false;     ///< pipes with one row per line: rows end at line breaks
    std::vector<std::size_t> row_starts;  ///< with row_lines: index of each line's first cell
};

Stream pipe_stream(const ReadState& s, std::size_t first) {
    const auto& lines = s.lexed.lines;
    Stream st;
    FlatCell cell;
    bool open = false;  // a cell has started since the last pipe
    bool checked = false;
    std::size_t l = first;
    for (; l < lines.size(); ++l) {
        const auto& line = lines[l];
        if (line.blank() || !(has_pipe(s, line) || cell_like(s, line))) break;
        if (!checked && st.cells.size() > max_header_cells) {
            checked = true;
            if (!has_number(s, st.cells)) break;
        }
        for (std::size_t k = 0; k < line.lexemes.size(); ++k) {
            if (is_punct(s, line.lexemes[k], "|")) {
                if (!open) cell.line = cell.last_line = l;
                st.cells.push_back(std::move(cell));
                cell = FlatCell{};
                open = false;
                continue;
            }
            if (!open) cell.line = l;
            open = true;
            cell.last_line = l;
            cell.lexemes.push_back({l, k});
        }
    }
    if (open) st.cells.push_back(std::move(cell));
    st.end = l;
    st.reached_end = at_text_end(s, l);
    return st;
}

/// "a | b | c" rows, one per line, each with at least two pipes.
Stream pipe_rows(const ReadState& s, std::size_t first) {
    const auto& lines = s.lexed.lines;
    Stream st;
    st.row_lines = true;
    std::size_t l = first;
    for (; l < lines.size(); ++l) {
        const auto& line = lines[l];
        std::size_t pipes = 0;
        for (const auto& lx : line.lexemes) pipes += is_punct(s, lx, "|") ? 1 : 0;
        if (pipes < 2) break;
        st.row_starts.push_back(st.cells.size());
        FlatCell cell;
        cell.line = cell.last_line = l;
        const bool leading = is_punct(s, line.lexemes.front(), "|");
        for (std::size_t k = leading ? 1 : 0; k < line.lexemes.size(); ++k) {
            if (is_punct(s, line.lexemes[k], "|")) {
                st.cells.push_back(std::move(cell));
                cell = FlatCell{};
                cell.line = cell.last_line = l;
                continue;
            }
            cell.lexemes.push_back({l, k});
        }
        if (!is_punct(s, line.lexemes.back(), "|")) st.cells.push_back(std::move(cell));
    }
    st.end = l;
    st.reached_end = at_text_end(s, l);
    return st;
}

Stream line_stream(const ReadState& s, std::size_t first) {
    const auto& lines = s.lexed.lines;
    Stream st;
    std::size_t l = first, last_cell_line = first;
    bool checked = false;
    for (; l < lines.size(); ++l) {
        const auto& line = lines[l];
        if (line.blank()) continue;
        if (!cell_like(s, line) || has_pipe(s, line)) break;
        // Short lines with no number among the first cells are a list, not a table: stop
        // early, so that a long list is not scanned again from each of its lines.
        if (!checked && st.cells.size() > max_header_cells) {
            checked = true;
            if (!has_number(s, st.cells)) break;
        }
        FlatCell cell;
        cell.line = cell.last_line = l;
        for (std::size_t k = 0; k < line.lexemes.size(); ++k) cell.lexemes.push_back({l, k});
        st.cells.push_back(std::move(cell));
        last_cell_line = l;
    }
    st.reached_end = at_text_end(s, l);
    st.end = st.reached_end ? l : last_cell_line + 1;
    return st;
}

/// The header: the leading cells that are not numbers, or are years after a first label
/// ("Soort / 2023 / 2024"), up to two empty cells in a row.
std::size_t header_size(const std::vector<FlatCell>& cells) {
    std::size_t n = 0, texts = 0, years = 0;
    for (; n < cells.size() && n < max_header_cells; ++n) {
        const auto shape = cells[n].shape;
        if (shape == FlatCell::Shape::number && cells[n].year && texts > 0) {
            ++years;
            continue;
        }
        if (shape == FlatCell::Shape::number || shape == FlatCell::Shape::missing) break;
        if (shape == FlatCell::Shape::empty && n + 1 < cells.size() && cells[n + 1].shape == FlatCell::Shape::empty)
            break;
        if (shape == FlatCell::Shape::text) ++texts;
    }
    return texts + years >= 2 && texts > 0 ? n : 0;
}

Span span_of(const ReadState& s, const FlatCell& cell) {
    if (cell.lexemes.empty()) return {};
    return {s.at(cell.lexemes.front()).span.begin, s.at(cell.lexemes.back()).span.end};
}

class FlatReader {
public:
    FlatReader(ReadState& s, Stream stream, std::string layout, const LexLine* title = nullptr)
        : s_(s), st_(std::move(stream)), layout_(std::move(layout)), title_(title) {
        for (auto& c : st_.cells) classify(s_, c);
    }

    std::optional<std::size_t> read(std::size_t section) {
        const auto columns = column_count();
        if (!columns) return std::nullopt;
        return build(section, *columns);
    }

    /// The stream holds a table (read would build one), without building it.
    bool readable() const { return column_count().has_value(); }

private:
    using RowCells = std::vector<const FlatCell*>;

    /// Rows on their own lines: the first line is the header, years included. In a
    /// stream, the header is the leading cells that are not numbers, except that its
    /// last ones may be the first row's label ("Soort / 2019 / 2020 / Politie / 12 /
    /// 30"): the count is the largest for which the rows fit.
    std::optional<std::size_t> column_count() const {
        if (st_.row_lines) {
            const std::size_t n = st_.row_starts.size() > 1 ? st_.row_starts[1] : 0;
            if (n >= 2 && fitting_rows(n) >= min_rows) return n;
            return std::nullopt;
        }
        for (std::size_t n = header_size(st_.cells); n >= 2; --n)
            if (fitting_rows(n) >= min_rows) return n;
        return std::nullopt;
    }

    /// Complete rows that fit, from the first; 0 when the first row does not.
    std::size_t fitting_rows(std::size_t columns) const {
        const auto rows = cut_rows(columns);
        const auto label = label_column(rows, columns);
        std::size_t complete = 0;
        for (const auto& r : rows) {
            if (r.size() < columns || !fits(r, label)) break;
            ++complete;
        }
        return complete;
    }

    std::optional<std::size_t> build(std::size_t section, std::size_t columns) {
        const auto rows = cut_rows(columns);
        const auto label = label_column(rows, columns);
        TableBuilder table(s_, section, layout_);
        if (title_) table.title(*title_);
        const auto& head = st_.cells[label];
        if (!head.lexemes.empty()) {
            const auto& line = s_.lexed.lines[head.line];
            table.header_text(span_of(s_, head), line);
        }
        for (std::size_t c = label + 1; c < columns; ++c) column(table, st_.cells[c]);
        for (std::size_t c = 0; c < columns; ++c) mark_text(st_.cells[c]);
        std::size_t next_line = st_.end;
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const auto& row = rows[r];
            const bool partial = row.size() < columns;
            // A complete row that does not fit, or a short row before the stream's end,
            // is not the table's: the table ends before it.
            if ((!partial && !fits(row, label)) || (partial && !(st_.reached_end && fits(row, label)))) {
                next_line = first_line(row);
                break;
            }
            if (r > 0 && table.has_total() && !table.first_is_total()) {
                next_line = first_line(row);
                break;
            }
            add_row(table, row, label, columns);
            if (partial) table.cut_off();
        }
        table.finish();
        // A row's first cell may share a line with the last read row's end.
        return std::max(next_line, last_line_read_ + 1);
    }

    /// Rows of `columns` cells after the header; rows with no cell filled are skipped.
    std::vector<RowCells> cut_rows(std::size_t columns) const {
        std::vector<RowCells> rows;
        if (st_.row_lines) {
            for (std::size_t k = 1; k < st_.row_starts.size(); ++k) {
                const auto end = k + 1 < st_.row_starts.size() ? st_.row_starts[k + 1] : st_.cells.size();
                RowCells row;
                for (auto i = st_.row_starts[k]; i < end; ++i) row.push_back(&st_.cells[i]);
                if (row.size() > columns) row.resize(columns);
                rows.push_back(std::move(row));
            }
            return rows;
        }
        for (std::size_t i = columns; i < st_.cells.size(); i += columns) {
            RowCells row;
            for (auto k = i; k < std::min(i + columns, st_.cells.size()); ++k) row.push_back(&st_.cells[k]);
            bool any = false;
            for (const auto* c : row) any = any || c->shape != FlatCell::Shape::empty;
            if (any) rows.push_back(std::move(row));
        }
        return rows;
    }

    /// The first column (of the first two) with text in it labels the rows; a column of
    /// numbers before it holds codes ("1" for a kieskring).
    static std::size_t label_column(const std::vector<RowCells>& rows, std::size_t columns) {
        for (std::size_t c = 0; c < 2 && c < columns; ++c)
            for (const auto& row : rows)
                if (c < row.size() && row[c]->shape == FlatCell::Shape::text) return c;
        return 0;
    }

    /// A row fits when its label is there and its value columns hold numbers or gaps.
    static bool fits(const RowCells& row, std::size_t label) {
        if (row.size() <= label || row[label]->shape == FlatCell::Shape::empty) return false;
        for (std::size_t c = 0; c < row.size(); ++c)
            if (c != label && row[c]->shape == FlatCell::Shape::text) return false;
        return true;
    }

    static std::size_t first_line(const RowCells& row) { return row.front()->line; }

    void column(TableBuilder& table, const FlatCell& cell) {
        std::string label;
        bool provisional = false;
        if (!cell.lexemes.empty()) {
            // "Fte extern1": the marker glued to the last word is not part of the label; the
            // number of a code ("Q1") is.
            std::size_t last = cell.lexemes.size();
            while (last > 1 && s_.at(cell.lexemes[last - 1]).kind == LexKind::number &&
                   s_.at(cell.lexemes[last - 1]).glued_to_word && !is_code(cell.lexemes[last - 1]))
                --last;
            label = collapse_spaces(
                s_.text_of(Span{s_.at(cell.lexemes.front()).span.begin, s_.at(cell.lexemes[last - 1]).span.end}));
            provisional = is_punct(s_, s_.at(cell.lexemes.back()), "*");
            for (auto ref : cell.lexemes)
                if (s_.at(ref).kind == LexKind::number) {
                    const bool year = s_.at(ref).number->shape == NumberShape::plain && !s_.at(ref).glued_to_word;
                    s_.mark(s_.at(ref), year ? NonStatistical::year
                                        : is_code(ref) ? NonStatistical::row_code
                                                       : NonStatistical::footnote_marker);
                }
        }
        table.column(std::move(label), span_of(s_, cell), provisional);
    }

    bool is_code(LexRef ref) const { return is_label_code(s_, s_.lexed.lines[ref.line], ref.index); }

    /// Numbers glued to a label word ("extern1") are footnote markers.
    void mark_text(const FlatCell& cell) {
        if (cell.shape != FlatCell::Shape::text) return;
        for (auto ref : cell.lexemes)
            if (s_.at(ref).kind == LexKind::number && s_.at(ref).glued_to_word)
                s_.mark(s_.at(ref), is_code(ref) ? NonStatistical::row_code : NonStatistical::footnote_marker);
    }

    void add_row(TableBuilder& table, const RowCells& row, std::size_t label, std::size_t columns) {
        RowDraft draft;
        const auto& lines = s_.lexed.lines;
        draft.span = {lines[row.front()->line].span.begin, lines[row.back()->last_line].span.end};
        draft.label_span = span_of(s_, *row[label]);
        mark_text(*row[label]);
        // A number as the row's label ("32": an article) or in a code column is not a figure.
        for (std::size_t c = 0; c <= label && c < row.size(); ++c)
            for (auto ref : row[c]->lexemes)
                if (s_.at(ref).kind == LexKind::number) s_.mark(s_.at(ref), NonStatistical::row_code);
        for (std::size_t c = label + 1; c < columns; ++c)
            draft.cells.push_back(c < row.size() && row[c]->shape == FlatCell::Shape::number ? row[c]->value
                                                                                              : CellLexeme{});
        table.row(draft);
        last_line_read_ = row.back()->last_line;
    }

    ReadState& s_;
    Stream st_;
    std::size_t last_line_read_ = 0;
    std::string layout_;
    const LexLine* title_ = nullptr;  ///< the line right above pipe rows, when it is a title
};

}  // namespace

std::optional<std::size_t> read_cell_per_line_table(ReadState& s, std::size_t line, std::size_t section) {
    const auto& lines = s.lexed.lines;
    const auto& first = lines[line];
    if (first.blank()) return std::nullopt;
    auto& failed = s.failed_stream;
    if (line > failed.first + stream_retry_lines && line < failed.end) return std::nullopt;
    // Reads one stream; one that holds no table is remembered (see stream_retry_lines).
    const auto attempt = [&](Stream stream, const char* layout, const LexLine* title) {
        const std::size_t end = stream.end;
        auto next = FlatReader(s, std::move(stream), layout, title).read(section);
        if (!next && line >= failed.end) failed = {line, end};
        return next;
    };
    if (has_pipe(s, first)) {
        const LexLine* title = line > 0 && !has_pipe(s, lines[line - 1]) && is_title(s, lines[line - 1]) ? &lines[line - 1] : nullptr;
        if (auto next = FlatReader(s, pipe_rows(s, line), "pipes", title).read(section)) return next;
        return attempt(pipe_stream(s, line), "pipes", title);
    }
    if (!cell_like(s, first)) return std::nullopt;
    if (line + 1 < lines.size() && !lines[line + 1].blank() && has_pipe(s, lines[line + 1])) {
        // A title right above rows of pipes ("Zaken naar soort" / "| Soort | 2023 |"): the
        // table starts on the next line, and this line is read as what it is.
        if (s.lexed.lines[line + 1].lexemes.size() > 2 && FlatReader(s, pipe_rows(s, line + 1), "pipes").readable())
            return std::nullopt;
        return attempt(pipe_stream(s, line), "pipes", nullptr);
    }
    return attempt(line_stream(s, line), "cell-per-line", nullptr);
}

}  // namespace cijfer
