#pragma once
#include <string_view>
#include <vector>

#include "checker/check_report.hpp"
#include "checker/figure_lookup.hpp"
#include "checker/rule_spec.hpp"
#include "model/document.hpp"

namespace cijfer {

/// What a rule kind sees and produces while it runs on one document.
struct RuleRun {
    const Document& doc;
    const RuleSpec& rule;
    std::vector<Relation>& relations;   ///< to be evaluated by the checker
    std::vector<Finding>& findings;     ///< findings the kind states directly
    const FigureLookup* figure_lookup = nullptr;  ///< stable figure names, when the caller has them
};

/// One rule kind: its id, its documentation and its code. Kinds are listed explicitly in
/// checker/registry.cpp; that list is the one place to add a kind.
struct RuleKind {
    std::string_view id;        ///< "hierarchy-sum"
    std::string_view summary;   ///< one line
    std::string_view doc;       ///< markdown: what it does, why, failing and passing example
    /// Checks the rule's `parameters`; appends located errors.
    void (*validate)(const RuleSpec& rule, std::vector<RuleFileError>& errors) = nullptr;
    /// Builds relations and direct findings from the document.
    void (*collect)(RuleRun& run) = nullptr;
    /// Runs after every relation of every rule is evaluated (number-format uses it to find
    /// the reading of a malformed number that makes the other checks pass).
    void (*conclude)(const RuleRun& run, std::vector<CheckResult>& checks,
                     std::vector<Finding>& findings) = nullptr;
};

const std::vector<RuleKind>& rule_kinds();
const RuleKind* find_rule_kind(std::string_view id);

}  // namespace cijfer
