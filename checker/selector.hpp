#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "checker/rule_spec.hpp"
#include "model/document.hpp"

namespace cijfer {

/// Picks figures of a document by what the document says (section, table title, row,
/// column, a statement's words and year), never by line numbers, so a rule keeps working
/// when the text around it changes. Documented in docs/rule-kinds.md (Selectors). Every field is
/// optional; a field that is set must match.
struct Selector {
    std::optional<std::string> section;  ///< "vraag 2": a question number, or words of a section title
    std::optional<std::string> title;    ///< a table's title, compared normalised
    std::optional<int> position;         ///< a table's 1-based position among its section's tables
    std::optional<std::string> row;      ///< a row code ("3.3") or label ("Eindtotaal")
    std::optional<std::string> column;   ///< a column label ("2023")
    std::vector<std::string> noun;       ///< words that must all occur in a statement's noun phrase
    std::optional<int> year;             ///< a statement's year

    /// The selector as a rule author wrote it, for messages: {section: vraag 2, row: Eindtotaal}.
    std::string describe() const;
};

/// Which keys a selector may have where it is used.
enum class SelectorTarget { table, statement };

/// Reads a selector mapping from a rule's parameters; appends located errors (1-based
/// file:line:col) for unknown keys, wrong types and missing required keys.
Selector read_selector(const YAML::Node& node, SelectorTarget target, const std::string& file,
                       std::vector<RuleFileError>& errors);

/// "vraag 2" matches the sections whose headings name question 2 ("Antwoord op vraag 2",
/// "Antwoord op vragen 2 en 5"); other words match the title word-bounded, ignoring case.
bool section_matches(const Section& section, std::string_view wanted);

std::vector<std::size_t> select_tables(const Document& doc, const Selector& selector);
std::vector<std::size_t> select_rows(const Table& table, const Selector& selector);
std::vector<std::size_t> select_columns(const Table& table, const Selector& selector);
std::vector<std::size_t> select_statements(const Document& doc, const Selector& selector);

/// A rule-file position from a yaml-cpp mark (0-based) in `file`.
FilePosition position_of(const YAML::Mark& mark, const std::string& file);

}  // namespace cijfer
