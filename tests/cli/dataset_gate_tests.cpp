// The CI gate over the datasets of datasets/: the seed's figures (om-sepots-2026/figures.yaml)
// and the two releases of om-sepots-meerjarig with their waivers. Expected findings, places
// and exit codes are worked out by hand in the comments of those files.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "run_cijfercheck.hpp"

using namespace cijfer::test;

namespace {

void write_releases(const TempDir& dir) {
    for (const char* name : {"release-2024.yaml", "release-2025.yaml", "rules.yaml", "waivers.yaml"})
        dir.write(name, project_text(std::string("datasets/om-sepots-meerjarig/") + name));
}

/// The first line of each finding in a text report: "file:line:col: severity: ... [rule]".
std::vector<std::string> finding_lines(const std::string& report) {
    std::vector<std::string> lines;
    std::istringstream in(report);
    for (std::string line; std::getline(in, line);)
        if (line.find(": error: ") != std::string::npos || line.find(": warning: ") != std::string::npos)
            lines.push_back(line);
    return lines;
}

/// The clock of the run: 2026-07-02, before the waivers expire (2027-12-31).
struct Clock {
    explicit Clock(const char* epoch) { setenv("SOURCE_DATE_EPOCH", epoch, 1); }
    ~Clock() { unsetenv("SOURCE_DATE_EPOCH"); }
};
constexpr const char* july_2026 = "1783000000";

const std::string cross_2023 =
    "Aantal misdrijfzaken \u203a Eindtotaal \u203a 2023: the table says 65.496, the parts add up to 65.800 "
    "(56.400 + 9.400); difference \u2212304, 204 more than rounding allows [sepots-table-vs-prose]";

}  // namespace

BOOST_AUTO_TEST_SUITE(dataset_gate)

BOOST_AUTO_TEST_CASE(release_2024_passes_the_gate_with_its_waivers) {
    TempDir dir;
    write_releases(dir);
    const Clock clock(july_2026);
    const auto run = run_cijfercheck(dir, {"check", "release-2024.yaml", "--rules", "rules.yaml", "--waivers", "waivers.yaml",
                                           "--fail-on", "warning", "--format", "json", "--output", "report.json"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.out == "");
    BOOST_TEST(run.err == "");
    const auto report = nlohmann::json::parse(dir.read("report.json"));
    BOOST_TEST_REQUIRE(report["inputs"].size() == 1u);
    const auto& findings = report["inputs"][0]["findings"];
    BOOST_TEST_REQUIRE(findings.size() == 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        BOOST_TEST(findings[i]["rule_id"] == "sepots-table-vs-prose");
        BOOST_TEST(findings[i]["severity"] == "warning");
        BOOST_TEST(findings[i]["location"]["line"] == 64);
        BOOST_TEST(findings[i]["waived"]["accepted_by"] == "Directie Informatievoorziening OM");
        BOOST_TEST(findings[i]["waived"]["expires"] == "2027-12-31");
    }
    BOOST_TEST(findings[0]["location"]["column"] == 48);
    BOOST_TEST(findings[0]["found"] == "65.496");
    BOOST_TEST(findings[0]["waived"]["waiver"] == "waivers.yaml:7:11");
    BOOST_TEST(findings[1]["location"]["column"] == 66);
    BOOST_TEST(findings[1]["found"] == "73.599");
    BOOST_TEST(findings[1]["waived"]["waiver"] == "waivers.yaml:15:11");
    // Without the waivers the same two warnings fail the gate.
    BOOST_TEST(run_cijfercheck(dir, {"check", "release-2024.yaml", "--rules", "rules.yaml", "--fail-on", "warning"}).exit_code == 1);
}

BOOST_AUTO_TEST_CASE(release_2025_breaks_a_sum_and_makes_a_waiver_stale) {
    TempDir dir;
    write_releases(dir);
    const Clock clock(july_2026);
    const auto run = run_cijfercheck(dir, {"check", "release-2025.yaml", "--rules", "rules.yaml", "--waivers", "waivers.yaml",
                                           "--fail-on", "warning"});
    BOOST_TEST(run.exit_code == 1);
    BOOST_TEST(run.err == "");
    const std::vector<std::string> expected{
        "release-2025.yaml:38:117: error: Aantal misdrijfzaken \u203a 3.3 Seksuele misdrijven \u203a 2025: the table says "
        "1.310, the parts add up to 1.301 (291 + 448 + 77 + 58 + 402 + 25); difference +9, 9 more than rounding allows "
        "[hierarchy-sum]",
        "release-2025.yaml:60:48: warning: " + cross_2023,
        "release-2025.yaml:60:66: warning: Aantal misdrijfzaken \u203a Eindtotaal \u203a 2024: the table says 73.611, the "
        "parts add up to 74.100 (64.700 + 9.400); difference \u2212489, 389 more than rounding allows [sepots-table-vs-prose]",
        "waivers.yaml:15:11: warning: the waiver for sepots-table-vs-prose accepted "
        "antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2024 = 73.599, but it is now 73.611; review the waiver "
        "[stale-waiver]"};
    BOOST_TEST(finding_lines(run.out) == expected, boost::test_tools::per_element());
    // The 2023 deviation is still accepted: one waived finding, under the first waiver.
    BOOST_TEST(run.out.find("      = waived: Na-ijleffecten: de tabel telt zaken die later zijn geregistreerd (antwoord op "
                            "vraag 2). (accepted by Directie Informatievoorziening OM until 2027-12-31, waivers.yaml:7:11)\n") !=
               std::string::npos);
    BOOST_TEST(run.out.find("release-2025.yaml: waived findings: 1 (they do not count toward --fail-on)\n") != std::string::npos);
    BOOST_TEST(run.out.find("release-2025.yaml: checks: 24 run, 21 passed (1 within rounding), 3 failed, 0 settled by another "
                            "finding\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(sarif_marks_waived_results_as_suppressed) {
    TempDir dir;
    write_releases(dir);
    const Clock clock(july_2026);
    const auto run = run_cijfercheck(dir, {"check", "release-2025.yaml", "--rules", "rules.yaml", "--waivers", "waivers.yaml",
                                           "--format", "sarif", "--output", "gate.sarif"});
    BOOST_TEST(run.exit_code == 1);  // the hierarchy-sum error
    const auto sarif = nlohmann::json::parse(dir.read("gate.sarif"));
    const auto& results = sarif["runs"][0]["results"];
    BOOST_TEST_REQUIRE(results.size() == 4u);
    int suppressed = 0;
    for (const auto& r : results)
        if (r.contains("suppressions")) {
            ++suppressed;
            BOOST_TEST(r["ruleId"] == "sepots-table-vs-prose");
            BOOST_TEST(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 60);
            BOOST_TEST(r["locations"][0]["physicalLocation"]["region"]["startColumn"] == 48);
            BOOST_TEST(r["suppressions"][0]["kind"] == "external");
            BOOST_TEST(r["suppressions"][0]["status"] == "accepted");
        }
    BOOST_TEST(suppressed == 1);
    BOOST_TEST(results[3]["ruleId"] == "stale-waiver");
    // The stale waiver's rule is in no rule file: it has a descriptor of its own, after
    // those of the rule files, and the result points at it.
    const auto& rules = sarif["runs"][0]["tool"]["driver"]["rules"];
    const std::size_t stale = rules.size() - 1;
    BOOST_TEST(rules[stale]["id"] == "stale-waiver");
    BOOST_TEST(rules[stale]["defaultConfiguration"]["level"] == "warning");
    BOOST_TEST(rules[stale]["shortDescription"]["text"].get<std::string>().rfind("A waiver that waives nothing", 0) == 0u);
    BOOST_TEST(results[3]["ruleIndex"] == stale);
    // Suppressions and the waiver file as an artifact keep the log valid SARIF 2.1.0.
    const std::string command = "/usr/bin/python3 -c \"import json,jsonschema,sys; "
                                "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))\" '" +
                                (dir.path() / "gate.sarif").string() + "' '" + CIJFER_SOURCE_DIR +
                                "/tests/schemas/sarif-schema-2.1.0.json'";
    BOOST_TEST(std::system(command.c_str()) == 0);
    BOOST_TEST(results[3]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "waivers.yaml");
}

BOOST_AUTO_TEST_CASE(expired_waivers_are_stale_and_waive_nothing) {
    TempDir dir;
    write_releases(dir);
    const Clock clock("1830297600");  // 2028-01-01 00:00 UTC; the waivers expired on 2027-12-31
    const auto run = run_cijfercheck(dir, {"check", "release-2024.yaml", "--rules", "rules.yaml", "--waivers", "waivers.yaml",
                                           "--fail-on", "warning"});
    BOOST_TEST(run.exit_code == 1);
    const std::vector<std::string> expected{
        "release-2024.yaml:64:48: warning: " + cross_2023,
        "release-2024.yaml:64:66: warning: Aantal misdrijfzaken \u203a Eindtotaal \u203a 2024: the table says 73.599, the "
        "parts add up to 74.100 (64.700 + 9.400); difference \u2212501, 401 more than rounding allows [sepots-table-vs-prose]",
        "waivers.yaml:7:11: warning: the waiver for sepots-table-vs-prose expired on 2027-12-31; the findings it accepted "
        "count again [stale-waiver]",
        "waivers.yaml:15:11: warning: the waiver for sepots-table-vs-prose expired on 2027-12-31; the findings it accepted "
        "count again [stale-waiver]"};
    BOOST_TEST(finding_lines(run.out) == expected, boost::test_tools::per_element());
    BOOST_TEST(run.out.find("waived findings") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_waiver_suppresses_exactly_the_finding_it_names) {
    TempDir dir;
    write_releases(dir);
    const Clock clock(july_2026);
    // Only the 2024 Eindtotaal, under the wrong rule, and a figure that does not exist.
    dir.write("w.yaml",
              "version: 1\n"
              "waivers:\n"
              "  - rule: hierarchy-sum\n"
              "    figures: {antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2024: \"73.599\"}\n"
              "    reason: r\n    accepted_by: a\n    expires: 2027-01-01\n"
              "  - rule: sepots-table-vs-prose\n"
              "    figures: {antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2024: \"73599\"}\n"
              "    reason: r\n    accepted_by: a\n    expires: 2027-01-01\n"
              "  - rule: sepots-table-vs-prose\n"
              "    figures: {antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2026: \"1\"}\n"
              "    reason: r\n    accepted_by: a\n    expires: 2027-01-01\n");
    const auto run = run_cijfercheck(dir, {"check", "release-2024.yaml", "--rules", "rules.yaml", "--waivers", "w.yaml"});
    BOOST_TEST(run.exit_code == 0);
    const std::vector<std::string> expected{
        "release-2024.yaml:64:48: warning: " + cross_2023,
        "release-2024.yaml:64:66: warning: Aantal misdrijfzaken \u203a Eindtotaal \u203a 2024: the table says 73.599, the "
        "parts add up to 74.100 (64.700 + 9.400); difference \u2212501, 401 more than rounding allows [sepots-table-vs-prose]",
        "w.yaml:3:11: warning: the waiver for hierarchy-sum matches no finding; remove it [stale-waiver]",
        "w.yaml:13:11: warning: the waiver for sepots-table-vs-prose names "
        "antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2026, which no input has [stale-waiver]"};
    BOOST_TEST(finding_lines(run.out) == expected, boost::test_tools::per_element());
    // "73599" is the value of "73.599": the second waiver accepts the 2024 finding only.
    BOOST_TEST(run.out.find("release-2024.yaml: waived findings: 1 (they do not count toward --fail-on)\n") != std::string::npos);
    BOOST_TEST(run.out.find("(accepted by a until 2027-01-01, w.yaml:8:11)") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(errors_in_waiver_and_dataset_files_are_located) {
    TempDir dir;
    write_releases(dir);
    dir.write("w.yaml", "version: 1\nwaivers:\n  - rule: x\n    figures: {a: \"1\"}\n    reason: r\n    accepted_by: a\n"
                        "    expires: 31-12-2027\n");
    auto run = run_cijfercheck(dir, {"check", "release-2024.yaml", "--waivers", "w.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.out == "");
    BOOST_TEST(run.err == "w.yaml:7:14: error: 'expires' must be a date written YYYY-MM-DD, not '31-12-2027'\n");

    dir.write("bad.yaml", "schema: cijfercheck-dataset\nversion: 1\ntables:\n  - title: T\n    columns: [\"2023\"]\n"
                          "    rows:\n      - {label: A, cells: {\"2023\": {written: \"1.000\", value: 1}}}\n");
    run = run_cijfercheck(dir, {"check", "bad.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.out == "");
    BOOST_TEST(run.err == "bad.yaml:7:62: error: value 1 does not match the figure as written, '1.000' (read as 1000)\n");

    // A waiver file with a key given twice: yaml-cpp would keep one silently.
    dir.write("twice.yaml", "version: 1\nwaivers: []\nwaivers: []\n");
    run = run_cijfercheck(dir, {"check", "release-2024.yaml", "--waivers", "twice.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "twice.yaml:3:1: error: duplicate key 'waivers' (first given on line 2)\n");
}

BOOST_AUTO_TEST_CASE(diff_reports_the_revisions_of_release_2025) {
    TempDir dir;
    write_releases(dir);
    const auto run = run_cijfercheck(dir, {"diff", "release-2024.yaml", "release-2025.yaml", "--rules", "rules.yaml"});
    // The one failing sum with a changed figure (the cross-total of 2024) failed before too.
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.err == "");
    BOOST_TEST(run.out.find("release-2025.yaml:25:101: changed: antwoord-op-vraag-2.aantal-misdrijfzaken.1_1.2024: 10.440 "
                            "-> 10.452 (revised prior-year figure, 2024)\n"
                            "      = still holds: Aantal misdrijfzaken \u203a 1. Vermogensdelicten \u203a 2024 [hierarchy-sum]\n") !=
               std::string::npos, run.out);
    BOOST_TEST(run.out.find("      = fails, as before: Aantal misdrijfzaken \u203a Eindtotaal \u203a 2024 [sepots-table-vs-prose]\n") !=
               std::string::npos);
    BOOST_TEST(run.out.find("diff: 3 changed (3 revised prior-year), 39 appeared, 0 disappeared; sums containing a changed "
                            "figure: 1 fail, 0 of them newly\n") != std::string::npos);
    const auto as_json = run_cijfercheck(dir, {"diff", "release-2024.yaml", "release-2025.yaml", "--format", "json"});
    const auto d = nlohmann::json::parse(as_json.out);
    BOOST_TEST(d["changed"].size() == 3u);
    BOOST_TEST(d["changed"][1]["old"] == "10.440");
    BOOST_TEST(d["changed"][1]["location"]["line"] == 25);
    BOOST_TEST(d["appeared"].size() == 39u);
}

BOOST_AUTO_TEST_CASE(the_seed_dataset_gives_the_seed_findings) {
    TempDir dir;
    dir.write("figures.yaml", project_text("datasets/om-sepots-2026/figures.yaml"));
    dir.write("rules.yaml", project_text("datasets/om-sepots-2026/rules.yaml"));
    const auto run = run_cijfercheck(dir, {"check", "figures.yaml", "--rules", "rules.yaml"});
    BOOST_TEST(run.exit_code == 1);  // 66.3000 is an error, as in the text
    const auto lines = finding_lines(run.out);
    BOOST_TEST_REQUIRE(lines.size() == 5u);
    BOOST_TEST(lines[0].find(": warning: " + cross_2023) != std::string::npos);
    BOOST_TEST(lines[4].find(": error: 66.3000 is not a correctly written number (one digit too many in a group of "
                             "thousands); read as 66.300, the related checks agree") != std::string::npos);
    BOOST_TEST(run.out.find("figures.yaml: checks: 50 run, 46 passed (5 within rounding), 3 failed, 1 settled by another "
                            "finding\n") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
