// Column formulas stated in headers: "(4)=(2)+(3)", "Saldo (3) = (1) - (2)". The "(k)"
// numbers are the columns' own numbers as the header writes them; where every column
// carries one ("Baten (1)"), they say which column is meant, otherwise "(k)" is the k-th.
#include <optional>

#include "grammar/row_structure.hpp"

namespace cijfer {
namespace {

struct Ref {
    std::size_t number = 0;
    std::size_t begin = 0, end = 0;  ///< bytes of "(k)" in the header
};

/// Every "(k)" in the header, in order.
std::vector<Ref> refs_in(std::string_view text) {
    std::vector<Ref> refs;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '(') continue;
        std::size_t j = i + 1, n = 0;
        while (j < text.size() && text[j] >= '0' && text[j] <= '9' && j - i <= 3)
            n = n * 10 + static_cast<std::size_t>(text[j++] - '0');
        if (j > i + 1 && j < text.size() && text[j] == ')') refs.push_back({n, i, j + 1});
    }
    return refs;
}

/// The sign an operator between two refs stands for: 0 when the text between them is no
/// single operator.
int operator_between(std::string_view between) {
    while (!between.empty() && between.front() == ' ') between.remove_prefix(1);
    while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
    if (between == "+") return 1;
    if (between == "-" || between == "\u2212" || between == "\u2013") return -1;
    return 0;
}

bool only_spaces_then(std::string_view between, char c) {
    std::size_t k = 0;
    while (k < between.size() && between[k] == ' ') ++k;
    if (k == between.size() || between[k] != c) return false;
    for (++k; k < between.size(); ++k)
        if (between[k] != ' ') return false;
    return true;
}

/// A column's own number: the "(k)" of "Baten (1)" or the left side of "(3)=(1)-(2)".
std::optional<std::size_t> own_number(std::string_view label) {
    const auto refs = refs_in(label);
    if (refs.empty()) return std::nullopt;
    if (refs.size() == 1) return refs[0].number;
    // With a formula, the own number is the one right before "=".
    for (std::size_t k = 0; k + 1 < refs.size(); ++k)
        if (only_spaces_then(label.substr(refs[k].end, refs[k + 1].begin - refs[k].end), '=')) return refs[k].number;
    return std::nullopt;
}

}  // namespace

std::vector<std::pair<std::size_t, int>> column_formula(std::string_view header, const std::vector<Column>& columns,
                                                        std::size_t self) {
    const auto refs = refs_in(header);
    if (refs.size() < 2) return {};
    std::size_t first = 0;  // the first ref of the right-hand side
    for (std::size_t k = 0; k + 1 < refs.size(); ++k)
        if (only_spaces_then(header.substr(refs[k].end, refs[k + 1].begin - refs[k].end), '=')) first = k + 1;
    if (refs.size() - first < 2) return {};
    std::vector<std::pair<std::size_t, int>> numbers{{refs[first].number, 1}};
    for (std::size_t k = first + 1; k < refs.size(); ++k) {
        const int sign = operator_between(header.substr(refs[k - 1].end, refs[k].begin - refs[k - 1].end));
        if (sign == 0) return {};
        numbers.emplace_back(refs[k].number, sign);
    }
    // Which column is "(k)": by the columns' own numbers when all have one, else the k-th.
    std::vector<std::optional<std::size_t>> owns;
    bool all_numbered = true;
    for (const auto& column : columns) {
        owns.push_back(own_number(column.label));
        all_numbered = all_numbered && owns.back().has_value();
    }
    std::vector<std::pair<std::size_t, int>> formula;
    for (const auto& [number, sign] : numbers) {
        std::optional<std::size_t> index;
        if (all_numbered) {
            for (std::size_t c = 0; c < owns.size() && !index; ++c)
                if (owns[c] == number) index = c;
        } else if (number >= 1 && number <= columns.size()) {
            index = number - 1;
        }
        if (!index || *index == self) return {};
        formula.emplace_back(*index, sign);
    }
    return formula;
}

}  // namespace cijfer
