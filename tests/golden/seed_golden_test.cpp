// The seed document's values beyond what every dataset's golden test compares
// (datasets_golden_test.cpp): the hand-computed imbalances and the malformed number's reading.
#include <boost/test/unit_test.hpp>


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

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_golden)

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
