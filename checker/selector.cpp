#include "checker/selector.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <fmt/format.h>

#include "checker/describe.hpp"

namespace cijfer {
namespace {

std::string lowercase(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words;
    std::istringstream in{std::string(text)};
    for (std::string word; in >> word;) {
        const auto key = normalise(word);
        if (!key.empty()) words.push_back(key);
    }
    return words;
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

/// True when a white-space separated word of `text`, normalised as split_words does, is
/// `key`. Compares in place: selectors run over every statement of a document, and building
/// the words as strings each time was most of the cost of a cross-total.
bool has_normalised_word(std::string_view text, std::string_view key) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i])) ++i;
        std::size_t k = 0;
        bool same = true;
        for (; i < text.size() && !is_space(text[i]); ++i) {
            const auto u = static_cast<unsigned char>(text[i]);
            if (!std::isalnum(u) && u < 0x80) continue;
            same = same && k < key.size() && key[k] == static_cast<char>(std::tolower(u));
            ++k;
        }
        if (same && k > 0 && k == key.size()) return true;
    }
    return false;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; }

/// `needle` occurs in `haystack` with no letter or digit glued to either end.
bool contains_word_bounded(std::string_view haystack, std::string_view needle) {
    for (auto at = haystack.find(needle); at != std::string_view::npos; at = haystack.find(needle, at + 1)) {
        const auto end = at + needle.size();
        if ((at == 0 || !is_word_char(haystack[at - 1])) && (end == haystack.size() || !is_word_char(haystack[end])))
            return true;
    }
    return false;
}

/// The question number in "vraag 2" / "vragen 3" / "antwoord op vraag 2"; nothing otherwise.
std::optional<int> question_number(std::string_view wanted) {
    const auto words = split_words(wanted);
    if (words.size() < 2) return std::nullopt;
    const auto& noun = words[words.size() - 2];
    const auto& number = words.back();
    if ((noun != "vraag" && noun != "vragen") || number.size() > 4 ||
        number.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(number);
}

const char* type_name(const YAML::Node& node) {
    switch (node.Type()) {
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Null: return "empty";
    default: return "a text";
    }
}

/// A scalar value; an error when it is not one.
std::optional<std::string> scalar(const YAML::Node& value, const std::string& key, const std::string& file,
                                  std::vector<RuleFileError>& errors) {
    if (value.IsScalar() && !value.Scalar().empty()) return value.Scalar();
    errors.push_back({position_of(value.Mark(), file),
                      fmt::format("selector key '{}' must be a text, not {}", key, type_name(value))});
    return std::nullopt;
}

std::optional<int> integer(const YAML::Node& value, const std::string& key, const std::string& file,
                           std::vector<RuleFileError>& errors) {
    const auto text = scalar(value, key, file, errors);
    if (!text) return std::nullopt;
    if (text->empty() || text->size() > 6 || text->find_first_not_of("0123456789") != std::string::npos) {
        errors.push_back({position_of(value.Mark(), file),
                          fmt::format("selector key '{}' must be a whole number, not '{}'", key, *text)});
        return std::nullopt;
    }
    return std::stoi(*text);
}

}  // namespace

FilePosition position_of(const YAML::Mark& mark, const std::string& file) {
    if (mark.is_null()) return {file, 1, 1};
    return {file, mark.line + 1, mark.column + 1};
}

std::string Selector::describe() const {
    std::vector<std::string> fields;
    if (section) fields.push_back("section: " + *section);
    if (title) fields.push_back("title: " + *title);
    if (position) fields.push_back(fmt::format("position: {}", *position));
    if (row) fields.push_back("row: " + *row);
    if (column) fields.push_back("column: " + *column);
    if (!noun.empty()) fields.push_back(fmt::format("noun: {}", fmt::join(noun, " ")));
    if (year) fields.push_back(fmt::format("year: {}", *year));
    return fmt::format("{{{}}}", fmt::join(fields, ", "));
}

Selector read_selector(const YAML::Node& node, SelectorTarget target, const std::string& file,
                       std::vector<RuleFileError>& errors) {
    Selector selector;
    const std::vector<std::string> allowed = target == SelectorTarget::table
                                                 ? std::vector<std::string>{"section", "title", "position"}
                                                 : std::vector<std::string>{"noun", "year", "section"};
    if (!node.IsMap()) {
        errors.push_back({position_of(node.Mark(), file),
                          fmt::format("a selector must be a mapping with the keys {}, not {}",
                                      fmt::join(allowed, ", "), type_name(node))});
        return selector;
    }
    for (const auto& entry : node) {
        const auto key = entry.first.Scalar();
        const auto& value = entry.second;
        if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
            errors.push_back({position_of(entry.first.Mark(), file),
                              fmt::format("unknown selector key '{}' (allowed keys: {})", key, fmt::join(allowed, ", "))});
        } else if (key == "section") {
            selector.section = scalar(value, key, file, errors);
        } else if (key == "title") {
            selector.title = scalar(value, key, file, errors);
        } else if (key == "position") {
            selector.position = integer(value, key, file, errors);
        } else if (key == "year") {
            selector.year = integer(value, key, file, errors);
        } else if (key == "noun") {
            if (const auto text = scalar(value, key, file, errors)) selector.noun = split_words(*text);
        }
    }
    if (target == SelectorTarget::statement && selector.noun.empty() && !node["noun"])
        errors.push_back({position_of(node.Mark(), file), "a statement selector needs the key 'noun'"});
    return selector;
}

bool section_matches(const Section& section, std::string_view wanted) {
    // A question number is matched by the numbers the heading names, so "vraag 2" never
    // matches "vraag 20" and does match "Antwoord op vragen 2 en 5".
    if (const auto number = question_number(wanted); number && !section.questions.empty())
        return std::find(section.questions.begin(), section.questions.end(), *number) != section.questions.end();
    return contains_word_bounded(lowercase(section.title), lowercase(wanted));
}

std::vector<std::size_t> select_tables(const Document& doc, const Selector& selector) {
    std::vector<std::size_t> found;
    for (std::size_t t = 0; t < doc.tables.size(); ++t) {
        const Table& table = doc.tables[t];
        if (selector.section &&
            (table.section >= doc.sections.size() || !section_matches(doc.sections[table.section], *selector.section)))
            continue;
        if (selector.title && normalise(table.title) != normalise(*selector.title)) continue;
        if (selector.position && table.position != *selector.position) continue;
        found.push_back(t);
    }
    return found;
}

std::vector<std::size_t> select_rows(const Table& table, const Selector& selector) {
    std::vector<std::size_t> found;
    if (!selector.row) return found;
    std::string code = *selector.row;
    if (!code.empty() && code.back() == '.') code.pop_back();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const Row& row = table.rows[r];
        if ((!row.code.empty() && row.code == code) || row.label_key == normalise(*selector.row)) found.push_back(r);
    }
    return found;
}

std::vector<std::size_t> select_columns(const Table& table, const Selector& selector) {
    std::vector<std::size_t> found;
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        if (!selector.column || normalise(table.columns[c].label) == normalise(*selector.column)) found.push_back(c);
    return found;
}

std::vector<std::size_t> select_statements(const Document& doc, const Selector& selector) {
    std::vector<std::size_t> found;
    for (std::size_t s = 0; s < doc.statements.size(); ++s) {
        const Statement& statement = doc.statements[s];
        if (selector.year && statement.year != selector.year) continue;
        if (selector.section && (statement.section >= doc.sections.size() ||
                                 !section_matches(doc.sections[statement.section], *selector.section)))
            continue;
        // The grammar's content words may leave out small words the rule author wrote,
        // so the words of the noun phrase itself count too.
        const bool all_found = std::all_of(selector.noun.begin(), selector.noun.end(), [&](const std::string& w) {
            return has_normalised_word(statement.noun_phrase, w) ||
                   std::any_of(statement.words.begin(), statement.words.end(),
                               [&](const std::string& word) { return has_normalised_word(word, w); });
        });
        if (all_found) found.push_back(s);
    }
    return found;
}

}  // namespace cijfer
