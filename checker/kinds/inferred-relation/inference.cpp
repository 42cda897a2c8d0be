#include "checker/kinds/inferred-relation/inference.hpp"

#include <array>
#include <cmath>
#include <string_view>

#include <fmt/format.h>

#include "checker/describe.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

/// Beyond this many value columns only adjacent runs are tried: triples grow cubically.
constexpr std::size_t max_triple_columns = 12;
/// The most rows an inferred subtotal row may add up.
constexpr std::size_t max_block = 40;

/// A table cell as the inference sees it: its value and how far rounding lets it move.
struct Cell {
    bool present = false;
    double value = 0;
    double half = 0;  ///< half the rounding unit, at least half the last shown digit
};

/// The table's usable rows (not group headings, not the last row of a cut-off table) by
/// the value columns, read once so that trying candidates allocates nothing.
struct Grid {
    std::vector<std::size_t> rows;     ///< table row indexes
    std::vector<std::size_t> columns;  ///< table column indexes
    std::vector<Cell> cells;           ///< rows × columns
    const Cell& at(std::size_t r, std::size_t c) const { return cells[r * columns.size() + c]; }
};

Cell read_cell(const Document& doc, const Row& row, std::size_t column) {
    if (column >= row.cells.size() || !row.cells[column]) return {};
    const Figure& figure = doc.figures.at(*row.cells[column]);
    // "ruim 300" bounds a value on one side only: no evidence for or against a relation.
    if (!figure.has_value() || figure.qualifier != Qualifier::none) return {};
    const double digit = std::pow(10.0, -figure.number.decimals) * figure.scale;
    return {true, figure.value(), std::max(figure.rounding_unit * figure.scale, digit) / 2};
}

bool same_values(const Grid& grid, std::size_t a, std::size_t b) {
    bool compared = false;
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        const Cell& x = grid.at(r, a);
        const Cell& y = grid.at(r, b);
        if (!x.present || !y.present) continue;
        if (x.value != y.value) return false;
        compared = true;
    }
    return compared;
}

bool all_zero(const Grid& grid, std::size_t c) {
    for (std::size_t r = 0; r < grid.rows.size(); ++r)
        if (grid.at(r, c).present && grid.at(r, c).value != 0) return false;
    return true;
}

/// Reads the table; leaves out percentage columns (percent-sum's), all-zero columns and a
/// column that repeats an earlier one: equal columns are a duplicate, never a sum.
Grid read_grid(const Document& doc, const Table& table) {
    Grid all;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r].heading || (table.cut_off && r + 1 == table.rows.size())) continue;
        all.rows.push_back(r);
    }
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (!is_percent_column(doc, table, c)) all.columns.push_back(c);
    for (std::size_t r : all.rows)
        for (std::size_t c : all.columns) all.cells.push_back(read_cell(doc, table.rows[r], c));

    std::vector<std::size_t> keep;
    for (std::size_t i = 0; i < all.columns.size(); ++i) {
        bool repeats = false;
        for (std::size_t k : keep) repeats = repeats || same_values(all, k, i);
        if (!repeats && !all_zero(all, i)) keep.push_back(i);
    }
    Grid grid;
    grid.rows = all.rows;
    for (std::size_t i : keep) grid.columns.push_back(all.columns[i]);
    for (std::size_t r = 0; r < all.rows.size(); ++r)
        for (std::size_t i : keep) grid.cells.push_back(all.at(r, i));
    return grid;
}

/// The rounding of all figures together explains the difference (same intervals as
/// `evaluate` with `last_digit_rounding`).
bool within(double found, double expected, double slack) {
    return std::abs(found - expected) <= slack + 1e-9 * std::max({1.0, std::abs(found), std::abs(expected)});
}

struct Part {
    std::size_t column = 0;  ///< index into Grid::columns
    int sign = 1;
};

/// A column relation: anchor = Σ sign × part, in grid column indexes.
struct Candidate {
    std::size_t anchor = 0;
    std::vector<Part> parts;
};

struct Support {
    int checked = 0;
    int holding = 0;
    int informative = 0;  ///< holding rows that are not totals and have no zero figure
};

Support support_of(const Table& table, const Grid& grid, const Candidate& candidate) {
    Support s;
    // Stop early once too many rows fail: most candidates fail at once, so trying
    // hundreds of them stays cheap.
    const auto allowed_failures = static_cast<int>(std::floor(static_cast<double>(grid.rows.size()) * (1 - min_support)));
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        const Cell& anchor = grid.at(r, candidate.anchor);
        if (!anchor.present) continue;
        double expected = 0;
        double slack = anchor.half;
        bool complete = true;
        for (const Part& part : candidate.parts) {
            const Cell& cell = grid.at(r, part.column);
            complete = complete && cell.present;
            expected += part.sign * cell.value;
            slack += cell.half;
        }
        if (!complete) continue;
        // A part that the anchor's rounding absorbs (a zero, or euros per inhabitant beside
        // millions of euros) would hold in any relation: the row proves nothing.
        bool negligible = anchor.value == 0;
        for (const Part& part : candidate.parts)
            negligible = negligible || std::abs(grid.at(r, part.column).value) <= anchor.half;
        ++s.checked;
        if (within(anchor.value, expected, slack)) {
            ++s.holding;
            if (!negligible && !table.rows[grid.rows[r]].is_total) ++s.informative;
        } else if (s.checked - s.holding > allowed_failures) {
            return s;
        }
    }
    return s;
}

bool accepted(const Support& s) {
    return s.informative >= min_places && static_cast<double>(s.holding) >= min_support * s.checked;
}

std::string column_name(const Table& table, std::size_t column) {
    const auto& label = table.columns[column].label;
    return label.empty() ? fmt::format("({})", column + 1) : label;
}

/// Labels that name a result column: the anchor a reader expects (Saldo = Baten − Lasten,
/// not Baten = Lasten + Saldo).
bool names_result(const std::string& label) {
    const auto key = normalise(label);
    for (std::string_view word : {"saldo", "totaal", "total", "verschil", "netto", "resultaat", "mutatie"})
        if (key.find(word) != std::string::npos) return true;
    return false;
}

/// a = p + q written with the result column as anchor: p = a − q when p names a result.
Candidate presented(const Table& table, const Grid& grid, std::size_t a, std::size_t p, std::size_t q) {
    const auto result = [&](std::size_t i) { return names_result(table.columns[grid.columns[i]].label); };
    if (result(a) || (!result(p) && !result(q))) return {a, {{p, 1}, {q, 1}}};
    if (result(p)) return {p, {{a, 1}, {q, -1}}};
    return {q, {{a, 1}, {p, -1}}};
}

std::string formula_text(const Table& table, const Grid& grid, const Candidate& candidate) {
    std::string text = column_name(table, grid.columns[candidate.anchor]) + " =";
    bool first = true;
    for (const Part& part : candidate.parts) {
        text += first ? (part.sign < 0 ? " \u2212" : " ") : (part.sign < 0 ? " \u2212 " : " + ");
        text += column_name(table, grid.columns[part.column]);
        first = false;
    }
    return text;
}

/// The relation in every row where it can be evaluated, for the checker to judge.
void emit(const Table& table, const Grid& grid, const Candidate& candidate, const Support& support,
          std::vector<Relation>& out) {
    const Relation::Inferred inferred{formula_text(table, grid, candidate), support.holding, support.checked, true};
    for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        const Row& row = table.rows[grid.rows[r]];
        const std::size_t anchor_column = grid.columns[candidate.anchor];
        if (!grid.at(r, candidate.anchor).present) continue;
        Relation relation;
        relation.anchor = *row.cells[anchor_column];
        bool complete = true;
        for (const Part& part : candidate.parts) {
            complete = complete && grid.at(r, part.column).present;
            if (complete) relation.parts.push_back({*row.cells[grid.columns[part.column]], part.sign});
        }
        if (!complete) continue;
        relation.last_digit_rounding = true;
        relation.context = cell_context(table, row, anchor_column);
        relation.inferred = inferred;
        out.push_back(std::move(relation));
    }
}

bool try_candidate(const Table& table, const Grid& grid, const Candidate& candidate, std::vector<Relation>& out) {
    const Support support = support_of(table, grid, candidate);
    if (!accepted(support)) return false;
    emit(table, grid, candidate, support, out);
    return true;
}

/// anchor = the sum of the `length` columns right after (side +1) or right before (−1) it.
std::optional<Candidate> run_candidate(std::size_t anchor, std::size_t length, int side, std::size_t columns) {
    Candidate candidate{anchor, {}};
    for (std::size_t k = 1; k <= length; ++k) {
        if (side < 0 && k > anchor) return std::nullopt;
        const std::size_t column = side > 0 ? anchor + k : anchor - k;
        if (column >= columns) return std::nullopt;
        candidate.parts.push_back({column, 1});
    }
    if (side < 0) std::reverse(candidate.parts.begin(), candidate.parts.end());
    return candidate;
}

}  // namespace

std::vector<Relation> infer_column_relations(const Document& doc, const Table& table) {
    std::vector<Relation> out;
    for (const Column& column : table.columns)
        if (!column.formula.empty()) return out;  // the header states the relations
    const Grid grid = read_grid(doc, table);
    const std::size_t n = grid.columns.size();
    if (n < 3 || grid.rows.size() < static_cast<std::size_t>(min_places)) return out;

    if (n <= max_triple_columns)
        for (std::size_t x = 0; x < n; ++x)
            for (std::size_t y = x + 1; y < n; ++y)
                for (std::size_t z = y + 1; z < n; ++z) {
                    // Of x = y + z, y = x + z and z = x + y at most one holds (unless a
                    // column is zero, which read_grid and `informative` rule out).
                    const std::array<std::array<std::size_t, 3>, 3> forms{{{x, y, z}, {y, x, z}, {z, x, y}}};
                    for (const auto& f : forms)
                        if (try_candidate(table, grid, presented(table, grid, f[0], f[1], f[2]), out)) break;
                }

    for (std::size_t anchor = 0; anchor < n; ++anchor)
        for (int side : {1, -1})
            for (std::size_t length = 3; length < n; ++length) {
                const auto candidate = run_candidate(anchor, length, side, n);
                if (!candidate) break;
                if (try_candidate(table, grid, *candidate, out)) break;  // the shortest run that holds
            }
    return out;
}

namespace {

/// Rows grid.rows[from + 1 .. from + k] under grid.rows[from]: the smallest k ≥ 2 for which
/// the anchor row equals their sum in at least half of its complete columns, with
/// two or more non-zero rows in a holding column. Zero when there is none.
std::size_t block_under(const Table& table, const Grid& grid, std::size_t from) {
    const std::size_t n = grid.columns.size();
    std::vector<double> sum(n, 0), slack(n, 0);
    std::vector<int> nonzero(n, 0);
    std::vector<bool> complete(n, true);
    for (std::size_t k = 1; k <= max_block && from + k < grid.rows.size(); ++k) {
        const Row& child = table.rows[grid.rows[from + k]];
        if (child.is_total) return 0;
        int checked = 0, holding = 0;
        bool informative = false;
        for (std::size_t c = 0; c < n; ++c) {
            const Cell& cell = grid.at(from + k, c);
            complete[c] = complete[c] && cell.present;
            sum[c] += cell.value;
            slack[c] += cell.half;
            nonzero[c] += cell.value != 0;
            const Cell& anchor = grid.at(from, c);
            if (k < 2 || !complete[c] || !anchor.present) continue;
            ++checked;
            if (within(anchor.value, sum[c], slack[c] + anchor.half)) {
                ++holding;
                informative = informative || (anchor.value != 0 && nonzero[c] >= 2);
            }
        }
        // Half the columns suffice for one block (a typo in one column must not hide the
        // subtotal); the pattern as a whole must hold in min_support of its sums.
        if (checked > 0 && informative && holding * 2 >= checked) return k;
    }
    return 0;
}

std::string block_formula(const Table& table, const Grid& grid, std::size_t from, std::size_t k) {
    const auto name = [&](std::size_t i) { return row_name(table.rows[grid.rows[i]]); };
    if (k > 3) return fmt::format("{} = {} + \u2026 + {}", name(from), name(from + 1), name(from + k));
    std::string text = name(from) + " = " + name(from + 1);
    for (std::size_t i = 2; i <= k; ++i) text += " + " + name(from + i);
    return text;
}

}  // namespace

std::vector<Relation> infer_subtotal_rows(const Document& doc, const Table& table) {
    std::vector<Relation> out;
    for (const Row& row : table.rows)
        if (row.parent) return out;  // the table states its hierarchy: hierarchy-sum checks it
    const Grid grid = read_grid(doc, table);
    if (grid.columns.empty()) return out;

    struct Block {
        std::size_t from = 0;
        std::size_t k = 0;
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < grid.rows.size();) {
        const std::size_t k = table.rows[grid.rows[i]].is_total ? 0 : block_under(table, grid, i);
        if (k == 0) {
            ++i;
            continue;
        }
        blocks.push_back({i, k});
        i += k + 1;
    }

    // The pattern as a whole: its sums (one per subtotal row and column) must be numerous
    // enough, and most of them hold.
    Support support;
    std::vector<Relation> relations;
    for (const Block& block : blocks) {
        const Row& anchor_row = table.rows[grid.rows[block.from]];
        for (std::size_t c = 0; c < grid.columns.size(); ++c) {
            if (!grid.at(block.from, c).present) continue;
            Relation relation;
            relation.anchor = *anchor_row.cells[grid.columns[c]];
            double sum = 0, slack = grid.at(block.from, c).half;
            int nonzero = 0;
            bool complete = true;
            for (std::size_t i = 1; i <= block.k && complete; ++i) {
                const Cell& cell = grid.at(block.from + i, c);
                complete = cell.present;
                sum += cell.value;
                slack += cell.half;
                nonzero += cell.value != 0;
                if (complete) relation.parts.push_back({*table.rows[grid.rows[block.from + i]].cells[grid.columns[c]], 1});
            }
            if (!complete) continue;
            ++support.checked;
            if (within(grid.at(block.from, c).value, sum, slack)) {
                ++support.holding;
                if (grid.at(block.from, c).value != 0 && nonzero >= 2) ++support.informative;
            }
            relation.last_digit_rounding = true;
            relation.context = cell_context(table, anchor_row, grid.columns[c]);
            relation.year = table.columns[grid.columns[c]].label;
            relation.inferred = Relation::Inferred{block_formula(table, grid, block.from, block.k), 0, 0, false};
            relations.push_back(std::move(relation));
        }
    }
    // One subtotal in fewer than four columns may be a coincidence; two or more blocks
    // make a pattern.
    if (!accepted(support) || (blocks.size() < 2 && grid.columns.size() < static_cast<std::size_t>(min_places))) return out;
    for (Relation& relation : relations) {
        relation.inferred->holding = support.holding;
        relation.inferred->checked = support.checked;
    }
    return relations;
}

}  // namespace cijfer
