#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "checker/describe.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

BOOST_AUTO_TEST_SUITE(checker)

BOOST_AUTO_TEST_CASE(severity_names_round_trip) {
    for (auto s : {Severity::info, Severity::warning, Severity::error})
        BOOST_TEST(static_cast<int>(*parse_severity(to_string(s))) == static_cast<int>(s));
    BOOST_TEST(std::string(to_string(Severity::warning)) == "warning");
    BOOST_TEST(!parse_severity("Error"));
    BOOST_TEST(!parse_severity("fatal"));
}

BOOST_AUTO_TEST_CASE(failed_sum_becomes_a_located_finding_with_related_figures) {
    DocBuilder b;
    const auto t = b.table("Aantal zaken", "Categorie", {"2023", "2024"});
    b.row(t, "1", "Alpha", {"30", "40"});
    b.row(t, "1.1", "Een", {"10", "20"});
    b.row(t, "1.2", "Twee", {"21", "20"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("hierarchy-sum", Severity::warning));

    BOOST_TEST(report.checks.size() == 2u);
    BOOST_TEST(report.checks[0].rule_id == "test-hierarchy-sum");
    BOOST_TEST(report.checks[0].kind == "hierarchy-sum");
    BOOST_TEST(static_cast<int>(report.checks[1].evaluation.outcome) == static_cast<int>(Outcome::passed));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const Finding& f = report.findings[0];
    BOOST_TEST(f.rule_id == "test-hierarchy-sum");
    BOOST_TEST(f.kind == "hierarchy-sum");
    BOOST_TEST(static_cast<int>(f.severity) == static_cast<int>(Severity::warning));
    BOOST_TEST(doc.source->text(f.span) == "30");
    BOOST_TEST(f.found == "30");
    BOOST_TEST(f.expected == "31");
    BOOST_TEST(f.message.key == "sum.failed");
    BOOST_TEST(arg_text(f.message, "context") == "Aantal zaken \u203a 1. Alpha \u203a 2023");
    BOOST_TEST(arg_text(f.message, "found") == "30");
    BOOST_TEST(arg_number(f.message, "expected") == 31);
    BOOST_TEST(arg_text(f.message, "parts") == "10 + 21");
    BOOST_TEST(arg_number(f.message, "imbalance") == -1);
    BOOST_TEST(arg(f.message, "imbalance").show_sign);
    BOOST_TEST(arg_number(f.message, "excess") == 1);
    BOOST_TEST_REQUIRE(f.related.size() == 2u);
    BOOST_TEST(f.related[0].role == "1.1 Een, 2023");
    BOOST_TEST(doc.source->text(f.related[1].span) == "21");
    BOOST_TEST(f.related[1].role == "1.2 Twee, 2023");
}

BOOST_AUTO_TEST_CASE(findings_are_sorted_by_position_then_rule_id) {
    DocBuilder b;
    const auto t = b.table("Aantal zaken", "Categorie", {"2023"});
    b.row(t, "1", "Alpha", {"30"});
    b.row(t, "1.1", "Een", {"10"});
    b.row(t, "1.3", "Drie", {"21"});
    b.row(t, "2", "Beta", {"5"});
    b.row(t, "", "Eindtotaal", {"34"});
    const auto& doc = b.finish();
    RuleSet rules = one_rule("total-sum");
    for (const auto* kind : {"numbering", "hierarchy-sum"}) rules.rules.push_back(one_rule(kind).rules[0]);
    const auto report = run_checks(doc, rules);
    BOOST_TEST_REQUIRE(report.findings.size() == 3u);
    BOOST_TEST(report.findings[0].rule_id == "test-hierarchy-sum");  // at "30"
    BOOST_TEST(report.findings[1].rule_id == "test-numbering");      // at "1.3"
    BOOST_TEST(report.findings[2].rule_id == "test-total-sum");      // at "34"
    BOOST_TEST(doc.source->text(report.findings[2].span) == "34");
    BOOST_TEST(arg_number(report.findings[2].message, "imbalance") == -1);
}

BOOST_AUTO_TEST_CASE(coverage_partitions_every_token) {
    DocBuilder b;
    b.section("Antwoord op vraag 1", {1});
    const auto t = b.table("Aantal zaken", "Categorie", {"2023"});
    b.row(t, "1", "Alpha", {"30"});
    b.row(t, "1.1", "Een", {"30"});
    b.statement(Statement::Kind::count, "12", "maatregelen", 2023);  // placed: no check uses it
    b.token("2023", TokenRole::non_statistical);
    b.token("17", TokenRole::unclassified);
    const auto report = run_checks(b.finish(), one_rule("hierarchy-sum"));
    BOOST_TEST(report.coverage.total == 5);
    BOOST_TEST(report.coverage.checked == 2);
    BOOST_TEST(report.coverage.placed == 1);
    BOOST_TEST(report.coverage.non_statistical == 1);
    BOOST_TEST(report.coverage.unclassified == 1);
    BOOST_TEST(report.coverage.checked + report.coverage.placed + report.coverage.non_statistical +
                   report.coverage.unclassified == report.coverage.total);
}

BOOST_AUTO_TEST_CASE(an_empty_rule_set_checks_nothing) {
    DocBuilder b;
    const auto t = b.table("Aantal zaken", "Categorie", {"2023"});
    b.row(t, "1", "Alpha", {"30"});
    b.row(t, "1.1", "Een", {"31"});
    const auto report = run_checks(b.finish(), RuleSet{});
    BOOST_TEST(report.checks.empty());
    BOOST_TEST(report.findings.empty());
    BOOST_TEST(report.coverage.placed == 2);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(describe)

BOOST_AUTO_TEST_CASE(a_figure_split_over_a_line_break_is_quoted_on_one_line) {
    DocBuilder b;
    const auto id = b.doc().statements[b.statement(Statement::Kind::share, "40%", "sepots", 2023)].figure;
    b.token("40 \nprocent", TokenRole::non_statistical);
    const auto& doc = b.finish();
    b.doc().figures[id].span = doc.tokens.back().span;
    BOOST_TEST(written_with_unit(doc, id) == "40 procent");
}

BOOST_AUTO_TEST_CASE(computed_values_are_written_in_the_documents_notation) {
    BOOST_TEST(document_number(65800, 0) == "65.800");
    BOOST_TEST(document_number(1234567.891, 2) == "1.234.567,89");
    BOOST_TEST(document_number(39.915, 1) == "39,9");
    BOOST_TEST(document_number(-304, 0) == "\u2212" "304");
    BOOST_TEST(document_number(-0.01, 0) == "0");
    BOOST_TEST(document_number(999.5, 0) == "1.000");
}

BOOST_AUTO_TEST_SUITE_END()
