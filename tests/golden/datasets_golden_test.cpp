// Every document in datasets/, and the invented documents of other layouts in
// tests/golden/documents/, against its hand-written expected findings
// (<dir>/<name>/expected-findings.yaml): the findings at warning or above, in order, at
// their places; the checks per rule; the coverage.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <map>
#include <set>

#include <yaml-cpp/yaml.h>

#include "pipeline.hpp"

using namespace cijfer;
namespace fs = std::filesystem;

namespace {

struct Dataset {
    std::string name;
    fs::path document;
    fs::path rules;     ///< empty when the dataset has no rule file of its own
    fs::path expected;
};

std::vector<Dataset> datasets() {
    std::vector<Dataset> out;
    for (const auto* root : {"datasets", "tests/golden/documents"}) {
        for (const auto& dir : fs::directory_iterator(test::project_file(root))) {
            if (!fs::exists(dir.path() / "expected-findings.yaml")) continue;
            Dataset d;
            d.name = dir.path().filename().string();
            const auto document = dir.path() / "document.txt";
            d.document = fs::exists(document) ? document : dir.path() / "antwoord.txt";
            if (fs::exists(dir.path() / "rules.yaml")) d.rules = dir.path() / "rules.yaml";
            d.expected = dir.path() / "expected-findings.yaml";
            out.push_back(d);
        }
    }
    std::sort(out.begin(), out.end(), [](const Dataset& a, const Dataset& b) { return a.name < b.name; });
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(datasets_golden)

BOOST_AUTO_TEST_CASE(every_dataset_gives_its_expected_findings) {
    const auto all = datasets();
    BOOST_TEST(all.size() >= 10u);
    for (const auto& d : all) {
        BOOST_TEST_CONTEXT("dataset " << d.name) {
            RuleSet rules = d.rules.empty() ? test::load_rules({"rules/default.yaml"})
                                            : test::load_rules({"rules/default.yaml",
                                                                fs::relative(d.rules, CIJFER_SOURCE_DIR).string()});
            const test::Checked c(test::read_file(d.document.string()), rules, d.document.filename().string());
            const auto expected = YAML::LoadFile(d.expected.string());

            std::vector<std::string> got, want;
            for (const auto& f : c.report.findings)
                if (f.severity != Severity::info) {
                    const auto at = c.at(f);
                    got.push_back(f.rule_id + " " + to_string(f.severity) + " " + std::to_string(at.line) + ":" +
                                  std::to_string(at.column) + " " + std::string(c.source->text(f.span)));
                }
            if (expected["findings"])
                for (const auto& e : expected["findings"])
                    want.push_back(e["rule"].as<std::string>() + " " + e["severity"].as<std::string>() + " " +
                                   e["at"].as<std::string>() + " " + e["figure"].as<std::string>());
            BOOST_TEST(got == want, boost::test_tools::per_element());

            struct Tally { int run = 0, failed = 0, within_rounding = 0, settled = 0; };
            std::map<std::string, Tally> tally;
            for (const auto& check : c.report.checks) {
                auto& t = tally[check.rule_id];
                ++t.run;
                t.failed += check.evaluation.outcome == Outcome::failed;
                t.within_rounding += check.evaluation.outcome == Outcome::passed_within_rounding;
                t.settled += !check.settled_by.empty();
            }
            // Every rule that ran is listed: a new check on a real document is a decision.
            for (const auto& [rule, t] : tally)
                BOOST_TEST_CONTEXT("rule " << rule) { BOOST_TEST(bool(expected["checks"][rule])); }
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
            // The relations inferred from the numbers, each once, with how sure the tool is.
            std::set<std::string> relations_got, relations_want;
            for (const auto& check : c.report.checks)
                if (const auto& inferred = check.relation.inferred)
                    relations_got.insert(inferred->formula + " (" + std::to_string(inferred->holding) + " of " +
                                         std::to_string(inferred->checked) + ")");
            if (expected["relations"])
                for (const auto& r : expected["relations"]) relations_want.insert(r.as<std::string>());
            BOOST_TEST(relations_got == relations_want, boost::test_tools::per_element());

            const auto& cov = c.report.coverage;
            BOOST_TEST(cov.checked + cov.placed + cov.non_statistical + cov.unclassified == cov.total);
            BOOST_TEST(cov.total == expected["coverage"]["total"].as<int>());
            BOOST_TEST(cov.unclassified == expected["coverage"]["unclassified"].as<int>());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
