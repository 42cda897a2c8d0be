#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "checker/rule_spec.hpp"
#include "checker/yaml_screen.hpp"

namespace cijfer {

/// The rules of one rule file, or what is wrong with it. Loading never throws: every
/// problem, YAML syntax included, becomes a located RuleFileError.
struct RuleFileResult {
    std::vector<RuleSpec> rules;
    std::vector<RuleFileError> errors;

    bool ok() const { return errors.empty(); }
};

/// How much one rule file may hold (docs/limits.md); the YAML is screened before it is loaded.
struct RuleFileLimits {
    YamlLimits yaml;
    std::size_t max_rules = 1000;  ///< `rules`: rules in one file
};

/// Reads and validates a rule file (format: docs/rule-file.md). `path` names the file in
/// messages exactly as given.
RuleFileResult load_rule_file(const std::string& path, const RuleFileLimits& limits = {});

/// The same for rule-file text already in memory; `name` stands for the file in messages.
RuleFileResult load_rule_text(std::string_view text, const std::string& name, const RuleFileLimits& limits = {});

/// The same without the YAML screen, for the built-in rules only: they are compiled in,
/// and a test screens them (tests/cli/built_in_rules_test.cpp). The screen costs as much as
/// yaml-cpp's own parse, which every run would otherwise pay twice.
RuleFileResult load_built_in_rule_text(std::string_view text, const std::string& name, const RuleFileLimits& limits = {});

/// Appends a loaded file's rules to `set`, rejecting ids that an earlier file already
/// uses (rule ids are unique across all loaded files). Returns false on errors.
bool add_rule_file(RuleSet& set, const std::string& file, const RuleFileResult& loaded,
                   std::vector<RuleFileError>& errors);

/// The text of the rule file whose rules are being validated, for kinds that locate an
/// error inside a value (an expression's column inside its YAML string); nullptr outside
/// load_rule_text.
const std::string* rule_file_text_being_loaded();

/// `file:line:col: error: message`, or `file: error: message` when there is no position.
std::string format_rule_file_error(const RuleFileError& error);

}  // namespace cijfer
