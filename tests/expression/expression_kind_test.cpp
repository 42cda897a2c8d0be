#include <cmath>
#include <map>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "../checker/doc_builder.hpp"
#include "../checker/test_support.hpp"
#include "checker/checker.hpp"
#include "checker/rule_loader.hpp"

using namespace cijfer;
using namespace cijfer::test;

namespace {

using Kind = Statement::Kind;

/// One expression rule with this text (YAML single-quoted, so double quotes need no escape).
RuleSet expression_rule(const std::string& expression, Severity severity = Severity::warning) {
    return one_rule("expression", severity, "expression: '" + expression + "'");
}

/// "text-of-anchor key" per finding, for readable failures.
std::string summary(const Document& doc, const CheckReport& report) {
    std::ostringstream out;
    for (const auto& f : report.findings) out << doc.source->text(f.span) << ' ' << f.message.key << ';';
    return out.str();
}

int outcome(const CheckResult& check) { return static_cast<int>(check.evaluation.outcome); }
constexpr int passed = static_cast<int>(Outcome::passed);
constexpr int within_rounding = static_cast<int>(Outcome::passed_within_rounding);

/// A coded table of 2023 and 2024 counts; `sub_2` is the 2023 cell of 1.2.
DocBuilder coded_table(const std::string& sub_2, const std::string& total_2024) {
    DocBuilder b;
    b.section("Antwoord op vraag 3", {3});
    const auto t = b.table("Aantal zaken", "Categorie", {"2023", "2024"});
    b.row(t, "1", "Vermogen", {"1.000", "1.100"});
    b.row(t, "1.1", "Diefstal", {"600", "700"});
    b.row(t, "1.2", "Inbraak", {sub_2, "400"});
    b.row(t, "2", "Overig", {"500", "600"});
    b.row(t, "", "Totaal", {"1.500", total_2024});
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(expression_kind)

BOOST_AUTO_TEST_CASE(a_parent_equals_the_sum_of_its_children) {
    const std::string rule =
        R"(for year in columns: table(title: "Aantal zaken").row("1")[year] = sum(table(title: "Aantal zaken").children("1")[year]))";
    {
        auto b = coded_table("400", "1.700");
        const auto report = run_checks(b.finish(), expression_rule(rule));
        BOOST_TEST_REQUIRE(report.checks.size() == 2u);
        BOOST_TEST(outcome(report.checks[0]) == passed);
        BOOST_TEST(outcome(report.checks[1]) == passed);
        BOOST_TEST(report.findings.empty());
    }
    auto b = coded_table("410", "1.700");
    const auto& doc = b.finish();
    const auto report = run_checks(doc, expression_rule(rule));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u, summary(doc, report));
    const auto& f = report.findings[0];
    BOOST_TEST(doc.source->text(f.span) == "1.000");
    BOOST_TEST(f.message.key == "sum.failed");
    BOOST_TEST(arg_text(f.message, "context") == "Aantal zaken \u203a 1. Vermogen \u203a 2023");
    BOOST_TEST(arg_text(f.message, "parts") == "600 + 410");
    BOOST_TEST(arg_number(f.message, "imbalance") == -10);
    BOOST_TEST(arg_number(f.message, "excess") == 10);
    BOOST_TEST(f.expected == "1.010");
    BOOST_TEST(f.found == "1.000");
    BOOST_TEST(f.related.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_year_over_year_bound) {
    const std::string rule =
        R"(for year in 2024: table(title: "Aantal zaken").total[year] = table(title: "Aantal zaken").total[year - 1] within 20%)";
    {
        auto b = coded_table("400", "1.800");  // +20% exactly: the bound holds
        const auto report = run_checks(b.finish(), expression_rule(rule));
        BOOST_TEST_REQUIRE(report.checks.size() == 1u);
        BOOST_TEST(outcome(report.checks[0]) == passed);
        BOOST_TEST(report.checks[0].relation.year == "2024");
        BOOST_TEST(report.findings.empty());
    }
    auto b = coded_table("400", "1.801");
    const auto& doc = b.finish();
    const auto report = run_checks(doc, expression_rule(rule));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u, summary(doc, report));
    const auto& f = report.findings[0];
    BOOST_TEST(doc.source->text(f.span) == "1.801");
    BOOST_TEST(f.message.key == "expression.within.failed");
    BOOST_TEST(arg_text(f.message, "context") == "Aantal zaken \u203a Totaal \u203a 2024");
    BOOST_TEST(arg_text(f.message, "lhs") == "1.801");
    BOOST_TEST(arg_text(f.message, "rhs") == "1.500");
    BOOST_TEST(arg_text(f.message, "bound") == "20%");
    BOOST_TEST(arg_number(f.message, "imbalance") == 301);
    BOOST_TEST(arg_number(f.message, "excess") == 1, arg_number(f.message, "excess"));
    BOOST_TEST(f.found == "1.801");
    BOOST_TEST(f.expected == "1.500 \u00b1 20%");
    BOOST_TEST_REQUIRE(f.related.size() == 1u);
    BOOST_TEST(doc.source->text(f.related[0].span) == "1.500");
}

BOOST_AUTO_TEST_CASE(an_absolute_bound_and_an_inequality) {
    auto b = coded_table("400", "1.510");
    const auto& doc = b.finish();
    const std::string total = R"(table(title: "Aantal zaken").total)";
    const auto near = run_checks(doc, expression_rule(total + R"(["2024"] = )" + total + R"(["2023"] within 10)"));
    BOOST_TEST_REQUIRE(near.checks.size() == 1u);
    BOOST_TEST(outcome(near.checks[0]) == passed);
    const auto far = run_checks(doc, expression_rule(total + R"(["2024"] = )" + total + R"(["2023"] within 9)"));
    BOOST_TEST_REQUIRE(far.findings.size() == 1u);
    BOOST_TEST(arg_number(far.findings[0].message, "excess") == 1);
    const auto less = run_checks(doc, expression_rule(total + R"(["2024"] < )" + total + R"(["2023"])"));
    BOOST_TEST_REQUIRE(less.findings.size() == 1u);
    BOOST_TEST(less.findings[0].message.key == "expression.compare.failed");
    BOOST_TEST(arg_text(less.findings[0].message, "op") == "<");
    BOOST_TEST(less.findings[0].expected == "< 1.500");
    const auto more = run_checks(doc, expression_rule(total + R"(["2024"] >= )" + total + R"(["2023"] + 10)"));
    BOOST_TEST_REQUIRE(more.checks.size() == 1u);
    BOOST_TEST(outcome(more.checks[0]) == passed);
    BOOST_TEST(more.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_table_total_against_two_prose_figures_passes_within_rounding) {
    DocBuilder b;
    b.section("Antwoord op vraag 1", {1});
    b.statement(Kind::count, "56.400", "misdrijfzaken onvoorwaardelijk geseponeerd", 2023, 100);
    b.statement(Kind::count, "9.400", "misdrijfzaken voorwaardelijk", 2023, 100);
    b.section("Antwoord op vraag 2", {2});
    const auto t = b.table("Aantal misdrijfzaken", "Delictindeling", {"2023"});
    b.row(t, "", "Eindtotaal", {"65.796"});
    const auto& doc = b.finish();
    const auto report = run_checks(
        doc, expression_rule(R"(table(section: "vraag 2", title: "Aantal misdrijfzaken").total["2023"] = )"
                             R"(statement(noun: "misdrijfzaken onvoorwaardelijk geseponeerd", year: 2023) + )"
                             R"(statement(noun: "misdrijfzaken voorwaardelijk", year: 2023))"));
    BOOST_TEST_REQUIRE(report.checks.size() == 1u);
    BOOST_TEST(outcome(report.checks[0]) == within_rounding);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_percentage_against_part_and_total) {
    const auto doc_with = [](DocBuilder& b, const std::string& percentage) {
        b.section("Antwoord op vraag 1", {1});
        b.statement(Kind::count, "9.400", "misdrijfzaken onvoorwaardelijk geseponeerd", 2023, 100);
        b.statement(Kind::share, percentage, "onvoorwaardelijke sepots misdrijfzaken", 2023);
        b.statement(Kind::stated_total, "32.100", "uitgestroomde misdrijfzaken", 2023, 100);
    };
    const auto rule = expression_rule(
        R"(percentage(noun: "onvoorwaardelijke sepots", year: 2023) = )"
        R"(pct(statement(noun: "onvoorwaardelijk geseponeerd", year: 2023), statement(noun: "uitgestroomde", year: 2023)))");
    {
        DocBuilder b;
        doc_with(b, "29%");  // 9.400 / 32.100 = 29,3%
        const auto report = run_checks(b.finish(), rule);
        BOOST_TEST_REQUIRE(report.checks.size() == 1u);
        BOOST_TEST(static_cast<int>(report.checks[0].relation.form) == static_cast<int>(Relation::Form::share));
        BOOST_TEST(outcome(report.checks[0]) == passed);
        BOOST_TEST(report.findings.empty());
    }
    DocBuilder b;
    doc_with(b, "35%");
    const auto& doc = b.finish();
    const auto report = run_checks(doc, rule);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u, summary(doc, report));
    const auto& f = report.findings[0];
    BOOST_TEST(doc.source->text(f.span) == "35");
    BOOST_TEST(f.message.key == "share.failed");
    BOOST_TEST(arg_text(f.message, "part") == "9.400");
    BOOST_TEST(arg_text(f.message, "whole") == "32.100");
    BOOST_TEST(std::round(arg_number(f.message, "expected") * 10) == 293);  // 9.400 / 32.100 = 29,28..%
    BOOST_TEST(arg(f.message, "expected").decimals == 1);
}

BOOST_AUTO_TEST_CASE(arithmetic_on_intervals) {
    // 2 × 600 (exact) is 1.200; the 1.000 of row 1 is no more than 1.200 − 100.
    auto b = coded_table("400", "1.700");
    const auto& doc = b.finish();
    const std::string t = R"(table(title: "Aantal zaken"))";
    const auto ok = run_checks(doc, expression_rule(t + R"(.row("1")["2023"] <= 2 * )" + t + R"(.row("1.1")["2023"] - 200)"));
    BOOST_TEST_REQUIRE(ok.checks.size() == 1u);
    BOOST_TEST(outcome(ok.checks[0]) == passed);
    const auto no = run_checks(doc, expression_rule(t + R"(.row("1")["2023"] <= 2 * )" + t + R"(.row("1.1")["2023"] - 201)"));
    BOOST_TEST_REQUIRE(no.findings.size() == 1u);
    BOOST_TEST(arg_text(no.findings[0].message, "rhs") == "(2 \u00d7 600) \u2212 201 = 999");
    // A share of the total row, compared with a constant: (1.000 + 500) / 1.500 × 100 = 100.
    const auto share = run_checks(doc, expression_rule("pct(sum(" + t + R"(.top["2023"]), )" + t + R"(.total["2023"]) = 100)"));
    BOOST_TEST_REQUIRE(share.checks.size() == 1u);
    BOOST_TEST(outcome(share.checks[0]) == passed);
}

BOOST_AUTO_TEST_CASE(fig_resolves_through_the_lookup_it_is_given) {
    DocBuilder b;
    b.section("Antwoord op vraag 1", {1});
    b.statement(Kind::count, "56.400", "misdrijfzaken onvoorwaardelijk geseponeerd", 2023, 100);
    b.statement(Kind::count, "9.400", "misdrijfzaken voorwaardelijk", 2023, 100);
    b.section("Antwoord op vraag 2", {2});
    const auto t = b.table("Aantal misdrijfzaken", "Delictindeling", {"2023"});
    b.row(t, "", "Eindtotaal", {"65.496"});
    const auto& doc = b.finish();
    const std::map<std::pair<std::string, int>, FigureId> names = {
        {{"sepots.misdrijf.onvoorwaardelijk", 2023}, doc.statements[0].figure},
        {{"sepots.misdrijf.voorwaardelijk", 2023}, doc.statements[1].figure},
    };
    CheckOptions options;
    options.figure_lookup = [&](std::string_view name, std::optional<int> year) -> std::optional<FigureId> {
        const auto it = names.find({std::string(name), year.value_or(0)});
        if (it == names.end()) return std::nullopt;
        return it->second;
    };
    const auto rules = expression_rule(
        R"(for year in 2023: table(title: "Aantal misdrijfzaken").total[year] = fig("sepots.misdrijf.onvoorwaardelijk", year) + fig("sepots.misdrijf.voorwaardelijk", year))");
    const auto report = run_checks(doc, rules, options);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u, summary(doc, report));
    BOOST_TEST(report.findings[0].message.key == "sum.failed");
    BOOST_TEST(arg_number(report.findings[0].message, "imbalance") == -304);
    // Without names, the figure is not found: a warning, not a silent pass.
    const auto unnamed = run_checks(doc, rules);
    BOOST_TEST_REQUIRE(unnamed.findings.size() == 2u, summary(doc, unnamed));
    BOOST_TEST(unnamed.findings[0].message.key == "selector.no-match");
    BOOST_TEST(arg_text(unnamed.findings[0].message, "selector") == "fig(\"sepots.misdrijf.onvoorwaardelijk\", 2023)");
    BOOST_TEST(unnamed.checks.empty());
}

BOOST_AUTO_TEST_CASE(selectors_that_match_nothing_or_too_much_are_findings) {
    auto b = coded_table("400", "1.700");
    const auto& doc = b.finish();
    const auto none = run_checks(doc, expression_rule(R"(table(title: "Aantal zaken").row("9")["2023"] = 1)"));
    BOOST_TEST_REQUIRE(none.findings.size() == 1u);
    BOOST_TEST(none.findings[0].message.key == "selector.no-match");
    BOOST_TEST(arg_text(none.findings[0].message, "selector") == "{title: Aantal zaken, row: 9}");
    BOOST_TEST(static_cast<int>(none.findings[0].severity) == static_cast<int>(Severity::warning));
    const auto column = run_checks(doc, expression_rule(R"(table(title: "Aantal zaken").total["2030"] = 1)"));
    BOOST_TEST_REQUIRE(column.findings.size() == 1u);
    BOOST_TEST(arg_text(column.findings[0].message, "selector") == "{title: Aantal zaken, row: total, column: 2030}");
}

BOOST_AUTO_TEST_SUITE_END()
