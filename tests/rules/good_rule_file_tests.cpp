// Good rule files load into RuleSpecs with every value and position as written.
#include <filesystem>
#include <fstream>

#include <boost/test/unit_test.hpp>

#include "rule_errors.hpp"

using namespace cijfer;

BOOST_AUTO_TEST_SUITE(good_rule_files)

BOOST_AUTO_TEST_CASE(loads_every_field_and_the_rule_position) {
    const auto result = load_rule_text(
        "version: 1\n"
        "rules:\n"
        "  - id: sepot-sums\n"
        "    kind: hierarchy-sum\n"
        "    severity: warning\n"
        "    description: Parent rows equal the sum of their sub-categories.\n"
        "    parameters: {}\n"
        "  - id: codes\n"
        "    kind: numbering\n"
        "    severity: info\n"
        "    description: >-\n"
        "      Row codes\n"
        "      in order.\n",
        "mine.yaml");
    EXPECT_LINES(test::messages(result));
    BOOST_TEST_REQUIRE(result.rules.size() == 2u);

    const auto& first = result.rules[0];
    BOOST_TEST(first.id == "sepot-sums");
    BOOST_TEST(first.kind == "hierarchy-sum");
    BOOST_TEST((first.severity == Severity::warning));
    BOOST_TEST(first.description == "Parent rows equal the sum of their sub-categories.");
    BOOST_TEST(first.parameters.IsMap());
    BOOST_TEST(first.position.file == "mine.yaml");
    BOOST_TEST(first.position.line == 3);
    BOOST_TEST(first.position.column == 5);

    const auto& second = result.rules[1];
    BOOST_TEST(second.id == "codes");
    BOOST_TEST(second.kind == "numbering");
    BOOST_TEST((second.severity == Severity::info));
    BOOST_TEST(second.description == "Row codes in order.");
    BOOST_TEST(second.parameters.IsMap());  // absent parameters read as an empty mapping
    BOOST_TEST(second.parameters.size() == 0u);
    BOOST_TEST(second.position.line == 8);
}

BOOST_AUTO_TEST_CASE(an_empty_rule_list_is_a_valid_file) {
    const auto result = load_rule_text("version: 1\nrules: []\n", "none.yaml");
    BOOST_TEST(result.ok());
    BOOST_TEST(result.rules.empty());
}

BOOST_AUTO_TEST_CASE(the_shipped_default_rules_load_one_rule_per_generic_kind) {
    const auto result = load_rule_file(CIJFER_SOURCE_DIR "/rules/default.yaml");
    EXPECT_LINES(test::messages(result));
    std::vector<std::pair<std::string, Severity>> loaded;
    for (const auto& rule : result.rules) {
        BOOST_TEST(rule.id == rule.kind);
        BOOST_TEST(!rule.description.empty());
        loaded.emplace_back(rule.id, rule.severity);
    }
    const std::vector<std::pair<std::string, Severity>> expected = {
        {"hierarchy-sum", Severity::error},    {"total-sum", Severity::error},
        {"percent-sum", Severity::error},      {"percent-of-total", Severity::error},
        {"percent-change", Severity::error},
        {"number-format", Severity::error},    {"numbering", Severity::warning},
        {"coverage", Severity::info},
        {"inferred-relation", Severity::error},
    };
    BOOST_TEST((loaded == expected));
}

BOOST_AUTO_TEST_CASE(load_rule_file_names_the_file_as_given) {
    const auto dir = std::filesystem::temp_directory_path() / "cijfer_rule_loader_tests";
    std::filesystem::create_directories(dir);
    const auto path = (dir / "given.yaml").string();
    std::ofstream(path) << "version: 1\nrules:\n  - id: x\n";
    const auto result = load_rule_file(path);
    EXPECT_LINES(test::messages(result), path + ":3:5: error: rule is missing the key 'kind'",
                 path + ":3:5: error: rule is missing the key 'severity'",
                 path + ":3:5: error: rule is missing the key 'description'");
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_SUITE_END()
