#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

namespace {

std::size_t count(const CheckReport& report, Outcome outcome) { return with_outcome(report, outcome).size(); }

/// Gemeenterekeningen rows: Saldo = Baten − Lasten, Bestuur off by one (a rounding difference).
std::size_t saldo_table(DocBuilder& b, const std::string& reserves_saldo) {
    const auto t = b.table("Gemeenterekeningen", "Taakveld", {"Baten", "Lasten", "Saldo"});
    b.row(t, "", "Bestuur", {"503", "1.583", "-1.079"});
    b.row(t, "", "Overhead", {"715", "6.295", "-5.580"});
    b.row(t, "", "Belastingen", {"5.037", "385", "4.652"});
    b.row(t, "", "Uitkeringen", {"27.811", "6", "27.805"});
    b.row(t, "", "Overig", {"2.646", "1.332", "1.314"});
    b.row(t, "", "Reserves", {"6.663", "5.887", reserves_saldo});
    return t;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(inferred_relation)

BOOST_AUTO_TEST_CASE(saldo_is_inferred_and_fails_only_beyond_rounding) {
    DocBuilder b;
    saldo_table(b, "786");
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("inferred-relation"));
    BOOST_TEST(report.checks.size() == 6u);
    BOOST_TEST(count(report, Outcome::passed) == 4u);
    BOOST_TEST(count(report, Outcome::passed_within_rounding) == 1u);  // Bestuur: 503 − 1.583 = −1.080
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "inferred.column.failed");
    BOOST_TEST(doc.source->text(f.span) == "786");
    BOOST_TEST(arg_text(f.message, "context") == "Gemeenterekeningen \u203a Reserves \u203a Saldo");
    BOOST_TEST(arg_text(f.message, "formula") == "Saldo = Baten \u2212 Lasten");
    BOOST_TEST(arg_number(f.message, "holding") == 5);
    BOOST_TEST(arg_number(f.message, "checked") == 6);
    BOOST_TEST(arg_text(f.message, "found") == "786");
    BOOST_TEST(arg_number(f.message, "expected") == 776);
    BOOST_TEST(arg_number(f.message, "imbalance") == 10);
    BOOST_TEST(arg_number(f.message, "excess") == 8.5);  // three figures, each ± half a unit
    BOOST_TEST(f.related.size() == 2u);
}

BOOST_AUTO_TEST_CASE(a_consistent_table_gives_checks_and_no_finding) {
    DocBuilder b;
    saldo_table(b, "776");
    const auto report = run_checks(b.finish(), one_rule("inferred-relation"));
    BOOST_TEST(report.checks.size() == 6u);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(balanced_rows_where_baten_equal_lasten_are_no_relation) {
    // Saldo 0 and Baten = Lasten in every row: 0 = Baten − Lasten holds everywhere, but no
    // row is informative (a zero figure), and Lasten repeats Baten.
    DocBuilder b;
    const auto t = b.table("Rekening", "Post", {"Baten", "Lasten", "Saldo"});
    for (const char* label : {"Een", "Twee", "Drie", "Vier", "Vijf"}) b.row(t, "", label, {"1.234", "1.234", "0"});
    const auto report = run_checks(b.finish(), one_rule("inferred-relation"));
    BOOST_TEST(report.checks.empty());
}

BOOST_AUTO_TEST_CASE(support_from_total_rows_only_is_no_relation) {
    DocBuilder b;
    const auto t = b.table("Rekening", "Post", {"Baten", "Lasten", "Saldo"});
    b.row(t, "", "Een", {"120", "47", "15"});
    b.row(t, "", "Twee", {"310", "58", "91"});
    b.row(t, "", "Drie", {"77", "12", "40"});
    b.row(t, "", "Totaal", {"507", "117", "390"});  // 507 − 117 = 390 in the total row only
    b.row(t, "", "Eindtotaal", {"507", "117", "390"});
    const auto report = run_checks(b.finish(), one_rule("inferred-relation"));
    BOOST_TEST(report.checks.empty());
}

BOOST_AUTO_TEST_CASE(a_three_row_table_is_too_small_to_infer_from) {
    DocBuilder b;
    const auto t = b.table("Personeel", "Dienst", {"Mannen", "Vrouwen", "Totaal"});
    b.row(t, "", "A", {"12", "31", "43"});
    b.row(t, "", "B", {"27", "8", "35"});
    b.row(t, "", "C", {"5", "17", "22"});
    const auto report = run_checks(b.finish(), one_rule("inferred-relation"));
    BOOST_TEST(report.checks.empty());
}

BOOST_AUTO_TEST_CASE(eighty_percent_support_is_enough_and_less_is_not) {
    const auto build = [](DocBuilder& b, const std::string& fourth_total) {
        const auto t = b.table("Personeel", "Dienst", {"Mannen", "Vrouwen", "Totaal"});
        b.row(t, "", "A", {"12", "31", "43"});
        b.row(t, "", "B", {"27", "8", "35"});
        b.row(t, "", "C", {"5", "17", "22"});
        b.row(t, "", "D", {"44", "19", fourth_total});
        b.row(t, "", "E", {"9", "14", "29"});  // fails: 9 + 14 = 23
    };
    DocBuilder four_of_five;
    build(four_of_five, "63");
    const auto& doc = four_of_five.finish();
    const auto report = run_checks(doc, one_rule("inferred-relation"));
    BOOST_TEST(report.checks.size() == 5u);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    BOOST_TEST(doc.source->text(report.findings[0].span) == "29");
    BOOST_TEST(arg_text(report.findings[0].message, "formula") == "Totaal = Mannen + Vrouwen");
    BOOST_TEST(arg_number(report.findings[0].message, "holding") == 4);

    DocBuilder three_of_five;
    build(three_of_five, "70");  // D fails as well: 3 of 5 is 60%
    BOOST_TEST(run_checks(three_of_five.finish(), one_rule("inferred-relation")).checks.empty());
}

BOOST_AUTO_TEST_CASE(a_repeated_column_does_not_double_the_relation) {
    DocBuilder b;
    const auto t = b.table("Personeel", "Dienst", {"Mannen", "Vrouwen", "Vrouwen (herhaald)", "Totaal"});
    b.row(t, "", "A", {"12", "31", "31", "43"});
    b.row(t, "", "B", {"27", "8", "8", "35"});
    b.row(t, "", "C", {"5", "17", "17", "22"});
    b.row(t, "", "D", {"44", "19", "19", "63"});
    const auto report = run_checks(b.finish(), one_rule("inferred-relation"));
    BOOST_TEST(report.checks.size() == 4u);  // Totaal = Mannen + Vrouwen, once per row
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_total_column_of_three_adjacent_columns_is_inferred) {
    DocBuilder b;
    const auto t = b.table("Zaken", "Parket", {"Noord", "Midden", "Zuid", "Totaal"});
    b.row(t, "", "A", {"12", "31", "7", "50"});
    b.row(t, "", "B", {"27", "8", "13", "48"});
    b.row(t, "", "C", {"5", "17", "21", "43"});
    b.row(t, "", "D", {"44", "19", "2", "65"});
    b.row(t, "", "E", {"9", "14", "3", "31"});  // 9 + 14 + 3 = 26
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("inferred-relation"));
    BOOST_TEST(report.checks.size() == 5u);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    BOOST_TEST(arg_text(report.findings[0].message, "formula") == "Totaal = Noord + Midden + Zuid");
    BOOST_TEST(arg_number(report.findings[0].message, "imbalance") == 5);
}

BOOST_AUTO_TEST_CASE(subtotal_rows_are_inferred_and_a_failing_one_is_reported) {
    DocBuilder b;
    const auto t = b.table("Instroom", "Categorie", {"2021", "2022", "2023"});
    b.row(t, "", "Misdrijven", {"5.317", "5.624", "5.981"});
    b.row(t, "", "Diefstal", {"3.121", "3.402", "3.513"});
    b.row(t, "", "Inbraak", {"1.193", "1.221", "1.468"});
    b.row(t, "", "Vernieling", {"1.003", "1.001", "1.000"});
    b.row(t, "", "Overtredingen", {"2.468", "2.512", "2.833"});
    b.row(t, "", "Verkeer", {"1.734", "1.801", "1.912"});
    b.row(t, "", "Milieu", {"734", "711", "821"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("inferred-relation"));
    BOOST_TEST(report.checks.size() == 6u);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "inferred.subtotal.failed");
    BOOST_TEST(doc.source->text(f.span) == "2.833");
    BOOST_TEST(arg_text(f.message, "formula") == "Overtredingen = Verkeer + Milieu");
    BOOST_TEST(arg_number(f.message, "holding") == 5);
    BOOST_TEST(arg_number(f.message, "checked") == 6);
    BOOST_TEST(arg_number(f.message, "expected") == 2733);
}

BOOST_AUTO_TEST_CASE(one_coincidental_subtotal_in_two_columns_is_no_relation) {
    DocBuilder b;
    const auto t = b.table("Instroom", "Categorie", {"2022", "2023"});
    b.row(t, "", "Een", {"412", "455"});
    b.row(t, "", "Twee", {"301", "222"});
    b.row(t, "", "Drie", {"111", "233"});
    b.row(t, "", "Vier", {"97", "58"});
    const auto report = run_checks(b.finish(), one_rule("inferred-relation"));
    BOOST_TEST(report.checks.empty());
}

BOOST_AUTO_TEST_CASE(stated_hierarchies_are_left_to_hierarchy_sum) {
    DocBuilder b;
    const auto t = b.table("Instroom", "Categorie", {"2021", "2022", "2023"});
    b.row(t, "1", "Misdrijven", {"5.317", "5.624", "5.981"});
    b.row(t, "1.1", "Diefstal", {"4.314", "4.623", "4.981"});
    b.row(t, "1.2", "Inbraak", {"1.003", "1.001", "1.000"});
    b.row(t, "2", "Overtredingen", {"2.468", "2.512", "2.733"});
    b.row(t, "2.1", "Verkeer", {"1.734", "1.801", "1.912"});
    b.row(t, "2.2", "Milieu", {"734", "711", "821"});
    const auto report = run_checks(b.finish(), one_rule("inferred-relation"));
    BOOST_TEST(report.checks.empty());
}

BOOST_AUTO_TEST_SUITE_END()
