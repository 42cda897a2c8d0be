#include "document_generator.hpp"

#include <array>
#include <optional>
#include <utility>
#include <random>

namespace cijfer::test {
namespace {

constexpr std::array nouns{"Politie", "Handhaving", "Rechtspraak", "Reclassering", "Opsporing", "Toezicht",
                           "Preventie", "Slachtofferzorg", "Jeugdzorg", "Vreemdelingenzaken"};
constexpr std::array tails{"en overige zaken", "van verdachten", "door gemeenten", "in eerste aanleg",
                           "na verzet", "bij de rechtbank"};
/// Column labels other than years: single words, codes glued to capitals, labels of two words.
constexpr std::array<std::array<const char*, 5>, 5> label_sets{{
    {"Noord", "Oost", "Zuid", "West", "Midden"},
    {"Q1", "Q2", "Q3", "Q4", "Q5"},
    {"Instroom", "Uitstroom", "Voorraad", "Herkomst", "Overig"},
    {"Eerste aanleg", "Hoger beroep", "Cassatie", "Herziening", "Overig"},
    {"Mannen", "Vrouwen", "Onbekend", "Jongeren", "Ouderen"},
}};
constexpr std::array layouts{"columns", "cell-per-line", "pipe-rows", "pipe-stream"};

/// "12345" -> "12.345": Dutch thousands groups (or "12 345" with a plain space).
std::string dutch(long long v, char separator = '.') {
    std::string digits = std::to_string(v < 0 ? -v : v), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
        out += digits[i];
    }
    return v < 0 ? "-" + out : out;
}

struct Plan;

class Writer {
public:
    explicit Writer(std::uint32_t seed) : rng_(seed) {}

    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }
    bool chance(int percent) { return static_cast<int>(pick(100)) < percent; }
    long long value() {
        // Some small, some large; never all multiples of ten (that would make a column rounded).
        const long long top = chance(50) ? 999 : 250000;
        return std::uniform_int_distribution<long long>(1, top)(rng_);
    }

    std::string text;

    void put(const std::string& s) { text += s; }
    /// Writes a value and records where it is.
    ExpectedCell cell(long long v) {
        ExpectedCell c{v, text.size(), dutch(v, spaced_thousands ? ' ' : '.')};
        text += c.written;
        return c;
    }
    /// A category cell of the plan: "-" where the plan has a missing value.
    ExpectedCell plan_cell(const Plan& p, std::size_t r, std::size_t c);
    /// Values written "12 345" (in every table of a document, as a document writes its
    /// thousands one way): then the columns are wide apart, which settles the spaces.
    bool spaced_thousands = false;
    std::string gap() { return !spaced_thousands && chance(50) ? " " : std::string(2 + pick(6), ' '); }

private:
    std::mt19937 rng_;
};

struct Plan {
    std::vector<std::string> columns;
    std::vector<bool> provisional;
    std::vector<std::string> labels;   ///< category rows
    std::vector<std::vector<long long>> values;
    std::vector<long long> totals;
    bool total_first = false;
    /// One category cell written as "-" (not counted in the total), or none.
    std::optional<std::pair<std::size_t, std::size_t>> missing;
};

ExpectedCell Writer::plan_cell(const Plan& p, std::size_t r, std::size_t c) {
    if (p.missing && p.missing->first == r && p.missing->second == c) {
        ExpectedCell cell{0, text.size(), "-", true};
        text += "-";
        return cell;
    }
    return cell(p.values[r][c]);
}

Plan plan_table(Writer& w) {
    Plan p;
    const std::size_t columns = 2 + w.pick(4);
    const int first_year = 2015 + static_cast<int>(w.pick(6));
    const bool words = w.chance(40);
    const auto& set = label_sets[w.pick(label_sets.size())];
    for (std::size_t c = 0; c < columns; ++c) {
        p.columns.push_back(words ? set[c] : std::to_string(first_year + static_cast<int>(c)));
        p.provisional.push_back(!words && c + 1 == columns && w.chance(30));
    }
    const std::size_t rows = 2 + w.pick(5);
    const std::size_t first_noun = w.pick(nouns.size());
    for (std::size_t r = 0; r < rows; ++r) {
        // Distinct nouns keep labels apart; a number may sit inside a label, never at its end.
        std::string label = nouns[(first_noun + r) % nouns.size()];
        if (w.chance(15)) label += " fase " + std::to_string(1 + w.pick(4)) + " overig";
        if (w.chance(30)) label += std::string(" ") + tails[w.pick(tails.size())];
        p.labels.push_back(label);
    }
    p.totals.assign(columns, 0);
    for (std::size_t r = 0; r < rows; ++r) {
        std::vector<long long> row;
        for (std::size_t c = 0; c < columns; ++c) {
            auto v = w.value();
            if (r == 0 && v % 10 == 0) ++v;
            row.push_back(v);
            p.totals[c] += v;
        }
        p.values.push_back(std::move(row));
    }
    p.total_first = w.chance(30);
    if (w.chance(20)) {
        p.missing = {w.pick(rows), w.pick(columns)};
        p.totals[p.missing->second] -= p.values[p.missing->first][p.missing->second];
    }
    return p;
}

/// Columns laid out as extracted from a PDF: years header, wrapped labels, group
/// headings, footnote lines between rows, single or multiple spaces, indentation.
ExpectedTable write_columns(Writer& w, const Plan& p) {
    ExpectedTable t{"columns", p.columns, {}};
    w.put("Aantal zaken naar soort\n");
    // A header's gaps are all one space or all wide, as in text extracted from a PDF.
    const std::string header_gap = w.chance(50) ? " " : std::string(2 + w.pick(6), ' ');
    if (w.chance(50)) w.put("Soort");
    for (std::size_t c = 0; c < p.columns.size(); ++c) {
        if (c > 0 || w.text.back() != '\n') w.put(header_gap);
        w.put(p.columns[c] + (p.provisional[c] ? "*" : ""));
    }
    w.put("\n");
    bool star_used = false;
    const std::string indent = w.chance(30) ? "  " : "";
    auto values_of = [&](const std::vector<long long>& vs, ExpectedRow& row) {
        for (auto v : vs) {
            w.put(w.gap());
            row.cells.push_back(w.cell(v));
        }
        w.put("\n");
    };
    // One row may have adjacent cells glued together ("18.40017.950"), as a PDF extraction
    // leaves them; only values of 1.000 or more, so that the split is unique.
    const std::size_t glued_row = !w.spaced_thousands && w.chance(80) ? w.pick(p.labels.size()) : p.labels.size();
    auto glued_run = [&](std::size_t r) {  // [first, last) of the first run of two or more
        auto big = [&](std::size_t c) {
            return p.values[r][c] >= 1000 && !(p.missing && p.missing->first == r && p.missing->second == c);
        };
        for (std::size_t c = 0; r == glued_row && c + 1 < p.columns.size(); ++c) {
            if (!big(c) || !big(c + 1)) continue;
            std::size_t last = c + 2;
            while (last < p.columns.size() && big(last)) ++last;
            return std::pair{c, last};
        }
        return std::pair<std::size_t, std::size_t>{0, 0};
    };
    auto row_values = [&](std::size_t r, ExpectedRow& row) {
        const auto [first, last] = glued_run(r);
        for (std::size_t c = 0; c < p.columns.size(); ++c) {
            if (!(c > first && c < last)) w.put(w.gap());
            row.cells.push_back(w.plan_cell(p, r, c));
        }
        w.put("\n");
    };
    auto total = [&] {
        ExpectedRow row{"Totaal", false, true, {}};
        w.put("Totaal");
        values_of(p.totals, row);
        t.rows.push_back(std::move(row));
    };
    if (p.total_first) total();
    if (w.chance(40)) {
        w.put("Naar soort zaak\n");
        t.rows.push_back({"Naar soort zaak", true, false, {}});
    }
    for (std::size_t r = 0; r < p.labels.size(); ++r) {
        ExpectedRow row;
        std::string label = p.labels[r];
        const bool star = !star_used && w.chance(25);
        const auto wrap = w.pick(4);  // 0: wrapped before its last word, 1: values alone on the next line
        const auto space = label.rfind(' ');
        if (wrap == 0 && space != std::string::npos) {
            w.put(indent + label.substr(0, space) + "\n" + indent + label.substr(space + 1) + (star ? "*" : ""));
        } else if (wrap == 1) {
            w.put(indent + label + (star ? "*" : "") + "\n");
        } else {
            w.put(indent + label + (star ? "*" : ""));
        }
        row.label = label + (star ? "*" : "");
        if (wrap == 1) {
            // Values alone on their line: the first gap must not lead the line.
            for (std::size_t c = 0; c < p.values[r].size(); ++c) {
                if (c > 0) w.put(w.gap());
                row.cells.push_back(w.plan_cell(p, r, c));
            }
            w.put("\n");
        } else {
            row_values(r, row);
        }
        t.rows.push_back(std::move(row));
        if (star && r + 1 < p.labels.size()) {
            w.put("* Cijfer is voorlopig en kan nog wijzigen.\n");
            star_used = true;
        }
    }
    if (!p.total_first) total();
    return t;
}

/// Writes a table's rows in order (total first or last) through `row(label, r, total)`,
/// where r indexes the plan's categories and is ignored for the total.
template <typename RowWriter>
void rows_in_order(const Plan& p, RowWriter row) {
    if (p.total_first) row(std::string("Totaal"), std::size_t{0}, true);
    for (std::size_t r = 0; r < p.labels.size(); ++r) row(p.labels[r], r, false);
    if (!p.total_first) row(std::string("Totaal"), std::size_t{0}, true);
}

/// One cell per line, as an HTML table pasted into text; blank lines between some cells.
ExpectedTable write_cell_per_line(Writer& w, const Plan& p) {
    ExpectedTable t{"cell-per-line", {}, {}};
    const std::string sep = w.chance(50) ? "\n\n" : "\n";
    w.put("Soort" + sep);
    for (const auto& c : p.columns) {
        w.put("Zaken " + c + sep);
        t.columns.push_back("Zaken " + c);
    }
    rows_in_order(p, [&](const std::string& label, std::size_t r, bool total) {
        ExpectedRow expected{label, false, total, {}};
        w.put(label + sep);
        for (std::size_t c = 0; c < p.columns.size(); ++c) {
            expected.cells.push_back(total ? w.cell(p.totals[c]) : w.plan_cell(p, r, c));
            w.put(sep);
        }
        t.rows.push_back(std::move(expected));
    });
    return t;
}

/// "| Soort | 2019 | 2020 |" rows, one per line.
ExpectedTable write_pipe_rows(Writer& w, const Plan& p) {
    ExpectedTable t{"pipes", p.columns, {}};
    const bool outer = w.chance(50);
    w.put(outer ? "| Soort" : "Soort");
    for (const auto& c : p.columns) w.put(" | " + c);
    w.put(outer ? " |\n" : "\n");
    rows_in_order(p, [&](const std::string& label, std::size_t r, bool total) {
        ExpectedRow expected{label, false, total, {}};
        w.put((outer ? "| " : "") + label);
        for (std::size_t c = 0; c < p.columns.size(); ++c) {
            w.put(" | ");
            expected.cells.push_back(total ? w.cell(p.totals[c]) : w.plan_cell(p, r, c));
        }
        w.put(outer ? " |\n" : "\n");
        t.rows.push_back(std::move(expected));
    });
    return t;
}

/// A stream of cells with "|" on its own line or after a value, line breaks not separating.
ExpectedTable write_pipe_stream(Writer& w, const Plan& p) {
    ExpectedTable t{"pipes", {}, {}};
    auto sep = [&] { w.put(w.chance(50) ? "\n|\n" : " |\n"); };
    w.put("Soort");
    for (const auto& c : p.columns) {
        sep();
        w.put("Zaken " + c);
        t.columns.push_back("Zaken " + c);
    }
    rows_in_order(p, [&](const std::string& label, std::size_t r, bool total) {
        ExpectedRow expected{label, false, total, {}};
        sep();
        w.put(label);
        for (std::size_t c = 0; c < p.columns.size(); ++c) {
            sep();
            expected.cells.push_back(total ? w.cell(p.totals[c]) : w.plan_cell(p, r, c));
        }
        t.rows.push_back(std::move(expected));
    });
    w.put("\n|\n");
    return t;
}

}  // namespace

GeneratedDocument generate_document(std::uint32_t seed, bool inject) {
    Writer w(seed);
    GeneratedDocument doc;
    const std::size_t tables = 1 + w.pick(2);
    std::vector<Plan> plans;
    for (std::size_t k = 0; k < tables; ++k) plans.push_back(plan_table(w));
    if (inject) {
        InjectedError e;
        e.table = w.pick(tables);
        const auto& plan = plans[e.table];
        e.column = w.pick(plan.columns.size());
        // A column with a missing value has no complete sum to check: inject elsewhere.
        if (plan.missing && plan.missing->second == e.column) e.column = (e.column + 1) % plan.columns.size();
        e.delta = static_cast<long long>(1 + w.pick(900)) * (w.chance(50) ? 1 : -1);
        if (plans[e.table].totals[e.column] + e.delta < 0) e.delta = -e.delta;
        plans[e.table].totals[e.column] += e.delta;
        doc.error = e;
    }
    w.put("Antwoord op vraag 1\n\nIn onderstaande tabel staan de aantallen per soort.\n\n");
    // Some documents write thousands with a plain space, in tables laid out in columns.
    w.spaced_thousands = w.chance(20);
    bool adjacent = false;
    for (std::size_t k = 0; k < tables; ++k) {
        const std::string layout = adjacent || w.spaced_thousands ? "columns" : layouts[w.pick(layouts.size())];
        adjacent = false;
        if (layout == "columns") doc.tables.push_back(write_columns(w, plans[k]));
        else if (layout == "cell-per-line") doc.tables.push_back(write_cell_per_line(w, plans[k]));
        else if (layout == "pipe-rows") doc.tables.push_back(write_pipe_rows(w, plans[k]));
        else doc.tables.push_back(write_pipe_stream(w, plans[k]));
        // Two tables on one page: a column table may follow a column table directly.
        const bool next_in_columns = k + 1 < tables && layout == "columns" && w.chance(50);
        if (next_in_columns) {
            adjacent = true;
            continue;
        }
        w.put("\nDe cijfers zijn afkomstig uit de registratie.\n\n");
    }
    if (doc.error) {
        auto& e = *doc.error;
        const auto& rows = doc.tables[e.table].rows;
        for (std::size_t r = 0; r < rows.size(); ++r)
            if (rows[r].total) e.row = r;
    }
    doc.text = std::move(w.text);
    return doc;
}

}  // namespace cijfer::test
