#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include "report/reporters.hpp"
#include "junit_validation.hpp"
#include "sample_report.hpp"
#include "sarif_validation.hpp"

using namespace cijfer;

namespace {

constexpr std::int64_t new_year_2026 = 1767225600;  // 2026-01-01T00:00:00Z

ReportContext junit_context(const test::SampleReport& sample, Lang lang, std::optional<Severity> fail_on) {
    ReportContext ctx = sample.context(lang);
    ctx.fail_on = fail_on;
    ctx.run_time = new_year_2026;
    return ctx;
}

std::string junit_of(const ReportContext& ctx) {
    std::ostringstream out;
    write_junit(out, ctx);
    return out.str();
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int validate(const std::string& name, const std::string& xml) {
    return test::validate_junit_file(test::write_build_file(name, xml));
}

// The sample with a table around lines 4 and 5, so that its checks share a subject.
void add_table(test::SampleReport& sample) {
    Table table;
    table.title = "Aantal misdrijfzaken";
    const auto text = sample.source->bytes();
    table.span = {static_cast<std::uint32_t>(text.find("Eindtotaal")), static_cast<std::uint32_t>(text.size())};
    sample.doc.tables.push_back(table);
}

const std::string eindtotaal_message =
    "Aantal misdrijfzaken › Eindtotaal › 2023: the table says 65.496, the parts add up to 65.800 "
    "(56.400 + 9.400); difference \u2212" "304, 204 more than rounding allows";

const std::string eindtotaal_block =
    "antwoord.txt:4:12: warning: " + eindtotaal_message + " [om-eindtotaal]\n"
    "  expected 65.800, found 65.496\n"
    "  related: antwoord.txt:1:22: 56.400 misdrijfzaken onvoorwaardelijk geseponeerd (2023)\n"
    "  related: antwoord.txt:1:75: 9.400 misdrijfzaken voorwaardelijk (2023)\n";

const std::string summary =
    "antwoord.txt: checks: 4 run, 2 passed (1 within rounding), 1 failed, 1 settled by another finding\n"
    "antwoord.txt: findings: error 0, warning 1, info 1\n"
    "antwoord.txt: numeric tokens: 9 found, 4 checked, 1 placed, 3 non-statistical, 1 unclassified\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(junit_reporter)

BOOST_AUTO_TEST_CASE(one_case_per_rule_and_figure_failing_at_fail_on) {
    const auto sample = test::make_sample_report();
    // Without tables every check is about its own figure. Cases follow the rule set's
    // order, then the document's; om-share is in no rule set and comes last.
    BOOST_TEST(junit_of(junit_context(*sample, Lang::en, Severity::warning)) ==
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<testsuites>\n"
               "  <testsuite name=\"antwoord.txt\" package=\"antwoord.txt\" id=\"0\" timestamp=\"2026-01-01T00:00:00\" "
               "hostname=\"localhost\" tests=\"5\" failures=\"1\" errors=\"0\" skipped=\"0\" time=\"0\">\n"
               "    <properties>\n"
               "      <property name=\"cijfercheck.version\" value=\"0.1.0-test\" />\n"
               "      <property name=\"lang\" value=\"en\" />\n"
               "      <property name=\"fail-on\" value=\"warning\" />\n"
               "      <property name=\"rule-file\" value=\"rules.yaml\" />\n"
               "    </properties>\n"
               "    <testcase name=\"65.496 at line 4, column 12\" classname=\"om-eindtotaal\" time=\"0\">\n"
               "      <failure message=\"" + eindtotaal_message + "\" type=\"sum.failed\">" + eindtotaal_block +
               "</failure>\n"
               "    </testcase>\n"
               "    <testcase name=\"73.599 at line 4, column 26\" classname=\"om-eindtotaal\" time=\"0\" />\n"
               "    <testcase name=\"52.897 at line 5, column 12\" classname=\"om-eindtotaal\" time=\"0\" />\n"
               "    <testcase name=\"52.897 at line 5, column 12\" classname=\"om-coverage\" time=\"0\" />\n"
               "    <testcase name=\"56.400 at line 1, column 22\" classname=\"om-share\" time=\"0\" />\n"
               "    <system-out>antwoord.txt:5:12: info: the number 52.897 could not be classified (not a figure, "
               "year, date, reference, ...) [om-coverage]\n" + summary +
               "</system-out>\n"
               "    <system-err />\n"
               "  </testsuite>\n"
               "</testsuites>\n");
}

BOOST_AUTO_TEST_CASE(findings_below_fail_on_pass_and_are_listed_in_system_out) {
    const auto sample = test::make_sample_report();
    for (const auto fail_on : {std::optional<Severity>(Severity::error), std::optional<Severity>()}) {
        const std::string xml = junit_of(junit_context(*sample, Lang::en, fail_on));
        BOOST_TEST(xml.find("failures=\"0\"") != std::string::npos);
        BOOST_TEST(xml.find("<failure") == std::string::npos);
        BOOST_TEST(xml.find("<system-out>" + eindtotaal_block + "antwoord.txt:5:12: info:") != std::string::npos);
        BOOST_TEST(xml.find(fail_on ? "value=\"error\"" : "value=\"none\"") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(checks_in_one_table_are_one_case_with_at_most_one_failure) {
    auto sample = test::make_sample_report();
    add_table(*sample);
    Finding second = sample->report.findings[0];
    second.span = sample->doc.figures[3].number.span;  // 73.599, same table, same rule
    second.message = Message{"numbering.duplicate", {}}.text("code", "1");
    second.expected.clear();
    second.found.clear();
    second.related.clear();
    sample->report.findings.insert(sample->report.findings.begin() + 1, second);

    const std::string xml = junit_of(junit_context(*sample, Lang::en, Severity::warning));
    BOOST_TEST(xml.find("tests=\"3\" failures=\"1\"") != std::string::npos);
    BOOST_TEST(xml.find("    <testcase name=\"Aantal misdrijfzaken (line 4)\" classname=\"om-eindtotaal\" time=\"0\">\n"
                        "      <failure message=\"" + eindtotaal_message + "\" type=\"sum.failed\">" +
                        eindtotaal_block +
                        "antwoord.txt:4:26: warning: row code 1 occurs more than once [om-eindtotaal]\n"
                        "</failure>\n"
                        "    </testcase>\n"
                        "    <testcase name=\"Aantal misdrijfzaken (line 4)\" classname=\"om-coverage\" time=\"0\" />\n"
                        "    <testcase name=\"56.400 at line 1, column 22\" classname=\"om-share\" time=\"0\" />\n") !=
               std::string::npos, xml);
    BOOST_TEST(validate("report_test_table.junit.xml", xml) == 0);
}

BOOST_AUTO_TEST_CASE(dutch_names_and_messages_come_from_the_catalogue) {
    auto sample = test::make_sample_report();
    const std::string xml = junit_of(junit_context(*sample, Lang::nl, Severity::warning));
    BOOST_TEST(xml.find("<testcase name=\"65.496 op regel 4, kolom 12\" classname=\"om-eindtotaal\"") != std::string::npos);
    BOOST_TEST(xml.find(">antwoord.txt:4:12: waarschuwing: Aantal misdrijfzaken › Eindtotaal › 2023: de tabel vermeldt "
                        "65.496,") != std::string::npos);
    BOOST_TEST(xml.find("\n  verwacht 65.800, gevonden 65.496\n  zie ook: antwoord.txt:1:22: ") != std::string::npos);
    BOOST_TEST(xml.find("<property name=\"lang\" value=\"nl\" />") != std::string::npos);
    BOOST_TEST(xml.find("antwoord.txt: bevindingen: fout 0, waarschuwing 1, info 1\n") != std::string::npos);
    add_table(*sample);
    BOOST_TEST(junit_of(junit_context(*sample, Lang::nl, Severity::warning)).find("name=\"Aantal misdrijfzaken (regel 4)\"") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(output_validates_against_the_junit_schema) {
    const auto sample = test::make_sample_report();
    for (const auto lang : {Lang::en, Lang::nl}) {
        const std::string path =
            test::write_build_file("report_test_sample.junit.xml", junit_of(junit_context(*sample, lang, Severity::info)));
        BOOST_TEST(test::validate_junit_file(path) == 0, read_file(path + ".err"));
    }
}

BOOST_AUTO_TEST_CASE(the_validation_rejects_a_suite_without_hostname) {
    // Proves the check above can fail: the schema requires hostname.
    const auto sample = test::make_sample_report();
    std::string xml = junit_of(junit_context(*sample, Lang::en, Severity::warning));
    const std::string hostname = " hostname=\"localhost\"";
    xml.erase(xml.find(hostname), hostname.size());
    const std::string path = test::write_build_file("report_test_invalid.junit.xml", xml);
    BOOST_TEST(test::validate_junit_file(path) != 0);
    BOOST_TEST(read_file(path + ".err").find("The attribute 'hostname' is required but missing") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(several_inputs_are_numbered_suites) {
    const auto first = test::make_sample_report("a.txt");
    const auto second = test::make_sample_report("b & c.txt");
    ReportContext ctx = junit_context(*first, Lang::en, Severity::warning);
    ctx.inputs.push_back(second->context(Lang::en).inputs.front());
    const std::string xml = junit_of(ctx);
    BOOST_TEST(xml.find("<testsuite name=\"a.txt\" package=\"a.txt\" id=\"0\"") != std::string::npos);
    BOOST_TEST(xml.find("<testsuite name=\"b &amp; c.txt\" package=\"b &amp; c.txt\" id=\"1\"") != std::string::npos);
    BOOST_TEST(validate("report_test_two.junit.xml", xml) == 0);
}

BOOST_AUTO_TEST_CASE(timestamps_are_utc_without_zone_at_both_ends_of_the_range) {
    const auto sample = test::make_sample_report();
    ReportContext ctx = junit_context(*sample, Lang::en, Severity::warning);
    ctx.run_time = 0;
    BOOST_TEST(junit_of(ctx).find("timestamp=\"1970-01-01T00:00:00\"") != std::string::npos);
    ctx.run_time = 253402300799;
    const std::string xml = junit_of(ctx);
    BOOST_TEST(xml.find("timestamp=\"9999-12-31T23:59:59\"") != std::string::npos);
    BOOST_TEST(validate("report_test_late.junit.xml", xml) == 0);
    // Outside the range the schema's four-digit years allow, the nearest end.
    ctx.run_time = 253402300800;
    BOOST_TEST(junit_of(ctx).find("timestamp=\"9999-12-31T23:59:59\"") != std::string::npos);
    ctx.run_time = -1;
    BOOST_TEST(junit_of(ctx).find("timestamp=\"1970-01-01T00:00:00\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(bytes_xml_cannot_hold_are_replaced_and_the_file_stays_valid) {
    auto sample = test::make_sample_report();
    // A label from a hostile document: a control character, a stray byte, markup.
    sample->report.findings[0].message = Message{"sum.failed", {}}
                                             .text("context", "A\x01" "B\xff" "C <x>&\"")
                                             .text("found", "1")
                                             .text("expected", "2")
                                             .text("parts", "2")
                                             .text("imbalance", "1")
                                             .text("excess", "1");
    const std::string xml = junit_of(junit_context(*sample, Lang::en, Severity::warning));
    BOOST_TEST(xml.find("message=\"A\uFFFDB\uFFFDC &lt;x>&amp;&quot;: the table says 1,") != std::string::npos, xml);
    BOOST_TEST(xml.find(">antwoord.txt:4:12: warning: A\uFFFDB\uFFFDC &lt;x&gt;&amp;\": the table") != std::string::npos);
    BOOST_TEST(validate("report_test_hostile.junit.xml", xml) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
