// The bundled dataset through the real binary: exit codes, the summary, and SARIF that the
// official schema accepts.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "run_cijfercheck.hpp"

using namespace cijfer::test;

namespace {

void write_seed(const TempDir& dir) {
    dir.write("antwoord.txt", project_text("datasets/om-sepots-2026/antwoord.txt"));
    dir.write("rules.yaml", project_text("datasets/om-sepots-2026/rules.yaml"));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_dataset)

BOOST_AUTO_TEST_CASE(exits_1_by_default_and_0_with_fail_on_none) {
    TempDir dir;
    write_seed(dir);
    const auto run = run_cijfercheck(dir, {"check", "antwoord.txt", "--rules", "rules.yaml"});
    BOOST_TEST(run.exit_code == 1);
    BOOST_TEST(run.err == "");
    BOOST_TEST(run.out.find("antwoord.txt: checks: 50 run, 46 passed (5 within rounding), 3 failed, "
                            "1 settled by another finding\n") != std::string::npos, run.out);
    BOOST_TEST(run_cijfercheck(dir, {"check", "antwoord.txt", "--rules", "rules.yaml", "--fail-on", "none"})
                   .exit_code == 0);
    // The warnings (cross-totals, numbering) alone would fail a stricter gate too.
    BOOST_TEST(run_cijfercheck(dir, {"check", "antwoord.txt", "--rules", "rules.yaml", "--fail-on", "warning"})
                   .exit_code == 1);
}

BOOST_AUTO_TEST_CASE(its_sarif_validates_against_the_official_schema) {
    TempDir dir;
    write_seed(dir);
    const auto run = run_cijfercheck(
        dir, {"check", "antwoord.txt", "--rules", "rules.yaml", "--format", "sarif", "--output", "seed.sarif"});
    BOOST_TEST(run.exit_code == 1);
    const std::string command = "/usr/bin/python3 -c \"import json,jsonschema,sys; "
                                "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))\" '" +
                                (dir.path() / "seed.sarif").string() + "' '" + CIJFER_SOURCE_DIR +
                                "/tests/schemas/sarif-schema-2.1.0.json'";
    BOOST_TEST(std::system(command.c_str()) == 0);
    const auto sarif = dir.read("seed.sarif");
    BOOST_TEST(sarif.find("\"ruleId\": \"sepots-table-vs-prose\"") != std::string::npos);
    BOOST_TEST(sarif.find("\"columnKind\": \"unicodeCodePoints\"") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
