// Fuzz target: any bytes as a document, read by the grammar and checked with the
// built-in rules. parse_document and run_checks are documented never to throw, so
// nothing is caught: any exception, crash, leak or undefined behaviour is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/checker.hpp"
#include "checker/rule_loader.hpp"
#include "cli/default_rules.hpp"
#include "grammar/parse.hpp"

namespace {

const cijfer::RuleSet& default_rules() {
    static const cijfer::RuleSet rules = [] {
        cijfer::RuleSet set;
        std::vector<cijfer::RuleFileError> errors;
        cijfer::add_rule_file(set, "default.yaml",
                              cijfer::load_rule_text(cijfer::cli::default_rules_yaml(), "default.yaml"), errors);
        return set;
    }();
    return rules;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cijfer::SourceText source("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    const auto doc = cijfer::parse_document(source);
    const auto report = cijfer::run_checks(doc, default_rules());
    // Nothing lost: every numeric token is in exactly one class.
    const auto& c = report.coverage;
    if (c.checked + c.placed + c.non_statistical + c.unclassified != c.total ||
        c.total != static_cast<decltype(c.total)>(doc.tokens.size()))
        __builtin_trap();
    return 0;
}
