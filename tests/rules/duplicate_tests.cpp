// Duplicates: rule ids within and across files, and repeated mapping keys, which
// yaml-cpp 0.7 would otherwise accept silently (it reads the first and drops the second).
#include <boost/test/unit_test.hpp>

#include "rule_errors.hpp"

using namespace cijfer;

namespace {
const char* const sums_rule =
    "version: 1\n"
    "rules:\n"
    "  - id: sums\n"
    "    kind: hierarchy-sum\n"
    "    severity: error\n"
    "    description: One.\n";
}

BOOST_AUTO_TEST_SUITE(duplicates)

BOOST_AUTO_TEST_CASE(a_rule_id_repeated_in_one_file_points_at_the_second) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: sums\n"
                                 "    kind: hierarchy-sum\n"
                                 "    severity: error\n"
                                 "    description: One.\n"
                                 "  - id: sums\n"
                                 "    kind: hierarchy-sum\n"
                                 "    severity: warning\n"
                                 "    description: Two.\n"),
                 "rules.yaml:7:9: error: duplicate rule id 'sums' (first defined on line 3)");
}

BOOST_AUTO_TEST_CASE(a_rule_id_repeated_across_files_names_the_first_file) {
    RuleSet set;
    std::vector<RuleFileError> errors;
    BOOST_TEST(add_rule_file(set, "a.yaml", load_rule_text(sums_rule, "a.yaml"), errors));
    BOOST_TEST(!add_rule_file(set, "b.yaml", load_rule_text(sums_rule, "b.yaml"), errors));
    std::vector<std::string> shown;
    for (const auto& error : errors) shown.push_back(format_rule_file_error(error));
    EXPECT_LINES(shown, "b.yaml:3:5: error: duplicate rule id 'sums' (first defined in a.yaml on line 3)");
    BOOST_TEST(set.rules.size() == 1u);
    EXPECT_LINES(set.files, "a.yaml", "b.yaml");
}

BOOST_AUTO_TEST_CASE(a_repeated_key_in_a_rule_is_reported_at_its_line_and_column) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: sums\n"
                                 "    kind: hierarchy-sum\n"
                                 "    severity: error\n"
                                 "    description: One.\n"
                                 "    severity: info\n"),
                 "rules.yaml:7:5: error: duplicate key 'severity' (first given on line 5)");
}

BOOST_AUTO_TEST_CASE(a_repeated_top_level_key) {
    EXPECT_LINES(test::errors_of("version: 1\nversion: 1\nrules: []\n"),
                 "rules.yaml:2:1: error: duplicate key 'version' (first given on line 1)");
}

BOOST_AUTO_TEST_CASE(a_repeated_key_inside_a_flow_mapping_of_parameters) {
    EXPECT_LINES(test::errors_of("version: 1\n"
                                 "rules:\n"
                                 "  - id: sums\n"
                                 "    kind: no-such-kind\n"
                                 "    severity: error\n"
                                 "    description: One.\n"
                                 "    parameters: {a: 1, a: 2}\n"),
                 "rules.yaml:7:24: error: duplicate key 'a' (first given on line 7)");
}

BOOST_AUTO_TEST_SUITE_END()
