// scripts/ci-gate.sh (docs/ci.md): every document of every dataset with its rule file,
// a SARIF and a JUnit report per document, and the worst exit status.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../report/junit_validation.hpp"
#include "run_cijfercheck.hpp"

using namespace cijfer::test;
namespace fs = std::filesystem;

namespace {

/// Two datasets: the seed with its rule file, and a consistent table without one.
void write_datasets(const TempDir& dir) {
    fs::create_directories(dir.path() / "datasets" / "om-sepots-2026");
    fs::create_directories(dir.path() / "datasets" / "zaken");
    dir.write("datasets/om-sepots-2026/antwoord.txt", project_text("datasets/om-sepots-2026/antwoord.txt"));
    dir.write("datasets/om-sepots-2026/rules.yaml", project_text("datasets/om-sepots-2026/rules.yaml"));
    dir.write("datasets/om-sepots-2026/SOURCE.md", "not a document\n");
    dir.write("datasets/zaken/tabel.txt", consistent_table);
}

RunResult run_gate(const TempDir& dir, const std::string& args, const std::string& env = "") {
    const std::string command = "cd '" + dir.path().string() + "' && " + env + " CIJFERCHECK='" CIJFERCHECK_BINARY
                                "' SOURCE_DATE_EPOCH=1767225600 bash '" CIJFER_SOURCE_DIR
                                "/scripts/ci-gate.sh' " + args + " > .stdout 2> .stderr";
    const int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = dir.read(".stdout");
    result.err = dir.read(".stderr");
    return result;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ci_gate_script)

BOOST_AUTO_TEST_CASE(checks_every_document_with_its_rules_and_writes_both_reports) {
    TempDir dir;
    write_datasets(dir);
    const auto run = run_gate(dir, "datasets reports");
    // The seed's number-format error fails the gate at the default --fail-on error.
    BOOST_TEST(run.exit_code == 1);
    BOOST_TEST(run.err == "");
    BOOST_TEST(run.out.find("datasets/om-sepots-2026/antwoord.txt:35:22: error: 66.3000 is not a correctly "
                            "written number") != std::string::npos);
    // The seed's own rule file was loaded: its cross-total findings are there.
    BOOST_TEST(run.out.find("[sepots-table-vs-prose]") != std::string::npos);
    BOOST_TEST(run.out.find("datasets/zaken/tabel.txt: findings: error 0, warning 0, info 0\n") != std::string::npos);
    BOOST_TEST(run.out.substr(run.out.rfind("ci-gate:")) == "ci-gate: 2 documents checked, exit status 1\n");

    for (const char* name : {"om-sepots-2026--antwoord", "zaken--tabel"}) {
        const std::string junit = (dir.path() / "reports" / (std::string(name) + ".junit.xml")).string();
        BOOST_TEST(fs::exists(dir.path() / "reports" / (std::string(name) + ".sarif")), name);
        BOOST_TEST(validate_junit_file(junit) == 0, name);
    }
    BOOST_TEST(dir.read("reports/om-sepots-2026--antwoord.junit.xml").find("failures=\"1\"") != std::string::npos);
    BOOST_TEST(dir.read("reports/zaken--tabel.junit.xml").find("failures=\"0\"") != std::string::npos);
    BOOST_TEST(dir.read("reports/om-sepots-2026--antwoord.sarif").find("\"ruleId\": \"sepots-table-vs-prose\"") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(passes_check_options_on_and_writes_github_annotations_when_asked) {
    TempDir dir;
    write_datasets(dir);
    const auto none = run_gate(dir, "datasets reports --fail-on none");
    BOOST_TEST(none.exit_code == 0);
    BOOST_TEST(dir.read("reports/om-sepots-2026--antwoord.junit.xml").find("failures=\"0\"") != std::string::npos);

    const auto github = run_gate(dir, "datasets/ out --lang nl", "CIJFER_LOG_FORMAT=github");  // and a trailing slash
    BOOST_TEST(github.exit_code == 1);
    BOOST_TEST(github.out.find("::error file=datasets/om-sepots-2026/antwoord.txt,line=35,endLine=35,col=22,endColumn=29,"
                               "title=number-format::66.3000 is geen correct geschreven getal") != std::string::npos,
               github.out);
    BOOST_TEST(fs::exists(dir.path() / "out" / "zaken--tabel.sarif"));
}

BOOST_AUTO_TEST_CASE(a_broken_rule_file_makes_the_status_2_after_every_document_ran) {
    TempDir dir;
    write_datasets(dir);
    dir.write("datasets/om-sepots-2026/rules.yaml", "version: 2\nrules: []\n");
    const auto run = run_gate(dir, "datasets reports");
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err.find("datasets/om-sepots-2026/rules.yaml:1:10: error: unsupported version '2'") !=
               std::string::npos);
    BOOST_TEST(fs::exists(dir.path() / "reports" / "zaken--tabel.junit.xml"));
    BOOST_TEST(run.out.substr(run.out.rfind("ci-gate:")) == "ci-gate: 2 documents checked, exit status 2\n");
}

BOOST_AUTO_TEST_CASE(no_documents_or_no_arguments_is_status_2) {
    TempDir dir;
    fs::create_directories(dir.path() / "empty" / "one");
    const auto empty = run_gate(dir, "empty reports");
    BOOST_TEST(empty.exit_code == 2);
    BOOST_TEST(empty.err == "ci-gate: no documents (*.txt) in empty/*/\n");
    const auto usage = run_gate(dir, "");
    BOOST_TEST(usage.exit_code == 2);
    BOOST_TEST(usage.err == "usage: scripts/ci-gate.sh DATASETS REPORTS [cijfercheck check options]\n");
}

BOOST_AUTO_TEST_SUITE_END()
