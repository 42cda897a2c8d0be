#pragma once
#include "checker/rule_kind.hpp"

namespace cijfer {

// One function per rule kind, each defined in checker/kinds/<kind>/<kind>.cpp and listed
// in checker/registry.cpp.
RuleKind hierarchy_sum_kind();
RuleKind total_sum_kind();
RuleKind percent_sum_kind();
RuleKind percent_of_total_kind();
RuleKind number_format_kind();
RuleKind numbering_kind();
RuleKind cross_total_kind();
RuleKind coverage_kind();
RuleKind inferred_relation_kind();
RuleKind percent_change_kind();
RuleKind expression_kind();

}  // namespace cijfer
