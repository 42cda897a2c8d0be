#include "grammar/table_builder.hpp"

#include "grammar/text_utils.hpp"

namespace cijfer {

bool is_total_label(std::string_view key) {
    return key.starts_with("eindtotaal") || key.starts_with("totaal") || key.starts_with("generaaltotaal") ||
           key == "total" || key.starts_with("subtotaal");
}

bool is_missing_mark(std::string_view text) {
    return text == "." || text == "-" || text == "\xE2\x80\x93" || text == "x" || text == "X";
}

TableBuilder::TableBuilder(ReadState& s, std::size_t section, std::string layout) : s_(s) {
    table_.section = section;
    table_.layout = std::move(layout);
    table_.span = {0, 0};
}

void TableBuilder::title(const LexLine& line) {
    table_.title_span = line.span;
    table_.title = std::string(s_.text_of(line.span));
    while (!table_.title.empty() && table_.title.back() == ' ') table_.title.pop_back();
    table_.span.begin = line.span.begin;
}

void TableBuilder::header_text(Span span, const LexLine& line) {
    table_.header_span = span;
    table_.header = collapse_spaces(s_.text_of(span));
    if (table_.title_span.empty()) table_.span.begin = line.span.begin;
}

void TableBuilder::column(std::string label, Span span, bool provisional) {
    Column column;
    column.label = std::move(label);
    column.span = span;
    column.unit = Unit::count;
    column.provisional = provisional;
    table_.columns.push_back(std::move(column));
    if (table_.span.begin == 0 && table_.title_span.empty() && table_.header_span.empty())
        table_.span.begin = span.begin;
}

void TableBuilder::row(const RowDraft& draft) {
    Row row;
    row.span = draft.span;
    if (draft.code_lexeme) {
        s_.mark(*draft.code_lexeme, NonStatistical::row_code);
        row.code = draft.code;
        while (!row.code.empty() && row.code.back() == '.') row.code.pop_back();
        row.code_span = draft.code_span;
    }
    row.label_span = draft.label_span;
    row.label = collapse_spaces(s_.text_of(draft.label_span));
    if (!draft.label_prefix.empty()) row.label = row.label.empty() ? draft.label_prefix : draft.label_prefix + " " + row.label;
    row.label_key = label_key(row.label);
    row.is_total = row.code.empty() && is_total_label(row.label_key);
    row.indent = draft.indent;
    row.heading = draft.heading;
    row.cells.assign(table_.columns.size(), std::nullopt);
    for (std::size_t c = 0; c < draft.cells.size() && c < table_.columns.size(); ++c) {
        const auto& cell = draft.cells[c];
        if (!cell.number) continue;
        const Unit unit = cell.percent ? Unit::percent : table_.money ? Unit::money : Unit::count;
        const auto id = cell.part ? s_.add_part_figure(*cell.number, *cell.part, cell.span, unit, cell.last_part)
                                  : s_.add_figure(*cell.number, cell.span, unit);
        for (const Lexeme* lx : cell.joined) s_.link(*lx, id);
        if (!cell.percent) s_.doc.figures[id].scale = table_.scale;
        row.cells[c] = id;
    }
    row.parent = parent_of(row.code);
    table_.rows.push_back(std::move(row));
    table_.span.end = draft.span.end;
}

void TableBuilder::note(Span span, Message message) { s_.doc.notes.push_back({span, std::move(message)}); }

void TableBuilder::finish() {
    for (std::size_t c = 0; c < table_.columns.size(); ++c) {
        bool all_percent = true, any = false;
        for (const auto& row : table_.rows)
            if (row.cells[c]) {
                any = true;
                if (s_.doc.figures[*row.cells[c]].unit != Unit::percent) all_percent = false;
            }
        table_.columns[c].unit = any && all_percent ? Unit::percent : Unit::count;
    }
    int position = 1;
    for (const auto& t : s_.doc.tables)
        if (t.section == table_.section) ++position;
    table_.position = position;
    s_.doc.tables.push_back(std::move(table_));
}

std::optional<std::size_t> TableBuilder::parent_of(const std::string& code) const {
    const auto dot = code.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    const auto parent = code.substr(0, dot);
    for (std::size_t r = table_.rows.size(); r-- > 0;)
        if (table_.rows[r].code == parent) return r;
    return std::nullopt;
}

}  // namespace cijfer
