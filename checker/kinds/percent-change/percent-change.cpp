#include "checker/kinds/kinds.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>
#include <string_view>

#include "checker/describe.hpp"
#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

using namespace std::string_view_literals;

/// Words of a label that never say what a row counts.
constexpr std::array label_stop_words = {"de"sv, "het"sv, "een"sv, "van"sv, "in"sv, "op"sv, "en"sv, "of"sv, "met"sv,
                                         "voor"sv, "door"sv, "bij"sv, "naar"sv, "per"sv, "aantal"sv, "totaal"sv,
                                         "waarvan"sv, "overig"sv, "overige"sv};

/// The content words of a label or title, lower case: "Instroom misdrijfzaken" ->
/// {"instroom", "misdrijfzaken"}. Bytes above 127 (accented letters) count as letters.
std::vector<std::string> content_words(std::string_view text) {
    std::vector<std::string> words;
    std::string w;
    auto flush = [&] {
        if (w.size() >= 3 && std::find(label_stop_words.begin(), label_stop_words.end(), w) == label_stop_words.end())
            words.push_back(w);
        w.clear();
    };
    for (char c : text) {
        if (c >= 'A' && c <= 'Z') w += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80) w += c;
        else flush();
    }
    flush();
    return words;
}

/// A label word and a statement's stem name the same thing when one begins with the
/// other: "misdrijfzaken" and the stem "misdrijfzak".
bool mentioned(const std::string& word, const std::vector<std::string>& stems) {
    return std::any_of(stems.begin(), stems.end(), [&](const std::string& s) {
        return s.size() >= 3 && (word.starts_with(s) || s.starts_with(word));
    });
}

/// The year a column header names: "2022", "2022*" (provisional); nullopt otherwise.
std::optional<int> column_year(const Column& column) {
    std::string_view label = column.label;
    while (!label.empty() && (label.back() == '*' || label.back() == ' ')) label.remove_suffix(1);
    if (label.size() != 4 || !std::all_of(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    return std::stoi(std::string(label));
}

std::optional<std::size_t> year_column(const Table& table, int year) {
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (column_year(table.columns[c]) == year) return c;
    return std::nullopt;
}

/// The two figures a change compares: the earlier and the later value.
struct Pair {
    FigureId from = 0, to = 0;
};

/// Picks the candidate with the highest score; a tie at the top is no choice (never guess).
struct Best {
    std::optional<Pair> pair;
    int score = 0;
    bool tie = false;
    void offer(Pair p, int s) {
        if (s > score) {
            pair = p;
            score = s;
            tie = false;
        } else if (s == score && s > 0 && pair && (pair->from != p.from || pair->to != p.to)) {
            tie = true;
        }
    }
    std::optional<Pair> choice() const { return tie ? std::nullopt : pair; }
};

/// A table row whose label the statement names, with cells in both years' columns. Every
/// content word of the label must be mentioned; words of the table's title add weight.
std::optional<Pair> pair_in_tables(const Document& doc, const Statement& change) {
    Best best;
    for (const Table& table : doc.tables) {
        const auto from = year_column(table, *change.reference_year);
        const auto to = year_column(table, *change.year);
        if (!from || !to) continue;
        int title_score = 0;
        for (const auto& w : content_words(table.title + " " + table.header)) title_score += mentioned(w, change.words);
        for (const Row& row : table.rows) {
            if (*from >= row.cells.size() || *to >= row.cells.size() || !row.cells[*from] || !row.cells[*to]) continue;
            const auto label = content_words(row.label);
            const auto named = std::count_if(label.begin(), label.end(), [&](const auto& w) { return mentioned(w, change.words); });
            if (static_cast<std::size_t>(named) != label.size()) continue;
            if (label.empty() && !(row.is_total && title_score > 0)) continue;
            best.offer({*row.cells[*from], *row.cells[*to]}, static_cast<int>(named) * 2 + title_score);
        }
    }
    return best.choice();
}

/// Two counts in the prose, one for each year, that share the most words with the change.
std::optional<Pair> pair_in_prose(const Document& doc, const Statement& change) {
    auto best_for = [&](int year) {
        Best best;
        for (const Statement& st : doc.statements) {
            if ((st.kind != Statement::Kind::count && st.kind != Statement::Kind::stated_total) || st.year != year) continue;
            const auto score = std::count_if(st.words.begin(), st.words.end(),
                                             [&](const auto& w) { return mentioned(w, change.words); });
            best.offer({st.figure, st.figure}, static_cast<int>(score));
        }
        return best.choice();
    };
    const auto from = best_for(*change.reference_year);
    const auto to = best_for(*change.year);
    if (!from || !to) return std::nullopt;
    return Pair{from->from, to->from};
}

void check_change(RuleRun& run, const Statement& change, Pair pair) {
    const Document& doc = run.doc;
    const Figure& stated = doc.figures.at(change.figure);
    const Figure& from = doc.figures.at(pair.from);
    const Figure& to = doc.figures.at(pair.to);
    if (!stated.has_value() || !from.has_value() || !to.has_value()) return;
    const Interval a = from.interval(), b = to.interval();
    if (a.lo <= 0) return;
    // The change the figures allow, over their rounding intervals, in percent.
    const Interval computed{(b.lo / a.hi - 1) * 100, (b.hi / a.lo - 1) * 100};
    const double nominal = (to.value() / from.value() - 1) * 100;
    Interval claimed = stated.interval();
    if (change.direction < 0) claimed = -claimed;
    if (claimed.meets(computed)) return;

    const std::string sign = change.direction < 0 ? "\u2212" : "+";
    const auto context = fmt::format("{}, {} \u2192 {}", change.noun_phrase, *change.reference_year, *change.year);
    Finding finding = make_finding(run, stated.number.span,
                                   Message{"change.failed", {}}
                                       .text("context", context)
                                       .text("found", sign + written_with_unit(doc, change.figure))
                                       .number("expected", nominal, 1, true)
                                       .text("old", written(doc, pair.from))
                                       .text("new", written(doc, pair.to)));
    finding.found = sign + written_with_unit(doc, change.figure);
    finding.expected = (nominal > 0 ? "+" : "") + document_number(nominal, 1) + "% (" + written(doc, pair.from) +
                       " \u2192 " + written(doc, pair.to) + ")";
    finding.related = {{from.number.span, figure_role(doc, pair.from)}, {to.number.span, figure_role(doc, pair.to)}};
    run.findings.push_back(std::move(finding));
}

void collect(RuleRun& run) {
    for (const Statement& st : run.doc.statements) {
        if (st.kind != Statement::Kind::change || !st.reference_year || !st.year || st.direction == 0) continue;
        if (*st.reference_year == *st.year) continue;
        // Tables first: a prose change usually describes a row of the document's table.
        auto pair = pair_in_tables(run.doc, st);
        if (!pair) pair = pair_in_prose(run.doc, st);
        if (pair) check_change(run, st, *pair);  // otherwise the statement stays placed, unchecked
    }
}

}  // namespace

RuleKind percent_change_kind() {
    RuleKind kind;
    kind.id = "percent-change";
    kind.summary = "A stated relative change agrees with the two figures it describes.";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
