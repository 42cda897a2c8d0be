#include "report/check_subject.hpp"

#include "report/catalogue.hpp"
#include "report/check_figures.hpp"

namespace cijfer {

namespace {

bool holds(Span outer, std::uint32_t offset) { return offset >= outer.begin && offset < outer.end; }

CheckSubject table_or_figure(const Document& doc, FigureId id) {
    const Span span = doc.figures[id].number.span;
    for (std::size_t t = 0; t < doc.tables.size(); ++t)
        if (holds(doc.tables[t].span, span.begin)) return {CheckSubject::Kind::table, t, doc.tables[t].span};
    return {CheckSubject::Kind::figure, id, span};
}

}  // namespace

CheckSubject subject_at(const Document& doc, Span span) {
    for (std::size_t t = 0; t < doc.tables.size(); ++t)
        if (holds(doc.tables[t].span, span.begin)) return {CheckSubject::Kind::table, t, doc.tables[t].span};
    for (FigureId id = 0; id < doc.figures.size(); ++id)
        if (holds(doc.figures[id].number.span, span.begin)) return {CheckSubject::Kind::figure, id, doc.figures[id].number.span};
    return {CheckSubject::Kind::place, 0, span};
}

CheckSubject subject_of(const Document& doc, const Relation& relation) {
    const auto figure = shown_figure(doc, relation);
    if (!figure) return {};
    return table_or_figure(doc, *figure);
}

std::string subject_name(const SourceText& source, const Document& doc, const CheckSubject& subject, Lang lang) {
    // Line and column are text, not numbers: a number argument would be written "1.234".
    const Location at = source.locate(subject.span.begin);
    const std::string line = std::to_string(at.line);
    const std::string column = std::to_string(at.column);
    switch (subject.kind) {
    case CheckSubject::Kind::table: {
        const Table& table = doc.tables[subject.index];
        if (table.title.empty()) return render(Message{"report.subject.untitled-table", {}}.text("line", line), lang);
        const Span named = table.title_span.empty() ? table.span : table.title_span;
        const std::string title_line = std::to_string(source.locate(named.begin).line);
        return render(Message{"report.subject.table", {}}.text("title", table.title).text("line", title_line), lang);
    }
    case CheckSubject::Kind::figure:
        return render(Message{"report.subject.figure", {}}
                          .text("figure", std::string(source.text(subject.span)))
                          .text("line", line)
                          .text("column", column),
                      lang);
    case CheckSubject::Kind::place:
        return render(Message{"report.subject.place", {}}.text("line", line).text("column", column), lang);
    case CheckSubject::Kind::document: break;
    }
    return render(Message{"report.subject.document", {}}, lang);
}

}  // namespace cijfer
