// Errors in dataset files: each located at the line and column (1-based, code points) of
// the offending key or value, with the exact message.
#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "dataset/dataset_reader.hpp"

using namespace cijfer;

namespace {

std::vector<std::string> errors_of(const std::string& text, const std::string& name = "d.yaml") {
    const SourceText source(name, text);
    std::vector<std::string> out;
    for (const auto& e : read_dataset(source).errors) out.push_back(format_dataset_error(source, e));
    return out;
}

const std::string head = "schema: cijfercheck-dataset\nversion: 1\n";
const std::string table_head = head +
                               "tables:\n"
                               "  - title: Zaken\n"
                               "    columns: [\"2023\", \"2024\"]\n"
                               "    rows:\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(dataset_errors)

BOOST_AUTO_TEST_CASE(a_minimal_dataset_reads_without_errors) {
    const SourceText source("d.yaml", table_head +
                                          "      - {label: A, cells: {\"2023\": \"56.400\", \"2024\": \"66.3000\"}}\n"
                                          "      - {label: Totaal, cells: {\"2023\": \"56.400\"}}\n");
    const auto result = read_dataset(source);
    BOOST_TEST_REQUIRE(result.ok());
    const Table& t = result.doc.tables.at(0);
    BOOST_TEST(t.rows.size() == 2u);
    BOOST_TEST(t.rows[1].is_total);               // named as the total
    BOOST_TEST(!t.rows[1].cells[1].has_value());  // no 2024 cell
    const Figure& f = result.doc.figures.at(*t.rows[0].cells[0]);
    BOOST_TEST(f.value() == 56400.0);
    BOOST_TEST(f.rounding_unit == 0.0);           // a whole count: exact unless stated
    // The figure's span is its own bytes in the file, inside the quotes.
    BOOST_TEST(source.text(f.number.span) == "56.400");
    BOOST_TEST(source.locate(f.number.span.begin).line == 7);
    BOOST_TEST(source.locate(f.number.span.begin).column == 37);
    // A malformed figure survives as written, with its readings.
    const Figure& bad = result.doc.figures.at(*t.rows[0].cells[1]);
    BOOST_TEST(source.text(bad.number.span) == "66.3000");
    BOOST_TEST((bad.number.shape == NumberShape::malformed));
    BOOST_TEST(!bad.number.readings.empty());
}

BOOST_AUTO_TEST_CASE(yaml_syntax_error_is_located) {
    BOOST_TEST(errors_of(head + "tables: [\n") ==
               std::vector<std::string>{"d.yaml:4:1: error: YAML syntax error: end of sequence flow not found"},
               boost::test_tools::per_element());
}

// yaml-cpp 0.7 keeps one of two equal keys silently and builds a cycle from `&a [*a]`: the
// YAML screen (checker/yaml_screen.hpp) refuses both before any node is built.
BOOST_AUTO_TEST_CASE(a_duplicate_key_is_located_at_its_second_occurrence) {
    BOOST_TEST(errors_of(head + "version: 2\n") ==
                   std::vector<std::string>{"d.yaml:3:1: error: duplicate key 'version' (first given on line 2)"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(an_alias_cycle_is_refused_not_followed) {
    BOOST_TEST(errors_of(head + "tables: &a [*a]\n") ==
                   std::vector<std::string>{"d.yaml:3:13: error: alias *a refers to a node that contains it (a cycle)"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(schema_line_is_required) {
    BOOST_TEST(errors_of("schema: something-else\nversion: 1\n") ==
                   std::vector<std::string>{"d.yaml:1:9: error: a dataset starts with 'schema: cijfercheck-dataset'"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(unknown_key_is_named_with_the_keys_allowed) {
    BOOST_TEST(errors_of(table_head + "      - {label: A, precison: 100}\n") ==
                   std::vector<std::string>{"d.yaml:7:20: error: unknown key 'precison' in a row (expected one of: code, "
                                            "label, parent, total, heading, children, label_code, indent, at, page, cells)"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_figure_that_is_no_number) {
    BOOST_TEST(errors_of(table_head + "      - {label: A, cells: {\"2023\": \"veel\"}}\n") ==
                   std::vector<std::string>{"d.yaml:7:37: error: 'veel' is not a number as the grammar reads one "
                                            "(docs/numbers.md); give its value"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(value_that_disagrees_with_the_figure_as_written) {
    BOOST_TEST(errors_of(table_head + "      - {label: A, cells: {\"2023\": {written: \"56.400\", value: 56.4}}}\n") ==
                   std::vector<std::string>{"d.yaml:7:63: error: value 56.4 does not match the figure as written, "
                                            "'56.400' (read as 56400)"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_cell_of_a_column_the_table_lacks) {
    BOOST_TEST(errors_of(table_head + "      - {label: A, cells: {\"2025\": \"1\"}}\n") ==
                   std::vector<std::string>{"d.yaml:7:28: error: the table has no column '2025'"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_parent_that_is_no_earlier_row) {
    BOOST_TEST(errors_of(table_head + "      - {code: \"1.1\", label: A, parent: \"1\"}\n") ==
                   std::vector<std::string>{"d.yaml:7:41: error: no earlier row of the table has the code or label '1'"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_statement_part_that_names_no_statement) {
    BOOST_TEST(errors_of(head + "statements:\n  - {name: a, kind: share, part: b, figure: \"29\"}\n") ==
                   std::vector<std::string>{"d.yaml:4:34: error: no statement is named 'b'"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(column_of_a_line_counts_code_points) {
    // "é" is two bytes and one column.
    BOOST_TEST(errors_of(table_head + "      - {label: é, x: 1}\n") ==
                   std::vector<std::string>{"d.yaml:7:20: error: unknown key 'x' in a row (expected one of: code, "
                                            "label, parent, total, heading, children, label_code, indent, at, page, cells)"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(figures_of_a_dataset_are_checked_at_their_place_in_the_file) {
    const SourceText source("d.yaml", table_head +
                                          "      - {code: \"1\", label: A, cells: {\"2023\": \"100\"}}\n"
                                          "      - {code: \"1.1\", label: B, parent: \"1\", cells: {\"2023\": \"60\"}}\n"
                                          "      - {code: \"1.2\", label: C, parent: \"1\", cells: {\"2023\": \"30\"}}\n");
    const auto result = read_dataset(source);
    BOOST_TEST_REQUIRE(result.ok());
    RuleSet rules;
    RuleSpec rule;
    rule.id = "sums";
    rule.kind = "hierarchy-sum";
    rules.rules.push_back(rule);
    const auto report = run_checks(result.doc, rules);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto at = source.locate(report.findings[0].span.begin);
    BOOST_TEST(at.line == 7);
    BOOST_TEST(at.column == 48);
    BOOST_TEST(report.findings[0].found == "100");
}

BOOST_AUTO_TEST_SUITE_END()
