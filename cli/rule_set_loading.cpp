#include "cli/rule_set_loading.hpp"

#include "checker/rule_loader.hpp"
#include "cli/default_rules.hpp"

namespace cijfer::cli {

std::optional<RuleSet> load_rule_set(bool with_defaults, const std::vector<std::string>& files,
                                     std::ostream& err, const RuleFileLimits& limits) {
    RuleSet set;
    std::vector<RuleFileError> errors;
    if (with_defaults)
        add_rule_file(set, default_rules_name, load_built_in_rule_text(default_rules_yaml(), default_rules_name, limits), errors);
    for (const auto& file : files) add_rule_file(set, file, load_rule_file(file, limits), errors);
    if (errors.empty()) return set;
    for (const auto& error : errors) err << format_rule_file_error(error) << '\n';
    return std::nullopt;
}

}  // namespace cijfer::cli
