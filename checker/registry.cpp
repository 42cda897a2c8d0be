#include "checker/rule_kind.hpp"

#include "checker/kinds/kinds.hpp"

namespace cijfer {

// The one list of rule kinds. To add a kind: write checker/kinds/<kind>/ (code, doc,
// fixtures), add it to CIJFER_RULE_KINDS in checker/CMakeLists.txt and its entry here.
const std::vector<RuleKind>& rule_kinds() {
    static const std::vector<RuleKind> kinds = {
        hierarchy_sum_kind(), total_sum_kind(),  percent_sum_kind(),  percent_of_total_kind(),
        number_format_kind(), numbering_kind(), cross_total_kind(), coverage_kind(),
        inferred_relation_kind(),
        percent_change_kind(),
        expression_kind(),
    };
    return kinds;
}

const RuleKind* find_rule_kind(std::string_view id) {
    for (const auto& kind : rule_kinds())
        if (kind.id == id) return &kind;
    return nullptr;
}

}  // namespace cijfer
