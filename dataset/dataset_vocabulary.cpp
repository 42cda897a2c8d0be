#include "dataset/dataset_vocabulary.hpp"

#include <array>
#include <utility>

namespace cijfer::dataset {
namespace {

template <typename E, std::size_t N>
std::string_view word_of(const std::array<std::pair<E, std::string_view>, N>& words, E value) {
    for (const auto& [e, w] : words)
        if (e == value) return w;
    return words[0].second;
}

template <typename E, std::size_t N>
std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& words, std::string_view word) {
    for (const auto& [e, w] : words)
        if (w == word) return e;
    return std::nullopt;
}

constexpr std::array<std::pair<Unit, std::string_view>, 4> units{
    {{Unit::count, "count"}, {Unit::percent, "percent"}, {Unit::money, "money"}, {Unit::unknown, "unknown"}}};
constexpr std::array<std::pair<Qualifier, std::string_view>, 4> qualifiers{{{Qualifier::none, "none"},
                                                                            {Qualifier::approximately, "approximately"},
                                                                            {Qualifier::more_than, "more-than"},
                                                                            {Qualifier::less_than, "less-than"}}};
constexpr std::array<std::pair<Statement::Kind, std::string_view>, 4> statement_kinds{
    {{Statement::Kind::count, "count"},
     {Statement::Kind::share, "share"},
     {Statement::Kind::stated_total, "stated-total"},
     {Statement::Kind::change, "change"}}};
constexpr std::array<std::pair<Row::Children, std::string_view>, 3> children_kinds{
    {{Row::Children::sum, "sum"}, {Row::Children::at_most, "at-most"}, {Row::Children::selection, "selection"}}};

}  // namespace

std::string_view unit_word(Unit unit) { return word_of(units, unit); }
std::optional<Unit> parse_unit(std::string_view word) {
    // "euro" is what a spreadsheet column says; the model calls it money.
    if (word == "euro") return Unit::money;
    return value_of(units, word);
}
std::string_view qualifier_word(Qualifier qualifier) { return word_of(qualifiers, qualifier); }
std::optional<Qualifier> parse_qualifier(std::string_view word) { return value_of(qualifiers, word); }
std::string_view statement_kind_word(Statement::Kind kind) { return word_of(statement_kinds, kind); }
std::optional<Statement::Kind> parse_statement_kind(std::string_view word) { return value_of(statement_kinds, word); }
std::string_view children_word(Row::Children children) { return word_of(children_kinds, children); }
std::optional<Row::Children> parse_children(std::string_view word) { return value_of(children_kinds, word); }

}  // namespace cijfer::dataset

#include "grammar/text_utils.hpp"

namespace cijfer::dataset {
bool named_as_total(std::string_view label) {
    const auto key = label_key(label);
    return key == "totaal" || key.starts_with("eindtotaal") || key.starts_with("generaaltotaal");
}
}  // namespace cijfer::dataset
