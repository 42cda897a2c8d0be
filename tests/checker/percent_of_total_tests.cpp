#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

namespace {

using Kind = Statement::Kind;

/// "56.400 misdrijfzaken ..." / "<pct> ..." / "195.300 totaal ...", linked as the grammar would.
DocBuilder shares(const std::string& pct) {
    DocBuilder b;
    const auto part = b.statement(Kind::count, "56.400", "misdrijfzaken onvoorwaardelijk geseponeerd", 2023, 100);
    const auto share = b.statement(Kind::share, pct, "onvoorwaardelijke sepots", 2023);
    const auto whole = b.statement(Kind::stated_total, "195.300", "totaal aantal uitgestroomde misdrijfzaken", 2023, 100);
    b.link_share(share, part, whole);
    b.statement(Kind::share, "5%", "voorwaardelijke sepots", 2023);  // not linked: no check
    return b;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(percent_of_total)

BOOST_AUTO_TEST_CASE(a_percentage_that_rounds_from_part_over_whole_passes) {
    auto b = shares("29%");
    const auto report = run_checks(b.finish(), one_rule("percent-of-total"));
    BOOST_TEST_REQUIRE(report.checks.size() == 1u);
    BOOST_TEST(static_cast<int>(report.checks[0].evaluation.outcome) == static_cast<int>(Outcome::passed));
    BOOST_TEST(report.checks[0].relation.context == "onvoorwaardelijke sepots, 2023");
    BOOST_TEST(report.checks[0].relation.year == "2023");
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_percentage_five_points_off_fails_at_the_percentage) {
    auto b = shares("34%");
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("percent-of-total"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "share.failed");
    BOOST_TEST(doc.source->text(f.span) == "34");
    BOOST_TEST(arg_text(f.message, "context") == "onvoorwaardelijke sepots, 2023");
    BOOST_TEST(arg_text(f.message, "found") == "34%");
    BOOST_TEST(arg_number(f.message, "expected") == 56400.0 / 195300.0 * 100, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(arg(f.message, "expected").decimals == 1);
    BOOST_TEST(arg_text(f.message, "part") == "56.400");
    BOOST_TEST(arg_text(f.message, "whole") == "195.300");
    BOOST_TEST(f.expected == "28,9%");
    BOOST_TEST_REQUIRE(f.related.size() == 2u);
    BOOST_TEST(f.related[0].role == "misdrijfzaken onvoorwaardelijk geseponeerd, 2023");
    BOOST_TEST(f.related[1].role == "totaal aantal uitgestroomde misdrijfzaken, 2023");
}

BOOST_AUTO_TEST_SUITE_END()
