// `cijfercheck report`: the audit report in HTML and Markdown, on small documents whose
// every check is worked out by hand below.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <sstream>

#include "cli/report_command.hpp"
#include "run_cijfercheck.hpp"

using namespace cijfer::test;
using cijfer::cli::ReportEnvironment;
using cijfer::cli::ReportOptions;

namespace {

// 16 March 2026 00:00 UTC, the date of the seed document.
ReportEnvironment fixed_environment() { return {"0.1.0-test", std::string("1773619200"), nullptr}; }

struct Written {
    int exit_code = -1;
    std::string report;
    std::string err;
};

Written write_report(const TempDir& dir, const std::string& text, const std::string& format, const std::string& lang,
                     ReportEnvironment env = fixed_environment()) {
    ReportOptions options;
    options.files = {dir.write("doc.txt", text)};
    options.format = format;
    options.lang = lang;
    options.output = (dir.path() / "report.out").string();
    std::ostringstream err;
    Written written;
    written.exit_code = cijfer::cli::run_report(options, env, err);
    written.err = err.str();
    if (written.exit_code == 0) written.report = dir.read("report.out");
    return written;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The HTML without the indentation between elements, so that expectations do not depend on
// how deep an element sits.
std::string flat(const std::string& html) {
    std::string out;
    for (std::size_t i = 0; i < html.size(); ++i) {
        if (html[i] != '\n') {
            out += html[i];
            continue;
        }
        while (i + 1 < html.size() && html[i + 1] == ' ') ++i;
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(report_command)

// wrong_sum_table: 1.1 + 1.2 = 10 + 21 = 31 under "1. Alpha 30" in 2023 (hierarchy-sum
// fails by 1; the figures are exact, so no rounding range); in 2024 20 + 20 = 40 agrees.
// Eindtotaal = 1. Alpha in both years (total-sum passes). Four checks, one failed.
BOOST_AUTO_TEST_CASE(html_marks_the_failed_parent_cell_its_parts_and_states_the_finding_beside_it) {
    TempDir dir;
    const auto run = write_report(dir, wrong_sum_table, "html", "nl");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    const std::string html = flat(run.report);
    BOOST_TEST(html.rfind("<!DOCTYPE html><html lang=\"nl\">", 0) == 0);
    BOOST_TEST(has(html, "<td class=\"num failed\" id=\"d1-t1-r1-c1\"><span class=\"v\">30</span>"
                         "<span class=\"note failed\">\u2717 delen \u03a3 31, exact: klopt niet <small>[hierarchy-sum]</small>"));
    BOOST_TEST(has(html, "<td class=\"num involved\" id=\"d1-t1-r2-c1\"><span class=\"v\">10</span>"));
    BOOST_TEST(has(html, "<td class=\"num involved\" id=\"d1-t1-r3-c1\"><span class=\"v\">21</span>"));
    BOOST_TEST(has(html, "<a href=\"#d1-f1\">deel van de mislukte controle van bevinding 1</a>"));
    // 2024: 40, 20, 20, 40 are all multiples of 10, so each stands for ±5 (docs/rounding.md).
    BOOST_TEST(has(html, "\u2713 delen \u03a3 40, 30 tot 50: klopt <small>[hierarchy-sum]</small>"));
    // The finding in the row's last column, and in the findings list with a link back.
    BOOST_TEST(has(html, "<a href=\"#d1-f1\">Bevinding 1</a> (fout): Aantal zaken \u203a 1. Alpha \u203a 2023: de tabel "
                         "vermeldt 30, de delen tellen op tot 31 (10 + 21); verschil \u2212" "1, 1 meer dan afronding toelaat"));
    BOOST_TEST(has(html, "<tr class=\"finding error\" id=\"d1-f1\">"));
    BOOST_TEST(has(html, "<a href=\"#d1-t1-r1-c1\">tabel 1, 1. Alpha, 2023</a>"));
    BOOST_TEST(has(html, "<td>regel 3, kolom 10</td>"));
    // Semantic table: caption, column and row headers.
    BOOST_TEST(has(html, "<caption>Aantal zaken, regels 1 tot 6 van het document; 4 controles hebben hun uitkomst in "
                         "deze tabel</caption>"));
    BOOST_TEST(has(html, "<th scope=\"col\">Categorie</th>"));
    BOOST_TEST(has(html, "<th class=\"depth1\" scope=\"row\">Een</th>"));
    // Provenance: the date from SOURCE_DATE_EPOCH and the input's SHA-256 (by sha256sum).
    BOOST_TEST(has(html, "<td>2026-03-16 00:00:00 UTC</td>"));
    BOOST_TEST(has(html, "b2d997361623b0d78661a76472842e129f0aa93b3f3c765aa948c20c9542623e"));
    BOOST_TEST(has(html, "<section id=\"waivers\"><h3>Toegepaste uitzonderingen (waivers)</h3><p>geen</p></section>"));
    // The summary counts: four checks, three passed exactly, one failed at severity error.
    BOOST_TEST(has(html, "<th scope=\"row\">Uitgevoerde controles</th><td class=\"num\">4</td>"));
    BOOST_TEST(has(html, "<th scope=\"row\">Mislukt, ernst fout</th><td class=\"num\">1</td>"));
    BOOST_TEST(has(html, "<th scope=\"row\">Precies geslaagd</th><td class=\"num\">3</td>"));
    // HTML reads <td/> as an opening tag: no element may be written self-closing but SVG's.
    BOOST_TEST(!has(html, "<td />"));
    BOOST_TEST(!has(html, "<span />"));
    BOOST_TEST(!has(html, "<script"));
    // One self-contained file: no link to anything outside it.
    BOOST_TEST(!has(html, "http"));
}

BOOST_AUTO_TEST_CASE(html_has_a_chart_with_a_text_alternative_of_the_parts_against_the_total) {
    // Two top-level rows under Eindtotaal: 30 + 5 = 35 and 40 + 6 = 46.
    const std::string two_parts =
        "Aantal zaken\n"
        "Categorie 2023 2024\n"
        "1. Alpha 30 40\n"
        "1.1 Een 10 20\n"
        "1.2 Twee 20 20\n"
        "2. Beta 5 6\n"
        "Eindtotaal 35 46\n";
    TempDir dir;
    auto run = write_report(dir, two_parts, "html", "en");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    run.report = flat(run.report);
    const std::string ns = "http://www.w3.org/2000/svg";
    BOOST_TEST(has(run.report, "<svg xmlns=\"" + ns + "\" role=\"img\" "
                               "aria-labelledby=\"d1-t1-chart1-title d1-t1-chart1-desc\""));
    BOOST_TEST(has(run.report, "<title id=\"d1-t1-chart1-title\">The parts stacked against the stated total</title>"));
    BOOST_TEST(has(run.report, "<desc id=\"d1-t1-chart1-desc\">2023: the 2 parts add up to 35; the table states 35; "
                               "2024: the 2 parts add up to 46; the table states 46</desc>"));
    BOOST_TEST(has(run.report, "<li>2023: the 2 parts add up to 35; the table states 35</li>"));
    // The SVG namespace is the only address in the file: nothing is fetched.
    BOOST_TEST(run.report.find("http") == run.report.find(ns));
    BOOST_TEST(run.report.rfind("http") == run.report.rfind(ns));
}

BOOST_AUTO_TEST_CASE(document_text_is_escaped_by_the_serialiser_in_html_and_markdown) {
    const std::string hostile =
        "Aantal zaken\n"
        "Categorie 2023 2024\n"
        "1. Alpha & <b>Beta</b> 30 40\n"
        "1.1 <script>alert(1)</script> 10 20\n"
        "1.2 Een | twee 20 20\n"
        "Eindtotaal 30 40\n";
    TempDir dir;
    const auto html = write_report(dir, hostile, "html", "en");
    BOOST_TEST_REQUIRE(html.exit_code == 0, html.err);
    BOOST_TEST(!has(html.report, "<script"));
    BOOST_TEST(!has(html.report, "<b>"));
    BOOST_TEST(has(html.report, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    BOOST_TEST(has(html.report, "Alpha &amp; &lt;b&gt;Beta&lt;/b&gt;"));
    const auto markdown = write_report(dir, hostile, "markdown", "en");
    BOOST_TEST_REQUIRE(markdown.exit_code == 0, markdown.err);
    // Every "<" of the document's text is escaped: "\<script" is text, "<script" would be a tag.
    for (auto at = markdown.report.find("<script"); at != std::string::npos; at = markdown.report.find("<script", at + 1))
        BOOST_TEST((at > 0 && markdown.report[at - 1] == '\\'));
    BOOST_TEST(has(markdown.report, "\\<script\\>alert(1)\\</script\\>"));
    // A "|" in a label would end the table cell.
    BOOST_TEST(has(markdown.report, "Een \\| twee"));
}

BOOST_AUTO_TEST_CASE(markdown_carries_the_cell_notes_findings_and_checks) {
    TempDir dir;
    const auto run = write_report(dir, wrong_sum_table, "markdown", "en");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    const std::string& md = run.report;
    BOOST_TEST(md.rfind("# Audit report: the arithmetic of the figures \u2014 ", 0) == 0);
    BOOST_TEST(has(md, "| 1. | <a id=\"d1-t1-r1\"></a>Alpha | <a id=\"d1-t1-r1-c1\"></a>**30**<br>\u2717 parts \u03a3 31, exact: "
                       "does not agree `[hierarchy-sum]` |"));
    BOOST_TEST(has(md, "<br>\u2022 [part of the failed check of finding 1](#d1-f1)"));
    BOOST_TEST(has(md, "**1. error**, line 3, column 10: Aantal zaken \u203a 1. Alpha \u203a 2023: the table says 30, the "
                       "parts add up to 31 (10 + 21); difference \u2212" "1, 1 more than rounding allows `[hierarchy-sum]`"));
    BOOST_TEST(has(md, "Shown at: [table 1, 1. Alpha, 2023](#d1-t1-r1-c1)"));
    BOOST_TEST(has(md, "| Failed, severity error | 1 |"));
    BOOST_TEST(has(md, "| Date | 2026-03-16 00:00:00 UTC |"));
}

BOOST_AUTO_TEST_CASE(with_form_feeds_between_pages_locations_name_the_page) {
    // pdftotext starts every page after the first with a form feed: the table is on page 2,
    // its line "1. Alpha 30 40" is line 4 of the text.
    const std::string paged = std::string("Voorblad\n\f") + wrong_sum_table;
    TempDir dir;
    const auto run = write_report(dir, paged, "markdown", "en");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    BOOST_TEST(has(run.report, "**1. error**, page 2, line 4, column 10: "), run.report);
}

BOOST_AUTO_TEST_CASE(rule_files_are_listed_with_the_sha256_of_their_bytes) {
    TempDir dir;
    ReportOptions options;
    options.files = {dir.write("doc.txt", consistent_table)};
    options.rule_files = {dir.write("empty.yaml", "version: 1\nrules: []\n")};
    options.output = (dir.path() / "r.md").string();
    options.format = "markdown";
    std::ostringstream err;
    BOOST_TEST_REQUIRE(cijfer::cli::run_report(options, fixed_environment(), err) == 0, err.str());
    // The hash is sha256sum's of the same bytes.
    BOOST_TEST(has(dir.read("r.md"), "empty.yaml | `7f2c43106364d8112fcc3060e4ab8b20f5d1a17d9cbf3c2540529663004adff8` |"));
    BOOST_TEST(has(dir.read("r.md"), "| default.yaml (built-in) | `"));
}

// The waivers of datasets/om-sepots-meerjarig on its 2025 release (the check of the same
// files is in dataset_gate_tests.cpp): the 2023 waiver accepts the 2023 cross-total finding
// (65.496 against 56.400 + 9.400); the 2024 waiver accepted an Eindtotaal of 73.599 that the
// 2025 release revised to 73.611, so it is stale and that finding stays failed.
namespace {

struct WaivedReport {
    int exit_code = -1;
    std::string report;
    std::string err;
};

WaivedReport report_with_waivers(const TempDir& dir, const std::string& lang, const std::string& epoch,
                                 const std::string& format = "markdown") {
    for (const char* name : {"release-2025.yaml", "rules.yaml", "waivers.yaml"})
        dir.write(name, project_text(std::string("datasets/om-sepots-meerjarig/") + name));
    ReportOptions options;
    options.files = {(dir.path() / "release-2025.yaml").string()};
    options.rule_files = {(dir.path() / "rules.yaml").string()};
    options.waivers = (dir.path() / "waivers.yaml").string();
    options.format = format;
    options.lang = lang;
    options.output = (dir.path() / "report.out").string();
    std::ostringstream err;
    WaivedReport out;
    out.exit_code = cijfer::cli::run_report(options, {"0.1.0-test", epoch, nullptr}, err);
    out.err = err.str();
    if (out.exit_code == 0) out.report = dir.read("report.out");
    return out;
}

const std::string before_expiry = "1780000000";  // 2026-05-28, before the waivers' 2027-12-31
const std::string after_expiry = "1830297600";   // 2028-01-01

}  // namespace

BOOST_AUTO_TEST_CASE(waivers_are_listed_with_the_file_hash_and_what_each_did) {
    TempDir dir;
    const auto run = report_with_waivers(dir, "en", before_expiry);
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    const std::string& r = run.report;
    // sha256sum datasets/om-sepots-meerjarig/waivers.yaml
    BOOST_TEST(has(r, "waivers.yaml (SHA-256 859a8519e5aaac778c626d23b6861c807cce1665ba088f4af5331581bc5c985e)."));
    BOOST_TEST(has(r, "- sepots-table-vs-prose for antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2023 = 65.496, "
                      "sepots.misdrijf.onvoorwaardelijk.2023 = 56.400, sepots.misdrijf.voorwaardelijk.2023 = 9.400: "
                      "Na-ijleffecten: de tabel telt zaken die later zijn geregistreerd (antwoord op vraag 2). (accepted "
                      "by Directie Informatievoorziening OM until 2027-12-31); findings waived: 1\n"));
    BOOST_TEST(has(r, "sepots.misdrijf.voorwaardelijk.2024 = 9.400: stale, waives nothing: the waiver for "
                      "sepots-table-vs-prose accepted antwoord-op-vraag-2.aantal-misdrijfzaken.eindtotaal.2024 = "
                      "73.599, but it is now 73.611; review the waiver\n"));
    // The waived finding says so where it is listed, naming the waiver (after the temporary
    // directory, which Markdown escapes).
    BOOST_TEST(has(r, "\nwaived: Na-ijleffecten: de tabel telt zaken die later zijn geregistreerd (antwoord op vraag 2). "
                      "(accepted by Directie Informatievoorziening OM until 2027-12-31, "));
    BOOST_TEST(has(r, "waivers.yaml:7:11)  \n"));
    // 24 checks: 20 exact, 1 within rounding, 1 error, the 2024 cross-total failed (warning),
    // the 2023 one waived; each check is counted once.
    BOOST_TEST(has(r, "| Checks run | 24 |\n| Passed exactly | 20 |\n| Passed within rounding | 1 |\n"
                      "| Failed, severity error | 1 |\n| Failed, severity warning | 1 |\n| Failed, severity info | 0 |\n"
                      "| Settled by another finding | 0 |\n| Waived | 1 |\n"));
}

BOOST_AUTO_TEST_CASE(waivers_expire_by_the_date_of_the_report) {
    TempDir dir;
    const auto run = report_with_waivers(dir, "en", after_expiry);
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    BOOST_TEST(has(run.report, "sepots.misdrijf.voorwaardelijk.2023 = 9.400: stale, waives nothing: the waiver for "
                               "sepots-table-vs-prose expired on 2027-12-31; the findings it accepted count again\n"));
    BOOST_TEST(has(run.report, "| Failed, severity warning | 2 |"));
    BOOST_TEST(has(run.report, "| Waived | 0 |"));
    BOOST_TEST(!has(run.report, "findings waived:"));
}

BOOST_AUTO_TEST_CASE(waivers_are_described_in_dutch_in_a_dutch_html_report) {
    TempDir dir;
    const auto run = report_with_waivers(dir, "nl", before_expiry, "html");
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    BOOST_TEST(has(run.report, "(aanvaard door Directie Informatievoorziening OM tot 2027-12-31); uitgezonderde "
                               "bevindingen: 1</li>"));
    BOOST_TEST(has(run.report, ": verouderd, zondert niets uit: de uitzondering voor sepots-table-vs-prose"));
    BOOST_TEST(has(run.report, "<p class=\"note\">uitgezonderd: Na-ijleffecten"));
}

BOOST_AUTO_TEST_CASE(a_bad_waiver_file_is_exit_2_with_its_located_error) {
    TempDir dir;
    ReportOptions options;
    options.files = {dir.write("doc.txt", consistent_table)};
    options.waivers = dir.write("w.yaml", "version: 1\nwaivers: []\nextra: 1\n");
    options.output = (dir.path() / "r.html").string();
    std::ostringstream err;
    BOOST_TEST(cijfer::cli::run_report(options, fixed_environment(), err) == 2);
    BOOST_TEST(err.str() == options.waivers + ":3:1: error: unknown key 'extra' in a waiver file (expected one of: version, waivers)\n");
    BOOST_TEST(!std::filesystem::exists(options.output));
}

BOOST_AUTO_TEST_CASE(a_source_date_epoch_that_is_not_seconds_is_a_usage_error) {
    TempDir dir;
    for (const std::string bad : {"abc", "12x", "-5", "1.5", "253402300800"}) {
        BOOST_TEST_CONTEXT(bad) {
            const auto run = write_report(dir, consistent_table, "html", "en", {"t", bad, nullptr});
            BOOST_TEST(run.exit_code == 2);
            BOOST_TEST(run.err == "cijfercheck: error: SOURCE_DATE_EPOCH must be a number of seconds since "
                                  "1970-01-01 UTC (as `date +%s` prints it), not '" + bad + "'\n");
        }
    }
}

BOOST_AUTO_TEST_CASE(without_source_date_epoch_the_clock_gives_the_date) {
    TempDir dir;
    const auto run = write_report(dir, consistent_table, "html", "en", {"t", std::nullopt, [] { return std::int64_t{0}; }});
    BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
    BOOST_TEST(has(run.report, "<td>1970-01-01 00:00:00 UTC</td>"));
}

BOOST_AUTO_TEST_CASE(the_binary_requires_an_output_and_a_known_format) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto no_output = run_cijfercheck(dir, {"report", "doc.txt"});
    BOOST_TEST(no_output.exit_code == 2);
    BOOST_TEST(has(no_output.err, "--output is required"), no_output.err);
    const auto pdf = run_cijfercheck(dir, {"report", "doc.txt", "--format", "pdf", "--output", "r"});
    BOOST_TEST(pdf.exit_code == 2);
    const auto ok = run_cijfercheck(dir, {"report", "doc.txt", "--output", "r.html", "--lang", "nl"});
    BOOST_TEST(ok.exit_code == 0, ok.err);
    BOOST_TEST(has(dir.read("r.html"), "<html lang=\"nl\">"));
}

BOOST_AUTO_TEST_CASE(an_unreadable_input_or_unwritable_output_is_exit_2_with_the_file_named) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto missing = run_cijfercheck(dir, {"report", "nope.txt", "--output", "r.html"});
    BOOST_TEST(missing.exit_code == 2);
    BOOST_TEST(missing.err == "cijfercheck: error: nope.txt: cannot read: No such file or directory\n");
    const auto unwritable = run_cijfercheck(dir, {"report", "doc.txt", "--output", "no/such/dir/r.html"});
    BOOST_TEST(unwritable.exit_code == 2);
    BOOST_TEST(unwritable.err == "cijfercheck: error: no/such/dir/r.html: cannot write: No such file or directory\n");
}

BOOST_AUTO_TEST_SUITE_END()
