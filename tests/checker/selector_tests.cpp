#include <boost/test/unit_test.hpp>

#include "checker/selector.hpp"

using namespace cijfer;

namespace {

Section section(const std::string& title, std::vector<int> questions) {
    Section s;
    s.title = title;
    s.questions = std::move(questions);
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(selector)

BOOST_AUTO_TEST_CASE(question_numbers_match_the_numbers_a_heading_names) {
    BOOST_TEST(section_matches(section("Antwoord op vraag 2", {2}), "vraag 2"));
    BOOST_TEST(!section_matches(section("Antwoord op vraag 20", {20}), "vraag 2"));
    BOOST_TEST(section_matches(section("Antwoord op vragen 3 en 5", {3, 5}), "vraag 3"));
    BOOST_TEST(section_matches(section("Antwoord op vragen 3 en 5", {3, 5}), "Vraag 5"));
    BOOST_TEST(!section_matches(section("Antwoord op vragen 3 en 5", {3, 5}), "vraag 4"));
}

BOOST_AUTO_TEST_CASE(other_words_match_the_title_word_bounded_ignoring_case) {
    BOOST_TEST(section_matches(section("Bijlage Tabellen", {}), "bijlage"));
    BOOST_TEST(!section_matches(section("Bijlagen", {}), "bijlage"));
    // Without question numbers from the grammar, the title words decide.
    BOOST_TEST(section_matches(section("Antwoord op vraag 2", {}), "vraag 2"));
    BOOST_TEST(!section_matches(section("Antwoord op vraag 20", {}), "vraag 2"));
}

BOOST_AUTO_TEST_CASE(describe_lists_the_fields_that_are_set) {
    Selector s;
    s.section = "vraag 2";
    s.row = "Eindtotaal";
    BOOST_TEST(s.describe() == "{section: vraag 2, row: Eindtotaal}");
}

BOOST_AUTO_TEST_CASE(read_selector_normalises_noun_words) {
    std::vector<RuleFileError> errors;
    const auto s = read_selector(YAML::Load("{noun: \"Misdrijven afgedaan met een OM-strafbeschikking\", year: 2023}"),
                                 SelectorTarget::statement, "r.yaml", errors);
    BOOST_TEST(errors.empty());
    const std::vector<std::string> words = {"misdrijven", "afgedaan", "met", "een", "omstrafbeschikking"};
    BOOST_TEST(s.noun == words, boost::test_tools::per_element());
    BOOST_TEST(*s.year == 2023);
}

BOOST_AUTO_TEST_CASE(a_statement_selector_needs_a_noun) {
    std::vector<RuleFileError> errors;
    read_selector(YAML::Load("{year: 2023}"), SelectorTarget::statement, "r.yaml", errors);
    BOOST_TEST_REQUIRE(errors.size() == 1u);
    BOOST_TEST(errors[0].message == "a statement selector needs the key 'noun'");
    BOOST_TEST(errors[0].position.line == 1);
    BOOST_TEST(errors[0].position.column == 1);
}

BOOST_AUTO_TEST_SUITE_END()
