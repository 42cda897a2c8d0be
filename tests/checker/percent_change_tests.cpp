// percent-change: prose changes checked against a table row or two prose counts, read by
// the real grammar from invented texts.
#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "grammar/parse.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

namespace {

/// A parsed text kept alive with the findings of the percent-change rule.
struct Checked {
    explicit Checked(std::string text) : source("t.txt", std::move(text)), doc(parse_document(source)) {
        report = run_checks(doc, one_rule("percent-change"));
    }
    std::string at(const Finding& f) const { return std::string(source.text(f.span)); }
    SourceText source;
    Document doc;
    CheckReport report;
};

const std::string table =
    "Instroom misdrijfzaken\n"
    "2008 2022\n"
    "Instroom misdrijfzaken 258.000 170.000\n"
    "Afgedane zaken 120.000 150.000\n"
    "\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(percent_change)

BOOST_AUTO_TEST_CASE(a_change_against_a_table_row_that_is_off_fails_with_the_computed_change) {
    const Checked c(table + "In 2022 was de instroom van misdrijfzaken 40% lager dan in 2008.\n");
    BOOST_TEST_REQUIRE(c.report.findings.size() == 1u);
    const auto& f = c.report.findings[0];
    BOOST_TEST(f.message.key == "change.failed");
    BOOST_TEST(c.at(f) == "40");
    BOOST_TEST(arg_text(f.message, "context") == "de instroom van misdrijfzaken, 2008 \u2192 2022");
    BOOST_TEST(arg_text(f.message, "found") == "\u221240%");
    BOOST_TEST(arg_number(f.message, "expected") == (170000.0 / 258000.0 - 1) * 100, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(arg(f.message, "expected").decimals == 1);
    BOOST_TEST(arg(f.message, "expected").show_sign);
    BOOST_TEST(arg_text(f.message, "old") == "258.000");
    BOOST_TEST(arg_text(f.message, "new") == "170.000");
    BOOST_TEST(f.expected == "\u221234,1% (258.000 \u2192 170.000)");
    BOOST_TEST(f.found == "\u221240%");
    BOOST_TEST(f.related.size() == 2u);
}

BOOST_AUTO_TEST_CASE(the_right_change_and_its_rounding_pass) {
    // 34,1% rounds to 34; "ruim 33%" is at least 32,5%; 150.000 / 120.000 is +25%.
    const Checked c(table +
                    "In 2022 was de instroom van misdrijfzaken 34% lager dan in 2008. De instroom van\n"
                    "misdrijfzaken daalde sinds 2008 met ruim 33% tot 2022. Het aantal afgedane zaken steeg\n"
                    "tussen 2008 en 2022 met 25%.\n");
    BOOST_TEST(c.report.findings.empty());
}

BOOST_AUTO_TEST_CASE(the_direction_counts) {
    const Checked c(table + "In 2022 was de instroom van misdrijfzaken 34% hoger dan in 2008.\n");
    BOOST_TEST_REQUIRE(c.report.findings.size() == 1u);
    BOOST_TEST(arg_text(c.report.findings[0].message, "found") == "+34%");
}

BOOST_AUTO_TEST_CASE(a_change_between_two_prose_counts) {
    const Checked c(
        "In 2010 registreerde de politie 1.200 woninginbraken. In 2020 registreerde de politie\n"
        "900 woninginbraken, 30% minder dan in 2010.\n");
    BOOST_TEST_REQUIRE(c.report.findings.size() == 1u);
    const auto& f = c.report.findings[0];
    BOOST_TEST(c.at(f) == "30");
    BOOST_TEST(arg_text(f.message, "old") == "1.200");
    BOOST_TEST(arg_text(f.message, "new") == "900");
    BOOST_TEST(arg_number(f.message, "expected") == -25.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(no_pair_by_words_and_years_means_no_check) {
    // The table has no row for "fietsendiefstallen", and no column for 2015.
    const Checked c(table +
                    "Het aantal fietsendiefstallen was in 2022 50% lager dan in 2008. De instroom van\n"
                    "misdrijfzaken was in 2022 50% lager dan in 2015.\n");
    BOOST_TEST(c.report.findings.empty());
    int changes = 0;
    for (const auto& st : c.doc.statements) changes += st.kind == Statement::Kind::change;
    BOOST_TEST(changes == 2);
}

BOOST_AUTO_TEST_CASE(two_rows_named_equally_are_not_guessed) {
    const Checked c(
        "Zaken\n"
        "2008 2022\n"
        "Zaken politie 100 50\n"
        "Zaken KMAR 100 90\n"
        "\n"
        "Het aantal zaken daalde tussen 2008 en 2022 met 80%.\n");
    BOOST_TEST(c.report.findings.empty());
}

BOOST_AUTO_TEST_SUITE_END()
