#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

// The checker side of table structure: "waarvan" breakdowns (at most), selections, group
// headings, cut-off tables, shares along rows, and rounding of scaled figures.

namespace {

std::size_t count(const CheckReport& report, Outcome outcome) { return with_outcome(report, outcome).size(); }

/// Totaal with two uncoded rows under it, the breakdown of kind `children`.
const Document& breakdown(DocBuilder& b, Row::Children children, const std::string& first, const std::string& second) {
    const auto t = b.table("Instroom", "Soort", {"2022"});
    b.row(t, "", "Instroom", {"100"});
    b.row(t, "", "waarvan jeugd", {first});
    b.row(t, "", "waarvan volwassen", {second});
    auto& table = b.doc().tables[t];
    table.rows[0].children = children;
    table.rows[1].parent = 0;
    table.rows[2].parent = 0;
    return b.finish();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(structure)

BOOST_AUTO_TEST_CASE(a_partial_breakdown_may_add_up_to_less_than_its_parent) {
    DocBuilder b;
    const auto report = run_checks(breakdown(b, Row::Children::at_most, "60", "30"), one_rule("hierarchy-sum"));
    BOOST_TEST_REQUIRE(report.checks.size() == 1u);
    BOOST_TEST(report.checks[0].relation.at_most);
    BOOST_TEST(count(report, Outcome::passed) == 1u);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_partial_breakdown_larger_than_its_parent_fails) {
    DocBuilder b;
    const auto& doc = breakdown(b, Row::Children::at_most, "60", "50");
    const auto report = run_checks(doc, one_rule("hierarchy-sum"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    BOOST_TEST(report.findings[0].message.key == "sum.failed");
    BOOST_TEST(doc.source->text(report.findings[0].span) == "100");
    BOOST_TEST(report.checks[0].evaluation.excess == 10);
    BOOST_TEST(arg_number(report.findings[0].message, "imbalance") == -10);
}

BOOST_AUTO_TEST_CASE(a_breakdown_exceeding_its_rounded_parent_only_by_rounding_passes_within_rounding) {
    DocBuilder b;
    const auto t = b.table("Instroom", "Soort", {"2021", "2022", "2023"}, 100);
    b.row(t, "", "Instroom", {"1.000", "2.000", "3.000"});
    b.row(t, "", "waarvan jeugd", {"600", "1.200", "1.800"});
    b.row(t, "", "waarvan volwassen", {"500", "800", "1.300"});
    auto& table = b.doc().tables[t];
    table.rows[0].children = Row::Children::at_most;
    table.rows[1].parent = 0;
    table.rows[2].parent = 0;
    const auto report = run_checks(b.finish(), one_rule("hierarchy-sum"));
    // 2021: 1.100 against [950, 1.050]: the parts' interval [1.000, 1.200] meets it.
    // 2022: exactly 2.000. 2023: 3.100, parts at least 3.000: meets [2.950, 3.050].
    BOOST_TEST(count(report, Outcome::passed_within_rounding) == 2u);
    BOOST_TEST(count(report, Outcome::passed) == 1u);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_selection_is_never_summed) {
    DocBuilder b;
    const auto report = run_checks(breakdown(b, Row::Children::selection, "80", "70"), one_rule("hierarchy-sum"));
    BOOST_TEST(report.checks.empty());
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(a_full_breakdown_still_fails_when_smaller) {
    DocBuilder b;
    const auto report = run_checks(breakdown(b, Row::Children::sum, "60", "30"), one_rule("hierarchy-sum"));
    BOOST_TEST(report.findings.size() == 1u);
}

BOOST_AUTO_TEST_CASE(each_heading_group_is_compared_with_the_row_it_breaks_down) {
    // The model: a heading's parent is the row broken down, the group's rows have the heading
    // as parent, and the heading's `children` says how the group relates (docs/relations.md).
    DocBuilder b;
    const auto t = b.table("Instroom", "Soort", {"2022"});
    b.row(t, "", "Instroom", {"100"});
    b.row(t, "", "Waarvan door", {});
    b.row(t, "", "politie", {"60"});
    b.row(t, "", "bijzondere opsporingsdiensten", {"40"});
    b.row(t, "", "Waarvan", {});
    b.row(t, "", "jeugd", {"30"});
    b.row(t, "", "volwassenen", {"75"});
    b.row(t, "", "Waarvan prioritaire delicten", {});
    b.row(t, "", "geweld", {"90"});
    b.row(t, "", "zeden", {"80"});
    auto& rows = b.doc().tables[t].rows;
    for (std::size_t h : {1u, 4u, 7u}) {
        rows[h].heading = true;
        rows[h].parent = 0;
        rows[h + 1].parent = h;
        rows[h + 2].parent = h;
    }
    rows[7].children = Row::Children::selection;
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("hierarchy-sum"));
    BOOST_TEST_REQUIRE(report.checks.size() == 2u);  // the selection is not summed
    BOOST_TEST(count(report, Outcome::passed) == 1u);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);  // 30 + 75 = 105
    BOOST_TEST(doc.source->text(report.findings[0].span) == "100");
    BOOST_TEST(arg_text(report.findings[0].message, "parts") == "30 + 75");
}

BOOST_AUTO_TEST_CASE(the_last_parent_of_a_cut_off_table_is_not_checked) {
    DocBuilder b;
    const auto t = b.table("Aantal", "Categorie", {"2022", "2023"});
    b.row(t, "1", "Vermogen", {"30", "40"});
    b.row(t, "1.1", "Diefstal", {"10", "15"});
    b.row(t, "1.2", "Bedrog", {"20", "25"});
    b.row(t, "2", "Geweld", {"90", "99"});
    b.row(t, "2.1", "Mishandeling", {"12", "13"});  // the text ends here: 2.2 ... are cut off
    b.doc().tables[t].cut_off = true;
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("hierarchy-sum"));
    BOOST_TEST(report.checks.size() == 2u);  // 1 = 1.1 + 1.2 in both columns
    BOOST_TEST(count(report, Outcome::passed) == 2u);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "table.cut-off");
    BOOST_TEST((f.severity == Severity::info));
    BOOST_TEST(arg_number(f.message, "skipped") == 2);
    BOOST_TEST(arg_text(f.message, "table") == "Aantal");
    BOOST_TEST(doc.source->text(f.span) == "2.1 Mishandeling 12 13");
}

BOOST_AUTO_TEST_CASE(a_total_above_the_rows_of_a_cut_off_table_is_not_checked) {
    DocBuilder b;
    const auto t = b.table("Aantal", "Categorie", {"2022"});
    b.row(t, "", "Totaal", {"100"});
    b.row(t, "", "Een", {"30"});
    b.row(t, "", "Twee", {"20"});
    b.doc().tables[t].cut_off = true;
    const auto report = run_checks(b.finish(), one_rule("total-sum"));
    BOOST_TEST(report.checks.empty());
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    BOOST_TEST(report.findings[0].message.key == "table.cut-off");
}

BOOST_AUTO_TEST_CASE(vote_shares_sum_along_rows_without_the_turnout_column) {
    DocBuilder b;
    const auto t = b.table("", "Gemeente", {"Opk.", "CDA", "PvdA", "VVD", "Overig"});
    b.row(t, "", "Nederland", {"79,1", "27,93%", "15,11%", "15,44%", "41,53%"});  // 100,01
    b.row(t, "", "Appingedam", {"74,3", "24,52%", "28,56%", "10,90%", "36,02%"});  // 100,00
    b.row(t, "", "Bedum", {"87,3", "30,01%", "20,00%", "10,00%", "39,98%"});  // 99,99
    b.row(t, "", "Haren", {"88,0", "30,00%", "20,00%", "10,00%", "38,00%"});  // 98,00
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("percent-sum"));
    BOOST_TEST_REQUIRE(report.checks.size() == 4u);  // one per row, none per column
    for (const auto& check : report.checks) BOOST_TEST(check.relation.parts.size() == 4u);  // turnout left out
    BOOST_TEST(count(report, Outcome::passed) == 1u);
    BOOST_TEST(count(report, Outcome::passed_within_rounding) == 2u);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "percent-sum.failed");
    BOOST_TEST(arg_text(f.message, "context") == "Gemeente \u203a Haren");
    BOOST_TEST(arg_number(f.message, "expected") == 98, boost::test_tools::tolerance(1e-9));
    BOOST_TEST(arg_number(f.message, "allowed") == 0.02, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(the_last_row_of_shares_in_a_cut_off_table_is_not_summed) {
    DocBuilder b;
    const auto t = b.table("", "Gemeente", {"Opk.", "CDA", "PvdA", "VVD"});
    b.row(t, "", "Appingedam", {"74,3", "24,52%", "28,56%", "46,92%"});
    b.row(t, "", "Bedum", {"87,3", "30,01%", "20,00%", "49,99%"});
    b.row(t, "", "Haren", {"88,0", "30,00%", "20,00%", "50,00%"});
    b.row(t, "", "Leek", {"81,2", "31,00%", "29,00%"});  // the text ends inside this row
    b.doc().tables[t].cut_off = true;
    const auto report = run_checks(b.finish(), one_rule("percent-sum"));
    BOOST_TEST(report.checks.size() == 3u);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(scaled_figures_round_to_their_scale_and_messages_keep_the_documents_units) {
    const auto build = [](DocBuilder& b, const std::string& parent) -> const Document& {
        const auto t = b.table("Baten (mln euro)", "Taakveld", {"2017"});
        b.row(t, "1", "Bestuur", {parent});
        b.row(t, "1.1", "Burgerzaken", {"10.000"});
        b.row(t, "1.2", "Overhead", {"16.847"});
        auto& doc = b.doc();
        doc.tables[t].scale = 1e6;
        doc.tables[t].money = true;
        for (auto& figure : doc.figures) {
            figure.scale = 1e6;
            figure.rounding_unit = 1;
        }
        return b.finish();
    };
    DocBuilder off_by_one;
    const auto one = run_checks(build(off_by_one, "26.848"), one_rule("hierarchy-sum"));
    BOOST_TEST(count(one, Outcome::passed_within_rounding) == 1u);
    BOOST_TEST(one.findings.empty());

    DocBuilder off_by_three;
    const auto three = run_checks(build(off_by_three, "26.850"), one_rule("hierarchy-sum"));
    BOOST_TEST_REQUIRE(three.findings.size() == 1u);
    const auto& m = three.findings[0].message;
    BOOST_TEST(arg_number(m, "expected") == 26847);
    BOOST_TEST(arg_number(m, "imbalance") == 3);
    BOOST_TEST(arg_number(m, "excess") == 1.5);
    BOOST_TEST(three.findings[0].expected == "26.847");
    BOOST_TEST(three.checks[0].evaluation.excess == 1.5e6);
}

BOOST_AUTO_TEST_SUITE_END()
