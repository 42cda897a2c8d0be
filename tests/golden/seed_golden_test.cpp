// The seed document against its hand-written expected findings
// (datasets/om-sepots-2026/expected-findings.yaml).
#include <boost/test/unit_test.hpp>

#include <map>

#include <yaml-cpp/yaml.h>

#include "pipeline.hpp"

using namespace cijfer;

namespace {

const RuleSet& seed_rules() {
    static const RuleSet rules =
        test::load_rules({"rules/default.yaml", "datasets/om-sepots-2026/rules.yaml"});
    return rules;
}

const test::Checked& seed() {
    static const test::Checked checked(test::read_file(test::project_file("datasets/om-sepots-2026/antwoord.txt")),
                                       seed_rules());
    return checked;
}

std::string where(const test::Checked& c, const Finding& f) {
    const auto loc = c.at(f);
    return std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_golden)

BOOST_AUTO_TEST_CASE(findings_at_warning_or_above_are_exactly_the_expected_ones) {
    const auto expected = YAML::LoadFile(test::project_file("datasets/om-sepots-2026/expected-findings.yaml"));
    const auto& c = seed();
    std::vector<std::string> got, want;
    for (const auto& f : c.report.findings)
        if (f.severity != Severity::info)
            got.push_back(f.rule_id + " " + to_string(f.severity) + " " + where(c, f) + " " +
                          std::string(c.source->text(f.span)));
    for (const auto& e : expected["findings"])
        want.push_back(e["rule"].as<std::string>() + " " + e["severity"].as<std::string>() + " " +
                       e["at"].as<std::string>() + " " + e["figure"].as<std::string>());
    BOOST_TEST(got == want, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cross_total_imbalances_are_the_hand_computed_ones) {
    const auto expected = YAML::LoadFile(test::project_file("datasets/om-sepots-2026/expected-findings.yaml"));
    const auto& c = seed();
    for (const auto& e : expected["findings"]) {
        if (!e["imbalance"]) continue;
        const auto figure = e["figure"].as<std::string>();
        BOOST_TEST_CONTEXT("Eindtotaal " << figure) {
            const CheckResult* match = nullptr;
            for (const auto& check : c.report.checks)
                if (check.relation.anchor &&
                    c.source->text(c.doc.figures[*check.relation.anchor].number.span) == figure &&
                    check.rule_id == e["rule"].as<std::string>())
                    match = &check;
            BOOST_TEST_REQUIRE(match != nullptr);
            BOOST_TEST((match->evaluation.outcome == Outcome::failed));
            BOOST_TEST(match->evaluation.found == e["found"].as<double>());
            BOOST_TEST(match->evaluation.expected == e["expected"].as<double>());
            BOOST_TEST(match->evaluation.imbalance() == e["imbalance"].as<double>());
        }
    }
}

BOOST_AUTO_TEST_CASE(check_counts_per_rule) {
    const auto expected = YAML::LoadFile(test::project_file("datasets/om-sepots-2026/expected-findings.yaml"));
    const auto& c = seed();
    struct Tally { int run = 0, failed = 0, within_rounding = 0, settled = 0; };
    std::map<std::string, Tally> tally;
    for (const auto& check : c.report.checks) {
        auto& t = tally[check.rule_id];
        ++t.run;
        t.failed += check.evaluation.outcome == Outcome::failed;
        t.within_rounding += check.evaluation.outcome == Outcome::passed_within_rounding;
        t.settled += !check.settled_by.empty();
    }
    for (const auto& entry : expected["checks"]) {
        const auto rule = entry.first.as<std::string>();
        BOOST_TEST_CONTEXT("rule " << rule) {
            const auto& t = tally[rule];
            BOOST_TEST(t.run == entry.second["run"].as<int>());
            BOOST_TEST(t.failed == entry.second["failed"].as<int>());
            if (entry.second["within_rounding"])
                BOOST_TEST(t.within_rounding == entry.second["within_rounding"].as<int>());
            if (entry.second["settled"]) BOOST_TEST(t.settled == entry.second["settled"].as<int>());
        }
    }
    BOOST_TEST(c.report.coverage.total == expected["coverage"]["total"].as<int>());
    BOOST_TEST(c.report.coverage.unclassified == expected["coverage"]["unclassified"].as<int>());
    BOOST_TEST(c.report.coverage.checked + c.report.coverage.placed + c.report.coverage.non_statistical +
                   c.report.coverage.unclassified == c.report.coverage.total);
}

BOOST_AUTO_TEST_CASE(the_malformed_number_is_read_as_66_300) {
    const auto& c = seed();
    const Finding* f = nullptr;
    for (const auto& finding : c.report.findings)
        if (finding.kind == "number-format") f = &finding;
    BOOST_TEST_REQUIRE(f != nullptr);
    std::string reading;
    for (const auto& arg : f->message.args)
        if (arg.name == "reading") reading = arg.text;
    BOOST_TEST(reading == "66.300");
}

BOOST_AUTO_TEST_SUITE_END()
