#include "checker/describe.hpp"

#include <cctype>
#include <cmath>

#include <fmt/format.h>

namespace cijfer {

std::string written(const Document& doc, FigureId id) {
    return std::string(doc.source->text(doc.figures.at(id).number.span));
}

std::string written_with_unit(const Document& doc, FigureId id) {
    const Figure& figure = doc.figures.at(id);
    // "40 procent" may be split over a line break: quote it on one line.
    std::string text;
    for (char c : doc.source->text(figure.span.empty() ? figure.number.span : figure.span)) {
        const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
        if (!space) text += c;
        else if (!text.empty() && text.back() != ' ') text += ' ';
    }
    return text;
}

std::string row_name(const Row& row) {
    if (row.code.empty()) return row.label;
    // Top-level codes are written "1." in these tables, sub-codes "1.1".
    const bool top_level = row.code.find('.') == std::string::npos;
    return row.code + (top_level ? ". " : " ") + row.label;
}

std::string table_name(const Table& table) {
    return table.title.empty() ? table.header : table.title;
}

std::string context_path(std::initializer_list<std::string_view> parts) {
    std::string path;
    for (const std::string_view part : parts) {
        if (part.empty()) continue;
        if (!path.empty()) path += " \u203a ";
        path += part;
    }
    return path;
}

std::string table_reference(const Document& doc, const Table& table) {
    if (table.section >= doc.sections.size() || doc.sections[table.section].title.empty()) return table_name(table);
    return fmt::format("{} ({})", table_name(table), doc.sections[table.section].title);
}

std::string figure_role(const Document& doc, FigureId id) {
    for (const Table& table : doc.tables)
        for (const Row& row : table.rows)
            for (std::size_t c = 0; c < row.cells.size(); ++c)
                if (row.cells[c] == id)
                    return c < table.columns.size() ? fmt::format("{}, {}", row_name(row), table.columns[c].label)
                                                    : row_name(row);
    for (const Statement& statement : doc.statements)
        if (statement.figure == id)
            return statement.year ? fmt::format("{}, {}", statement.noun_phrase, *statement.year)
                                  : statement.noun_phrase;
    return written(doc, id);
}

std::string parts_text(const Document& doc, const Relation& relation) {
    std::string text;
    for (const Term& term : relation.parts) {
        if (text.empty()) text = term.sign < 0 ? "\u2212" : "";
        else text += term.sign < 0 ? " \u2212 " : " + ";
        text += written(doc, term.figure);
    }
    return text;
}

int relation_decimals(const Document& doc, const Relation& relation) {
    // A malformed literal's digits say nothing about precision ("66.3000"): skip it.
    const auto shown = [&](FigureId id) {
        const Figure& figure = doc.figures.at(id);
        return figure.has_value() ? figure.number.decimals : 0;
    };
    int decimals = relation.anchor ? shown(*relation.anchor) : 0;
    for (const Term& term : relation.parts) decimals = std::max(decimals, shown(term.figure));
    return decimals;
}

std::string document_number(double value, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(std::abs(value) * scale) / scale;
    const auto digits = fmt::format("{:.{}f}", rounded, decimals);
    const auto point = digits.find('.');
    const std::string whole = digits.substr(0, point);
    std::string grouped;
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) grouped += '.';
        grouped += whole[i];
    }
    if (point != std::string::npos) grouped += "," + digits.substr(point + 1);
    return (value < 0 && rounded != 0 ? "\u2212" : "") + grouped;
}

std::string normalise(std::string_view text) {
    std::string key;
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        // Bytes of multi-byte UTF-8 letters (é, ë) are kept as they are.
        if (std::isalnum(u) || u >= 0x80) key += static_cast<char>(std::tolower(u));
    }
    return key;
}

}  // namespace cijfer
