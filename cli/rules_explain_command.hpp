#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace cijfer::cli {

struct RulesExplainOptions {
    std::string id;                       ///< a rule id or a rule kind id
    std::vector<std::string> rule_files;  ///< --rules, as for `check`
    bool no_default_rules = false;
};

/// Declares `explain` under the `rules` command.
CLI::App* add_rules_explain_command(CLI::App& rules, RulesExplainOptions& options);

/// Prints the rule with that id (from the built-in rules and --rules files), with the
/// documentation of its kind; or, for a kind id, the kind's documentation. Exit 2 with a
/// message for an unknown id or a broken rule file.
int run_rules_explain(const RulesExplainOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cijfer::cli
