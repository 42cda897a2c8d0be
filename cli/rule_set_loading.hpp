#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/rule_loader.hpp"
#include "checker/rule_spec.hpp"

namespace cijfer::cli {

/// The built-in rules (unless `with_defaults` is false) followed by each rule file in
/// order. On any error writes every located error to `err` and returns nullopt.
std::optional<RuleSet> load_rule_set(bool with_defaults, const std::vector<std::string>& files,
                                     std::ostream& err, const RuleFileLimits& limits = {});

}  // namespace cijfer::cli
