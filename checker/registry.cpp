#include "checker/rule_kind.hpp"

namespace cijfer {

// The one list of rule kinds. To add a kind: write checker/kinds/<kind>/ (code, doc,
// fixtures) and add its entry here.
const std::vector<RuleKind>& rule_kinds() {
    static const std::vector<RuleKind> kinds = {};
    return kinds;
}

const RuleKind* find_rule_kind(std::string_view id) {
    for (const auto& kind : rule_kinds())
        if (kind.id == id) return &kind;
    return nullptr;
}

}  // namespace cijfer
