#pragma once
#include "checker/check_report.hpp"
#include "checker/figure_lookup.hpp"
#include "checker/rule_spec.hpp"
#include "model/document.hpp"

namespace cijfer {

/// Runs every rule of the set on the document: builds relations, evaluates them on
/// intervals, and returns the findings, every check with its outcome, and the coverage.
/// `fig(...)` in expression rules resolves by the document's stable figure names.
CheckReport run_checks(const Document& doc, const RuleSet& rules);

/// What a caller may add to a run.
struct CheckOptions {
    FigureLookup figure_lookup;  ///< resolves `fig("name", year)` in expression rules
};
CheckReport run_checks(const Document& doc, const RuleSet& rules, const CheckOptions& options);

}  // namespace cijfer
