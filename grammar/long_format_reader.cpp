// CBS StatLine long format: a header "<dimensions> Perioden <measures>", then one line per
// combination "<dimension labels> <period> <value per measure>". Read as one model table per
// period, so that the relations between rows (subtotals, codes) hold within each table.
#include "grammar/long_format_reader.hpp"

#include <map>

#include "grammar/long_format_header.hpp"
#include "grammar/row_structure.hpp"
#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_title_lexemes = 20;
constexpr std::size_t max_blank_before_header = 2;

/// One data line: labels in lexemes [0, period), the period, then the cells.
struct LongRow {
    std::size_t line = 0;
    std::size_t period = 0;           ///< lexeme of the period's year
    std::string period_text;          ///< "2018*"
    std::vector<std::optional<std::size_t>> cells;  ///< value lexemes; nullopt = missing
    std::vector<bool> percent;        ///< the cell carries a glued "%"
};

bool is_punct(const ReadState& s, const Lexeme& lx, std::string_view p) {
    return lx.kind == LexKind::punct && s.text_of(lx) == p;
}

/// A whole cell that says "no value": ".", "-", "x" (CBS: "." unknown, "x" secret).
bool is_missing_cell(const ReadState& s, const Lexeme& lx) {
    const auto t = s.text_of(lx);
    return lx.gap_before > 0 && (t == "." || t == "-" || t == "x" || t == "\u2013");
}

/// Reads the values after lexeme `from`: numbers (with a glued "%") and missing cells.
bool read_cells(const ReadState& s, const LexLine& line, std::size_t from, LongRow& row) {
    for (std::size_t k = from; k < line.lexemes.size(); ++k) {
        const auto& lx = line.lexemes[k];
        if (lx.kind == LexKind::number) {
            if (lx.gap_before == 0) return false;
            const bool pct = k + 1 < line.lexemes.size() && is_punct(s, line.lexemes[k + 1], "%") &&
                             line.lexemes[k + 1].gap_before == 0;
            row.cells.push_back(k);
            row.percent.push_back(pct);
            if (pct) ++k;
        } else if (is_missing_cell(s, lx)) {
            row.cells.push_back(std::nullopt);
            row.percent.push_back(false);
        } else {
            return false;
        }
    }
    return !row.cells.empty();
}

/// A data line: some label, then the leftmost year (with an optional "*") after which
/// only values follow, `count` of them when the count is known. A year inside a label
/// ("Geboren na 1980 2022 1.200") is followed by words or by one value too many.
std::optional<LongRow> long_row(const ReadState& s, std::size_t line_index, std::optional<std::size_t> count) {
    const auto& line = s.lexed.lines[line_index];
    bool has_word = false;
    for (std::size_t k = 0; k < line.lexemes.size(); ++k) {
        const auto& lx = line.lexemes[k];
        if (lx.kind == LexKind::word) has_word = true;
        if (lx.kind != LexKind::number || !has_word || lx.gap_before == 0 || !is_year_literal(*lx.number)) continue;
        LongRow row;
        row.line = line_index;
        row.period = k;
        std::size_t next = k + 1;
        if (next < line.lexemes.size() && is_punct(s, line.lexemes[next], "*") && line.lexemes[next].gap_before == 0)
            ++next;
        row.period_text = std::string(s.text_of(Span{lx.span.begin, line.lexemes[next - 1].span.end}));
        if (read_cells(s, line, next, row) && (!count || row.cells.size() == *count)) return row;
    }
    return std::nullopt;
}

/// The header's "Perioden" word, if the line is a long-format header.
std::optional<std::size_t> periods_word(const ReadState& s, const LexLine& line) {
    for (std::size_t k = 0; k < line.lexemes.size(); ++k) {
        const auto& lx = line.lexemes[k];
        if (lx.kind != LexKind::word || (s.text[lx.span.begin] | 0x20) != 'p') continue;  // cheap test first
        if (is_word(s.text, lx, "perioden") || is_word(s.text, lx, "periode")) return k;
    }
    return std::nullopt;
}

bool is_title(const ReadState& s, const LexLine& line) {
    if (line.blank() || line.lexemes.size() > max_title_lexemes) return false;
    for (const auto& lx : line.lexemes)
        if (lx.kind == LexKind::number) return false;
    return !is_punct(s, line.lexemes.back(), ".");
}

/// A dimension value starts with a capital ("Nederland", "HP1:"); the words inside one do
/// not ("Geboren voor 1980").
bool starts_value(const ReadState& s, const Lexeme& lx) {
    const auto t = s.text_of(lx);
    const auto c = static_cast<unsigned char>(t[0]);
    if (c >= 'A' && c <= 'Z') return true;
    return c == 0xC3 && t.size() > 1 && static_cast<unsigned char>(t[1]) < 0x9F;  // À..Þ
}

/// How many leading (or trailing) label lexemes all rows share and that form whole
/// dimension values: a dimension with one value throughout ("Nederland"), kept out of the
/// row labels. At least one lexeme stays in every label.
std::size_t shared_run(const ReadState& s, const std::vector<LongRow>& rows, bool leading) {
    const auto lexeme = [&](const LongRow& r, std::size_t n) -> const Lexeme& {
        return s.lexed.lines[r.line].lexemes[leading ? n : r.period - 1 - n];
    };
    std::size_t shortest = rows.front().period;
    for (const auto& r : rows) shortest = std::min(shortest, r.period);
    std::size_t n = 0;
    for (bool same = true; same && n + 1 < shortest; n += same ? 1 : 0)
        for (const auto& r : rows)
            if (s.text_of(lexeme(r, n)) != s.text_of(lexeme(rows.front(), n))) same = false;
    // The shared run must end (leading) or begin (trailing) where a dimension value does.
    const auto boundary = [&](std::size_t k) {
        for (const auto& r : rows) {
            // leading: the rest starts a value (and so does the run); trailing: the run does
            if (!starts_value(s, lexeme(r, leading ? k : k - 1))) return false;
            if (leading && !starts_value(s, lexeme(r, 0))) return false;
        }
        return true;
    };
    while (n > 0 && !boundary(n)) --n;
    return n;
}

class LongTableBuilder {
public:
    LongTableBuilder(ReadState& s, std::size_t section) : s_(s), section_(section) {}

    void build(std::optional<std::size_t> title, std::size_t header, const std::vector<LongRow>& rows, bool cut_off) {
        const auto& head = s_.lexed.lines[header];
        const auto periods = *periods_word(s_, head);
        const auto measures = *read_measures(s_, head, periods + 1, rows.front().cells.size());
        for (auto k : measures.note_numbers) s_.mark(head.lexemes[k], NonStatistical::scale_note);
        if (!measures.split)
            s_.doc.notes.push_back({head.span, Message{"table.measures-unsplit", {}}.number(
                                                   "measures", static_cast<double>(rows.front().cells.size()))});
        // Distinct label combinations are at least two, or nothing varies to strip.
        const bool strip = rows.size() >= 2;
        const std::size_t lead = strip ? shared_run(s_, rows, true) : 0;
        const std::size_t trail = strip ? shared_run(s_, rows, false) : 0;

        std::vector<std::string> order;
        std::map<std::string, Table> tables;
        for (const auto& r : rows) {
            auto [it, fresh] = tables.try_emplace(r.period_text);
            if (fresh) {
                order.push_back(r.period_text);
                start_table(it->second, title, header, periods, measures, rows.front(), r, lead, trail);
            }
            add_row(it->second, r, measures, lead, trail);
        }
        for (const auto& period : order) {
            auto& table = tables[period];
            table.cut_off = cut_off;
            int position = 1;
            for (const auto& t : s_.doc.tables)
                if (t.section == section_) ++position;
            table.position = position;
            s_.doc.tables.push_back(std::move(table));
        }
    }

private:
    std::string label_text(const LexLine& line, std::size_t first, std::size_t last) const {
        return collapse_spaces(s_.text_of(Span{line.lexemes[first].span.begin, line.lexemes[last].span.end}));
    }

    void start_table(Table& t, std::optional<std::size_t> title, std::size_t header, std::size_t periods,
                     const MeasureHeader& measures, const LongRow& first_row, const LongRow& r, std::size_t lead,
                     std::size_t trail) {
        const auto& head = s_.lexed.lines[header];
        t.section = section_;
        t.layout = "long-format";
        // The title names the table, the dimensions that never vary and the period.
        std::vector<std::string> parts;
        if (title) {
            t.title_span = s_.lexed.lines[*title].span;
            parts.push_back(collapse_spaces(s_.text_of(t.title_span)));
        }
        const auto& line = s_.lexed.lines[first_row.line];
        if (lead > 0) parts.push_back(label_text(line, 0, lead - 1));
        if (trail > 0) parts.push_back(label_text(line, first_row.period - trail, first_row.period - 1));
        parts.push_back(r.period_text);
        for (const auto& part : parts) t.title += (t.title.empty() ? "" : "; ") + part;
        if (periods > 0) {
            t.header_span = {head.lexemes[0].span.begin, head.lexemes[periods - 1].span.end};
            t.header = collapse_spaces(s_.text_of(t.header_span));
        }
        t.span = {title ? t.title_span.begin : head.span.begin, head.span.end};
        bool all_money = true, same_scale = true;
        for (const auto& m : measures.measures) {
            Column column;
            column.label = m.label;
            column.span = m.span;
            column.unit = m.unit;
            column.provisional = r.period_text.ends_with("*");
            t.columns.push_back(std::move(column));
            all_money = all_money && m.unit == Unit::money;
            same_scale = same_scale && m.scale == measures.measures.front().scale;
        }
        t.money = all_money;
        t.scale = same_scale ? measures.measures.front().scale : 1;
    }

    void add_row(Table& t, const LongRow& r, const MeasureHeader& measures, std::size_t lead, std::size_t trail) {
        const auto& line = s_.lexed.lines[r.line];
        s_.mark(line.lexemes[r.period], NonStatistical::year);
        // Numbers in labels are codes or parts of names ("HP22-29", "65 jaar"), never figures.
        for (std::size_t k = 0; k < r.period; ++k) s_.mark(line.lexemes[k], NonStatistical::row_code);
        Row row;
        row.span = line.span;
        row.label_span = {line.lexemes[lead].span.begin, line.lexemes[r.period - trail - 1].span.end};
        row.label = collapse_spaces(s_.text_of(row.label_span));
        row.label_key = label_key(row.label);
        row.label_code = label_code_of(row.label);
        row.is_total = row.label_code.empty() && is_total_key(row.label_key);
        for (std::size_t c = 0; c < r.cells.size(); ++c) {
            if (!r.cells[c]) {
                row.cells.push_back(std::nullopt);
                continue;
            }
            const auto& lx = line.lexemes[*r.cells[c]];
            const auto& m = measures.measures[c];
            const Unit unit = r.percent[c] ? Unit::percent : m.unit;
            const Span with_unit{lx.span.begin, r.percent[c] ? line.lexemes[*r.cells[c] + 1].span.end : lx.span.end};
            const auto id = s_.add_figure(lx, with_unit, unit);
            s_.doc.figures[id].scale = m.scale;
            row.cells.push_back(id);
        }
        t.rows.push_back(std::move(row));
        t.span.end = line.span.end;
    }

    ReadState& s_;
    std::size_t section_;
};

}  // namespace

std::optional<std::size_t> read_long_format_table(ReadState& s, std::size_t line, std::size_t section) {
    const auto& lines = s.lexed.lines;
    std::optional<std::size_t> title;
    std::size_t header = line;
    if (!periods_word(s, lines[line])) {
        std::size_t next = line + 1;
        while (next < lines.size() && lines[next].blank() && next - line <= max_blank_before_header) ++next;
        if (next >= lines.size() || !periods_word(s, lines[next]) || !is_title(s, lines[line])) return std::nullopt;
        title = line;
        header = next;
    }
    if (header + 1 >= lines.size()) return std::nullopt;
    const auto periods = *periods_word(s, lines[header]);
    const auto first = long_row(s, header + 1, stated_measure_count(s, lines[header], periods + 1));
    if (!first) return std::nullopt;
    if (!read_measures(s, lines[header], periods + 1, first->cells.size())) return std::nullopt;

    std::vector<LongRow> rows{*first};
    std::size_t next = header + 2;
    for (; next < lines.size(); ++next) {
        auto row = long_row(s, next, first->cells.size());
        if (!row) break;
        rows.push_back(std::move(*row));
    }
    // Nothing but white space after the last row: the text ends inside the table.
    std::size_t after = next;
    while (after < lines.size() && lines[after].blank()) ++after;
    LongTableBuilder(s, section).build(title, header, rows, after == lines.size());
    return next;
}

}  // namespace cijfer
