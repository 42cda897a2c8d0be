// The seed document as text, PDF, Word and OpenDocument (tests/inputs/fixtures/README.md):
// the same findings, each at the place its format names.
#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "run_cijfercheck.hpp"

using namespace cijfer::test;
using nlohmann::json;

namespace {

std::string project_file(const std::string& relative) {
    std::ifstream in(std::string(CIJFER_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Checked {
    int exit_code = -1;
    json report;
};

Checked check_seed(const std::string& file, const std::string& format = "json") {
    TempDir dir;
    const bool text = file == "antwoord.txt";
    dir.write(file, project_file(text ? "datasets/om-sepots-2026/antwoord.txt" : "tests/inputs/fixtures/" + file));
    dir.write("rules.yaml", project_file("datasets/om-sepots-2026/rules.yaml"));
    const auto run = run_cijfercheck(dir, {"check", file, "--rules", "rules.yaml", "--format", format});
    BOOST_TEST(run.err == "", file << ": " << run.err);
    return {run.exit_code, json::parse(run.out)};
}

/// What a finding says, without where: rule, severity, message, expected and found.
std::vector<std::string> findings_modulo_location(const json& report) {
    std::vector<std::string> out;
    for (const auto& f : report["inputs"][0]["findings"])
        out.push_back(f["rule_id"].get<std::string>() + " " + f["severity"].get<std::string>() + " " +
                      f["message"].get<std::string>() + " " + f["expected"].dump() + " " + f["found"].dump());
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(same_findings_in_every_format)

BOOST_AUTO_TEST_CASE(text_pdf_docx_odt_and_fodt_agree) {
    const auto text = check_seed("antwoord.txt");
    BOOST_TEST(text.exit_code == 1);
    const auto expected = findings_modulo_location(text.report);
    // The hand-checked findings of datasets/om-sepots-2026/expected-findings.yaml, plus the
    // info findings: a regression in the text path must not pass unnoticed here.
    BOOST_TEST(expected.size() == 8u);
    for (const auto* file : {"antwoord.pdf", "antwoord.docx", "antwoord.odt", "antwoord.fodt"}) {
        const auto other = check_seed(file);
        BOOST_TEST(other.exit_code == 1, file);
        const auto got = findings_modulo_location(other.report);
        BOOST_TEST_CONTEXT(file) { BOOST_TEST(got == expected, boost::test_tools::per_element()); }
        BOOST_TEST(other.report["summary"]["checks"] == text.report["summary"]["checks"], file);
    }
}

BOOST_AUTO_TEST_CASE(pdf_locations_carry_the_page) {
    const auto pdf = check_seed("antwoord.pdf");
    const auto& input = pdf.report["inputs"][0];
    BOOST_TEST(input["format"] == "pdf");
    // The sepot table's Eindtotaal 2023 (65.496) is on page 5 of the PDF.
    bool seen = false;
    for (const auto& f : input["findings"])
        if (f["rule_id"] == "sepots-table-vs-prose" && f["found"] == "65.496") {
            BOOST_TEST(f["location"]["page"] == 5);
            BOOST_TEST(f["location"]["place"] == "page 5");
            seen = true;
        }
    BOOST_TEST(seen);
}

BOOST_AUTO_TEST_CASE(sarif_results_carry_the_page_in_their_properties) {
    const auto sarif = check_seed("antwoord.pdf", "sarif");
    const auto& results = sarif.report["runs"][0]["results"];
    BOOST_REQUIRE(!results.empty());
    BOOST_TEST(results[0]["ruleId"] == "number-format");
    BOOST_TEST(results[0]["properties"]["page"] == 1);
}

BOOST_AUTO_TEST_CASE(text_diagnostics_name_page_or_table_row) {
    TempDir dir;
    dir.write("a.pdf", project_file("tests/inputs/fixtures/antwoord.pdf"));
    dir.write("a.docx", project_file("tests/inputs/fixtures/antwoord.docx"));
    dir.write("rules.yaml", project_file("datasets/om-sepots-2026/rules.yaml"));
    const auto pdf = run_cijfercheck(dir, {"check", "a.pdf", "--rules", "rules.yaml"});
    BOOST_TEST(pdf.out.find("a.pdf:124:71: warning: Aantal misdrijfzaken › Eindtotaal › 2023: the table says 65.496, "
                            "the parts add up to 65.800 (56.400 + 9.400); difference −304, 204 more than rounding "
                            "allows [sepots-table-vs-prose] (page 5)\n") != std::string::npos,
               pdf.out);
    const auto docx = run_cijfercheck(dir, {"check", "a.docx", "--rules", "rules.yaml"});
    BOOST_TEST(docx.out.find("a.docx:81:14: warning: Aantal misdrijfzaken › Eindtotaal › 2023: the table says "
                             "65.496, the parts add up to 65.800 (56.400 + 9.400); difference −304, 204 more than "
                             "rounding allows [sepots-table-vs-prose] (table 1, row 38)\n") != std::string::npos,
               docx.out);
    // The line and column are those of the rendering that extract prints.
    const auto rendering = run_cijfercheck(dir, {"extract", "--format", "text", "a.docx"}).out;
    std::istringstream lines(rendering);
    std::string line;
    for (int n = 0; n < 81; ++n) std::getline(lines, line);
    BOOST_TEST(line == "Eindtotaal | 65.496 | 73.599");
}

BOOST_AUTO_TEST_CASE(word_tables_keep_their_structure) {
    TempDir dir;
    dir.write("a.docx", project_file("tests/inputs/fixtures/antwoord.docx"));
    const auto model = json::parse(run_cijfercheck(dir, {"extract", "a.docx"}).out);
    const auto& tables = model["tables"];
    BOOST_REQUIRE(tables.size() == 6u);
    // Table 1: caption above, a header cell over the code and label columns, codes in a
    // column of their own, a label of two paragraphs.
    BOOST_TEST(tables[0]["title"] == "Aantal misdrijfzaken");
    BOOST_TEST(tables[0]["header"] == "Delictindeling conform C&R");
    BOOST_TEST(tables[0]["rows"].size() == 37u);
    BOOST_TEST(tables[0]["rows"][29]["code"] == "5.4");
    BOOST_TEST(tables[0]["rows"][29]["label"] == "Verkeersongeval met dood door schuld");
    // Table 2: the title is a first row merged across the table.
    BOOST_TEST(tables[1]["title"] == "Misdrijfzaken");
    BOOST_TEST(tables[1]["header"] == "Sepotgrond");
    // Table 5: a header over two rows, "Status OMSB" merged down, "Aandeel" across the years.
    BOOST_TEST(tables[4]["header"] == "Status OMSB");
    BOOST_TEST(tables[4]["columns"][0]["label"] == "2023");
    BOOST_TEST(tables[4]["columns"][1]["label"] == "2024");
    BOOST_TEST(tables[4]["rows"][0]["label"] == "OMSB (nog) Niet voldaan");
    BOOST_TEST(tables[4]["rows"][0]["location"]["place"] == "table 5, row 3");
}

BOOST_AUTO_TEST_SUITE_END()
