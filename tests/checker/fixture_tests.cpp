#include <filesystem>
#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "checker/rule_kind.hpp"
#include "checker/rule_loader.hpp"
#include "grammar/parse.hpp"

using namespace cijfer;
namespace fs = std::filesystem;

// Each kind's folder holds fail.txt (with fail.expected: "line:col message-key" per finding of
// that kind), pass.txt (no finding of that kind) and optionally rules.yaml (for kinds that need
// parameters). They run through the real grammar with every parameterless kind enabled.

namespace {

fs::path kind_dir(std::string_view kind) { return fs::path(CIJFER_SOURCE_DIR) / "checker" / "kinds" / kind; }

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

RuleSet fixture_rules(std::string_view kind) {
    RuleSet rules;
    for (const auto& k : rule_kinds()) {
        if (k.validate) continue;  // kinds with required parameters come from rules.yaml
        RuleSpec rule;
        rule.id = std::string(k.id);
        rule.kind = std::string(k.id);
        rule.parameters = YAML::Node(YAML::NodeType::Map);
        rules.rules.push_back(rule);
    }
    const auto file = kind_dir(kind) / "rules.yaml";
    if (fs::exists(file)) {
        const auto loaded = load_rule_file(file.string());
        BOOST_TEST_REQUIRE(loaded.ok(), file << ": " << (loaded.ok() ? "" : loaded.errors[0].message));
        rules.rules.insert(rules.rules.end(), loaded.rules.begin(), loaded.rules.end());
    }
    return rules;
}

/// "line:col key" for each finding of `kind` in the fixture.
std::vector<std::string> findings_of(std::string_view kind, const std::string& fixture) {
    const SourceText source(fixture, read(kind_dir(kind) / fixture));
    const auto doc = parse_document(source);
    const auto report = run_checks(doc, fixture_rules(kind));
    std::vector<std::string> found;
    for (const auto& f : report.findings)
        if (f.kind == kind) {
            const auto at = source.locate(f.span.begin);
            found.push_back(std::to_string(at.line) + ":" + std::to_string(at.column) + " " + f.message.key);
        }
    return found;
}

std::vector<std::string> expected_lines(std::string_view kind) {
    std::istringstream in(read(kind_dir(kind) / "fail.expected"));
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        if (!line.empty()) lines.push_back(line);
    return lines;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fixtures)

BOOST_AUTO_TEST_CASE(every_kind_has_a_failing_and_a_passing_fixture) {
    for (const auto& kind : rule_kinds())
        for (const char* file : {"fail.txt", "fail.expected", "pass.txt"})
            BOOST_TEST(fs::exists(kind_dir(kind.id) / file), kind.id << " lacks " << file);
}

BOOST_AUTO_TEST_CASE(failing_fixtures_give_exactly_their_expected_findings) {
    for (const auto& kind : rule_kinds()) {
        BOOST_TEST_CONTEXT("kind " << kind.id) {
            const auto expected = expected_lines(kind.id);
            BOOST_TEST(!expected.empty());
            BOOST_TEST(findings_of(kind.id, "fail.txt") == expected, boost::test_tools::per_element());
        }
    }
}

BOOST_AUTO_TEST_CASE(passing_fixtures_give_no_finding_of_their_kind) {
    for (const auto& kind : rule_kinds()) {
        BOOST_TEST_CONTEXT("kind " << kind.id) { BOOST_TEST(findings_of(kind.id, "pass.txt").empty()); }
    }
}

BOOST_AUTO_TEST_SUITE_END()
