#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

BOOST_AUTO_TEST_SUITE(coverage)

BOOST_AUTO_TEST_CASE(every_unclassified_token_is_listed) {
    DocBuilder b;
    b.token("2023", TokenRole::non_statistical);
    b.token("12", TokenRole::unclassified);
    b.token("7b", TokenRole::unclassified);
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("coverage", Severity::info));
    BOOST_TEST_REQUIRE(report.findings.size() == 2u);
    BOOST_TEST(report.findings[0].message.key == "token.unclassified");
    BOOST_TEST(arg_text(report.findings[0].message, "text") == "12");
    BOOST_TEST(doc.source->text(report.findings[0].span) == "12");
    BOOST_TEST(static_cast<int>(report.findings[0].severity) == static_cast<int>(Severity::info));
    BOOST_TEST(arg_text(report.findings[1].message, "text") == "7b");
    BOOST_TEST(report.coverage.unclassified == 2);
}

BOOST_AUTO_TEST_CASE(a_fully_classified_document_gives_nothing) {
    DocBuilder b;
    b.token("2023", TokenRole::non_statistical);
    b.statement(Statement::Kind::count, "56.400", "misdrijfzaken", 2023, 100);
    const auto report = run_checks(b.finish(), one_rule("coverage", Severity::info));
    BOOST_TEST(report.findings.empty());
    BOOST_TEST(report.coverage.placed == 1);
}

BOOST_AUTO_TEST_SUITE_END()
