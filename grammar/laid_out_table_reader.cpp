#include "grammar/laid_out_table_reader.hpp"

#include <algorithm>
#include <string>

#include "grammar/table_builder.hpp"
#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_unmarked_header_rows = 3;

bool is_punct(const ReadState& s, const Lexeme& lx, char c) {
    return lx.kind == LexKind::punct && s.text[lx.span.begin] == c;
}

/// The lexemes of one cell: a range of its row's line.
struct CellLexemes {
    std::size_t line = 0;
    std::size_t first = 0, last = 0;  ///< [first, last)
    const LaidOutCell* cell = nullptr;
    bool empty() const { return first == last; }
    std::size_t size() const { return last - first; }
};

class LaidOutReader {
public:
    LaidOutReader(ReadState& s, const LaidOutTable& table, std::size_t section)
        : s_(s), table_(table), builder_(s, section, "laid-out") {}

    std::size_t run() {
        build_grid();
        find_header_rows();
        find_columns();
        title_and_header();
        for (std::size_t r = header_rows_; r < grid_.size(); ++r) body_row(r);
        builder_.finish();
        const auto& last = table_.rows.back();
        return line_index_at(s_, last.span.begin) + 1;
    }

private:
    /// grid_[row][column]: the cell covering that grid column (null where the row is short).
    void build_grid() {
        columns_ = table_.grid_columns;
        for (const auto& row : table_.rows)
            for (const auto& cell : row.cells) columns_ = std::max(columns_, cell.column + cell.columns_spanned);
        for (std::size_t r = 0; r < table_.rows.size(); ++r) {
            const auto& row = table_.rows[r];
            const auto line = line_index_at(s_, row.span.begin);
            std::vector<CellLexemes> cells(columns_);
            for (const auto& cell : row.cells) {
                CellLexemes lx = lexemes_in(line, cell);
                for (std::size_t c = cell.column; c < cell.column + cell.columns_spanned && c < columns_; ++c) cells[c] = lx;
            }
            grid_.push_back(std::move(cells));
            lines_.push_back(line);
        }
    }

    CellLexemes lexemes_in(std::size_t line, const LaidOutCell& cell) const {
        CellLexemes out;
        out.line = line;
        out.cell = &cell;
        const auto& lexemes = s_.lexed.lines[line].lexemes;
        std::size_t k = 0;
        while (k < lexemes.size() && lexemes[k].span.begin < cell.span.begin) ++k;
        out.first = k;
        while (k < lexemes.size() && lexemes[k].span.end <= cell.span.end && lexemes[k].span.begin < cell.span.end) ++k;
        out.last = cell.span.empty() ? out.first : k;
        return out;
    }

    const Lexeme& at(const CellLexemes& c, std::size_t k) const { return s_.lexed.lines[c.line].lexemes[k]; }

    /// One value: a number with an optional glued "%" and "*".
    std::optional<CellLexeme> value_of(const CellLexemes& c) const {
        if (c.empty()) return std::nullopt;
        const Lexeme& number = at(c, c.first);
        if (number.kind != LexKind::number) return std::nullopt;
        std::size_t k = c.first + 1;
        Span span = number.span;
        bool percent = false;
        if (k < c.last && is_punct(s_, at(c, k), '%') && at(c, k).gap_before <= 1) {
            percent = true;
            span.end = at(c, k++).span.end;
        }
        if (k < c.last && is_punct(s_, at(c, k), '*') && at(c, k).gap_before == 0) span.end = at(c, k++).span.end;
        // "17.418 [2]": a footnote reference after the value (the classifier marks it).
        if (k + 3 == c.last && is_punct(s_, at(c, k), '[') && at(c, k + 1).bracketed) k += 3;
        if (k != c.last) return std::nullopt;
        CellLexeme cell;
        cell.number = &number;
        cell.span = span;
        cell.percent = percent;
        return cell;
    }

    bool is_missing(const CellLexemes& c) const {
        return c.size() == 1 && is_missing_mark(s_.text_of(at(c, c.first)));
    }

    /// A cell with a number that is not a year: a value, so its row is not a header.
    bool holds_value(const CellLexemes& c) const {
        const auto v = value_of(c);
        return v && !(is_year_literal(*v->number->number) && !v->percent);
    }

    bool starts_at(std::size_t r, std::size_t c) const { return grid_[r][c].cell && grid_[r][c].cell->column == c; }

    void find_header_rows() {
        bool marked = false;
        for (const auto& row : table_.rows) marked = marked || row.header;
        if (marked) {
            while (header_rows_ < table_.rows.size() && table_.rows[header_rows_].header) ++header_rows_;
            return;
        }
        // Unmarked: leading rows with text and no value, as long as a row follows.
        while (header_rows_ < max_unmarked_header_rows && header_rows_ + 1 < grid_.size()) {
            bool value = false, text = false;
            for (std::size_t c = 0; c < columns_; ++c) {
                if (!starts_at(header_rows_, c)) continue;
                value = value || holds_value(grid_[header_rows_][c]);
                text = text || !grid_[header_rows_][c].empty();
            }
            if (value || !text) break;
            ++header_rows_;
        }
    }

    /// Value columns: those where some body row has a value or a missing mark; the label
    /// columns are the ones before the first of them.
    void find_columns() {
        std::vector<bool> values(columns_, false);
        for (std::size_t r = header_rows_; r < grid_.size(); ++r)
            for (std::size_t c = 0; c < columns_; ++c)
                if (starts_at(r, c) && !grid_[r][c].cell->continues_above &&
                    (value_of(grid_[r][c]) || is_missing(grid_[r][c])))
                    values[c] = true;
        // "1.1" | "Diefstal en inbraak" | ...: a first column of codes (which read as numbers)
        // before a column of text numbers the rows.
        if (columns_ > 2 && !values[1]) {
            bool codes = false, only_codes = true;
            for (std::size_t r = header_rows_; r < grid_.size(); ++r) {
                const auto& c = grid_[r][0];
                if (c.empty() || c.cell->column != 0 || c.cell->columns_spanned > 1) continue;
                if (code_of(c)) codes = true;
                else only_codes = false;
            }
            code_column_ = codes && only_codes;
        }
        const std::size_t start = code_column_ ? 1 : 0;
        first_value_ = start;
        while (first_value_ < columns_ && !values[first_value_]) ++first_value_;
        // The first column names the rows even when it holds numbers (years, codes).
        first_value_ = std::max(first_value_, std::min(start + 1, columns_));
        if (first_value_ == columns_) first_value_ = std::min(start + 1, columns_);
    }

    /// "1", "1.", "3.3.1" alone in a cell (code column) or before a word (in a label).
    std::optional<std::pair<std::size_t, Span>> code_at(const CellLexemes& c, bool alone) const {
        if (c.empty() || at(c, c.first).kind != LexKind::number) return std::nullopt;
        const auto written = s_.text_of(at(c, c.first));
        for (char ch : written)
            if (ch != '.' && !(ch >= '0' && ch <= '9')) return std::nullopt;
        std::size_t next = c.first + 1;
        Span span = at(c, c.first).span;
        if (next < c.last && is_punct(s_, at(c, next), '.') && at(c, next).gap_before == 0) span.end = at(c, next++).span.end;
        if (alone ? next != c.last : (next >= c.last || at(c, next).kind != LexKind::word)) return std::nullopt;
        return std::pair{next, span};
    }
    bool code_of(const CellLexemes& c) const { return code_at(c, true).has_value(); }

    std::string cell_text(const CellLexemes& c) const { return c.cell ? collapse_spaces(s_.text_of(c.cell->span)) : ""; }

    void title_and_header() {
        // The caption above the table, or a first row that is one cell across the table.
        std::size_t first_header = 0;
        if (!table_.caption.empty()) {
            const auto line = line_index_at(s_, table_.caption.begin);
            builder_.title(s_.lexed.lines[line]);
            scale_note(line, 0, s_.lexed.lines[line].lexemes.size());
        } else if (header_rows_ > 0 && columns_ > 1 && grid_[0][0].cell && grid_[0][0].cell->columns_spanned == columns_) {
            builder_.title(s_.lexed.lines[lines_[0]]);
            scale_note(lines_[0], 0, s_.lexed.lines[lines_[0]].lexemes.size());
            first_header = 1;
        }
        const std::size_t last_header = header_rows_ > first_header ? header_rows_ - 1 : header_rows_;
        const bool has_header = header_rows_ > first_header;
        // The header words over the label columns: "Delictindeling conform C&R".
        if (has_header) {
            // The lowest header cell over the labels with text: a cell merged down
            // ("Status OMSB" over two header rows) has it in its top part.
            for (std::size_t r = last_header + 1; first_value_ > 0 && r-- > first_header;) {
                const auto& label_cell = grid_[r][first_value_ - 1];
                if (!label_cell.cell || label_cell.cell->continues_above || label_cell.empty()) continue;
                builder_.header_text(label_cell.cell->span, s_.lexed.lines[lines_[r]]);
                break;
            }
            for (std::size_t r = first_header; r < header_rows_; ++r) {
                const auto& row = table_.rows[r];
                for (const auto& cell : row.cells) {
                    const auto lx = lexemes_in(lines_[r], cell);
                    scale_note(lx.line, lx.first, lx.last);
                }
            }
        }
        for (std::size_t c = first_value_; c < columns_; ++c) {
            // The lowest header cell over this column alone names it ("2023" under "Aantal").
            std::string label;
            Span span{};
            for (std::size_t r = header_rows_; has_header && r-- > first_header;) {
                const auto& h = grid_[r][c];
                if (!h.cell || h.empty() || h.cell->columns_spanned > 1) continue;
                label = cell_text(h);
                span = h.cell->span;
                for (std::size_t k = h.first; k < h.last; ++k)
                    if (at(h, k).kind == LexKind::number && is_year_literal(*at(h, k).number)) s_.mark(at(h, k), NonStatistical::year);
                break;
            }
            const bool provisional = !label.empty() && label.back() == '*';
            if (provisional) label.pop_back();
            builder_.column(label, span, provisional);
        }
        // Whatever else the header holds is prose to classify (footnote markers, references).
        for (std::size_t r = 0; r < header_rows_; ++r) classify_rest(lines_[r]);
        if (!table_.caption.empty()) classify_rest(line_index_at(s_, table_.caption.begin));
    }

    /// "x 1.000", "mln", "euro" in the title or header: the scale and money of the cells.
    void scale_note(std::size_t line, std::size_t first, std::size_t last) {
        const auto& lexemes = s_.lexed.lines[line].lexemes;
        double scale = 1;
        bool money = false;
        for (std::size_t k = first; k < last; ++k) {
            const auto text = s_.text_of(lexemes[k]);
            if (text == "€" || iequals(text, "euro")) money = true;
            if (iequals(text, "mln") || iequals(text, "miljoen")) scale *= 1e6;
            if (iequals(text, "mld") || iequals(text, "miljard")) scale *= 1e9;
            if ((iequals(text, "x") || text == "×") && k + 1 < last) {
                std::size_t n = k + 1;
                if (s_.text_of(lexemes[n]) == "€") {
                    money = true;
                    ++n;
                }
                if (n < last && lexemes[n].kind == LexKind::number && lexemes[n].number->has_value() &&
                    lexemes[n].number->value >= 10) {
                    scale *= lexemes[n].number->value;
                    s_.mark(lexemes[n], NonStatistical::scale_note);
                }
            }
        }
        builder_.scale(scale, money);
    }

    /// Numbers of a line that no cell took, read as prose: markers, references, years.
    void classify_rest(std::size_t line) {
        const auto& lexemes = s_.lexed.lines[line].lexemes;
        std::vector<LexRef> rest;
        for (std::size_t k = 0; k < lexemes.size(); ++k) {
            const auto& lx = lexemes[k];
            if (lx.kind == LexKind::number && lx.glued_to_word && lx.number->shape == NumberShape::plain)
                s_.mark(lx, NonStatistical::footnote_marker);
            rest.push_back({line, k});
        }
        classify_non_statistical(s_, rest);
    }

    void body_row(std::size_t r) {
        const auto& row = table_.rows[r];
        RowDraft draft;
        draft.span = row.span;
        const auto& label = grid_[r][first_value_ > 0 ? first_value_ - 1 : 0];
        if (code_column_ && !grid_[r][0].empty() && grid_[r][0].cell->column == 0) {
            if (const auto code = code_at(grid_[r][0], true)) set_code(draft, grid_[r][0], code->second);
        }
        if (first_value_ > 0 && label.cell) {
            std::size_t from = label.first;
            if (draft.code.empty() && !label.cell->continues_above)
                if (const auto code = code_at(label, false)) {
                    set_code(draft, label, code->second);
                    from = code->first;
                }
            if (from < label.last)
                draft.label_span = {at(label, from).span.begin, at(label, label.last - 1).span.end};
        }
        draft.label_prefix = group_words(r);
        bool any_value = false;
        for (std::size_t c = first_value_; c < columns_; ++c) {
            const auto& cell = grid_[r][c];
            CellLexeme out{};
            if (cell.cell && !cell.cell->continues_above && !cell.empty() && cell.cell->column == c) {
                if (const auto v = value_of(cell)) {
                    if (cell.cell->columns_spanned > 1)
                        builder_.note(cell.cell->span, Message{"table.merged-value", {}}.number(
                                                           "columns", static_cast<double>(cell.cell->columns_spanned)));
                    else {
                        out = *v;
                        any_value = true;
                    }
                } else if (!is_missing(cell)) {
                    builder_.note(cell.cell->span, Message{"table.cell-text", {}}.text("cell", cell_text(cell)));
                }
            }
            draft.cells.push_back(out);
        }
        draft.heading = !any_value;
        if (draft.heading) draft.cells.clear();
        if (draft.heading && draft.label_span.empty() && draft.code.empty()) {  // an empty row: spacing
            classify_rest(lines_[r]);
            return;
        }
        builder_.row(draft);
        classify_rest(lines_[r]);
    }

    /// The text of the label columns before the last one (not the code column), from the
    /// top part of a cell merged down: "Mislukte executie" for each of its rows.
    std::string group_words(std::size_t r) const {
        std::string words;
        const std::size_t label_column = first_value_ > 0 ? first_value_ - 1 : 0;
        for (std::size_t c = code_column_ ? 1 : 0; c < label_column; ++c) {
            std::size_t top = r;
            while (top > header_rows_ && grid_[top][c].cell && grid_[top][c].cell->continues_above) --top;
            const auto& cell = grid_[top][c];
            // A cell over the label column too is the label itself ("Eindtotaal" across both).
            if (!cell.cell || cell.cell->continues_above || cell.cell == grid_[r][label_column].cell) continue;
            const auto text = cell_text(cell);
            if (text.empty()) continue;
            words += (words.empty() ? "" : " ") + text;
        }
        return words;
    }

    void set_code(RowDraft& draft, const CellLexemes& c, Span span) {
        draft.code = std::string(s_.text_of(at(c, c.first)));
        draft.code_span = span;
        draft.code_lexeme = &at(c, c.first);
    }

    ReadState& s_;
    const LaidOutTable& table_;
    TableBuilder builder_;
    std::size_t columns_ = 0;
    std::vector<std::vector<CellLexemes>> grid_;
    std::vector<std::size_t> lines_;
    std::size_t header_rows_ = 0;
    std::size_t first_value_ = 0;
    bool code_column_ = false;
};

}  // namespace

std::size_t line_index_at(const ReadState& s, std::uint32_t offset) {
    return static_cast<std::size_t>(s.source.locate(offset).line - 1);
}

std::size_t read_laid_out_table(ReadState& state, const LaidOutTable& table, std::size_t section) {
    return LaidOutReader(state, table, section).run();
}

}  // namespace cijfer
