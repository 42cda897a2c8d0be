// `rules explain ID`: a rule's documentation by its id (built-in or from --rules), or a
// kind's by the kind id; exit 2 with the known ids for anything else.
#include <boost/test/unit_test.hpp>

#include "checker/rule_kind.hpp"
#include "run_cijfercheck.hpp"

using namespace cijfer::test;

namespace {

const char* const cross_total_rules =
    "version: 1\n"
    "rules:\n"
    "  - id: om-eindtotaal\n"
    "    kind: cross-total\n"
    "    severity: warning\n"
    "    description: Eindtotaal equals the prose counts\n"
    "    parameters:\n"
    "      total:\n"
    "        table: {title: \"Aantal zaken\"}\n"
    "        row: Eindtotaal\n"
    "      columns: [\"2023\"]\n"
    "      parts:\n"
    "        - statement: {noun: \"zaken\"}\n";

std::string kind_text(const char* id) {
    const cijfer::RuleKind* kind = cijfer::find_rule_kind(id);
    BOOST_TEST_REQUIRE(kind != nullptr);
    std::string doc(kind->doc);
    if (!doc.empty() && doc.back() != '\n') doc += '\n';
    return std::string(kind->id) + ": " + std::string(kind->summary) + "\n\n" + doc;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(rules_explain)

BOOST_AUTO_TEST_CASE(a_rule_from_a_rule_file_with_its_parameters_and_its_kinds_doc) {
    TempDir dir;
    dir.write("rules.yaml", cross_total_rules);
    const auto run = run_cijfercheck(dir, {"rules", "explain", "om-eindtotaal", "--rules", "rules.yaml"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.err == "");
    // Quoted scalars stay quoted, so that "2023" still reads as a column label.
    BOOST_TEST(run.out == "rule om-eindtotaal (rules.yaml:3:5)\n"
                          "  kind: cross-total\n"
                          "  severity: warning\n"
                          "  description: Eindtotaal equals the prose counts\n"
                          "  parameters:\n"
                          "    total:\n"
                          "      table: {title: \"Aantal zaken\"}\n"
                          "      row: Eindtotaal\n"
                          "    columns: [\"2023\"]\n"
                          "    parts:\n"
                          "      - statement: {noun: \"zaken\"}\n"
                          "\n" + kind_text("cross-total"));
}

BOOST_AUTO_TEST_CASE(a_built_in_rule) {
    TempDir dir;
    const auto run = run_cijfercheck(dir, {"rules", "explain", "numbering"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.out.rfind("rule numbering (default.yaml (built-in):", 0) == 0u, run.out);
    BOOST_TEST(run.out.find("\n  kind: numbering\n  severity: warning\n  description: Row codes have no gaps,") !=
               std::string::npos);
    BOOST_TEST(run.out.find("\n\n" + kind_text("numbering")) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_kind_by_its_id) {
    TempDir dir;
    const auto run = run_cijfercheck(dir, {"rules", "explain", "cross-total"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.out == kind_text("cross-total"));
}

BOOST_AUTO_TEST_CASE(an_unknown_id_exits_2_and_names_the_known_ones) {
    TempDir dir;
    dir.write("rules.yaml", cross_total_rules);
    const auto run =
        run_cijfercheck(dir, {"rules", "explain", "om-eindtotal", "--no-default-rules", "--rules", "rules.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.out == "");
    std::string kinds;
    for (const auto& kind : cijfer::rule_kinds()) kinds += (kinds.empty() ? "" : ", ") + std::string(kind.id);
    BOOST_TEST(run.err == "cijfercheck: error: no rule or rule kind has the id 'om-eindtotal' "
                          "(rules: om-eindtotaal; kinds: " + kinds + ")\n");
}

BOOST_AUTO_TEST_CASE(a_broken_rule_file_exits_2_with_its_located_error) {
    TempDir dir;
    dir.write("bad.yaml", "version: 2\nrules: []\n");
    const auto run = run_cijfercheck(dir, {"rules", "explain", "numbering", "--rules", "bad.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.out == "");
    BOOST_TEST(run.err == "bad.yaml:1:10: error: unsupported version '2' (this cijfercheck reads version 1)\n");
}

BOOST_AUTO_TEST_CASE(explain_without_an_id_is_a_usage_error) {
    TempDir dir;
    BOOST_TEST(run_cijfercheck(dir, {"rules", "explain"}).exit_code == 2);
}

BOOST_AUTO_TEST_SUITE_END()
