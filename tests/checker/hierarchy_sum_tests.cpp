#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "doc_builder.hpp"
#include "test_support.hpp"

using namespace cijfer;
using namespace cijfer::test;

BOOST_AUTO_TEST_SUITE(hierarchy_sum)

BOOST_AUTO_TEST_CASE(passes_when_parents_equal_their_children_in_every_column) {
    DocBuilder b;
    const auto t = b.table("Aantal misdrijfzaken", "Delictindeling conform C&R", {"2023", "2024"});
    b.row(t, "3", "Geweldsdelicten", {"1.847", "1.590"});
    b.row(t, "3.1", "Mishandeling", {"352", "379"});
    b.row(t, "3.3", "Seksuele misdrijven", {"1.495", "1.211"});
    b.row(t, "3.3.1", "Aanranding", {"353", "303"});
    b.row(t, "3.3.2", "Verkrachting", {"1.142", "908"});
    b.row(t, "4", "Overige misdrijven", {"2.096", "2.222"});  // top level, no children: normal
    const auto report = run_checks(b.finish(), one_rule("hierarchy-sum"));
    BOOST_TEST(report.checks.size() == 4u);  // rows 3 and 3.3, two columns each
    BOOST_TEST(with_outcome(report, Outcome::passed).size() == 4u);
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(fails_at_the_parent_cell_with_the_recomputed_sum) {
    DocBuilder b;
    const auto t = b.table("Aantal misdrijfzaken", "Delictindeling conform C&R", {"2023"});
    b.row(t, "1", "Vermogensdelicten", {"17.418"});
    b.row(t, "1.1", "Diefstal en inbraak", {"11.244"});
    b.row(t, "1.2", "Bedrog", {"1.114"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("hierarchy-sum"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "sum.failed");
    BOOST_TEST(doc.source->text(f.span) == "17.418");
    BOOST_TEST(arg_text(f.message, "context") == "Aantal misdrijfzaken \u203a 1. Vermogensdelicten \u203a 2023");
    BOOST_TEST(arg_text(f.message, "parts") == "11.244 + 1.114");
    BOOST_TEST(arg_number(f.message, "expected") == 12358);
    BOOST_TEST(arg_number(f.message, "imbalance") == 5060);
    BOOST_TEST(arg_number(f.message, "excess") == 5060);
    BOOST_TEST(f.expected == "12.358");
}

BOOST_AUTO_TEST_CASE(missing_cells_leave_their_column_out) {
    DocBuilder b;
    const auto t = b.table("Aantal", "Categorie", {"2023", "2024"});
    b.row(t, "1", "Alpha", {"30", "99"});
    b.row(t, "1.1", "Een", {"10", ""});
    b.row(t, "1.2", "Twee", {"20", "20"});
    const auto report = run_checks(b.finish(), one_rule("hierarchy-sum"));
    BOOST_TEST(report.checks.size() == 1u);
    BOOST_TEST(report.checks[0].relation.year == "2023");
    BOOST_TEST(report.findings.empty());
}

BOOST_AUTO_TEST_CASE(an_orphan_code_is_reported_at_its_code) {
    DocBuilder b;
    const auto t = b.table("Aantal", "Categorie", {"2023"});
    b.row(t, "3", "Geweld", {"30"});
    b.row(t, "3.1", "Mishandeling", {"30"});
    b.row(t, "3.3.1", "Aanranding", {"7"});
    const auto& doc = b.finish();
    const auto report = run_checks(doc, one_rule("hierarchy-sum"));
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto& f = report.findings[0];
    BOOST_TEST(f.message.key == "hierarchy.orphan");
    BOOST_TEST(arg_text(f.message, "code") == "3.3.1");
    BOOST_TEST(arg_text(f.message, "parent") == "3.3");
    BOOST_TEST(doc.source->text(f.span) == "3.3.1");
    BOOST_TEST(with_outcome(report, Outcome::passed).size() == 1u);  // 3 = 3.1 still checked
}

BOOST_AUTO_TEST_SUITE_END()
