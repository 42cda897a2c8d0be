#include "doc_builder.hpp"

#include <cctype>
#include <cmath>

namespace cijfer::test {

Span DocBuilder::append(const std::string& text) {
    const auto begin = static_cast<std::uint32_t>(text_.size());
    text_ += text;
    return {begin, static_cast<std::uint32_t>(text_.size())};
}

FigureId DocBuilder::add_figure(const std::string& written, Span span, double rounding_unit) {
    Figure figure;
    figure.span = span;
    std::string digits;
    int decimals = 0;
    bool after_comma = false;
    for (char c : written) {
        if (c == '%') figure.unit = Unit::percent;
        else if (c == ',') { digits += '.'; after_comma = true; }
        else if (c != '.') { digits += c; if (after_comma) ++decimals; }
    }
    auto number_text = written;
    if (figure.unit == Unit::percent) number_text.pop_back();
    else figure.unit = Unit::count;
    figure.number.span = {span.begin, span.begin + static_cast<std::uint32_t>(number_text.size())};
    figure.number.shape = written.find(',') != std::string::npos ? NumberShape::decimal_comma
                          : written.find('.') != std::string::npos ? NumberShape::grouped
                                                                   : NumberShape::plain;
    figure.number.value = std::stod(digits);
    figure.number.decimals = decimals;
    figure.rounding_unit = figure.unit == Unit::percent ? std::pow(10.0, -decimals) : rounding_unit;
    doc_.figures.push_back(figure);
    const FigureId id = doc_.figures.size() - 1;
    doc_.tokens.push_back({figure.number.span, TokenRole::figure, {}, id});
    return id;
}

std::size_t DocBuilder::section(const std::string& title, std::vector<int> questions) {
    Section section;
    section.title = title;
    section.span = append(title);
    newline();
    section.is_answer = title.rfind("Antwoord", 0) == 0;
    section.questions = std::move(questions);
    doc_.sections.push_back(section);
    return doc_.sections.size() - 1;
}

std::size_t DocBuilder::table(const std::string& title, const std::string& header, std::vector<std::string> columns,
                              double rounding_unit) {
    Table table;
    table.section = doc_.sections.empty() ? 0 : doc_.sections.size() - 1;
    int position = 1;
    for (const Table& other : doc_.tables)
        if (other.section == table.section) ++position;
    table.position = position;
    if (!title.empty()) {
        table.title = title;
        table.title_span = append(title);
        newline();
    }
    table.header = header;
    table.header_span = append(header);
    for (const auto& label : columns) {
        text_ += ' ';
        Column column;
        column.label = label;
        column.span = append(label);
        table.columns.push_back(std::move(column));
    }
    newline();
    doc_.tables.push_back(table);
    table_rounding_.push_back(rounding_unit);
    return doc_.tables.size() - 1;
}

void DocBuilder::row(std::size_t t, const std::string& code, const std::string& label, std::vector<std::string> cells) {
    Table& table = doc_.tables.at(t);
    Row row;
    const auto start = static_cast<std::uint32_t>(text_.size());
    row.code = code;
    if (!code.empty()) {
        row.code_span = append(code.find('.') == std::string::npos ? code + "." : code);
        text_ += ' ';
    }
    row.label = label;
    row.label_span = append(label);
    for (char c : label)
        if (std::isalnum(static_cast<unsigned char>(c))) row.label_key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    row.is_total = label == "Eindtotaal" || label == "Totaal";
    const auto dot = code.rfind('.');
    if (dot != std::string::npos)
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            if (table.rows[r].code == code.substr(0, dot)) row.parent = r;
    for (std::size_t c = 0; c < cells.size(); ++c) {
        text_ += ' ';
        if (cells[c].empty()) {
            row.cells.push_back(std::nullopt);
            continue;
        }
        const FigureId id = add_figure(cells[c], append(cells[c]), table_rounding_.at(t));
        row.cells.push_back(id);
        if (c < table.columns.size()) table.columns[c].unit = doc_.figures[id].unit;
    }
    row.span = {start, static_cast<std::uint32_t>(text_.size())};
    newline();
    table.rows.push_back(row);
}

std::size_t DocBuilder::statement(Statement::Kind kind, const std::string& written, const std::string& noun_phrase,
                                  std::optional<int> year, double rounding_unit) {
    Statement statement;
    statement.kind = kind;
    const auto start = static_cast<std::uint32_t>(text_.size());
    statement.figure = add_figure(written, append(written), rounding_unit);
    text_ += ' ';
    statement.noun_phrase = noun_phrase;
    append(noun_phrase);
    statement.year = year;
    statement.section = doc_.sections.empty() ? 0 : doc_.sections.size() - 1;
    statement.sentence = {start, static_cast<std::uint32_t>(text_.size())};
    newline();
    doc_.statements.push_back(statement);
    return doc_.statements.size() - 1;
}

void DocBuilder::link_share(std::size_t share, std::size_t part, std::size_t whole) {
    doc_.statements.at(share).part = part;
    doc_.statements.at(share).whole = whole;
}

std::size_t DocBuilder::malformed_statement(const std::string& written, std::vector<Reading> readings,
                                            const std::string& noun_phrase, int year, double rounding_unit) {
    Statement statement;
    const auto start = static_cast<std::uint32_t>(text_.size());
    Figure figure;
    figure.span = append(written);
    figure.number.span = figure.span;
    figure.number.shape = NumberShape::malformed;
    figure.number.readings = std::move(readings);
    figure.unit = Unit::count;
    figure.rounding_unit = rounding_unit;
    doc_.figures.push_back(figure);
    statement.figure = doc_.figures.size() - 1;
    doc_.tokens.push_back({figure.span, TokenRole::figure, {}, statement.figure});
    text_ += ' ';
    statement.noun_phrase = noun_phrase;
    append(noun_phrase);
    statement.year = year;
    statement.section = doc_.sections.empty() ? 0 : doc_.sections.size() - 1;
    statement.sentence = {start, static_cast<std::uint32_t>(text_.size())};
    newline();
    doc_.statements.push_back(statement);
    return doc_.statements.size() - 1;
}

void DocBuilder::token(const std::string& text, TokenRole role) {
    doc_.tokens.push_back({append(text), role, NonStatistical::year, std::nullopt});
    newline();
}

const Document& DocBuilder::finish() {
    source_ = std::make_unique<SourceText>("test.txt", text_);
    doc_.source = source_.get();
    return doc_;
}

}  // namespace cijfer::test
