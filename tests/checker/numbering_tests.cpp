#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

namespace {

const std::string classification = "Delictindeling conform C&R";

void sepot_table(DocBuilder& b) {
    b.section("Antwoord op vraag 2", {2});
    const auto t = b.table("Aantal misdrijfzaken", classification, {"2023"});
    b.row(t, "5", "Verkeersdelicten", {"13.228"});
    b.row(t, "5.1", "Verlaten plaats ongeval", {"900"});
    b.row(t, "5.2", "Rijden onder invloed", {"9.537"});
    b.row(t, "5.3", "Gevaarli jk ri jgedrag", {"144"});
    b.row(t, "5.4", "Verkeersongeval met dood door schuld", {"173"});
    b.row(t, "5.5", "Overig verkeer", {"2.474"});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(numbering)

BOOST_AUTO_TEST_CASE(a_gap_whose_label_is_the_missing_code_elsewhere_is_a_misnumbering) {
    DocBuilder b;
    sepot_table(b);
    b.section("Antwoord op vraag 7", {7});
    const auto t = b.table("Aantal misdrijfzaken", classification, {"2023"});
    b.row(t, "5", "Verkeersdelicten", {"21.158"});
    b.row(t, "5.1", "Verlaten plaats ongeval", {"635"});
    b.row(t, "5.2", "Rijden onder invloed", {"18.653"});
    b.row(t, "5.4", "Gevaarlijk rijgedrag", {"109"});
    b.row(t, "5.5", "Overig verkeer", {"1.761"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("numbering", Severity::warning));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "numbering.misnumbered");
    BOOST_TEST(static_cast<int>(f.severity) == static_cast<int>(Severity::warning));
    BOOST_TEST(doc.source->text(f.span) == "5.4");
    BOOST_TEST(doc.source->locate(f.span.begin).line == 16);
    BOOST_TEST(arg_text(f.message, "code") == "5.4");
    BOOST_TEST(arg_text(f.message, "missing") == "5.3");
    BOOST_TEST(arg_text(f.message, "label") == "Gevaarlijk rijgedrag");
    BOOST_TEST(arg_text(f.message, "other") == "Aantal misdrijfzaken (Antwoord op vraag 2)");
}

BOOST_AUTO_TEST_CASE(a_complete_sequence_gives_nothing) {
    DocBuilder b;
    sepot_table(b);
    BOOST_TEST(run_checks(b.finish(), one_rule("numbering")).findings.empty());
}

BOOST_AUTO_TEST_CASE(gap_duplicate_and_disorder) {
    DocBuilder b;
    const auto t = b.table("Aantal", "Categorie", {"2023"});
    b.row(t, "1", "Alpha", {"1"});
    b.row(t, "3", "Gamma", {"3"});      // gap: 2 missing
    b.row(t, "3", "Gamma bis", {"3"});  // duplicate
    b.row(t, "2", "Beta", {"2"});       // disorder
    b.row(t, "2.2", "Sub", {"2"});      // gap among 2's children: 2.1 missing
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("numbering"));
    BOOST_TEST_REQUIRE(report.findings.size() == 4u);
    BOOST_TEST(report.findings[0].message.key == "numbering.gap");
    BOOST_TEST(arg_text(report.findings[0].message, "code") == "3");
    BOOST_TEST(arg_text(report.findings[0].message, "missing") == "2");
    BOOST_TEST(report.findings[1].message.key == "numbering.duplicate");
    BOOST_TEST(arg_text(report.findings[1].message, "code") == "3");
    BOOST_TEST(report.findings[2].message.key == "numbering.disorder");
    BOOST_TEST(arg_text(report.findings[2].message, "code") == "2");
    BOOST_TEST(arg_text(report.findings[2].message, "previous") == "3");
    BOOST_TEST(report.findings[3].message.key == "numbering.gap");
    BOOST_TEST(arg_text(report.findings[3].message, "missing") == "2.1");
    BOOST_TEST(doc.source->text(report.findings[3].span) == "2.2");
}

BOOST_AUTO_TEST_CASE(a_longer_gap_lists_every_missing_code) {
    DocBuilder b;
    const auto t = b.table("Aantal", "Categorie", {"2023"});
    b.row(t, "1", "Alpha", {"1"});
    b.row(t, "4", "Delta", {"4"});
    const auto report = run_checks(b.finish(), one_rule("numbering"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    BOOST_TEST(arg_text(report.findings[0].message, "missing") == "2, 3");
}

BOOST_AUTO_TEST_CASE(labels_without_a_common_word_are_an_info) {
    DocBuilder b;
    sepot_table(b);
    const auto t = b.table("Aantal misdrijfzaken", classification, {"2023"});
    b.row(t, "5", "Verkeersmisdrijven", {"21.158"});  // shares no word with Verkeersdelicten
    b.row(t, "5.1", "Verlaten van de plaats van een ongeval", {"635"});  // shares words
    const auto report = run_checks(b.finish(), one_rule("numbering", Severity::error));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "numbering.label-differs");
    BOOST_TEST(static_cast<int>(f.severity) == static_cast<int>(Severity::info));
    BOOST_TEST(arg_text(f.message, "code") == "5");
    BOOST_TEST(arg_text(f.message, "label") == "Verkeersmisdrijven");
    BOOST_TEST(arg_text(f.message, "other_label") == "Verkeersdelicten");
    BOOST_TEST(arg_text(f.message, "other") == "Aantal misdrijfzaken (Antwoord op vraag 2)");
}

BOOST_AUTO_TEST_SUITE_END()
