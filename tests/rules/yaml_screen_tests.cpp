// The YAML screen, run on its own: each hostile shape gives one located problem, and a
// clean file (aliases included) gives none.
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "checker/yaml_screen.hpp"

using namespace cijfer;

namespace {

std::vector<std::string> screened(const std::string& text, const YamlLimits& limits = {}) {
    std::vector<std::string> lines;
    for (const auto& p : screen_yaml(text, limits))
        lines.push_back(std::to_string(p.line) + ":" + std::to_string(p.column) + ": " + p.message);
    return lines;
}

/// The classic billion laughs: ten aliases of the level below, nine levels deep.
std::string billion_laughs() {
    std::string text = "a0: &a0 [lol]\n";
    for (int level = 1; level <= 9; ++level) {
        const auto below = "*a" + std::to_string(level - 1);
        text += "a" + std::to_string(level) + ": &a" + std::to_string(level) + " [";
        for (int k = 0; k < 10; ++k) text += (k ? ", " : "") + below;
        text += "]\n";
    }
    return text;
}

}  // namespace

#define EXPECT_SCREEN(actual, ...)                                              \
    do {                                                                        \
        const std::vector<std::string> expected_lines{__VA_ARGS__};             \
        BOOST_TEST(actual == expected_lines, boost::test_tools::per_element()); \
    } while (false)

BOOST_AUTO_TEST_SUITE(yaml_screen)

BOOST_AUTO_TEST_CASE(a_clean_file_with_small_aliases_passes) {
    EXPECT_SCREEN(screened("version: 1\n"
                           "base: &base {column: 2023}\n"
                           "rules:\n"
                           "  - {id: a, where: *base}\n"
                           "  - {id: b, where: *base}\n"));
    EXPECT_SCREEN(screened(""));
}

BOOST_AUTO_TEST_CASE(duplicate_keys_at_any_depth_are_located) {
    EXPECT_SCREEN(screened("a: 1\n"
                           "b:\n"
                           "  c: 2\n"
                           "  d: [{e: 1, e: 2}]\n"
                           "  c: 3\n"
                           "a: 4\n"),
                  "4:14: duplicate key 'e' (first given on line 4)", "5:3: duplicate key 'c' (first given on line 3)",
                  "6:1: duplicate key 'a' (first given on line 1)");
}

BOOST_AUTO_TEST_CASE(equal_keys_in_different_mappings_are_not_duplicates) {
    EXPECT_SCREEN(screened("- id: a\n  kind: x\n- id: b\n  kind: x\n"));
}

BOOST_AUTO_TEST_CASE(a_value_equal_to_a_key_is_not_a_duplicate) {
    EXPECT_SCREEN(screened("a: b\nb: a\n"));
}

BOOST_AUTO_TEST_CASE(tabs_in_indentation_are_named_at_their_column) {
    // Only the tabs: the syntax errors they cause in yaml-cpp would only confuse.
    EXPECT_SCREEN(screened("rules:\n  - id: a\n \tkind: x\n\t\tseverity: y\n"),
                  "3:2: tab in indentation (YAML indents with spaces only)",
                  "4:1: tab in indentation (YAML indents with spaces only)");
}

BOOST_AUTO_TEST_CASE(a_tab_after_the_indentation_is_allowed) {
    EXPECT_SCREEN(screened("a:\tb\n"));
}

BOOST_AUTO_TEST_CASE(an_alias_inside_the_node_it_names_is_a_cycle) {
    EXPECT_SCREEN(screened("a: &a [1, *a]\n"), "1:11: alias *a refers to a node that contains it (a cycle)");
    EXPECT_SCREEN(screened("x: &m\n  self: *m\n"), "2:9: alias *m refers to a node that contains it (a cycle)");
}

BOOST_AUTO_TEST_CASE(a_billion_laughs_stops_at_the_node_limit) {
    const auto problems = screen_yaml(billion_laughs(), {});
    BOOST_TEST_REQUIRE(problems.size() == 1u);
    BOOST_TEST(problems[0].message ==
               "YAML expands to more than 100000 nodes, aliases included (limit yaml-nodes; raise it with "
               "--limit yaml-nodes=N)");
    // Level 5 holds 10^5 expanded leaves plus its lists: it crosses 100.000 there.
    BOOST_TEST(problems[0].line == 6);
}

BOOST_AUTO_TEST_CASE(the_node_limit_is_configurable) {
    YamlLimits limits;
    limits.max_nodes = 5;
    EXPECT_SCREEN(screened("[1, 2, 3, 4]\n", limits));
    EXPECT_SCREEN(screened("[1, 2, 3, 4, 5]\n", limits),
                  "1:14: YAML expands to more than 5 nodes, aliases included (limit yaml-nodes; raise it with "
                  "--limit yaml-nodes=N)");
}

BOOST_AUTO_TEST_CASE(deep_nesting_stops_at_the_depth_limit) {
    const std::string deep = std::string(10000, '[') + std::string(10000, ']');
    EXPECT_SCREEN(screened(deep),
                  "1:65: YAML nested deeper than 64 levels (limit yaml-depth; raise it with --limit yaml-depth=N)");
    YamlLimits limits;
    limits.max_depth = 3;
    EXPECT_SCREEN(screened("a: {b: [1]}\n", limits));
    EXPECT_SCREEN(screened("a: {b: [[1]]}\n", limits),
                  "1:9: YAML nested deeper than 3 levels (limit yaml-depth; raise it with --limit yaml-depth=N)");
}

BOOST_AUTO_TEST_CASE(the_size_limit_names_where_it_is_crossed) {
    YamlLimits limits;
    limits.max_bytes = 10;
    EXPECT_SCREEN(screened("a: 1\nb: 2\n", limits));
    EXPECT_SCREEN(screened("a: 1\nb: 22\n", limits),
                  "2:6: YAML file larger than 10 bytes (limit yaml-size; raise it with --limit yaml-size=BYTES)");
}

BOOST_AUTO_TEST_CASE(a_second_document_is_reported_not_dropped) {
    EXPECT_SCREEN(screened("a: 1\n---\nb: 2\n"),
                  "2:1: a second YAML document starts here; a file holds one document");
}

BOOST_AUTO_TEST_CASE(syntax_errors_keep_the_parser_message) {
    EXPECT_SCREEN(screened("a: [1, 2\n"), "2:1: YAML syntax error: end of sequence flow not found");
    EXPECT_SCREEN(screened("a: *nothing\n"), "1:4: YAML syntax error: the referenced anchor is not defined");
}

BOOST_AUTO_TEST_CASE(nul_bytes_and_invalid_utf8_are_left_to_the_reader) {
    // yaml-cpp reads both as scalar text; the rule reader then judges the values.
    EXPECT_SCREEN(screened(std::string("a: \0b\n", 6)));
    EXPECT_SCREEN(screened("a: \xff\xfe\n"));
}

BOOST_AUTO_TEST_SUITE_END()
