// Stable names: derived from what the seed document says, unique, and the same after the
// text around them changes.
#include <boost/test/unit_test.hpp>

#include <set>

#include "../golden/pipeline.hpp"
#include "model/figure_names.hpp"

using namespace cijfer;

BOOST_AUTO_TEST_SUITE(figure_names_suite)

BOOST_AUTO_TEST_CASE(slugs) {
    BOOST_TEST(name_slug("Antwoord op vragen 3 en 5") == "antwoord-op-vragen-3-en-5");
    BOOST_TEST(name_slug("  Beëindiging (%)  ") == "beeindiging-pct");
    BOOST_TEST(name_slug("2022*") == "2022");
    BOOST_TEST(name_slug("€ — ") == "");
}

BOOST_AUTO_TEST_CASE(seed_names_are_unique_and_say_where_the_figure_is) {
    const auto rules = test::load_rules({"rules/default.yaml"});
    const test::Checked c(test::read_file(test::project_file("datasets/om-sepots-2026/antwoord.txt")), rules);
    const auto names = figure_names(c.doc);
    BOOST_TEST(names.size() == c.doc.figures.size());
    BOOST_TEST(std::set<std::string>(names.begin(), names.end()).size() == names.size());
    const std::set<std::string> all(names.begin(), names.end());
    for (const char* expected : {"antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2023",
                                 "antwoord-op-vraag-2.aantal-misdrijfzaken.1_1.2024",
                                 "antwoord-op-vraag-7.aantal-misdrijfzaken.eindtotaal.2024",
                                 "antwoord-op-vraag-1.misdrijfzaken-onvoorwaardelijk-geseponeerd.2023",
                                 "antwoord-op-vraag-1.overtredingszaken-onvoorwaardelijk-geseponeerd.2023"})
        BOOST_TEST_CONTEXT(expected) { BOOST_TEST(all.count(expected) == 1u); }
}

BOOST_AUTO_TEST_CASE(names_survive_reflowed_text) {
    const auto rules = test::load_rules({"rules/default.yaml"});
    const auto text = test::read_file(test::project_file("datasets/om-sepots-2026/antwoord.txt"));
    // Two blank lines before the first heading move every figure down, not its name.
    const test::Checked original(text, rules), moved("\n\n" + text, rules);
    BOOST_TEST(figure_names(original.doc) == figure_names(moved.doc), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
