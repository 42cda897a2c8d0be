#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "report/reporters.hpp"
#include "sample_report.hpp"

using namespace cijfer;
using nlohmann::ordered_json;

namespace {

ordered_json json_of(const ReportContext& ctx) {
    std::ostringstream out;
    write_json(out, ctx);
    return ordered_json::parse(out.str());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(json_reporter)

BOOST_AUTO_TEST_CASE(document_is_versioned_with_keys_in_a_fixed_order) {
    const auto sample = test::make_sample_report();
    const auto doc = json_of(sample->context(Lang::en));
    std::vector<std::string> keys;
    for (const auto& item : doc.items()) keys.push_back(item.key());
    BOOST_TEST(keys == (std::vector<std::string>{"schema", "version", "tool", "lang", "inputs", "summary"}),
               boost::test_tools::per_element());
    BOOST_TEST(doc["schema"] == "cijfercheck-report");
    BOOST_TEST(doc["version"] == 1);
    BOOST_TEST(doc["tool"]["version"] == "0.1.0-test");
    BOOST_TEST(doc["inputs"][0]["file"] == "antwoord.txt");
}

BOOST_AUTO_TEST_CASE(finding_has_rendered_message_key_args_location_and_related) {
    const auto sample = test::make_sample_report();
    const auto f = json_of(sample->context(Lang::nl))["inputs"][0]["findings"][0];
    BOOST_TEST(f["rule_id"] == "om-eindtotaal");
    BOOST_TEST(f["kind"] == "cross-total");
    BOOST_TEST(f["severity"] == "warning");
    BOOST_TEST(f["message"].get<std::string>() ==
               "Aantal misdrijfzaken › Eindtotaal › 2023: de tabel vermeldt 65.496, de delen tellen op tot 65.800 "
               "(56.400 + 9.400); verschil \u2212" "304, 204 meer dan afronding toelaat");
    BOOST_TEST(f["message_key"] == "sum.failed");
    BOOST_TEST(f["args"]["imbalance"].is_number());
    BOOST_TEST(f["args"]["imbalance"].get<double>() == -304.0);
    BOOST_TEST(f["args"]["imbalance"].dump() == "-304");  // whole values without ".0"
    BOOST_TEST(f["args"]["parts"] == "56.400 + 9.400");
    BOOST_TEST(f["location"] == (ordered_json{{"line", 4}, {"column", 12}, {"end_column", 18}, {"offset", 122}, {"length", 6}}));
    BOOST_TEST(f["expected"] == "65.800");
    BOOST_TEST(f["found"] == "65.496");
    BOOST_TEST(f["related"].size() == 2u);
    BOOST_TEST(f["related"][1]["role"] == "9.400 misdrijfzaken voorwaardelijk (2023)");
    BOOST_TEST(f["related"][1]["location"]["line"] == 1);
    BOOST_TEST(f["related"][1]["location"]["column"] == 75);
}

BOOST_AUTO_TEST_CASE(checks_carry_outcome_numbers_settlement_and_figure_locations) {
    const auto sample = test::make_sample_report();
    const auto checks = json_of(sample->context(Lang::en))["inputs"][0]["checks"];
    BOOST_TEST(checks.size() == 4u);
    BOOST_TEST(checks[0]["outcome"] == "failed");
    BOOST_TEST(checks[0]["imbalance"].get<double>() == -304.0);
    BOOST_TEST(checks[0]["excess"].get<double>() == 204.0);
    BOOST_TEST(checks[0]["figures"].size() == 3u);
    BOOST_TEST(checks[1]["outcome"] == "passed-within-rounding");
    BOOST_TEST(checks[1]["context"] == "Strafbeschikkingen › Totaal › 2023");
    BOOST_TEST(checks[1]["year"] == "2023");
    BOOST_TEST(checks[1]["found"].get<double>() == 52897.0);
    BOOST_TEST(checks[1]["expected"].get<double>() == 52900.0);
    // "Totaal één\t" is 13 bytes before 52.897 on line 5 but 11 code points.
    BOOST_TEST(checks[1]["figures"][0] ==
               (ordered_json{{"line", 5}, {"column", 12}, {"end_column", 18}, {"offset", 164}, {"length", 6}}));
    BOOST_TEST(checks[3]["settled_by"] == "om-number-format");
    BOOST_TEST(checks[3]["outcome"] == "unreadable");
}

BOOST_AUTO_TEST_CASE(coverage_and_summary_are_numbers) {
    const auto sample = test::make_sample_report();
    const auto doc = json_of(sample->context(Lang::en));
    BOOST_TEST(doc["inputs"][0]["coverage"] ==
               (ordered_json{{"total", 9}, {"checked", 4}, {"placed", 1}, {"non_statistical", 3}, {"unclassified", 1}}));
    const auto& s = doc["summary"];
    BOOST_TEST(s["inputs"] == 1);
    BOOST_TEST(s["checks"] == 4);
    BOOST_TEST(s["passed"] == 2);
    BOOST_TEST(s["passed_within_rounding"] == 1);
    BOOST_TEST(s["failed"] == 1);
    BOOST_TEST(s["settled"] == 1);
    BOOST_TEST(s["findings"] == (ordered_json{{"error", 0}, {"warning", 1}, {"info", 1}}));
    BOOST_TEST(s["coverage"]["total"] == 9);
}

BOOST_AUTO_TEST_CASE(output_is_byte_identical_across_runs) {
    const auto a = test::make_sample_report();
    const auto b = test::make_sample_report();
    std::ostringstream first, second;
    write_json(first, a->context(Lang::en));
    write_json(second, b->context(Lang::en));
    BOOST_TEST(first.str() == second.str());
}

BOOST_AUTO_TEST_SUITE_END()
