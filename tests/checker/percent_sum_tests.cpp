#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

BOOST_AUTO_TEST_SUITE(percent_sum)

BOOST_AUTO_TEST_CASE(columns_at_99_and_101_pass_within_rounding) {
    DocBuilder b;
    const auto t = b.table("Misdrijfzaken", "Sepotgrond", {"2023", "2024"});
    b.row(t, "1", "Technisch", {"60%", "50%"});
    b.row(t, "2", "Beleid", {"41%", "49%"});
    b.row(t, "3", "Overig", {"0%", "1%"});
    b.row(t, "", "Eindtotaal", {"100%", "100%"});
    const auto report = run_checks(b.finish(), one_rule("percent-sum"));
    BOOST_TEST_REQUIRE(report.checks.size() == 2u);
    BOOST_TEST(report.checks[0].relation.anchor_exact);
    BOOST_TEST(static_cast<int>(report.checks[0].evaluation.outcome) ==
               static_cast<int>(Outcome::passed_within_rounding));
    BOOST_TEST(static_cast<int>(report.checks[1].evaluation.outcome) == static_cast<int>(Outcome::passed));
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_column_beyond_rounding_fails_with_n_and_allowed) {
    DocBuilder b;
    const auto t = b.table("Misdrijfzaken", "Sepotgrond", {"2023"});
    b.row(t, "1", "Technisch", {"60%"});
    b.row(t, "2", "Beleid", {"30%"});
    b.row(t, "", "Eindtotaal", {"100%"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("percent-sum"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "percent-sum.failed");
    BOOST_TEST(doc.source->text(f.span) == "100");
    BOOST_TEST(arg_text(f.message, "context") == "Misdrijfzaken \u203a Eindtotaal \u203a 2023");
    BOOST_TEST(arg_text(f.message, "found") == "100%");
    BOOST_TEST(arg_number(f.message, "expected") == 90);
    BOOST_TEST(arg_number(f.message, "n") == 2);
    BOOST_TEST(arg_number(f.message, "allowed") == 1);
    BOOST_TEST(report.checks[0].evaluation.excess == 9);
}

BOOST_AUTO_TEST_CASE(without_a_total_row_the_column_sums_to_100_and_decimals_narrow_the_tolerance) {
    DocBuilder b;
    const auto t = b.table("", "Status", {"2023"});
    b.row(t, "", "Voldaan", {"60,1%"});
    b.row(t, "", "Niet voldaan", {"40,1%"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("percent-sum"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(!report.checks[0].relation.anchor);
    BOOST_TEST(doc.source->text(f.span) == "60,1");  // the first part: there is no total cell
    BOOST_TEST(arg_text(f.message, "context") == "Status \u203a 2023");
    BOOST_TEST(arg_text(f.message, "found") == "100%");
    BOOST_TEST(arg_number(f.message, "allowed") == 0.1, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(arg(f.message, "allowed").decimals == 1);
    BOOST_TEST(report.checks[0].evaluation.excess == 0.1, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_SUITE_END()
