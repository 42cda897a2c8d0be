#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

namespace {

using Kind = Statement::Kind;

std::vector<Reading> readings_of_66_3000() {
    // In the grammar's order: 66.000 also rounds to 40% of 166.100, but 66.300 is closer.
    return {{66000, 0, "66.000", "one digit too many in the last group"},
            {66300, 0, "66.300", "one digit too many in the last group"},
            {663000, 0, "663.000", "a missing dot"},
            {66.3, 1, "66,3", "a decimal point written as a dot"}};
}

/// 66.3000 overtredingszaken, 40% of 166.100: the seed's case.
DocBuilder seed_case(const std::string& pct) {
    DocBuilder b;
    const auto part = b.malformed_statement("66.3000", readings_of_66_3000(), "overtredingszaken onvoorwaardelijk geseponeerd", 2023, 100);
    const auto share = b.statement(Kind::share, pct, "onvoorwaardelijke sepots", 2023);
    const auto whole = b.statement(Kind::stated_total, "166.100", "totaal aantal uitgestroomde overtredingszaken", 2023, 100);
    b.link_share(share, part, whole);
    return b;
}

RuleSet share_and_format() {
    auto rules = one_rule("percent-of-total");
    rules.rules.push_back(one_rule("number-format").rules[0]);
    return rules;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(number_format)

BOOST_AUTO_TEST_CASE(the_reading_that_makes_the_share_pass_settles_it) {
    auto b = seed_case("40%");
    const auto& doc = b.finish();
    const auto report = run_checks(doc, share_and_format());
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.rule_id == "test-number-format");
    BOOST_TEST(f.kind == "number-format");
    BOOST_TEST(f.message.key == "number.malformed");
    BOOST_TEST(doc.source->text(f.span) == "66.3000");
    BOOST_TEST(arg_text(f.message, "written") == "66.3000");
    BOOST_TEST(arg_text(f.message, "why") == "one digit too many in the last group");
    BOOST_TEST(arg_text(f.message, "reading") == "66.300");
    BOOST_TEST(arg_text(f.message, "check") == "66.300 / 166.100 = 39,9% \u2248 40%");
    BOOST_TEST(f.found == "66.3000");
    BOOST_TEST(f.expected == "66.300");
    BOOST_TEST(f.related.size() == 2u);

    BOOST_TEST_REQUIRE(report.checks.size() == 1u);
    const auto& check = report.checks[0];
    BOOST_TEST(check.settled_by == "test-number-format");
    BOOST_TEST(static_cast<int>(check.evaluation.outcome) == static_cast<int>(Outcome::unreadable));
    BOOST_TEST(check.evaluation.expected == 66300.0 / 166100.0 * 100, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(no_reading_that_passes_leaves_it_unresolved) {
    auto b = seed_case("70%");
    const auto report = run_checks(b.finish(), share_and_format());
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "number.malformed.unresolved");
    BOOST_TEST(arg_text(f.message, "written") == "66.3000");
    BOOST_TEST(arg_text(f.message, "readings") == "66.000, 66.300, 663.000, 66,3");
    BOOST_TEST(report.checks[0].settled_by.empty());
}

BOOST_AUTO_TEST_CASE(a_malformed_number_no_check_uses_is_unresolved) {
    DocBuilder b;
    b.malformed_statement("1.23.456", {{123456, 0, "123.456", "a group of two digits"}}, "zaken", 2023, 0);
    const auto report = run_checks(b.finish(), one_rule("number-format"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    BOOST_TEST(report.findings[0].message.key == "number.malformed.unresolved");
    BOOST_TEST(arg_text(report.findings[0].message, "readings") == "123.456");
}

BOOST_AUTO_TEST_CASE(an_ambiguous_number_is_reported_with_its_readings) {
    DocBuilder b;
    const auto s = b.malformed_statement("1.234", {{1234, 0, "1.234", "thousands"}, {1.234, 3, "1,234", "decimals"}},
                                         "procent", 2023, 0);
    b.doc().figures[b.doc().statements[s].figure].number.shape = NumberShape::ambiguous;
    const auto report = run_checks(b.finish(), one_rule("number-format"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    BOOST_TEST(report.findings[0].message.key == "number.ambiguous");
    BOOST_TEST(arg_text(report.findings[0].message, "written") == "1.234");
    BOOST_TEST(arg_text(report.findings[0].message, "readings") == "1.234, 1,234");
}

BOOST_AUTO_TEST_CASE(well_formed_numbers_give_no_finding) {
    auto b = seed_case("40%");
    auto& figure = b.doc().figures[b.doc().statements[0].figure];
    figure.number.shape = NumberShape::grouped;
    figure.number.value = 66300;
    const auto report = run_checks(b.finish(), share_and_format());
    BOOST_TEST(report.findings.empty());
    BOOST_TEST(static_cast<int>(report.checks[0].evaluation.outcome) == static_cast<int>(Outcome::passed));
}

BOOST_AUTO_TEST_SUITE_END()
