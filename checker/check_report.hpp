#pragma once
#include <string>
#include <vector>

#include "checker/finding.hpp"
#include "checker/relation.hpp"
#include "checker/rule_spec.hpp"

namespace cijfer {

/// One relation that a rule checked, with its result: what an auditor reads.
struct CheckResult {
    std::string rule_id;
    std::string kind;
    Relation relation;
    Evaluation evaluation;
    /// Set when a finding of another rule settles this check (e.g. number-format reads
    /// "66.3000" as 66.300 and this check passes with that reading).
    std::string settled_by;
};

/// The four-way partition of every numeric token (docs/coverage.md).
struct Coverage {
    int total = 0;
    int checked = 0;          ///< figures used by at least one check
    int placed = 0;           ///< figures in a table or statement that no check used
    int non_statistical = 0;  ///< years, dates, references, footnote markers, ...
    int unclassified = 0;     ///< listed as info findings
};

struct CheckReport {
    std::vector<Finding> findings;      ///< sorted by position, then rule id
    std::vector<CheckResult> checks;    ///< every relation evaluated, in rule order
    Coverage coverage;
};

}  // namespace cijfer
