#include "diff/figure_diff.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "model/figure_names.hpp"

namespace cijfer {
namespace {

std::string written_of(const Document& doc, FigureId id) { return std::string(doc.source->text(doc.figures[id].number.span)); }

/// "2024", "2022*": the year a column or statement is about.
std::optional<int> year_of_label(const std::string& label) {
    if (label.size() < 4) return std::nullopt;
    int year = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (label[i] < '0' || label[i] > '9') return std::nullopt;
        year = year * 10 + (label[i] - '0');
    }
    if (label.size() > 4 && label[4] != '*') return std::nullopt;
    return year >= 1800 && year <= 2200 ? std::optional<int>(year) : std::nullopt;
}

std::vector<std::optional<int>> figure_years(const Document& doc) {
    std::vector<std::optional<int>> years(doc.figures.size());
    for (const Table& t : doc.tables)
        for (const Row& r : t.rows)
            for (std::size_t c = 0; c < r.cells.size() && c < t.columns.size(); ++c)
                if (r.cells[c] && *r.cells[c] < years.size()) years[*r.cells[c]] = year_of_label(t.columns[c].label);
    for (const Statement& s : doc.statements)
        if (s.figure < years.size() && s.year) years[s.figure] = s.year;
    return years;
}

bool same(const Document& a, FigureId x, const Document& b, FigureId y) {
    const Figure& fx = a.figures[x];
    const Figure& fy = b.figures[y];
    if (written_of(a, x) != written_of(b, y)) return false;
    return fx.has_value() == fy.has_value() && (!fx.has_value() || fx.value() == fy.value());
}

}  // namespace

int FigureDiff::failing_sums() const {
    int failing = 0;
    for (const auto& c : changed)
        failing += static_cast<int>(std::count_if(c.sums.begin(), c.sums.end(), [](const SumContaining& s) { return !s.holds; }));
    return failing;
}

int FigureDiff::broken_sums() const {
    int broken = 0;
    for (const auto& c : changed)
        broken += static_cast<int>(
            std::count_if(c.sums.begin(), c.sums.end(), [](const SumContaining& s) { return !s.holds && !s.failed_before; }));
    return broken;
}

FigureDiff diff_figures(const Document& old_doc, const Document& new_doc, const CheckReport& new_report,
                        const CheckReport& old_report) {
    std::set<std::pair<std::string, std::string>> failed_before;
    for (const CheckResult& check : old_report.checks)
        if (check.evaluation.outcome == Outcome::failed || check.evaluation.outcome == Outcome::unreadable)
            failed_before.emplace(check.rule_id, check.relation.context);
    const auto old_names = figure_names(old_doc), new_names = figure_names(new_doc);
    std::map<std::string, FigureId> old_by_name, new_by_name;
    for (FigureId id = 0; id < old_names.size(); ++id) old_by_name.emplace(old_names[id], id);
    for (FigureId id = 0; id < new_names.size(); ++id) new_by_name.emplace(new_names[id], id);
    const auto old_years = figure_years(old_doc), new_years = figure_years(new_doc);
    std::optional<int> newest;
    for (const auto& y : new_years)
        if (y && (!newest || *y > *newest)) newest = y;

    // The new release's figures in their order in the file.
    std::vector<FigureId> new_order(new_names.size());
    for (FigureId id = 0; id < new_order.size(); ++id) new_order[id] = id;
    std::sort(new_order.begin(), new_order.end(), [&](FigureId a, FigureId b) {
        return new_doc.figures[a].number.span.begin < new_doc.figures[b].number.span.begin;
    });

    FigureDiff diff;
    for (const FigureId id : new_order) {
        const auto& name = new_names[id];
        FigureChange change;
        change.name = name;
        change.new_figure = id;
        change.new_written = written_of(new_doc, id);
        change.year = new_years[id];
        const auto old = old_by_name.find(name);
        if (old == old_by_name.end()) {
            diff.appeared.push_back(std::move(change));
            continue;
        }
        if (same(old_doc, old->second, new_doc, id)) continue;
        change.old_figure = old->second;
        change.old_written = written_of(old_doc, old->second);
        change.prior_year = change.year && newest && *change.year < *newest;
        for (const CheckResult& check : new_report.checks) {
            const Relation& r = check.relation;
            const bool uses = r.anchor == id ||
                              std::any_of(r.parts.begin(), r.parts.end(), [&](const Term& t) { return t.figure == id; });
            if (uses)
                change.sums.push_back({check.rule_id, r.context,
                                       check.evaluation.outcome == Outcome::passed ||
                                           check.evaluation.outcome == Outcome::passed_within_rounding,
                                       failed_before.count({check.rule_id, r.context}) > 0});
        }
        if (change.prior_year)
            for (FigureId other = 0; other < new_doc.figures.size(); ++other)
                if (other != id && written_of(new_doc, other) == change.old_written && new_years[other] == change.year)
                    change.quotes_of_old.push_back(other);
        diff.changed.push_back(std::move(change));
    }
    std::vector<FigureId> old_order(old_names.size());
    for (FigureId id = 0; id < old_order.size(); ++id) old_order[id] = id;
    std::sort(old_order.begin(), old_order.end(), [&](FigureId a, FigureId b) {
        return old_doc.figures[a].number.span.begin < old_doc.figures[b].number.span.begin;
    });
    for (const FigureId id : old_order)
        if (!new_by_name.count(old_names[id])) {
            FigureChange gone;
            gone.name = old_names[id];
            gone.old_figure = id;
            gone.old_written = written_of(old_doc, id);
            gone.year = old_years[id];
            diff.disappeared.push_back(std::move(gone));
        }
    return diff;
}

}  // namespace cijfer
