// Codes written inside row labels (CBS: "HP1: Ziekenhuizen", "HP11:Algemene ...",
// "HP22-29: Instellingen ...") and the hierarchy their prefixes state.
#include <unordered_map>

#include "grammar/row_structure.hpp"
#include "grammar/row_structure_steps.hpp"

namespace cijfer {
namespace {

bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool digit(char c) { return c >= '0' && c <= '9'; }

/// "HP22-29" -> "HP22": a range sits where its first code would.
std::string range_start(const std::string& code) {
    const auto dash = code.find('-');
    return dash == std::string::npos ? code : code.substr(0, dash);
}

}  // namespace

std::string label_code_of(std::string_view label) {
    std::size_t i = 0;
    while (i < label.size() && label[i] == ' ') ++i;
    const std::size_t begin = i;
    while (i < label.size() && upper(label[i]) && i - begin < 4) ++i;
    const std::size_t letters = i - begin;
    const std::size_t digits_begin = i;
    while (i < label.size() && digit(label[i])) ++i;
    if (letters == 0 || i == digits_begin) return {};
    // A range of codes: "HP22-29", also with an en dash (U+2013).
    std::size_t end = i;
    std::size_t after = i;
    if (after < label.size() && label[after] == '-') after += 1;
    else if (label.substr(after).starts_with("\u2013")) after += 3;
    std::string range_end;
    if (after != i) {
        std::size_t j = after;
        while (j < label.size() && digit(label[j])) ++j;
        if (j > after) {
            range_end = std::string(label.substr(after, j - after));
            end = j;
        }
    }
    // The code stands apart from the words: "HP11:Algemene", "HP1 Ziekenhuizen", "A01."
    if (end < label.size() && label[end] != ':' && label[end] != ' ' && label[end] != '.') return {};
    std::string code(label.substr(begin, i - begin));
    if (!range_end.empty()) code += "-" + range_end;
    return code;
}

void link_label_codes(Table& table) {
    std::unordered_map<std::string, std::size_t> by_code;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        auto& row = table.rows[r];
        if (row.label_code.empty()) row.label_code = label_code_of(row.label);
        if (!row.label_code.empty()) by_code.emplace(range_start(row.label_code), r);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        auto& row = table.rows[r];
        if (row.label_code.empty() || row.parent) continue;
        // The parent is the row with the longest shorter code of the same letters: HP1 for
        // HP11 and for HP12-19. Order in the table does not matter (HP34 before HP33).
        std::string prefix = range_start(row.label_code);
        while (!prefix.empty() && digit(prefix.back())) {
            prefix.pop_back();
            if (prefix.empty() || !digit(prefix.back())) break;
            if (auto found = by_code.find(prefix); found != by_code.end() && found->second != r) {
                row.parent = found->second;
                table.rows[found->second].children = Row::Children::sum;
                break;
            }
        }
    }
}

}  // namespace cijfer
