// `check --format` gives output of the right kind, and `--output` writes it to a file.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "run_cijfercheck.hpp"

using namespace cijfer::test;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(check_formats)

BOOST_AUTO_TEST_CASE(json_output_parses_as_a_json_object) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "doc.txt", "--format", "json"});
    BOOST_TEST(run.exit_code == 0);
    const auto report = json::parse(run.out, nullptr, false);
    BOOST_TEST(!report.is_discarded());
    BOOST_TEST(report.is_object());
}

BOOST_AUTO_TEST_CASE(sarif_output_is_sarif_2_1_0_with_one_run) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "doc.txt", "--format", "sarif"});
    BOOST_TEST(run.exit_code == 0);
    const auto sarif = json::parse(run.out, nullptr, false);
    BOOST_TEST_REQUIRE(!sarif.is_discarded());
    BOOST_TEST(sarif.value("version", "") == "2.1.0");
    BOOST_TEST_REQUIRE(sarif.contains("runs"));
    BOOST_TEST(sarif["runs"].size() == 1u);
    BOOST_TEST(sarif["runs"][0]["tool"]["driver"].value("name", "") == "cijfercheck");
}

BOOST_AUTO_TEST_CASE(text_output_is_not_json_and_names_no_error) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "doc.txt"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(!run.out.empty());
    BOOST_TEST(json::parse(run.out, nullptr, false).is_discarded());
    BOOST_TEST(run.out.find(": error:") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(output_writes_the_report_to_the_file_only) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto to_stdout = run_cijfercheck(dir, {"check", "doc.txt", "--format", "json"});
    const auto to_file = run_cijfercheck(dir, {"check", "doc.txt", "--format", "json", "--output", "report.json"});
    BOOST_TEST(to_file.exit_code == 0);
    BOOST_TEST(to_file.out == "");
    BOOST_TEST(dir.read("report.json") == to_stdout.out);
}

BOOST_AUTO_TEST_CASE(output_is_deterministic_between_runs) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    for (const char* format : {"text", "json", "sarif"}) {
        const auto first = run_cijfercheck(dir, {"check", "doc.txt", "--format", format});
        const auto second = run_cijfercheck(dir, {"check", "doc.txt", "--format", format});
        BOOST_TEST(first.out == second.out, format);
    }
}

// --coverage breaks the non-statistical numbers down by reason, so that the four classes
// of the summary are each accounted for. The seed's reasons add up to the summary's 212
// (52 + 6 + 11 + 11 + 15 + 4 + 5 + 3 + 27 + 78), which balances against an independent
// token count in tests/grammar/token_partition_test.cpp.
BOOST_AUTO_TEST_CASE(coverage_breaks_the_non_statistical_numbers_down_by_reason) {
    TempDir dir;
    dir.write("antwoord.txt", project_text("datasets/om-sepots-2026/antwoord.txt"));
    const auto run = run_cijfercheck(dir, {"check", "antwoord.txt", "--coverage"});
    BOOST_TEST(run.out.find("antwoord.txt: numeric tokens: 466 found, 252 checked, 2 placed, 212 non-statistical, "
                            "0 unclassified\n"
                            "antwoord.txt: non-statistical numbers by reason: year 52, date 6, footnote marker 11, "
                            "footnote number 11, reference 15, article 4, web address 5, duration 3, question number 27, "
                            "row code 78\n") != std::string::npos,
               run.out);
    const auto dutch = run_cijfercheck(dir, {"check", "antwoord.txt", "--coverage", "--lang", "nl"});
    BOOST_TEST(dutch.out.find("antwoord.txt: niet-statistische getallen naar reden: jaartal 52, datum 6, voetnootteken 11, "
                              "voetnootnummer 11, verwijzing 15, artikel 4, webadres 5, duur 3, vraagnummer 27, "
                              "rijcode 78\n") != std::string::npos,
               dutch.out);
    // Without the flag the summary has its three lines only.
    const auto plain = run_cijfercheck(dir, {"check", "antwoord.txt"});
    BOOST_TEST(plain.out.find("by reason") == std::string::npos);
}

// JSON is written one input at a time (JsonStream); an input that cannot be read stops the
// run with status 2, and the JSON is closed over the inputs before it, so it still parses.
BOOST_AUTO_TEST_CASE(json_stops_at_an_unreadable_input_and_still_parses) {
    TempDir dir;
    dir.write("ok.txt", consistent_table);
    dir.write("bad.txt", std::string("a\0b", 3));
    dir.write("later.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "ok.txt", "bad.txt", "later.txt", "--format", "json"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: bad.txt: is not a text, PDF, Word or OpenDocument file (it holds NUL bytes)\n");
    const auto report = json::parse(run.out, nullptr, false);
    BOOST_TEST_REQUIRE(!report.is_discarded(), run.out);
    BOOST_TEST_REQUIRE(report["inputs"].size() == 1u);
    BOOST_TEST(report["inputs"][0]["file"] == "ok.txt");
    BOOST_TEST(report["summary"]["inputs"] == 1);
}

BOOST_AUTO_TEST_CASE(json_of_several_inputs_holds_each_in_order_with_the_summary_over_all) {
    TempDir dir;
    dir.write("a.txt", consistent_table);
    dir.write("b.txt", wrong_sum_table);
    const auto run = run_cijfercheck(dir, {"check", "a.txt", "b.txt", "--format", "json"});
    BOOST_TEST(run.exit_code == 1);
    const auto report = json::parse(run.out);
    BOOST_TEST_REQUIRE(report["inputs"].size() == 2u);
    BOOST_TEST(report["inputs"][0]["file"] == "a.txt");
    BOOST_TEST(report["inputs"][1]["file"] == "b.txt");
    BOOST_TEST(report["summary"]["inputs"] == 2);
    BOOST_TEST(report["summary"]["findings"]["error"] == 1);
    // Laid out as one nlohmann dump with an indent of two: the inputs four spaces in.
    BOOST_TEST(run.out.find("\n  \"inputs\": [\n    {\n      \"file\": \"a.txt\",\n") != std::string::npos);
    BOOST_TEST(run.out.find("\n    },\n    {\n      \"file\": \"b.txt\",\n") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
