// Nothing lost: after a full check with the built-in rules, the four classes of the
// coverage (checked, placed, non-statistical, unclassified) add up to the number of
// numeric tokens an independent scanner finds, on every bundled dataset and on
// generated documents; and every unclassified token is listed as a coverage finding.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "checker/checker.hpp"
#include "checker/rule_loader.hpp"
#include "document_generator.hpp"
#include "grammar/parse.hpp"
#include "../numeric_token_scanner.hpp"

using namespace cijfer;
namespace fs = std::filesystem;

namespace {

std::string read_text(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

RuleSet rules_for(const fs::path& dataset) {
    RuleSet set;
    std::vector<RuleFileError> errors;
    const auto defaults = fs::path(CIJFER_SOURCE_DIR) / "rules" / "default.yaml";
    add_rule_file(set, "default.yaml", load_rule_file(defaults.string()), errors);
    if (!dataset.empty() && fs::exists(dataset / "rules.yaml"))
        add_rule_file(set, "rules.yaml", load_rule_file((dataset / "rules.yaml").string()), errors);
    BOOST_TEST_REQUIRE(errors.empty());
    return set;
}

void check_balance(const std::string& text, const RuleSet& rules) {
    const SourceText source("doc.txt", text);
    const auto doc = parse_document(source);
    const auto report = run_checks(doc, rules);
    const auto& c = report.coverage;
    const auto independent = static_cast<int>(test::scan_numeric_tokens(text).size());
    BOOST_TEST(c.total == independent);
    BOOST_TEST(c.checked + c.placed + c.non_statistical + c.unclassified == independent);
    // Each unclassified token is listed once, as "token.unclassified" or, when a grammar
    // note explains it, "token.unplaced.<note>"; the grammar's other notes (a glued cell
    // that was split) are coverage findings about placed figures, not listed tokens.
    int listed = 0;
    for (const auto& finding : report.findings)
        listed += finding.kind == "coverage" && finding.message.key.rfind("token.", 0) == 0;
    BOOST_TEST(listed == c.unclassified);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(coverage_partition)

BOOST_AUTO_TEST_CASE(every_bundled_dataset_balances) {
    int documents = 0;
    for (const auto& dataset : fs::directory_iterator(fs::path(CIJFER_SOURCE_DIR) / "datasets"))
        for (const auto& file : fs::directory_iterator(dataset.path()))
            if (file.path().extension() == ".txt") {
                BOOST_TEST_CONTEXT(file.path().string()) { check_balance(read_text(file.path()), rules_for(dataset.path())); }
                ++documents;
            }
    BOOST_TEST(documents >= 6);
}

BOOST_AUTO_TEST_CASE(generated_documents_balance) {
    const auto rules = rules_for({});
    for (std::uint32_t seed = 1; seed <= 200; ++seed)
        BOOST_TEST_CONTEXT("seed " << seed) { check_balance(test::generate_document(seed, seed % 2 == 0).text, rules); }
}

BOOST_AUTO_TEST_SUITE_END()
