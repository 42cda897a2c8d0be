#include "generated_inputs.hpp"

#include <stdexcept>

namespace cijfer::test {
namespace {

std::string long_line(std::size_t size) {
    const std::string piece = "zaken 12 ";
    std::string line;
    line.reserve(size + 1);
    while (line.size() + piece.size() <= size) line += piece;
    line.append(size - line.size(), 'x');
    return line + "\n";
}

/// Columns c1 ... cN, one row of ones and a total row of ones.
std::string wide_table(std::size_t columns) {
    std::string header = "Categorie", row = "1. Alles", total = "Eindtotaal";
    for (std::size_t k = 1; k <= columns; ++k) {
        header += " c" + std::to_string(k);
        row += " 1";
        total += " 1";
    }
    return "Aantal zaken\n" + header + "\n" + row + "\n" + total + "\n";
}

/// "aa", "ab", ...: labels without digits, so that no label is read as a value.
std::string letters(std::size_t k) {
    std::string word;
    for (int i = 0; i < 4; ++i, k /= 26) word.insert(word.begin(), static_cast<char>('a' + k % 26));
    return word;
}

/// Rows "Rij <letters>" of 7 each, then an Eindtotaal that sums them (equal values: no
/// run of rows adds up to a later one, so no subtotal is inferred).
std::string many_rows(std::size_t rows) {
    std::string text = "Aantal zaken\nCategorie 2023\n";
    long long sum = 0;
    for (std::size_t k = 1; k <= rows; ++k) {
        const long long value = 7;
        sum += value;
        text += "Rij " + letters(k) + " " + std::to_string(value) + "\n";
    }
    return text + "Eindtotaal " + std::to_string(sum) + "\n";
}

/// "Lijst", then `lines` lines of one number each (1 to 97): no table, no sentence.
std::string number_lines(std::size_t lines) {
    std::string text = "Lijst\n";
    for (std::size_t k = 0; k < lines; ++k) text += std::to_string(k % 97 + 1) + "\n";
    return text;
}

}  // namespace

std::string generate_input(const std::string& kind, std::size_t size) {
    if (kind == "long-line") return long_line(size);
    if (kind == "wide-table") return wide_table(size);
    if (kind == "many-rows") return many_rows(size);
    if (kind == "number-lines") return number_lines(size);
    throw std::invalid_argument("unknown generated input kind: " + kind);
}

}  // namespace cijfer::test
