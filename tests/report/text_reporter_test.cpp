#include <boost/test/unit_test.hpp>

#include <sstream>

#include "report/reporters.hpp"
#include "sample_report.hpp"

using namespace cijfer;

namespace {

std::string text_of(const ReportContext& ctx) {
    std::ostringstream out;
    write_text(out, ctx);
    return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(text_reporter)

BOOST_AUTO_TEST_CASE(english_finding_with_caret_expected_found_related_and_summary) {
    const auto sample = test::make_sample_report();
    BOOST_TEST(text_of(sample->context(Lang::en)) ==
               "antwoord.txt:4:12: warning: Aantal misdrijfzaken › Eindtotaal › 2023: the table says 65.496, "
               "the parts add up to 65.800 (56.400 + 9.400); difference \u2212" "304, 204 more than rounding "
               "allows [om-eindtotaal]\n"
               "    4 | Eindtotaal 65.496        73.599\n"
               "      |            ^~~~~~\n"
               "      = expected 65.800, found 65.496\n"
               "      = related: antwoord.txt:1:22: 56.400 misdrijfzaken onvoorwaardelijk geseponeerd (2023)\n"
               "      = related: antwoord.txt:1:75: 9.400 misdrijfzaken voorwaardelijk (2023)\n"
               // Numbers the tool could not read are listed without --verbose too.
               "antwoord.txt:5:12: info: the number 52.897 could not be classified (not a figure, year, date, "
               "reference, ...) [om-coverage]\n"
               "    5 | Totaal één\t52.897\n"
               "      |           \t^~~~~~\n"
               "antwoord.txt: checks: 4 run, 2 passed (1 within rounding), 1 failed, 1 settled by another finding\n"
               "antwoord.txt: findings: error 0, warning 1, info 1\n"
               "antwoord.txt: numeric tokens: 9 found, 4 checked, 1 placed, 3 non-statistical, 1 unclassified\n");
}

BOOST_AUTO_TEST_CASE(dutch_finding_and_summary) {
    const auto sample = test::make_sample_report();
    BOOST_TEST(text_of(sample->context(Lang::nl)) ==
               "antwoord.txt:4:12: waarschuwing: Aantal misdrijfzaken › Eindtotaal › 2023: de tabel vermeldt "
               "65.496, de delen tellen op tot 65.800 (56.400 + 9.400); verschil \u2212" "304, 204 meer dan "
               "afronding toelaat [om-eindtotaal]\n"
               "    4 | Eindtotaal 65.496        73.599\n"
               "      |            ^~~~~~\n"
               "      = verwacht 65.800, gevonden 65.496\n"
               "      = zie ook: antwoord.txt:1:22: 56.400 misdrijfzaken onvoorwaardelijk geseponeerd (2023)\n"
               "      = zie ook: antwoord.txt:1:75: 9.400 misdrijfzaken voorwaardelijk (2023)\n"
               "antwoord.txt:5:12: info: het getal 52.897 kon niet worden ingedeeld (geen cijfer, jaartal, "
               "datum, verwijzing, ...) [om-coverage]\n"
               "    5 | Totaal één\t52.897\n"
               "      |           \t^~~~~~\n"
               "antwoord.txt: controles: 4 uitgevoerd, 2 geslaagd (1 binnen afronding), 1 mislukt, "
               "1 afgedaan door een andere bevinding\n"
               "antwoord.txt: bevindingen: fout 0, waarschuwing 1, info 1\n"
               "antwoord.txt: getallen: 9 gevonden, 4 gecontroleerd, 1 geplaatst, 3 niet-statistisch, "
               "1 niet ingedeeld\n");
}

BOOST_AUTO_TEST_CASE(verbose_adds_info_findings_and_passes_within_rounding) {
    const auto sample = test::make_sample_report();
    const std::string out = text_of(sample->context(Lang::en, true));
    // The caret line copies the tab and counts "é" as one column, so it stays under 52.897.
    const std::string info =
        "antwoord.txt:5:12: info: the number 52.897 could not be classified (not a figure, year, date, "
        "reference, ...) [om-coverage]\n"
        "    5 | Totaal één\t52.897\n"
        "      |           \t^~~~~~\n"
        "antwoord.txt:5:12: info: Strafbeschikkingen › Totaal › 2023: 52.897 against 52.900 "
        "(difference \u2212" "3) agrees only thanks to rounding [om-eindtotaal]\n"
        "antwoord.txt: checks:";
    BOOST_TEST(out.find(info) != std::string::npos, out);
}

BOOST_AUTO_TEST_CASE(verbose_dutch_pass_within_rounding_uses_dutch_numbers) {
    const auto sample = test::make_sample_report();
    const std::string out = text_of(sample->context(Lang::nl, true));
    BOOST_TEST(out.find("antwoord.txt:5:12: info: Strafbeschikkingen › Totaal › 2023: 52.897 tegenover 52.900 "
                        "(verschil \u2212" "3) klopt alleen dankzij afronding [om-eindtotaal]\n") != std::string::npos,
               out);
}

BOOST_AUTO_TEST_CASE(a_share_within_rounding_shows_the_computed_percentage_with_one_more_decimal) {
    auto sample = test::make_sample_report();
    CheckResult& share = sample->report.checks[2];
    share.relation.form = Relation::Form::share;
    share.relation.context = "misdrijfzaken onvoorwaardelijk geseponeerd › 2023";
    share.evaluation.outcome = Outcome::passed_within_rounding;
    share.evaluation.found = 29;
    share.evaluation.expected = 28.88;
    const std::string out = text_of(sample->context(Lang::nl, true));
    BOOST_TEST(out.find("antwoord.txt:4:26: info: misdrijfzaken onvoorwaardelijk geseponeerd › 2023: 29 tegenover "
                        "28,9 (verschil +0,1) klopt alleen dankzij afronding [om-eindtotaal]\n") != std::string::npos,
               out);
}

BOOST_AUTO_TEST_CASE(several_inputs_end_with_a_total) {
    const auto a = test::make_sample_report("a.txt");
    const auto b = test::make_sample_report("b.txt");
    ReportContext ctx = a->context(Lang::en);
    ctx.inputs.push_back(b->context(Lang::en).inputs.front());
    const std::string out = text_of(ctx);
    const std::string tail =
        "b.txt: numeric tokens: 9 found, 4 checked, 1 placed, 3 non-statistical, 1 unclassified\n"
        "all 2 inputs: checks: 8 run, 4 passed (2 within rounding), 2 failed, 2 settled by another finding\n"
        "all 2 inputs: findings: error 0, warning 2, info 2\n"
        "all 2 inputs: numeric tokens: 18 found, 8 checked, 2 placed, 6 non-statistical, 2 unclassified\n";
    BOOST_TEST(out.size() >= tail.size());
    BOOST_TEST(out.substr(out.size() - tail.size()) == tail);
    BOOST_TEST(out.find("a.txt:4:12: warning:") == 0u);
}

BOOST_AUTO_TEST_CASE(a_finding_without_expected_shows_found_only) {
    auto sample = test::make_sample_report();
    sample->report.findings[0].expected.clear();
    const std::string out = text_of(sample->context(Lang::en));
    BOOST_TEST(out.find("      |            ^~~~~~\n      = found 65.496\n      = related:") != std::string::npos, out);
}

BOOST_AUTO_TEST_SUITE_END()
