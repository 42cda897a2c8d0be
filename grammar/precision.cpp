#include "grammar/precision.hpp"

#include <cmath>
#include <optional>
#include <string>

#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

constexpr std::size_t min_group_size = 3;

double decimal_unit(const NumberLiteral& n) { return std::pow(10.0, -n.decimals); }

/// The largest 10^k (k >= 1) that divides every value, or nullopt.
std::optional<double> common_power_of_ten(const std::vector<double>& values) {
    if (values.size() < min_group_size) return std::nullopt;
    std::optional<double> best;
    for (double unit = 10; unit <= 1e9; unit *= 10) {
        for (double v : values)
            if (std::fmod(std::abs(v), unit) != 0) return best;
        best = unit;
    }
    return best;
}

/// Decides one group: counts all multiples of 10^k are rounded, else exact. A group
/// written in thousands or millions ("x 1.000") is rounded to at least its last digit.
void decide_group(Document& doc, const std::vector<FigureId>& group, const std::string& what, bool scaled = false) {
    std::vector<double> values;
    for (auto id : group) {
        const auto& n = doc.figures[id].number;
        if (n.has_value() && n.decimals == 0) values.push_back(n.value);
    }
    auto unit = common_power_of_ten(values);
    if (!unit && scaled) unit = 1.0;
    // One reason for the whole group, written once.
    const std::string reason =
        unit && *unit == 1.0 ? what + ": written in units of " + std::to_string(static_cast<long long>(doc.figures[group.front()].scale)) + ", rounded to the last digit"
        : unit ? what + ": all " + std::to_string(values.size()) + " values are multiples of " +
                   std::to_string(static_cast<long long>(*unit))
             : what + (values.size() < min_group_size ? ": too few values to infer rounding; taken as exact"
                                                      : ": not all values are multiples of 10; taken as exact");
    for (auto id : group) {
        auto& f = doc.figures[id];
        if (f.number.has_value() && f.number.decimals > 0) {
            f.rounding_unit = decimal_unit(f.number);
            f.precision_reason = "rounded to its last shown decimal";
        } else {
            f.rounding_unit = unit.value_or(0);
            f.precision_reason = reason;
        }
    }
}

/// "afgerond op honderdtallen" anywhere in the text.
std::optional<double> stated_rounding(const Document& doc, const Lexed& lexed) {
    const auto text = doc.source->bytes();
    for (const auto& line : lexed.lines) {
        for (std::size_t i = 0; i + 2 < line.lexemes.size(); ++i) {
            auto word = [&](std::size_t k) {
                const auto& lx = line.lexemes[k];
                return WordView{text.substr(lx.span.begin, lx.span.size())};
            };
            if (word(i) != "afgerond" || word(i + 1) != "op") continue;
            const auto unit = word(i + 2);  // compared ignoring case
            if (unit == "tientallen") return 10.0;
            if (unit == "honderdtallen") return 100.0;
            if (unit == "duizendtallen") return 1000.0;
        }
    }
    return std::nullopt;
}

}  // namespace

void infer_precision(Document& doc, const Lexed& lexed) {
    for (const auto& table : doc.tables) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            std::vector<FigureId> counts;
            for (const auto& row : table.rows) {
                if (!row.cells[c]) continue;
                auto& f = doc.figures[*row.cells[c]];
                if (f.unit == Unit::percent) {
                    f.rounding_unit = decimal_unit(f.number);
                    f.precision_reason = "percentage rounded to its last shown digit";
                } else {
                    counts.push_back(*row.cells[c]);
                }
            }
            if (!counts.empty())
                decide_group(doc, counts, "column " + table.columns[c].label + " of table '" + table.title + "'",
                             table.scale != 1);
        }
    }

    const auto stated = stated_rounding(doc, lexed);
    for (std::size_t section = 0; section < doc.sections.size(); ++section) {
        std::vector<FigureId> counts;
        for (const auto& st : doc.statements) {
            if (st.section != section) continue;
            auto& f = doc.figures[st.figure];
            if (f.unit == Unit::percent) {
                f.rounding_unit = decimal_unit(f.number);
                f.precision_reason = "percentage rounded to its last shown digit";
            } else if (f.unit == Unit::money || f.scale != 1) {
                f.rounding_unit = decimal_unit(f.number);
                f.precision_reason = "amount rounded to its last shown digit";
            } else {
                counts.push_back(st.figure);
            }
        }
        if (stated) {
            for (auto id : counts) {
                doc.figures[id].rounding_unit = *stated;
                doc.figures[id].precision_reason = "the text says it rounds to " +
                                                   std::to_string(static_cast<long long>(*stated));
            }
        } else {
            decide_group(doc, counts, "prose counts of section '" + doc.sections[section].title + "'");
        }
    }
}

}  // namespace cijfer
