#include "waiver/apply_waivers.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "grammar/number_grammar.hpp"
#include "model/figure_names.hpp"

namespace cijfer {
namespace {

/// An input's figures by stable name, and by where they stand.
struct FigureIndex {
    std::map<std::string, FigureId> by_name;
    std::map<std::uint32_t, FigureId> by_offset;

    explicit FigureIndex(const Document& doc) {
        const auto names = figure_names(doc);
        for (FigureId id = 0; id < names.size(); ++id) {
            by_name.emplace(names[id], id);
            by_offset.emplace(doc.figures[id].number.span.begin, id);
            by_offset.emplace(doc.figures[id].span.begin, id);
        }
    }
    std::optional<FigureId> at(Span span) const {
        const auto found = by_offset.find(span.begin);
        return found == by_offset.end() ? std::nullopt : std::optional<FigureId>(found->second);
    }
};

/// The value as accepted equals the figure: the same text, or the same value as the number
/// grammar reads both ("65496" for "65.496").
bool same_figure(const Document& doc, FigureId id, const std::string& accepted) {
    const Figure& figure = doc.figures[id];
    const auto written = doc.source->text(figure.number.span);
    if (written == accepted) return true;
    const auto literal = parse_number_at(accepted, 0);
    if (!literal || literal->span.end != accepted.size() || !literal->has_value() || !figure.has_value()) return false;
    return literal->value == figure.number.value;
}

Finding stale(const Waiver& w, Message message) {
    Finding f;
    f.rule_id = stale_waiver_rule;
    f.kind = "waiver";
    f.severity = Severity::warning;
    f.span = w.span;
    f.message = std::move(message);
    return f;
}

}  // namespace

std::string waiver_location(const SourceText& file, const Waiver& waiver) {
    const auto at = file.locate(waiver.span.begin);
    return fmt::format("{}:{}:{}", file.name(), at.line, at.column);
}

std::vector<Finding> apply_waivers(const std::vector<Waiver>& waivers, const SourceText& file,
                                   const std::vector<WaivableInput>& inputs, std::chrono::year_month_day today) {
    std::vector<FigureIndex> indexes;
    for (const auto& input : inputs) indexes.emplace_back(*input.doc);

    std::vector<Finding> out;
    for (const Waiver& w : waivers) {
        if (w.expires < today) {
            out.push_back(stale(w, Message{"waiver.expired", {}}.text("rule", w.rule).text("expires", date_text(w.expires))));
            continue;
        }
        // The input that has every figure of the waiver.
        std::optional<std::size_t> in;
        for (std::size_t i = 0; i < inputs.size() && !in; ++i)
            if (std::all_of(w.figures.begin(), w.figures.end(),
                            [&](const Waiver::AcceptedFigure& f) { return indexes[i].by_name.count(f.name) > 0; }))
                in = i;
        if (!in) {
            const auto missing = std::find_if(w.figures.begin(), w.figures.end(), [&](const Waiver::AcceptedFigure& f) {
                return std::none_of(indexes.begin(), indexes.end(), [&](const FigureIndex& x) { return x.by_name.count(f.name) > 0; });
            });
            const std::string name = missing != w.figures.end() ? missing->name : w.figures.front().name;
            out.push_back(stale(w, Message{"waiver.unknown-figure", {}}.text("rule", w.rule).text("figure", name)));
            continue;
        }
        const Document& doc = *inputs[*in].doc;
        const FigureIndex& index = indexes[*in];
        const auto changed = std::find_if(w.figures.begin(), w.figures.end(), [&](const Waiver::AcceptedFigure& f) {
            return !same_figure(doc, index.by_name.at(f.name), f.value);
        });
        if (changed != w.figures.end()) {
            const auto id = index.by_name.at(changed->name);
            out.push_back(stale(w, Message{"waiver.changed", {}}
                                       .text("rule", w.rule)
                                       .text("figure", changed->name)
                                       .text("accepted", changed->value)
                                       .text("now", std::string(doc.source->text(doc.figures[id].number.span)))));
            continue;
        }
        std::vector<FigureId> wanted;
        for (const auto& f : w.figures) wanted.push_back(index.by_name.at(f.name));
        int matched = 0;
        for (Finding& finding : inputs[*in].report->findings) {
            if (finding.rule_id != w.rule || finding.waived) continue;
            const auto anchor = index.at(finding.span);
            if (!anchor || std::find(wanted.begin(), wanted.end(), *anchor) == wanted.end()) continue;
            std::vector<FigureId> involved{*anchor};
            for (const auto& r : finding.related)
                if (const auto id = index.at(r.span)) involved.push_back(*id);
            const bool all = std::all_of(wanted.begin(), wanted.end(), [&](FigureId id) {
                return std::find(involved.begin(), involved.end(), id) != involved.end();
            });
            if (!all) continue;
            finding.waived = Waived{w.reason, w.accepted_by, date_text(w.expires), waiver_location(file, w)};
            ++matched;
        }
        if (matched == 0) out.push_back(stale(w, Message{"waiver.unmatched", {}}.text("rule", w.rule)));
    }
    return out;
}

}  // namespace cijfer
