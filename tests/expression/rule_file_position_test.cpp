#include <string>

#include <boost/test/unit_test.hpp>

#include "checker/rule_loader.hpp"

using namespace cijfer;

namespace {

/// A rule file whose eighth line is `      expression: <value>` (the value starts in column
/// 19), followed by `more` lines; its one error as the user reads it.
std::string error_for(const std::string& value, const std::string& more = "") {
    const std::string text = "version: 1\n"
                             "rules:\n"
                             "  - id: r\n"
                             "    kind: expression\n"
                             "    severity: warning\n"
                             "    description: d\n"
                             "    parameters:\n"
                             "      expression: " + value + "\n" + more;
    const auto result = load_rule_text(text, "rules.yaml");
    if (result.errors.size() != 1) return std::to_string(result.errors.size()) + " errors";
    return format_rule_file_error(result.errors[0]);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rule_file_positions)

BOOST_AUTO_TEST_CASE(a_plain_scalar) {
    BOOST_TEST(error_for("a = = b") == "rules.yaml:8:23: error: expected an operand, found '='");
}

BOOST_AUTO_TEST_CASE(a_double_quoted_scalar_counts_its_quote_and_escapes) {
    // t.row("a") = = b: the second '=' is byte 13 of the value, column 35 of the line.
    BOOST_TEST(error_for(R"("t.row(\"a\") = = b")") == "rules.yaml:8:35: error: expected an operand, found '='");
    BOOST_TEST(error_for(R"("a = b\n+ = c")") == "rules.yaml:8:29: error: expected an operand, found '='");
    BOOST_TEST(error_for(R"("a = b\x20+ = c")") == "rules.yaml:8:31: error: expected an operand, found '='");
    // At the end: the closing quote.
    BOOST_TEST(error_for(R"("t.row(\"a\") = b +")") ==
               "rules.yaml:8:38: error: expected an operand, found the end of the expression");
}

BOOST_AUTO_TEST_CASE(a_single_quoted_scalar_counts_doubled_quotes) {
    BOOST_TEST(error_for("'t.row(''a'') = = b'") == "rules.yaml:8:35: error: expected an operand, found '='");
}

BOOST_AUTO_TEST_CASE(a_quoted_scalar_folded_over_lines) {
    // The line break folds to a space; the next line's indentation is dropped.
    BOOST_TEST(error_for("\"a = b +\n        = c\"") == "rules.yaml:9:9: error: expected an operand, found '='");
    BOOST_TEST(error_for("'a = b +\n        = c'") == "rules.yaml:9:9: error: expected an operand, found '='");
}

BOOST_AUTO_TEST_CASE(literal_and_folded_block_scalars) {
    BOOST_TEST(error_for("|", "        for year in columns:\n          a = = b\n") ==
               "rules.yaml:10:15: error: expected an operand, found '='");
    BOOST_TEST(error_for(">-", "        table(title: \"X\").total[\"2023\"]\n        = sum(1 2)\n") ==
               "rules.yaml:10:17: error: expected ')', found '2'");
    BOOST_TEST(error_for(">-", "        table(title: \"X\").total[\"2023\"]\n        = sum(1, 2\n") ==
               "rules.yaml:10:19: error: expected ')', found the end of the expression");
}

BOOST_AUTO_TEST_CASE(errors_of_meaning_are_located_too) {
    BOOST_TEST(error_for(R"('table(titel: "X").total["2023"] = 1')") ==
               "rules.yaml:8:26: error: unknown key 'titel' in table(...) (allowed keys: section, title, position)");
    BOOST_TEST(error_for(R"('table(title: "X").row("1") = 1')") ==
               "rules.yaml:8:20: error: this selects several figures; add them up with sum(...) or pick one cell "
               "with [column]");
    BOOST_TEST(error_for(R"('tabel(title: "X") = 1')") ==
               "rules.yaml:8:20: error: unknown name 'tabel' (known: table, statement, percentage, fig, sum, pct)");
    BOOST_TEST(error_for(R"('statement(noun: "x", year: year) = 1')") ==
               "rules.yaml:8:47: error: year must be a text, a number or the loop variable");
    BOOST_TEST(error_for(R"('fig("a") < fig("b") within 5')") ==
               "rules.yaml:8:40: error: 'within' bounds an equality (= or ==), not '<'");
}

BOOST_AUTO_TEST_CASE(a_loop_over_columns_needs_a_table) {
    BOOST_TEST(error_for(R"('for y in columns: fig("a", y) = 1')") ==
               "rules.yaml:8:29: error: 'columns' are those of the first table the expression names, and it names none");
}

BOOST_AUTO_TEST_CASE(the_nesting_limit_is_named) {
    const std::string deep = "'a = " + std::string(33, '(') + "1" + std::string(33, ')') + "'";
    BOOST_TEST(error_for(deep) ==
               "rules.yaml:8:56: error: brackets nest more than 32 deep here (the limit of the expression language)");
}

BOOST_AUTO_TEST_CASE(the_parameter_itself) {
    const std::string head = "version: 1\nrules:\n  - id: r\n    kind: expression\n    severity: warning\n"
                             "    description: d\n";
    const auto missing = load_rule_text(head, "rules.yaml");
    BOOST_TEST_REQUIRE(missing.errors.size() == 1u);
    BOOST_TEST(format_rule_file_error(missing.errors[0]) ==
               "rules.yaml:3:5: error: expression needs the parameter 'expression' (docs/expressions.md)");
    const auto extra = load_rule_text(head + "    parameters:\n      expression: a = b\n      within: 5\n", "rules.yaml");
    BOOST_TEST_REQUIRE(extra.errors.size() == 1u);
    BOOST_TEST(format_rule_file_error(extra.errors[0]) ==
               "rules.yaml:9:7: error: unknown parameter 'within' (allowed: expression)");
}

BOOST_AUTO_TEST_SUITE_END()
