// "waarvan" breakdowns: rows that break down the row above them ("waarvan herinstroom"),
// and group headings without values ("Waarvan door", "Waarvan prioritaire delicten")
// that introduce a group of rows breaking down the row above the heading.
#include <optional>

#include "grammar/row_structure.hpp"
#include "grammar/row_structure_steps.hpp"

namespace cijfer {
namespace {

enum class Breakdown { none, partition, selection };

bool opens_breakdown(const std::string& word) {
    return word == "waarvan" || word == "daarvan" || word == "waaronder" || word == "w.o." || word == "o.a.";
}

/// What a label that opens with "waarvan" (or a word like it) says about its rows:
/// "waaronder", "w.o.", "o.a." and a heading that names a kind of selection
/// ("prioritaire delicten") pick some rows out; a plain "waarvan" divides the whole.
Breakdown breakdown_of(const std::string& label) {
    // Most labels open with another letter: decide those without splitting into words.
    const auto first = label.find_first_not_of(' ');
    if (first == std::string::npos) return Breakdown::none;
    const char c = static_cast<char>(label[first] | 0x20);
    if (c != 'w' && c != 'd' && c != 'o') return Breakdown::none;
    const auto words = label_words(label);
    if (words.empty() || !opens_breakdown(words[0])) return Breakdown::none;
    if (words[0] == "waaronder" || words[0] == "w.o." || words[0] == "o.a.") return Breakdown::selection;
    for (std::size_t k = 1; k < words.size(); ++k)
        if (words[k].starts_with("prioritair") || words[k] == "onder" || words[k] == "selectie" ||
            words[k] == "bijvoorbeeld" || words[k] == "waaronder")
            return Breakdown::selection;
    return Breakdown::partition;
}

void link(Table& table, std::size_t child, std::size_t parent) { table.rows[child].parent = parent; }

/// "waarvan X" with values: under the nearest row above that is not itself a "waarvan"
/// row; a partial breakdown (at most the parent). Right after a group heading it is one
/// of the group's rows instead.
void link_waarvan_rows(Table& table) {
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        auto& row = table.rows[r];
        if (row.heading || row.parent) continue;
        const auto kind = breakdown_of(row.label);
        if (kind == Breakdown::none) continue;
        std::optional<std::size_t> parent;
        for (std::size_t up = r; up-- > 0;) {
            const auto& above = table.rows[up];
            if (above.heading) break;
            if (breakdown_of(above.label) != Breakdown::none) continue;
            parent = up;
            break;
        }
        if (!parent) continue;
        link(table, r, *parent);
        auto& owner = table.rows[*parent];
        if (kind == Breakdown::selection) owner.children = Row::Children::selection;
        else if (owner.children != Row::Children::selection) owner.children = Row::Children::at_most;
    }
}

/// A heading's group: the rows after it up to the next heading or total row.
void link_group_headings(Table& table) {
    // The previous heading's group: where it ended and the row it broke down (none when
    // the heading could not be read).
    std::optional<std::size_t> group_end;
    std::optional<std::size_t> group_target;
    for (std::size_t h = 0; h < table.rows.size(); ++h) {
        auto& heading = table.rows[h];
        if (!heading.heading) continue;
        const auto kind = breakdown_of(heading.label);
        std::size_t end = h + 1;
        while (end < table.rows.size() && !table.rows[end].heading && !table.rows[end].is_total) ++end;
        // "Waarvan door ... Waarvan ... Waarvan": headings that follow each other's groups
        // are parallel breakdowns of the same row; the first breaks down the row above it.
        // After a group it could not read, a heading has no row it surely breaks down.
        std::optional<std::size_t> target;
        if (group_end == h) target = group_target;
        else if (h > 0 && !table.rows[h - 1].heading && has_values(table.rows[h - 1])) target = h - 1;
        if (kind == Breakdown::none) target.reset();
        group_end = end;
        group_target = target;
        if (!target) continue;
        heading.parent = *target;
        heading.children = kind == Breakdown::selection ? Row::Children::selection : Row::Children::sum;
        for (std::size_t r = h + 1; r < end; ++r)
            if (!table.rows[r].parent) link(table, r, h);
    }
}

}  // namespace

void link_breakdowns(Table& table) {
    link_waarvan_rows(table);
    link_group_headings(table);
}

}  // namespace cijfer
