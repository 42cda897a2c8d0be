#pragma once
#include "checker/kinds/expression/program.hpp"
#include "checker/rule_kind.hpp"

namespace cijfer::expr {

/// Resolves the program's selectors in the run's document, once per loop value, and adds
/// one relation per value; a selector that matches nothing (warning) or too much (error)
/// becomes a finding instead, as for cross-total.
void collect_expression(RuleRun& run, const Program& program);

}  // namespace cijfer::expr
