#pragma once
// The built-in rule set (rules/default.yaml), loaded once per fuzzing process, for the
// targets that run the checks as `check` does.
#include <vector>

#include "checker/rule_loader.hpp"
#include "cli/default_rules.hpp"

namespace cijfer::fuzz {

inline const RuleSet& built_in_rules() {
    static const RuleSet rules = [] {
        RuleSet set;
        std::vector<RuleFileError> errors;
        add_rule_file(set, "default.yaml", load_rule_text(cli::default_rules_yaml(), "default.yaml"), errors);
        return set;
    }();
    return rules;
}

}  // namespace cijfer::fuzz
