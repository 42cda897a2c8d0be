// The CI formats through the real binary: `--format junit` (schema-valid, failing exactly
// where the exit code does, dated by SOURCE_DATE_EPOCH) and `--format github`.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "../report/junit_validation.hpp"
#include "run_cijfercheck.hpp"

using namespace cijfer::test;

namespace {

/// Sets SOURCE_DATE_EPOCH for the runs of one test (the binary inherits the environment).
class SourceDateEpoch {
public:
    explicit SourceDateEpoch(const char* value) {
        if (value) ::setenv("SOURCE_DATE_EPOCH", value, 1);
        else ::unsetenv("SOURCE_DATE_EPOCH");
    }
    ~SourceDateEpoch() { ::unsetenv("SOURCE_DATE_EPOCH"); }
    SourceDateEpoch(const SourceDateEpoch&) = delete;
    SourceDateEpoch& operator=(const SourceDateEpoch&) = delete;
};

void write_seed(const TempDir& dir) {
    dir.write("antwoord.txt", project_text("datasets/om-sepots-2026/antwoord.txt"));
    dir.write("rules.yaml", project_text("datasets/om-sepots-2026/rules.yaml"));
}

/// Row 1.3 follows 1.1: a numbering gap, a warning and nothing else.
const char* const gap_table =
    "Aantal zaken\n"
    "Categorie 2023 2024\n"
    "1. Alpha 30 40\n"
    "1.1 Een 10 20\n"
    "1.3 Twee 20 20\n"
    "Eindtotaal 30 40\n";

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ci_formats)

BOOST_AUTO_TEST_CASE(junit_of_the_seed_validates_and_fails_the_cases_the_gate_fails_on) {
    const SourceDateEpoch epoch("1767225600");
    TempDir dir;
    write_seed(dir);
    const auto run = run_cijfercheck(
        dir, {"check", "antwoord.txt", "--rules", "rules.yaml", "--format", "junit", "--fail-on", "warning",
              "--output", "report.xml"});
    BOOST_TEST(run.exit_code == 1);
    BOOST_TEST(run.err == "");
    const std::string path = (dir.path() / "report.xml").string();
    BOOST_TEST(validate_junit_file(path) == 0, dir.read("report.xml.err"));
    const std::string xml = dir.read("report.xml");
    BOOST_TEST(xml.find("<testsuite name=\"antwoord.txt\" package=\"antwoord.txt\" id=\"0\" "
                        "timestamp=\"2026-01-01T00:00:00\" hostname=\"localhost\" tests=\"24\" failures=\"4\" ") !=
               std::string::npos);
    // The five findings of datasets/om-sepots-2026/expected-findings.yaml; the two of
    // sepots-table-vs-prose are in one table, so they are one failing case.
    for (const char* failing :
         {"<testcase name=\"66.3000 at line 35, column 22\" classname=\"number-format\" time=\"0\">\n",
          "<testcase name=\"Aantal misdrijfzaken (line 292)\" classname=\"numbering\" time=\"0\">\n",
          "<testcase name=\"Aantal misdrijfzaken (line 94)\" classname=\"sepots-table-vs-prose\" time=\"0\">\n",
          "<testcase name=\"Aantal misdrijfzaken (line 292)\" classname=\"strafbeschikkingen-table-vs-prose\" "
          "time=\"0\">\n"})
        BOOST_TEST(xml.find(failing) != std::string::npos, failing);
    BOOST_TEST(xml.find(">antwoord.txt:141:12: warning: Aantal misdrijfzaken › Eindtotaal › 2023: ") != std::string::npos);
    BOOST_TEST(xml.find("\nantwoord.txt:141:26: warning: Aantal misdrijfzaken › Eindtotaal › 2024: ") != std::string::npos);
    BOOST_TEST(xml.find("<testcase name=\"Aantal misdrijfzaken (line 94)\" classname=\"hierarchy-sum\" time=\"0\" />") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(junit_failures_follow_fail_on_like_the_exit_code) {
    const SourceDateEpoch epoch("1767225600");
    TempDir dir;
    dir.write("gap.txt", gap_table);
    dir.write("wrong.txt", wrong_sum_table);
    struct Case {
        const char* file;
        const char* fail_on;
        int exit_code;
        const char* failures;
    };
    for (const Case c : {Case{"gap.txt", "error", 0, "failures=\"0\""}, Case{"gap.txt", "warning", 1, "failures=\"1\""},
                         Case{"wrong.txt", "error", 1, "failures=\"1\""}, Case{"wrong.txt", "none", 0, "failures=\"0\""}}) {
        const auto run = run_cijfercheck(dir, {"check", c.file, "--format", "junit", "--fail-on", c.fail_on});
        const std::string label = std::string(c.file) + " --fail-on " + c.fail_on;
        BOOST_TEST(run.exit_code == c.exit_code, label);
        BOOST_TEST(run.out.find(c.failures) != std::string::npos, label);
        BOOST_TEST(count(run.out, "<failure ") == (c.exit_code == 1 ? 1u : 0u), label);
        BOOST_TEST(run.out.find(std::string("<property name=\"fail-on\" value=\"") + c.fail_on + "\" />") !=
                   std::string::npos, label);
    }
}

BOOST_AUTO_TEST_CASE(github_exit_codes_follow_fail_on) {
    TempDir dir;
    dir.write("ok.txt", consistent_table);
    dir.write("gap.txt", gap_table);
    dir.write("wrong.txt", wrong_sum_table);
    BOOST_TEST(run_cijfercheck(dir, {"check", "ok.txt", "--format", "github"}).exit_code == 0);
    BOOST_TEST(run_cijfercheck(dir, {"check", "gap.txt", "--format", "github"}).exit_code == 0);
    BOOST_TEST(run_cijfercheck(dir, {"check", "gap.txt", "--format", "github", "--fail-on", "warning"}).exit_code == 1);
    const auto wrong = run_cijfercheck(dir, {"check", "wrong.txt", "--format", "github"});
    BOOST_TEST(wrong.exit_code == 1);
    BOOST_TEST(wrong.out.rfind("::error file=wrong.txt,line=3,endLine=3,col=10,endColumn=12,title=hierarchy-sum::", 0) == 0u,
               wrong.out);
    BOOST_TEST(run_cijfercheck(dir, {"check", "wrong.txt", "--format", "github", "--fail-on", "none"}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(github_escapes_the_file_name_as_a_property) {
    TempDir dir;
    dir.write("cijfers, 2024: q4.txt", gap_table);
    const auto run = run_cijfercheck(dir, {"check", "cijfers, 2024: q4.txt", "--format", "github"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.out.rfind("::warning file=cijfers%2C 2024%3A q4.txt,line=5,endLine=5,col=1,", 0) == 0u, run.out);
    // The summary is plain text: its file name needs no escaping.
    BOOST_TEST(run.out.find("\ncijfers, 2024: q4.txt: checks: ") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(both_formats_give_the_same_bytes_twice) {
    const SourceDateEpoch epoch("1767225600");
    TempDir dir;
    write_seed(dir);
    for (const char* format : {"junit", "github"}) {
        const auto first = run_cijfercheck(dir, {"check", "antwoord.txt", "--rules", "rules.yaml", "--format", format});
        const auto second = run_cijfercheck(dir, {"check", "antwoord.txt", "--rules", "rules.yaml", "--format", format});
        BOOST_TEST(!first.out.empty(), format);
        BOOST_TEST(first.out == second.out, format);
    }
}

BOOST_AUTO_TEST_CASE(without_source_date_epoch_junit_states_the_current_time_and_validates) {
    const SourceDateEpoch epoch(nullptr);
    TempDir dir;
    dir.write("ok.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "ok.txt", "--format", "junit", "--output", "ok.xml"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(validate_junit_file((dir.path() / "ok.xml").string()) == 0, dir.read("ok.xml.err"));
    BOOST_TEST(dir.read("ok.xml").find("timestamp=\"2026-01-01T00:00:00\"") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_malformed_source_date_epoch_exits_2_for_junit_only) {
    TempDir dir;
    dir.write("ok.txt", consistent_table);
    for (const char* value : {"yesterday", "-1", "1.5", "253402300800"}) {
        const SourceDateEpoch epoch(value);
        const auto run = run_cijfercheck(dir, {"check", "ok.txt", "--format", "junit"});
        BOOST_TEST(run.exit_code == 2, value);
        BOOST_TEST(run.out == "");
        BOOST_TEST(run.err == std::string("cijfercheck: error: SOURCE_DATE_EPOCH must be a number of seconds since "
                                          "1970-01-01 UTC (as `date +%s` prints it), not '") +
                                  value + "'\n");
        BOOST_TEST(run_cijfercheck(dir, {"check", "ok.txt", "--format", "github"}).exit_code == 0, value);
    }
}

BOOST_AUTO_TEST_SUITE_END()
