// The built-in rules are loaded without the YAML screen (checker/rule_loader.hpp): this test
// is the screen they skip. It fails if rules/default.yaml ever holds a duplicate key, an
// alias or anything else the screen refuses, and shows that both loaders agree on it.
#include <boost/test/unit_test.hpp>

#include "checker/rule_loader.hpp"
#include "checker/yaml_screen.hpp"
#include "cli/default_rules.hpp"
#include "run_cijfercheck.hpp"

BOOST_AUTO_TEST_SUITE(built_in_rules)

BOOST_AUTO_TEST_CASE(the_built_in_rules_pass_the_yaml_screen_and_load_the_same_either_way) {
    const auto text = cijfer::cli::default_rules_yaml();
    // The compiled-in text is rules/default.yaml as it stands.
    BOOST_TEST(text == cijfer::test::project_text("rules/default.yaml"));
    BOOST_TEST(cijfer::screen_yaml(text, cijfer::RuleFileLimits{}.yaml).empty());
    const auto screened = cijfer::load_rule_text(text, "default.yaml");
    const auto trusted = cijfer::load_built_in_rule_text(text, "default.yaml");
    BOOST_TEST(screened.ok());
    BOOST_TEST(trusted.ok());
    BOOST_TEST_REQUIRE(screened.rules.size() == trusted.rules.size());
    for (std::size_t r = 0; r < screened.rules.size(); ++r) {
        BOOST_TEST(screened.rules[r].id == trusted.rules[r].id);
        BOOST_TEST(screened.rules[r].kind == trusted.rules[r].kind);
    }
}

BOOST_AUTO_TEST_CASE(a_duplicate_key_is_refused_by_the_screen_and_not_by_the_trusted_loader) {
    // Why the screen matters for every other rule file: yaml-cpp keeps one of two keys.
    const std::string text = "version: 1\nrules: []\nrules: []\n";
    BOOST_TEST(!cijfer::load_rule_text(text, "r.yaml").ok());
    BOOST_TEST(cijfer::load_built_in_rule_text(text, "r.yaml").ok());
}

BOOST_AUTO_TEST_SUITE_END()
