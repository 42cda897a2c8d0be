// diff between the two releases of datasets/om-sepots-meerjarig (their comments say, by
// hand, what changed): three revised 2024 figures whose sums still hold, the 2025 column
// and its two prose figures appeared, nothing disappeared.
#include <boost/test/unit_test.hpp>

#include "../golden/pipeline.hpp"
#include "dataset/dataset_reader.hpp"
#include "diff/figure_diff.hpp"

using namespace cijfer;

namespace {

struct Release {
    explicit Release(const std::string& name)
        : source("release.yaml", test::read_file(test::project_file("datasets/om-sepots-meerjarig/" + name))),
          result(read_dataset(source)) {}
    SourceText source;
    DatasetResult result;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(diff)

BOOST_AUTO_TEST_CASE(revisions_and_the_new_column) {
    const Release old_release("release-2024.yaml"), new_release("release-2025.yaml");
    BOOST_TEST_REQUIRE(old_release.result.ok());
    BOOST_TEST_REQUIRE(new_release.result.ok());
    const auto rules = test::load_rules({"rules/default.yaml", "datasets/om-sepots-meerjarig/rules.yaml"});
    const auto report = run_checks(new_release.result.doc, rules);
    const auto old_report = run_checks(old_release.result.doc, rules);
    const auto d = diff_figures(old_release.result.doc, new_release.result.doc, report, old_report);

    BOOST_TEST_REQUIRE(d.changed.size() == 3u);
    const std::string table = "antwoord-op-vraag-2.aantal-misdrijfzaken.";
    BOOST_TEST(d.changed[0].name == table + "1.2024");
    BOOST_TEST(d.changed[0].old_written == "16.467");
    BOOST_TEST(d.changed[0].new_written == "16.479");
    BOOST_TEST(d.changed[1].name == table + "1_1.2024");
    BOOST_TEST(d.changed[1].old_written == "10.440");
    BOOST_TEST(d.changed[1].new_written == "10.452");
    BOOST_TEST(d.changed[2].name == table + "eindtotaal.2024");
    BOOST_TEST(d.changed[2].new_written == "73.611");
    for (const auto& c : d.changed) BOOST_TEST(c.prior_year);  // 2024 < 2025

    // 1.1 2024 is a part of row 1's sum only; row 1 is in its own sum and the Eindtotaal's.
    BOOST_TEST_REQUIRE(d.changed[1].sums.size() == 1u);
    BOOST_TEST(d.changed[1].sums[0].rule_id == "hierarchy-sum");
    BOOST_TEST(d.changed[1].sums[0].holds);
    BOOST_TEST_REQUIRE(d.changed[0].sums.size() == 2u);
    BOOST_TEST(d.changed[0].sums[0].holds);
    BOOST_TEST(d.changed[0].sums[1].holds);
    // The Eindtotaal 2024: its total-sum holds, the cross-total against the prose does not
    // (74.100 against 73.611: waived for 73.599, see waivers.yaml).
    BOOST_TEST_REQUIRE(d.changed[2].sums.size() == 2u);
    BOOST_TEST(d.changed[2].sums[0].rule_id == "total-sum");
    BOOST_TEST(d.changed[2].sums[0].holds);
    BOOST_TEST(d.changed[2].sums[1].rule_id == "sepots-table-vs-prose");
    BOOST_TEST(!d.changed[2].sums[1].holds);
    BOOST_TEST(d.changed[2].sums[1].failed_before);  // 74.100 against 73.599 in release 2024
    BOOST_TEST(d.failing_sums() == 1);
    BOOST_TEST(d.broken_sums() == 0);

    // 36 rows and the Eindtotaal in 2025, and the two prose counts of 2025.
    BOOST_TEST(d.appeared.size() == 39u);
    BOOST_TEST(d.appeared.back().name == "sepots.misdrijf.voorwaardelijk.2025");
    BOOST_TEST(d.disappeared.empty());
}

BOOST_AUTO_TEST_CASE(the_same_release_has_no_changes) {
    const Release a("release-2025.yaml"), b("release-2025.yaml");
    const auto rules = test::load_rules({"rules/default.yaml"});
    const auto d = diff_figures(a.result.doc, b.result.doc, run_checks(b.result.doc, rules));
    BOOST_TEST(d.changed.empty());
    BOOST_TEST(d.appeared.empty());
    BOOST_TEST(d.disappeared.empty());
}

BOOST_AUTO_TEST_CASE(a_revised_prior_year_figure_lists_the_figures_that_still_quote_it) {
    // The text quotes 73.599 for 2024 in prose; the table's 2024 total is revised to 73.611.
    const std::string head = "schema: cijfercheck-dataset\nversion: 1\ntables:\n  - title: T\n    columns: [\"2024\", \"2025\"]\n"
                             "    rows:\n";
    const std::string prose = "statements:\n  - {name: quote, noun_phrase: zaken, year: 2024, figure: \"73.599\"}\n";
    const SourceText old_source("old.yaml", head + "      - {label: Totaal, cells: {\"2024\": \"73.599\"}}\n" + prose);
    const SourceText new_source("new.yaml", head + "      - {label: Totaal, cells: {\"2024\": \"73.611\", \"2025\": \"1\"}}\n" + prose);
    const auto old_doc = read_dataset(old_source), new_doc = read_dataset(new_source);
    BOOST_TEST_REQUIRE(old_doc.ok());
    BOOST_TEST_REQUIRE(new_doc.ok());
    const auto d = diff_figures(old_doc.doc, new_doc.doc, CheckReport{});
    BOOST_TEST_REQUIRE(d.changed.size() == 1u);
    BOOST_TEST(d.changed[0].name == "doc.t.totaal.2024");
    BOOST_TEST(d.changed[0].prior_year);
    BOOST_TEST_REQUIRE(d.changed[0].quotes_of_old.size() == 1u);
    const auto quoted = new_source.locate(new_doc.doc.figures[d.changed[0].quotes_of_old[0]].number.span.begin);
    BOOST_TEST(quoted.line == 9);
    BOOST_TEST(quoted.column == 60);
}

BOOST_AUTO_TEST_CASE(a_revision_that_breaks_a_sum_is_told_apart_from_one_that_failed_before) {
    const std::string head = "schema: cijfercheck-dataset\nversion: 1\ntables:\n  - title: T\n    columns: [\"2024\", \"2025\"]\n"
                             "    rows:\n      - {code: \"1\", label: A, cells: {\"2024\": \"100\", \"2025\": \"90\"}}\n";
    const SourceText old_source("old.yaml", head + "      - {code: \"1.1\", label: B, parent: \"1\", cells: {\"2024\": \"60\"}}\n"
                                                   "      - {code: \"1.2\", label: C, parent: \"1\", cells: {\"2024\": \"40\"}}\n");
    // 1.1 of 2024 revised from 60 to 65: 65 + 40 is no longer 100.
    const SourceText new_source("new.yaml", head + "      - {code: \"1.1\", label: B, parent: \"1\", cells: {\"2024\": \"65\"}}\n"
                                                   "      - {code: \"1.2\", label: C, parent: \"1\", cells: {\"2024\": \"40\"}}\n");
    const auto old_doc = read_dataset(old_source), new_doc = read_dataset(new_source);
    BOOST_TEST_REQUIRE(old_doc.ok());
    BOOST_TEST_REQUIRE(new_doc.ok());
    const auto rules = test::load_rules({"rules/default.yaml"});
    const auto d = diff_figures(old_doc.doc, new_doc.doc, run_checks(new_doc.doc, rules), run_checks(old_doc.doc, rules));
    BOOST_TEST_REQUIRE(d.changed.size() == 1u);
    BOOST_TEST(d.changed[0].name == "doc.t.1_1.2024");
    BOOST_TEST(d.changed[0].prior_year);
    BOOST_TEST_REQUIRE(d.changed[0].sums.size() == 1u);
    BOOST_TEST(d.changed[0].sums[0].context == "T \u203a 1. A \u203a 2024");
    BOOST_TEST(!d.changed[0].sums[0].holds);
    BOOST_TEST(!d.changed[0].sums[0].failed_before);
    BOOST_TEST(d.broken_sums() == 1);
}

BOOST_AUTO_TEST_SUITE_END()
