// Every way a rule file can be wrong gives `file:line:col: error: message`, exactly.
#include <filesystem>

#include <boost/test/unit_test.hpp>

#include "rule_errors.hpp"

using namespace cijfer;

BOOST_AUTO_TEST_SUITE(rule_file_errors)

BOOST_AUTO_TEST_CASE(a_missing_file_is_named_with_the_system_reason) {
    EXPECT_LINES(test::messages(load_rule_file("/nonexistent/rules.yaml")),
                 "/nonexistent/rules.yaml: error: cannot read rule file: No such file or directory");
}

BOOST_AUTO_TEST_CASE(a_directory_is_not_a_rule_file) {
    const auto dir = std::filesystem::temp_directory_path().string();
    EXPECT_LINES(test::messages(load_rule_file(dir)), dir + ": error: cannot read rule file: Is a directory");
}

BOOST_AUTO_TEST_CASE(yaml_syntax_errors_carry_the_parser_position_one_based) {
    EXPECT_LINES(test::errors_of("version: 1\n  rules: []\n"),
                 "rules.yaml:2:8: error: YAML syntax error: illegal map value");
    EXPECT_LINES(test::errors_of("version: 1\nrules: [a, b\n"),
                 "rules.yaml:3:1: error: YAML syntax error: end of sequence flow not found");
}

BOOST_AUTO_TEST_CASE(an_empty_file_or_one_with_only_comments) {
    const auto expected = "rules.yaml:1:1: error: the rule file is empty; it needs 'version: 1' and 'rules:'";
    EXPECT_LINES(test::errors_of(""), expected);
    EXPECT_LINES(test::errors_of("# nothing yet\n"), expected);
}

BOOST_AUTO_TEST_CASE(the_top_level_must_be_a_mapping) {
    EXPECT_LINES(test::errors_of("- id: sums\n"),
                 "rules.yaml:1:1: error: a rule file is a mapping with the keys 'version' and 'rules'");
}

BOOST_AUTO_TEST_CASE(unknown_and_missing_top_level_keys) {
    EXPECT_LINES(test::errors_of("versoin: 1\nrules: []\n"),
                 "rules.yaml:1:1: error: unknown key 'versoin' (allowed keys: version, rules)",
                 "rules.yaml:1:1: error: missing key 'version' (this cijfercheck reads version 1)");
    EXPECT_LINES(test::errors_of("version: 1\n"), "rules.yaml:1:1: error: missing key 'rules' (a list of rules)");
}

BOOST_AUTO_TEST_CASE(an_unsupported_version) {
    EXPECT_LINES(test::errors_of("version: 2\nrules: []\n"),
                 "rules.yaml:1:10: error: unsupported version '2' (this cijfercheck reads version 1)");
}

BOOST_AUTO_TEST_CASE(rules_must_be_a_list_of_mappings) {
    EXPECT_LINES(test::errors_of("version: 1\nrules:\n  id: sums\n"),
                 "rules.yaml:3:3: error: 'rules' must be a list of rules, not a mapping");
    EXPECT_LINES(test::errors_of("version: 1\nrules:\n  - hierarchy-sum\n"),
                 "rules.yaml:3:5: error: a rule must be a mapping with the keys id, kind, severity, "
                 "description, parameters, not a text");
}

BOOST_AUTO_TEST_CASE(an_unknown_rule_key_lists_the_allowed_ones) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: sums\n"
                                 "    kind: hierarchy-sum\n"
                                 "    severty: error\n"
                                 "    description: Sums.\n"),
                 "rules.yaml:5:5: error: unknown key 'severty' in rule (allowed keys: id, kind, severity, "
                 "description, parameters)",
                 "rules.yaml:3:5: error: rule is missing the key 'severity'");
}

BOOST_AUTO_TEST_CASE(an_unknown_kind_lists_the_known_kinds) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: sums\n"
                                 "    kind: hierachy-sum\n"
                                 "    severity: error\n"
                                 "    description: Sums.\n"),
                 "rules.yaml:4:11: error: unknown rule kind 'hierachy-sum' (known kinds: " +
                     test::known_kinds_list() + ")");
}

BOOST_AUTO_TEST_CASE(a_bad_severity_lists_the_allowed_ones) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: sums\n"
                                 "    kind: hierarchy-sum\n"
                                 "    severity: fatal\n"
                                 "    description: Sums.\n"),
                 "rules.yaml:5:15: error: invalid severity 'fatal' (allowed: error, warning, info)");
}

BOOST_AUTO_TEST_CASE(a_rule_id_outside_the_allowed_characters) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: Sums_1\n"
                                 "    kind: hierarchy-sum\n"
                                 "    severity: error\n"
                                 "    description: Sums.\n"),
                 "rules.yaml:3:9: error: invalid rule id 'Sums_1' (use a-z, 0-9 and '-', starting with a "
                 "letter or digit)");
}

BOOST_AUTO_TEST_CASE(wrong_types_and_empty_values) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: sums\n"
                                 "    kind:\n"
                                 "    severity: error\n"
                                 "    description: [a, b]\n"
                                 "    parameters: [1]\n"),
                 "rules.yaml:4:5: error: 'kind' is empty",
                 "rules.yaml:6:18: error: 'description' must be a text, not a list",
                 "rules.yaml:7:17: error: 'parameters' must be a mapping, not a list");
}

BOOST_AUTO_TEST_CASE(a_file_with_errors_yields_no_rules) {
    const auto result = load_rule_text("version: 1\n"
                                       "rules:\n"
                                       "  - id: sums\n"
                                       "    kind: hierarchy-sum\n"
                                       "    severity: error\n"
                                       "    description: Sums.\n"
                                       "  - id: Bad\n"
                                       "    kind: hierarchy-sum\n"
                                       "    severity: error\n"
                                       "    description: Bad id.\n",
                                       "rules.yaml");
    BOOST_TEST(result.errors.size() == 1u);
    BOOST_TEST(result.rules.empty());
}

BOOST_AUTO_TEST_SUITE_END()
