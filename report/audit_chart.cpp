#include "report/audit_chart.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "checker/describe.hpp"
#include "report/catalogue.hpp"
#include "report/check_figures.hpp"

namespace cijfer {
namespace {

constexpr double width = 560;
constexpr double label_width = 64;
constexpr double plot_width = 400;
constexpr double bar_height = 12;

std::string px(double v) { return fmt::format("{:.1f}", v); }

pugi::xml_node add(pugi::xml_node parent, const char* name) { return parent.append_child(name); }

void rect(pugi::xml_node svg, double x, double y, double w, double h, const char* fill) {
    auto r = add(svg, "rect");
    r.append_attribute("x") = px(x).c_str();
    r.append_attribute("y") = px(y).c_str();
    r.append_attribute("width") = px(std::max(w, 0.5)).c_str();
    r.append_attribute("height") = px(h).c_str();
    r.append_attribute("fill") = fill;
}

void text(pugi::xml_node svg, double x, double y, const std::string& value, const char* anchor = "start") {
    auto t = add(svg, "text");
    t.append_attribute("x") = px(x).c_str();
    t.append_attribute("y") = px(y).c_str();
    t.append_attribute("text-anchor") = anchor;
    t.text().set(value.c_str());
}

void line(pugi::xml_node svg, double x1, double y1, double x2, double y2, const char* stroke, double w) {
    auto l = add(svg, "line");
    l.append_attribute("x1") = px(x1).c_str();
    l.append_attribute("y1") = px(y1).c_str();
    l.append_attribute("x2") = px(x2).c_str();
    l.append_attribute("y2") = px(y2).c_str();
    l.append_attribute("stroke") = stroke;
    l.append_attribute("stroke-width") = px(w).c_str();
}

bool in_table(const AuditInput& view, FigureId id, std::size_t table) {
    return id < view.cell_of.size() && view.cell_of[id] && view.cell_of[id]->table == table;
}

/// A check is charted when all its figures are cells of this table and its result is the
/// total row (or 100, for a percentage column without a total row).
std::optional<TableChart::Kind> chart_kind(const AuditInput& view, const CheckResult& check, std::size_t table) {
    const Relation& relation = check.relation;
    if (relation.form != Relation::Form::sum || relation.parts.size() < 2) return std::nullopt;
    for (FigureId id : figures_of(relation))
        if (!in_table(view, id, table)) return std::nullopt;
    const Document& doc = *view.input->doc;
    if (!relation.anchor) return relation.constant == 100 ? std::optional(TableChart::Kind::percent) : std::nullopt;
    const CellPosition& cell = *view.cell_of[*relation.anchor];
    if (!doc.tables[table].rows[cell.row].is_total) return std::nullopt;
    return doc.figures[*relation.anchor].unit == Unit::percent || relation.constant == 100
               ? TableChart::Kind::percent
               : TableChart::Kind::parts;
}

TableChart::Series series_of(const AuditInput& view, const CheckResult& check, TableChart::Kind kind, Lang lang) {
    const Document& doc = *view.input->doc;
    const Relation& relation = check.relation;
    TableChart::Series s;
    s.column = relation.year.empty() ? relation.context : relation.year;
    for (const Term& term : relation.parts) s.parts.push_back(term.sign * doc.figures[term.figure].number.value);
    const double scale = relation.anchor && doc.figures[*relation.anchor].scale != 0 ? doc.figures[*relation.anchor].scale : 1;
    s.sum = check.evaluation.expected / scale;
    s.total = relation.anchor ? doc.figures[*relation.anchor].number.value : relation.constant;
    s.band = {check.evaluation.expected_interval.lo / scale, check.evaluation.expected_interval.hi / scale};
    s.verdict = verdict_of(check);
    s.sum_text = recomputed_text(doc, check);
    s.total_text = stated_text(doc, check);
    const int decimals = relation_decimals(doc, relation);
    if (kind == TableChart::Kind::parts)
        s.alt = render(Message{"audit.chart.parts.alt", {}}
                           .text("column", s.column)
                           .number("parts", static_cast<double>(s.parts.size()))
                           .text("sum", s.sum_text)
                           .text("total", s.total_text),
                       lang);
    else
        s.alt = render(Message{"audit.chart.percent.alt", {}}
                           .text("column", s.column)
                           .text("sum", s.sum_text)
                           .text("lo", document_number(s.band.lo, decimals))
                           .text("hi", document_number(s.band.hi, decimals)),
                       lang);
    return s;
}

void parts_svg(pugi::xml_node svg, const TableChart& chart, Lang lang) {
    double scale_max = 0;
    for (const auto& s : chart.series) scale_max = std::max({scale_max, s.sum, s.total});
    if (scale_max <= 0) scale_max = 1;
    const double unit = plot_width / scale_max;
    double y = 8;
    for (const auto& s : chart.series) {
        text(svg, 0, y + bar_height + 3, s.column);
        double x = label_width;
        for (std::size_t i = 0; i < s.parts.size(); ++i) {
            const double w = std::max(0.0, s.parts[i]) * unit;
            rect(svg, x, y, w, bar_height, i % 2 == 0 ? "#1f5f99" : "#8fbce6");
            x += w;
        }
        text(svg, label_width + s.sum * unit + 4, y + 10, "\u03a3 " + s.sum_text);
        rect(svg, label_width, y + bar_height + 2, s.total * unit, bar_height, "#3b3b3b");
        text(svg, label_width + s.total * unit + 4, y + bar_height + 12, s.total_text);
        y += 2 * bar_height + 14;
    }
    // The legend: the colours are explained in words as well.
    rect(svg, label_width, y, 10, 10, "#1f5f99");
    text(svg, label_width + 14, y + 9, word("audit.chart.legend.parts", lang));
    rect(svg, label_width + 130, y, 10, 10, "#3b3b3b");
    text(svg, label_width + 144, y + 9, word("audit.chart.legend.total", lang));
    svg.append_attribute("viewBox") = fmt::format("0 0 {} {}", width, px(y + 16)).c_str();
}

void percent_svg(pugi::xml_node svg, const TableChart& chart, Lang lang) {
    double lo = 100, hi = 100;
    for (const auto& s : chart.series) lo = std::min({lo, s.band.lo, s.sum}), hi = std::max({hi, s.band.hi, s.sum});
    const double margin = std::max(1.0, (hi - lo) * 0.15);
    lo -= margin;
    hi += margin;
    const auto at = [&](double v) { return label_width + (v - lo) / (hi - lo) * plot_width; };
    double y = 8;
    for (const auto& s : chart.series) {
        text(svg, 0, y + 10, s.column);
        rect(svg, at(s.band.lo), y, at(s.band.hi) - at(s.band.lo), bar_height, "#f2c14e");
        line(svg, at(100), y - 3, at(100), y + bar_height + 3, "#1a1a1a", 2);
        auto dot = add(svg, "circle");
        dot.append_attribute("cx") = px(at(s.sum)).c_str();
        dot.append_attribute("cy") = px(y + bar_height / 2).c_str();
        dot.append_attribute("r") = "4";
        dot.append_attribute("fill") = s.verdict == Verdict::failed ? "#a4161a" : "#1f5f99";
        text(svg, label_width + plot_width + 8, y + 10, "\u03a3 " + s.sum_text);
        y += bar_height + 12;
    }
    line(svg, label_width, y, label_width + plot_width, y, "#6b6b6b", 1);
    text(svg, at(100), y + 12, "100", "middle");
    y += 18;
    rect(svg, label_width, y, 10, 10, "#f2c14e");
    text(svg, label_width + 14, y + 9, word("audit.chart.legend.band", lang));
    svg.append_attribute("viewBox") = fmt::format("0 0 {} {}", width, px(y + 16)).c_str();
}

}  // namespace

std::vector<TableChart> table_charts(const AuditInput& view, std::size_t table, Lang lang) {
    std::vector<TableChart> charts;
    const auto& checks = view.input->report->checks;
    for (auto kind : {TableChart::Kind::parts, TableChart::Kind::percent}) {
        TableChart chart;
        chart.kind = kind;
        chart.title = word(kind == TableChart::Kind::parts ? "audit.chart.parts" : "audit.chart.percent", lang);
        for (const CheckResult& check : checks)
            if (chart_kind(view, check, table) == kind) chart.series.push_back(series_of(view, check, kind, lang));
        if (!chart.series.empty()) charts.push_back(std::move(chart));
    }
    return charts;
}

void append_svg(pugi::xml_node parent, const TableChart& chart, const std::string& id, Lang lang) {
    auto svg = add(parent, "svg");
    svg.append_attribute("xmlns") = "http://www.w3.org/2000/svg";
    svg.append_attribute("role") = "img";
    svg.append_attribute("aria-labelledby") = (id + "-title " + id + "-desc").c_str();
    svg.append_attribute("class") = "chart";
    svg.append_attribute("font-family") = "sans-serif";
    svg.append_attribute("font-size") = "10";
    auto title = add(svg, "title");
    title.append_attribute("id") = (id + "-title").c_str();
    title.text().set(chart.title.c_str());
    std::string alt;
    for (const auto& s : chart.series) alt += (alt.empty() ? "" : "; ") + s.alt;
    auto desc = add(svg, "desc");
    desc.append_attribute("id") = (id + "-desc").c_str();
    desc.text().set(alt.c_str());
    if (chart.kind == TableChart::Kind::parts) parts_svg(svg, chart, lang);
    else percent_svg(svg, chart, lang);
}

}  // namespace cijfer
