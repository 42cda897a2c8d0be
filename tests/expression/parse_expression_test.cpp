#include <string>

#include <boost/test/unit_test.hpp>

#include "grammar/expression/parse_expression.hpp"

using namespace cijfer::expr;

namespace {

/// "offset: message" of a failed parse; "ok" when it parsed.
std::string error_of(const std::string& text) {
    const auto result = parse_expression(text);
    if (!result.error) return "ok";
    return std::to_string(result.error->offset) + ": " + result.error->message;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(parse_expression_grammar)

BOOST_AUTO_TEST_CASE(a_sum_of_selected_figures) {
    const auto result = parse_expression(
        R"(for year in columns: table(section: "vraag 2", title: "Aantal misdrijfzaken").total[year] = )"
        R"(statement(noun: "misdrijfzaken onvoorwaardelijk geseponeerd", year: year) + statement(noun: 'x', year: year))");
    BOOST_TEST_REQUIRE(!result.error);
    const RuleExpression& e = *result.expression;
    BOOST_TEST_REQUIRE(e.loop.has_value());
    BOOST_TEST(e.loop->variable == "year");
    BOOST_TEST(e.loop->variable_at == 4u);
    BOOST_TEST_REQUIRE(e.loop->values.size() == 1u);
    BOOST_TEST(e.loop->values[0]->text == "columns");
    const Node& lhs = *e.comparison.lhs;
    BOOST_TEST(static_cast<int>(lhs.kind) == static_cast<int>(Node::Kind::call));
    BOOST_TEST(lhs.text == "table");
    BOOST_TEST(lhs.at == 21u);
    BOOST_TEST_REQUIRE(lhs.arguments.size() == 2u);
    BOOST_TEST(lhs.arguments[0].name == "section");
    BOOST_TEST(lhs.arguments[0].value->text == "vraag 2");
    BOOST_TEST(lhs.arguments[1].value->text == "Aantal misdrijfzaken");
    BOOST_TEST_REQUIRE(lhs.steps.size() == 2u);
    BOOST_TEST(lhs.steps[0].name == "total");
    BOOST_TEST(!lhs.steps[0].has_arguments);
    BOOST_TEST(lhs.steps[1].name == "");
    BOOST_TEST(lhs.steps[1].arguments[0].value->text == "year");
    BOOST_TEST(e.comparison.op == "=");
    const Node& rhs = *e.comparison.rhs;
    BOOST_TEST_REQUIRE(static_cast<int>(rhs.kind) == static_cast<int>(Node::Kind::chain));
    BOOST_TEST(rhs.first->text == "statement");
    BOOST_TEST_REQUIRE(rhs.rest.size() == 1u);
    BOOST_TEST(rhs.rest[0].op == '+');
    BOOST_TEST(rhs.rest[0].operand->arguments[0].value->text == "x");
}

BOOST_AUTO_TEST_CASE(precedence_negation_and_bounds) {
    const auto result = parse_expression("--a * (b - 2.5) / 4 >= -c within 1.5%");
    BOOST_TEST_REQUIRE(!result.error);
    const Comparison& c = result.expression->comparison;
    BOOST_TEST(c.op == ">=");
    BOOST_TEST_REQUIRE(c.within.has_value());
    BOOST_TEST(c.within->amount == 1.5);
    BOOST_TEST(c.within->relative);
    BOOST_TEST(c.within->at == 26u);
    const Node& lhs = *c.lhs;  // ((--a) * (b - 2.5)) / 4: one chain of * and /
    BOOST_TEST_REQUIRE(static_cast<int>(lhs.kind) == static_cast<int>(Node::Kind::chain));
    BOOST_TEST(lhs.first->negations == 2);
    BOOST_TEST_REQUIRE(lhs.rest.size() == 2u);
    BOOST_TEST(lhs.rest[0].op == '*');
    BOOST_TEST(lhs.rest[0].operand->rest[0].operand->number == 2.5);
    BOOST_TEST(lhs.rest[1].op == '/');
    BOOST_TEST(c.rhs->negations == 1);
    BOOST_TEST(!parse_expression("a = b within 5").expression->comparison.within->relative);
}

BOOST_AUTO_TEST_CASE(every_comparison_operator) {
    for (const std::string op : {"=", "==", "!=", "<", "<=", ">", ">="}) {
        const auto result = parse_expression("a " + op + " b");
        BOOST_TEST_REQUIRE(!result.error, op);
        BOOST_TEST(result.expression->comparison.op == op);
    }
}

BOOST_AUTO_TEST_CASE(a_loop_over_listed_years) {
    const auto result = parse_expression("for y in 2023, \"2024\": fig(\"a.b\", y) = 1");
    BOOST_TEST_REQUIRE(!result.error);
    BOOST_TEST_REQUIRE(result.expression->loop->values.size() == 2u);
    BOOST_TEST(result.expression->loop->values[0]->number == 2023);
    BOOST_TEST(result.expression->loop->values[1]->text == "2024");
}

BOOST_AUTO_TEST_CASE(malformed_expressions_are_located) {
    BOOST_TEST(error_of("") == "0: expected an expression to check, such as a = b + c, found the end of the expression");
    BOOST_TEST(error_of("a + b") == "5: expected a comparison (=, ==, !=, <, <=, >, >=), found the end of the expression");
    BOOST_TEST(error_of("a + = b") == "4: expected an operand, found '='");
    BOOST_TEST(error_of("sum(a, b = c") == "9: expected ')', found '='");
    BOOST_TEST(error_of("t.row(\"x) = 1") == "13: expected a closing '\"', found the end of the expression");
    BOOST_TEST(error_of("a = b c") == "6: expected the end of the expression, found 'c'");
    BOOST_TEST(error_of("a = t[2023") == "10: expected ']', found the end of the expression");
    BOOST_TEST(error_of("for year columns: a = b") == "9: expected 'in', found 'columns'");
    BOOST_TEST(error_of("for year in 2023 a = b") == "17: expected ':' after the values of the loop, found 'a'");
    BOOST_TEST(error_of("a = b within %") == "13: expected a number, found '%'");
    BOOST_TEST(error_of("a = t.") == "6: expected a name, found the end of the expression");
    BOOST_TEST(error_of("a = b × 2") == "6: expected the end of the expression, found '×'");
}

BOOST_AUTO_TEST_CASE(a_number_with_three_decimals_is_refused_as_ambiguous) {
    BOOST_TEST(error_of("a = 56.400") ==
               "4: '56.400' is ambiguous: expressions write numbers without thousands separators and with a "
               "decimal point (56400, or 56.40)");
    BOOST_TEST(error_of("a = 56.4") == "ok");
}

BOOST_AUTO_TEST_CASE(nesting_is_bounded) {
    const auto nested = [](int depth) {
        return "a = " + std::string(static_cast<std::size_t>(depth), '(') + "1" +
               std::string(static_cast<std::size_t>(depth), ')');
    };
    BOOST_TEST(error_of(nested(max_nesting)) == "ok");
    BOOST_TEST(error_of(nested(max_nesting + 1)) ==
               "36: brackets nest more than 32 deep here (the limit of the expression language)");
    // Far beyond the limit: refused before the recursive parser runs, so the stack holds.
    BOOST_TEST(error_of(nested(100000)).rfind("36: brackets nest more than 32 deep", 0) == 0u);
    // Brackets inside quotes do not count; minus signs do not nest.
    BOOST_TEST(error_of("a = t.row(\"" + std::string(100, '(') + "\")[1]") == "ok");
    BOOST_TEST(error_of("a = " + std::string(10000, '-') + "1") == "ok");
    // Call arguments and subscripts nest too.
    std::string calls = "a = ";
    for (int i = 0; i < max_nesting; ++i) calls += "sum(";
    calls += "1" + std::string(max_nesting, ')');
    BOOST_TEST(error_of(calls) == "ok");
    BOOST_TEST(error_of("a = t[" + calls.substr(4) + "]").find("brackets nest more than 32 deep") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(long_flat_chains_do_not_recurse) {
    std::string sum = "a = 1";
    for (int i = 0; i < 20000; ++i) sum += " + 1";
    const auto result = parse_expression(sum);
    BOOST_TEST_REQUIRE(!result.error);
    BOOST_TEST(result.expression->comparison.rhs->rest.size() == 20000u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(parse_expression_arguments)

BOOST_AUTO_TEST_CASE(a_positional_argument_has_no_key) {
    const auto result = parse_expression("sum(t(x: 1), 2) = 1");
    BOOST_TEST_REQUIRE(!result.error);
    const Node& sum = *result.expression->comparison.lhs;
    BOOST_TEST_REQUIRE(sum.arguments.size() == 2u);
    BOOST_TEST(sum.arguments[0].name == "");
    BOOST_TEST(sum.arguments[0].value->text == "t");
    BOOST_TEST(sum.arguments[0].value->arguments[0].name == "x");
    BOOST_TEST(sum.arguments[0].value->arguments[0].name_at == 6u);
    BOOST_TEST(sum.arguments[1].name == "");
}

BOOST_AUTO_TEST_SUITE_END()
