#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "checker/rule_kind.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

namespace {

using Kind = Statement::Kind;

const std::string seed_parameters = R"(
total:
  table: {section: "vraag 2", title: "Aantal misdrijfzaken"}
  row: Eindtotaal
columns: ["2023", "2024"]
parts:
  - statement: {noun: "misdrijfzaken onvoorwaardelijk geseponeerd"}
  - statement: {noun: "misdrijfzaken voorwaardelijk"}
)";

/// The seed's prose (question 1, rounded to hundreds) and its table (question 2, exact).
DocBuilder seed(const std::string& total_2023, const std::string& total_2024) {
    DocBuilder b;
    b.section("Antwoord op vraag 1", {1});
    b.statement(Kind::count, "56.400", "misdrijfzaken onvoorwaardelijk geseponeerd", 2023, 100);
    b.statement(Kind::count, "9.400", "misdrijfzaken voorwaardelijk", 2023, 100);
    b.statement(Kind::share, "29%", "onvoorwaardelijke sepots misdrijfzaken", 2023);
    b.statement(Kind::count, "64.700", "misdrijfzaken onvoorwaardelijk geseponeerd", 2024, 100);
    b.statement(Kind::count, "9.400", "misdrijfzaken voorwaardelijk", 2024, 100);
    b.section("Antwoord op vraag 20", {20});
    const auto decoy = b.table("Aantal misdrijfzaken", "Delictindeling conform C&R", {"2023", "2024"});
    b.row(decoy, "", "Eindtotaal", {"1", "2"});
    b.section("Antwoord op vraag 2", {2});
    const auto t = b.table("Aantal misdrijfzaken", "Delictindeling conform C&R", {"2023", "2024"});
    b.row(t, "1", "Vermogensdelicten", {"17.418", "16.467"});
    b.row(t, "", "Eindtotaal", {total_2023, total_2024});
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cross_total)

BOOST_AUTO_TEST_CASE(table_totals_against_rounded_prose_figures) {
    auto b = seed("65.496", "74.050");
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("cross-total", Severity::warning, seed_parameters));
    BOOST_TEST_REQUIRE(report.checks.size() == 2u);
    BOOST_TEST(report.checks[0].relation.year == "2023");
    BOOST_TEST(static_cast<int>(report.checks[0].evaluation.outcome) == static_cast<int>(Outcome::failed));
    BOOST_TEST(static_cast<int>(report.checks[1].evaluation.outcome) ==
               static_cast<int>(Outcome::passed_within_rounding));

    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.kind == "cross-total");
    BOOST_TEST(static_cast<int>(f.severity) == static_cast<int>(Severity::warning));
    BOOST_TEST(doc.source->text(f.span) == "65.496");
    BOOST_TEST(f.message.key == "sum.failed");
    BOOST_TEST(arg_text(f.message, "context") == "Aantal misdrijfzaken \u203a Eindtotaal \u203a 2023");
    BOOST_TEST(arg_text(f.message, "found") == "65.496");
    BOOST_TEST(arg_number(f.message, "expected") == 65800);
    BOOST_TEST(arg_text(f.message, "parts") == "56.400 + 9.400");
    BOOST_TEST(arg_number(f.message, "imbalance") == -304);
    BOOST_TEST(arg_number(f.message, "excess") == 204);
    BOOST_TEST(f.expected == "65.800");
    BOOST_TEST(f.found == "65.496");
    BOOST_TEST_REQUIRE(f.related.size() == 2u);
    BOOST_TEST(f.related[0].role == "misdrijfzaken onvoorwaardelijk geseponeerd, 2023");
}

BOOST_AUTO_TEST_CASE(a_selector_that_matches_nothing_is_a_warning_not_a_pass) {
    auto b = seed("65.496", "73.599");
    auto params = seed_parameters;
    params.replace(params.find("misdrijfzaken voorwaardelijk"), 28, "overtredingen voorwaardelijk");
    const auto report = run_checks(b.finish(), one_rule("cross-total", Severity::error, params));
    BOOST_TEST(report.checks.empty());
    const auto no_match = with_key(report, "selector.no-match");
    BOOST_TEST_REQUIRE(no_match.size() == 2u);  // one per column
    BOOST_TEST(static_cast<int>(no_match[0].severity) == static_cast<int>(Severity::warning));
    BOOST_TEST(arg_text(no_match[0].message, "selector") == "{noun: overtredingen voorwaardelijk, year: 2023}");
}

BOOST_AUTO_TEST_CASE(a_selector_that_matches_several_is_an_error) {
    auto b = seed("65.496", "73.599");
    const std::string params = R"(
total: {table: {title: "Aantal misdrijfzaken"}, row: Eindtotaal}
parts: [{statement: {noun: "misdrijfzaken"}}]
)";
    const auto report = run_checks(b.finish(), one_rule("cross-total", Severity::warning, params));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "selector.ambiguous");
    BOOST_TEST(static_cast<int>(f.severity) == static_cast<int>(Severity::error));
    BOOST_TEST(arg_text(f.message, "selector") == "{title: Aantal misdrijfzaken, row: Eindtotaal}");
    BOOST_TEST(arg_number(f.message, "count") == 2);
}

BOOST_AUTO_TEST_CASE(a_table_by_position_and_a_row_by_code) {
    auto b = seed("65.496", "73.599");
    const std::string params = R"(
total: {table: {section: "vraag 2", position: 1}, row: "1."}
columns: ["2023"]
parts: [{statement: {noun: "misdrijfzaken onvoorwaardelijk", year: 2024}}]
)";
    const auto report = run_checks(b.finish(), one_rule("cross-total", Severity::warning, params));
    BOOST_TEST_REQUIRE(report.checks.size() == 1u);
    BOOST_TEST(report.checks[0].evaluation.found == 17418);
    BOOST_TEST(report.checks[0].evaluation.expected == 64700);
}

BOOST_AUTO_TEST_CASE(validation_reports_located_errors) {
    const std::string params = R"(total:
  table: {section: "vraag 2", titel: "Aantal"}
  row: Eindtotaal
colums: ["2023"]
parts:
  - statement: {noun: "misdrijfzaken", year: twee}
  - onzin
)";
    auto rule = one_rule("cross-total", Severity::warning, params).rules[0];
    std::vector<RuleFileError> errors;
    find_rule_kind("cross-total")->validate(rule, errors);
    BOOST_TEST_REQUIRE(errors.size() == 4u);
    BOOST_TEST(errors[0].message == "unknown parameter 'colums' (allowed: total, columns, parts)");
    BOOST_TEST(errors[0].position.file == "rules.yaml");
    BOOST_TEST(errors[0].position.line == 4);
    BOOST_TEST(errors[0].position.column == 1);
    BOOST_TEST(errors[1].message == "unknown selector key 'titel' (allowed keys: section, title, position)");
    BOOST_TEST(errors[1].position.line == 2);
    BOOST_TEST(errors[1].position.column == 31);
    BOOST_TEST(errors[2].message == "selector key 'year' must be a whole number, not 'twee'");
    BOOST_TEST(errors[2].position.line == 6);
    BOOST_TEST(errors[3].message == "each part must be a mapping with the one key 'statement'");
    BOOST_TEST(errors[3].position.line == 7);
    BOOST_TEST(errors[3].position.column == 5);
}

BOOST_AUTO_TEST_CASE(validation_requires_total_and_parts) {
    auto rule = one_rule("cross-total", Severity::warning, "{}").rules[0];
    std::vector<RuleFileError> errors;
    find_rule_kind("cross-total")->validate(rule, errors);
    BOOST_TEST_REQUIRE(errors.size() == 2u);
    BOOST_TEST(errors[0].message == "cross-total needs the parameter 'total'");
    BOOST_TEST(errors[1].message == "cross-total needs the parameter 'parts'");
}

BOOST_AUTO_TEST_SUITE_END()
