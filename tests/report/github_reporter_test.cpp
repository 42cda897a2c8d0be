#include <boost/test/unit_test.hpp>

#include <sstream>

#include "report/github_command_escape.hpp"
#include "report/reporters.hpp"
#include "sample_report.hpp"

using namespace cijfer;

namespace {

std::string github_of(const ReportContext& ctx) {
    std::ostringstream out;
    write_github(out, ctx);
    return out.str();
}

const std::string summary =
    "antwoord.txt: checks: 4 run, 2 passed (1 within rounding), 1 failed, 1 settled by another finding\n"
    "antwoord.txt: findings: error 0, warning 1, info 1\n"
    "antwoord.txt: numeric tokens: 9 found, 4 checked, 1 placed, 3 non-statistical, 1 unclassified\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(github_reporter)

BOOST_AUTO_TEST_CASE(message_escapes_percent_cr_and_lf_only) {
    BOOST_TEST(escape_command_data("40%, a: b\nc\rd") == "40%25, a: b%0Ac%0Dd");
    BOOST_TEST(escape_command_data("%0A") == "%250A");  // escaped once, so it cannot be read back as a newline
}

BOOST_AUTO_TEST_CASE(property_values_also_escape_colon_and_comma) {
    BOOST_TEST(escape_command_property("40%, a: b\nc\rd") == "40%25%2C a%3A b%0Ac%0Dd");
    BOOST_TEST(escape_command_property("C:\\data,2024.txt") == "C%3A\\data%2C2024.txt");
}

BOOST_AUTO_TEST_CASE(one_annotation_per_finding_then_the_summary) {
    const auto sample = test::make_sample_report();
    BOOST_TEST(github_of(sample->context(Lang::en)) ==
               "::warning file=antwoord.txt,line=4,endLine=4,col=12,endColumn=18,title=om-eindtotaal::Aantal misdrijfzaken › "
               "Eindtotaal › 2023: the table says 65.496, the parts add up to 65.800 (56.400 + 9.400); difference "
               "\u2212" "304, 204 more than rounding allows"
               "%0Aexpected 65.800, found 65.496"
               "%0Arelated: antwoord.txt:1:22: 56.400 misdrijfzaken onvoorwaardelijk geseponeerd (2023)"
               "%0Arelated: antwoord.txt:1:75: 9.400 misdrijfzaken voorwaardelijk (2023)\n"
               // Columns count code points: "Totaal één<TAB>" is 11 of them.
               "::notice file=antwoord.txt,line=5,endLine=5,col=12,endColumn=18,title=om-coverage::the number 52.897 could not "
               "be classified (not a figure, year, date, reference, ...)\n" +
                   summary);
}

BOOST_AUTO_TEST_CASE(dutch_messages_and_summary) {
    const auto sample = test::make_sample_report();
    const std::string out = github_of(sample->context(Lang::nl));
    BOOST_TEST(out.find("title=om-eindtotaal::Aantal misdrijfzaken › Eindtotaal › 2023: de tabel vermeldt 65.496,") !=
               std::string::npos);
    BOOST_TEST(out.find("%0Averwacht 65.800, gevonden 65.496%0Azie ook: antwoord.txt:1:22: ") != std::string::npos);
    BOOST_TEST(out.find("\nantwoord.txt: bevindingen: fout 0, waarschuwing 1, info 1\n") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(percent_comma_colon_and_newline_are_escaped_where_they_occur) {
    auto sample = test::make_sample_report("cijfers, 2024: q4.txt");
    Finding& f = sample->report.findings[0];
    f.rule_id = "share:40%,v2";
    f.severity = Severity::error;
    f.message = Message{"share.failed", {}}
                    .text("context", "Tabel 1, kolom: 40%\nvervolg\r")
                    .text("found", "40%")
                    .text("part", "56.400")
                    .text("whole", "195.300")
                    .number("expected", 28.88, 1);
    f.expected.clear();
    f.found.clear();
    f.related.clear();
    sample->report.findings.pop_back();
    const std::string out = github_of(sample->context(Lang::en));
    BOOST_TEST(out.substr(0, out.find('\n') + 1) ==
               "::error file=cijfers%2C 2024%3A q4.txt,line=4,endLine=4,col=12,endColumn=18,title=share%3A40%25%2Cv2::"
               "Tabel 1, kolom: 40%25%0Avervolg%0D: the text says 40%25, but 56.400 of 195.300 is 28,9%25\n");
}

BOOST_AUTO_TEST_CASE(info_findings_other_than_coverage_wait_for_verbose) {
    auto sample = test::make_sample_report();
    sample->report.findings[1].kind = "number-format";
    BOOST_TEST(github_of(sample->context(Lang::en)).find("::notice") == std::string::npos);
    BOOST_TEST(github_of(sample->context(Lang::en, true)).find("::notice file=antwoord.txt,line=5,endLine=5,") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(several_inputs_end_with_the_total) {
    const auto first = test::make_sample_report();
    const auto second = test::make_sample_report("b.txt");
    ReportContext ctx = first->context(Lang::en);
    ctx.inputs.push_back(second->context(Lang::en).inputs.front());
    const std::string out = github_of(ctx);
    BOOST_TEST(out.find("::warning file=b.txt,line=4,endLine=4,") != std::string::npos);
    BOOST_TEST(out.substr(out.rfind("all 2 inputs: checks:")) ==
               "all 2 inputs: checks: 8 run, 4 passed (2 within rounding), 2 failed, 2 settled by another finding\n"
               "all 2 inputs: findings: error 0, warning 2, info 2\n"
               "all 2 inputs: numeric tokens: 18 found, 8 checked, 2 placed, 6 non-statistical, 2 unclassified\n");
}

BOOST_AUTO_TEST_SUITE_END()
