#include "grammar/row_structure.hpp"

#include "grammar/row_structure_steps.hpp"
#include "grammar/text_utils.hpp"

namespace cijfer {

bool is_total_key(std::string_view key) {
    return key.starts_with("totaal") || key.starts_with("subtotaal") || key.starts_with("eindtotaal") ||
           key.starts_with("generaaltotaal") || key == "total";
}

bool has_values(const Row& row) {
    for (const auto& cell : row.cells)
        if (cell) return true;
    return false;
}

std::vector<std::string> label_words(std::string_view label) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < label.size()) {
        while (i < label.size() && (label[i] == ' ' || label[i] == '\t')) ++i;
        std::size_t j = i;
        while (j < label.size() && label[j] != ' ' && label[j] != '\t') ++j;
        auto word = label.substr(i, j - i);
        // Punctuation around a word is not part of it; the dots of "w.o." are.
        while (!word.empty() && (word.back() == ':' || word.back() == ',' || word.back() == ';')) word.remove_suffix(1);
        while (!word.empty() && (word.front() == '(' || word.front() == '-')) word.remove_prefix(1);
        if (!word.empty()) words.push_back(fold_word(word));
        i = j;
    }
    return words;
}

void infer_table_structure(Table& table) {
    link_label_codes(table);
    link_breakdowns(table);
    link_subtotals(table);
    link_indentation(table);
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (table.columns[c].formula.empty())
            table.columns[c].formula = column_formula(table.columns[c].label, table.columns, c);
}

void infer_row_structure(ReadState& state) {
    for (auto& table : state.doc.tables) infer_table_structure(table);
}

}  // namespace cijfer
