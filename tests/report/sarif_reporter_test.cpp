#include <boost/test/unit_test.hpp>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "checker/rule_kind.hpp"
#include "report/reporters.hpp"
#include "sample_report.hpp"
#include "sarif_validation.hpp"

using namespace cijfer;
using nlohmann::ordered_json;

namespace {

std::string sarif_of(const ReportContext& ctx) {
    std::ostringstream out;
    write_sarif(out, ctx);
    return out.str();
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sarif_reporter)

BOOST_AUTO_TEST_CASE(output_with_findings_and_related_locations_validates_against_the_schema) {
    const auto sample = test::make_sample_report();
    const std::string path = test::write_build_file("report_test_sample.sarif", sarif_of(sample->context(Lang::en)));
    BOOST_TEST(test::validate_sarif_file(path) == 0, read_file(path + ".err"));
}

BOOST_AUTO_TEST_CASE(the_validation_rejects_invalid_sarif) {
    // Proves the check above can fail: the same log with a level SARIF does not know.
    const auto sample = test::make_sample_report();
    auto log = ordered_json::parse(sarif_of(sample->context(Lang::en)));
    log["runs"][0]["results"][0]["level"] = "fatal";
    const std::string path = test::write_build_file("report_test_invalid.sarif", log.dump(2));
    BOOST_TEST(test::validate_sarif_file(path) == 1);
    BOOST_TEST(read_file(path + ".err").find("'fatal' is not one of") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(run_has_driver_rules_from_the_rule_set_and_code_point_columns) {
    const auto sample = test::make_sample_report();
    const auto log = ordered_json::parse(sarif_of(sample->context(Lang::en)));
    BOOST_TEST(log["version"] == "2.1.0");
    BOOST_TEST(log["runs"].size() == 1u);
    const auto& run = log["runs"][0];
    BOOST_TEST(run["columnKind"] == "unicodeCodePoints");
    const auto& driver = run["tool"]["driver"];
    BOOST_TEST(driver["name"] == "cijfercheck");
    BOOST_TEST(driver["version"] == "0.1.0-test");
    BOOST_TEST(driver["rules"].size() == 2u);
    const auto& rule = driver["rules"][0];
    BOOST_TEST(rule["id"] == "om-eindtotaal");
    BOOST_TEST(rule["shortDescription"]["text"] == "Eindtotaal agrees with the prose counts");
    BOOST_TEST(rule["defaultConfiguration"]["level"] == "warning");
    BOOST_TEST(rule["properties"]["kind"] == "cross-total");
    BOOST_TEST(driver["rules"][1]["defaultConfiguration"]["level"] == "note");
    BOOST_TEST(!rule["help"]["text"].get<std::string>().empty());
}

BOOST_AUTO_TEST_CASE(rule_help_is_the_documentation_of_its_kind) {
    auto sample = test::make_sample_report();
    sample->rules.rules.clear();
    for (const auto& kind : rule_kinds())
        sample->rules.rules.push_back({"r-" + std::string(kind.id), std::string(kind.id), Severity::error, "d", {}, {}});
    sample->rules.rules.push_back({"r-unknown", "no-such-kind", Severity::error, "Described only here", {}, {}});
    const auto rules = ordered_json::parse(sarif_of(sample->context(Lang::en)))["runs"][0]["tool"]["driver"]["rules"];
    BOOST_TEST_REQUIRE(rules.size() == rule_kinds().size() + 1);
    for (std::size_t i = 0; i < rule_kinds().size(); ++i) {
        BOOST_TEST(rules[i]["help"]["markdown"] == std::string(rule_kinds()[i].doc));
        BOOST_TEST(rules[i]["fullDescription"]["text"] == std::string(rule_kinds()[i].doc));
    }
    // A kind the registry does not know still gets help: the rule's own description.
    BOOST_TEST(rules.back()["help"]["text"] == "Described only here");
    BOOST_TEST(rules.back()["properties"]["kind"] == "no-such-kind");
}

BOOST_AUTO_TEST_CASE(result_has_rule_level_message_region_and_related_locations) {
    const auto sample = test::make_sample_report();
    const auto log = ordered_json::parse(sarif_of(sample->context(Lang::nl)));
    const auto& results = log["runs"][0]["results"];
    BOOST_TEST(results.size() == 2u);
    const auto& r = results[0];
    BOOST_TEST(r["ruleId"] == "om-eindtotaal");
    BOOST_TEST(r["ruleIndex"] == 0);
    BOOST_TEST(r["level"] == "warning");
    BOOST_TEST(r["message"]["text"].get<std::string>().find("de tabel vermeldt 65.496") != std::string::npos);
    const auto& loc = r["locations"][0]["physicalLocation"];
    BOOST_TEST(loc["artifactLocation"]["uri"] == "antwoord.txt");
    BOOST_TEST(loc["region"]["startLine"] == 4);
    BOOST_TEST(loc["region"]["startColumn"] == 12);
    BOOST_TEST(loc["region"]["endColumn"] == 18);
    BOOST_TEST(loc["region"]["charOffset"] == 122);
    BOOST_TEST(loc["region"]["charLength"] == 6);
    BOOST_TEST(r["relatedLocations"].size() == 2u);
    BOOST_TEST(r["relatedLocations"][1]["id"] == 1);
    BOOST_TEST(r["relatedLocations"][1]["message"]["text"] == "9.400 misdrijfzaken voorwaardelijk (2023)");
    BOOST_TEST(r["relatedLocations"][1]["physicalLocation"]["region"]["startColumn"] == 75);
    BOOST_TEST(r["properties"] == (ordered_json{{"kind", "cross-total"}, {"expected", "65.800"}, {"found", "65.496"}}));
    // The info finding after "één<TAB>": charOffset counts code points (162), byteOffset bytes (164).
    const auto& region = results[1]["locations"][0]["physicalLocation"]["region"];
    BOOST_TEST(results[1]["level"] == "note");
    BOOST_TEST(region["charOffset"] == 162);
    BOOST_TEST(region["byteOffset"] == 164);
}

BOOST_AUTO_TEST_CASE(a_file_name_with_a_space_becomes_a_valid_uri_reference) {
    const auto sample = test::make_sample_report("antwoorden 2026/vraag 1.txt");
    const std::string text = sarif_of(sample->context(Lang::en));
    const auto log = ordered_json::parse(text);
    BOOST_TEST(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
               "antwoorden%202026/vraag%201.txt");
    const std::string path = test::write_build_file("report_test_space.sarif", text);
    BOOST_TEST(test::validate_sarif_file(path) == 0, read_file(path + ".err"));
}

BOOST_AUTO_TEST_CASE(without_a_rule_set_results_carry_no_rule_index) {
    const auto sample = test::make_sample_report();
    ReportContext ctx = sample->context(Lang::en);
    ctx.rules = nullptr;
    const auto log = ordered_json::parse(sarif_of(ctx));
    BOOST_TEST(log["runs"][0]["tool"]["driver"]["rules"].empty());
    BOOST_TEST(!log["runs"][0]["results"][0].contains("ruleIndex"));
}

BOOST_AUTO_TEST_SUITE_END()
