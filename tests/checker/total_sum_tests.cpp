#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "grammar/parse.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

BOOST_AUTO_TEST_SUITE(total_sum)

BOOST_AUTO_TEST_CASE(total_equals_the_top_level_rows_not_the_sub_rows) {
    DocBuilder b;
    const auto t = b.table("Aantal zaken", "Categorie", {"2023", "2024"});
    b.row(t, "1", "Alpha", {"30", "40"});
    b.row(t, "1.1", "Een", {"10", "20"});
    b.row(t, "1.2", "Twee", {"20", "20"});
    b.row(t, "2", "Beta", {"5", "6"});
    b.row(t, "", "Eindtotaal", {"35", "46"});
    const auto report = run_checks(b.finish(), one_rule("total-sum"));
    BOOST_TEST(report.checks.size() == 2u);
    BOOST_TEST(report.checks[0].relation.parts.size() == 2u);
    BOOST_TEST(with_outcome(report, Outcome::passed).size() == 2u);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_wrong_total_fails_at_the_total_cell) {
    DocBuilder b;
    const auto t = b.table("Aantal zaken", "Categorie", {"2023"});
    b.row(t, "1", "Alpha", {"30"});
    b.row(t, "2", "Beta", {"21"});
    b.row(t, "", "Eindtotaal", {"50"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("total-sum"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(doc.source->text(f.span) == "50");
    BOOST_TEST(f.message.key == "sum.failed");
    BOOST_TEST(arg_text(f.message, "context") == "Aantal zaken \u203a Eindtotaal \u203a 2023");
    BOOST_TEST(arg_text(f.message, "parts") == "30 + 21");
    BOOST_TEST(arg_number(f.message, "imbalance") == -1);
}

BOOST_AUTO_TEST_CASE(flat_lists_without_codes_sum_to_the_total) {
    DocBuilder b;
    const auto t = b.table("", "Status OMSB", {"2023"});
    b.row(t, "", "Voldaan", {"700"});
    b.row(t, "", "Niet voldaan", {"300"});
    b.row(t, "", "Totaal", {"1.000"});
    const auto report = run_checks(b.finish(), one_rule("total-sum"));
    BOOST_TEST(with_outcome(report, Outcome::passed).size() == 1u);
}

BOOST_AUTO_TEST_CASE(percentage_columns_are_left_to_percent_sum) {
    DocBuilder b;
    const auto t = b.table("Misdrijfzaken", "Sepotgrond", {"2023"});
    b.row(t, "1", "Technisch", {"60%"});
    b.row(t, "2", "Beleid", {"30%"});
    b.row(t, "", "Eindtotaal", {"100%"});
    const auto report = run_checks(b.finish(), one_rule("total-sum"));
    BOOST_TEST(report.checks.empty());
    BOOST_TEST(report.findings.empty());
}

// Values written with a plain space as thousands separator ("1 200") are read by the real
// grammar as one figure each, so their sums are checked: 1.200 + 950 = 2.150 passes in 2023;
// in 2024 3.401 + 12.000 = 15.401, not the 15.501 stated (3.401 makes the column exact).
BOOST_AUTO_TEST_CASE(totals_over_values_grouped_by_plain_spaces_are_checked) {
    const SourceText source("doc.txt",
                            "Zaken 2023 2024\n"
                            "Politie 1 200 3 401\n"
                            "KMar 950 12 000\n"
                            "Totaal 2 150 15 501\n");
    const auto doc = parse_document(source);
    const auto report = run_checks(doc, one_rule("total-sum"));
    BOOST_TEST_REQUIRE(report.checks.size() == 2u);
    BOOST_TEST((report.checks[0].evaluation.outcome == Outcome::passed));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(source.text(f.span) == "15 501");
    BOOST_TEST(arg_text(f.message, "parts") == "3 401 + 12 000");
    BOOST_TEST(arg_number(f.message, "imbalance") == 100);
}

BOOST_AUTO_TEST_SUITE_END()
