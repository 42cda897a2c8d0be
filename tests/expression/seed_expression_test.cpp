#include <fstream>
#include <sstream>

#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "checker/rule_loader.hpp"
#include "grammar/parse.hpp"

using namespace cijfer;

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

RuleSet rules_from(const std::string& path) {
    const auto loaded = load_rule_file(path);
    BOOST_TEST_REQUIRE(loaded.ok(), path << ": " << (loaded.ok() ? "" : format_rule_file_error(loaded.errors[0])));
    RuleSet set;
    std::vector<RuleFileError> errors;
    add_rule_file(set, path, loaded, errors);
    return set;
}

/// A finding in every detail a reader sees, except the rule kind.
std::string described(const SourceText& source, const Finding& f) {
    std::ostringstream out;
    const auto at = source.locate(f.span.begin);
    out << f.rule_id << ' ' << at.line << ':' << at.column << ' ' << to_string(f.severity) << ' ' << f.message.key;
    for (const auto& arg : f.message.args)
        out << " " << arg.name << '=' << (arg.number ? std::to_string(*arg.number) : arg.text);
    out << " expected=" << f.expected << " found=" << f.found;
    for (const auto& r : f.related) out << " related=" << source.locate(r.span.begin).line << ':' << r.role;
    return out.str();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(seed_expression)

// The seed's cross-total rules, written as one-line expressions, give the same findings
// and the same checks: 65.496 vs 65.800 (−304), 73.599 vs 74.100 (−501), 42.227 vs 42.300
// (−73), and 52.897 vs 52.900 passing within rounding.
BOOST_AUTO_TEST_CASE(one_line_expressions_say_what_the_cross_total_rules_say) {
    const std::string dir = std::string(CIJFER_SOURCE_DIR) + "/datasets/om-sepots-2026/";
    const SourceText source("antwoord.txt", read(dir + "antwoord.txt"));
    const auto doc = parse_document(source);
    const auto cross = run_checks(doc, rules_from(dir + "rules.yaml"));
    const auto expression =
        run_checks(doc, rules_from(std::string(CIJFER_SOURCE_DIR) + "/tests/expression/seed-expression-rules.yaml"));

    std::vector<std::string> expected, found;
    for (const auto& f : cross.findings)
        if (f.kind == "cross-total") expected.push_back(described(source, f));
    for (const auto& f : expression.findings)
        if (f.kind == "expression") found.push_back(described(source, f));
    BOOST_TEST_REQUIRE(expected.size() == 3u);
    BOOST_TEST(found == expected, boost::test_tools::per_element());
    BOOST_TEST(expected[0].find("imbalance=-304") != std::string::npos, expected[0]);

    std::vector<std::string> cross_checks, expression_checks;
    for (const auto& c : cross.checks)
        if (c.kind == "cross-total")
            cross_checks.push_back(c.relation.context + " " + to_string(c.evaluation.outcome));
    for (const auto& c : expression.checks)
        if (c.kind == "expression")
            expression_checks.push_back(c.relation.context + " " + to_string(c.evaluation.outcome));
    BOOST_TEST_REQUIRE(cross_checks.size() == 4u);
    BOOST_TEST(expression_checks == cross_checks, boost::test_tools::per_element());
    BOOST_TEST(cross_checks[3] == "Aantal misdrijfzaken \u203a Eindtotaal \u203a 2024 passed-within-rounding");
}

BOOST_AUTO_TEST_SUITE_END()
