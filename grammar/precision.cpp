#include "grammar/precision.hpp"

#include <algorithm>
#include <array>
#include <cctype>
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
/// written in thousands or millions ("x 1.000"), or of measured amounts, is rounded to at
/// least its last digit. A group too small to show a pattern of its own (the two rows of a
/// "Waarvan" breakdown) takes the rounding of the row it breaks down, when its values fit.
void decide_group(Document& doc, const std::vector<FigureId>& group, const std::string& what, bool scaled = false,
                  double inherited = 0) {
    std::vector<double> values;
    for (auto id : group) {
        const auto& n = doc.figures[id].number;
        if (n.has_value() && n.decimals == 0) values.push_back(n.value);
    }
    auto unit = common_power_of_ten(values);
    bool inherits = false;
    if (!unit && values.size() < min_group_size && inherited > 0 && !values.empty()) {
        inherits = std::all_of(values.begin(), values.end(), [&](double v) { return std::fmod(std::abs(v), inherited) == 0; });
        if (inherits) unit = inherited;
    }
    if (!unit && scaled) unit = 1.0;
    // One reason for the whole group, written once.
    const std::string reason =
        inherits ? what + ": too few values of its own; rounded like the row it breaks down, to " +
                       std::to_string(static_cast<long long>(*unit))
        : unit && *unit == 1.0 ? what + ": amounts (or thousands, millions) rounded to their last shown digit"
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

/// A column of measured amounts rather than counted cases: its label or the table's
/// header names a unit of measure ("Fte extern", "uren", "euro", "kg").
bool measured(const Table& table, std::size_t column) {
    static constexpr std::array<std::string_view, 9> units = {"fte", "uren", "uur", "euro", "kg", "km", "ton", "liter", "m3"};
    for (const std::string* text : {&table.columns[column].label, &table.header, &table.title}) {
        std::string word;
        for (std::size_t i = 0; i <= text->size(); ++i) {
            const char c = i < text->size() ? (*text)[i] : ' ';
            if (std::isalpha(static_cast<unsigned char>(c))) {
                word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
                continue;
            }
            if (std::find(units.begin(), units.end(), word) != units.end()) return true;
            word.clear();
        }
    }
    return false;
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
            // A group is a column's run of rows between group headings ("Waarvan"): one
            // block may be rounded to hundreds while the next, a selection of small
            // counts, is rounded to tens or exact.
            std::vector<FigureId> counts;
            int block = 1;
            double inherited = 0;  // the rounding of the row the current block breaks down
            auto decide = [&] {
                // Amounts of money, measured quantities (fte, hours) and figures in thousands
                // or millions are rounded to at least their last shown digit.
                bool rounded_amounts = table.scale != 1 || measured(table, c);
                for (auto id : counts)
                    rounded_amounts = rounded_amounts || doc.figures[id].scale != 1 ||
                                      doc.figures[id].unit == Unit::money;
                if (!counts.empty())
                    decide_group(doc, counts,
                                 "column " + table.columns[c].label + " of table '" + table.title + "'" +
                                     (block > 1 ? ", block " + std::to_string(block) : std::string()),
                                 rounded_amounts, inherited);
                counts.clear();
            };
            for (const auto& row : table.rows) {
                if (row.heading) {
                    decide();
                    ++block;
                    inherited = 0;
                    if (row.parent && c < table.rows[*row.parent].cells.size() && table.rows[*row.parent].cells[c])
                        inherited = doc.figures[*table.rows[*row.parent].cells[c]].rounding_unit;
                }
                if (c >= row.cells.size() || !row.cells[c]) continue;
                auto& f = doc.figures[*row.cells[c]];
                if (f.unit == Unit::percent) {
                    f.rounding_unit = decimal_unit(f.number);
                    f.precision_reason = "percentage rounded to its last shown digit";
                } else {
                    counts.push_back(*row.cells[c]);
                }
            }
            decide();
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
