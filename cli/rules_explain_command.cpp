#include "cli/rules_explain_command.hpp"

#include <ostream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "checker/rule_kind.hpp"
#include "cli/exit_code.hpp"
#include "cli/rule_set_loading.hpp"

namespace cijfer::cli {
namespace {

void write_kind(std::ostream& out, const RuleKind& kind) {
    out << kind.id << ": " << kind.summary << "\n\n" << kind.doc;
    if (!kind.doc.empty() && kind.doc.back() != '\n') out << '\n';
}

// As yaml-cpp's own emitter, but a scalar that was quoted in the rule file stays quoted:
// `columns: ["2023"]` must not print as `columns: [2023]`, which reads as numbers.
void emit(YAML::Emitter& yaml, const YAML::Node& node) {
    if (node.Style() == YAML::EmitterStyle::Flow) yaml << YAML::Flow;
    switch (node.Type()) {
    case YAML::NodeType::Map:
        yaml << YAML::BeginMap;
        for (const auto& entry : node) {
            yaml << YAML::Key;
            emit(yaml, entry.first);
            yaml << YAML::Value;
            emit(yaml, entry.second);
        }
        yaml << YAML::EndMap;
        break;
    case YAML::NodeType::Sequence:
        yaml << YAML::BeginSeq;
        for (const auto& item : node) emit(yaml, item);
        yaml << YAML::EndSeq;
        break;
    case YAML::NodeType::Scalar:
        if (node.Tag() == "!") yaml << YAML::DoubleQuoted;  // the parser's tag for a quoted scalar
        yaml << node.Scalar();
        break;
    default: yaml << YAML::Null;
    }
}

void write_rule(std::ostream& out, const RuleSpec& rule) {
    out << "rule " << rule.id << " (" << rule.position.file << ':' << rule.position.line << ':' << rule.position.column
        << ")\n";
    out << "  kind: " << rule.kind << '\n';
    out << "  severity: " << to_string(rule.severity) << '\n';
    if (!rule.description.empty()) out << "  description: " << rule.description << '\n';
    if (rule.parameters.IsMap() && rule.parameters.size() > 0) {
        YAML::Emitter yaml;
        emit(yaml, rule.parameters);
        out << "  parameters:\n";
        std::istringstream lines(yaml.c_str());
        for (std::string line; std::getline(lines, line);) out << "    " << line << '\n';
    }
    if (const RuleKind* kind = find_rule_kind(rule.kind)) {
        out << '\n';
        write_kind(out, *kind);
    }
}

std::string known_ids(const RuleSet& rules) {
    std::string list;
    for (const auto& rule : rules.rules) list += (list.empty() ? "" : ", ") + rule.id;
    std::string kinds;
    for (const auto& kind : rule_kinds()) kinds += (kinds.empty() ? "" : ", ") + std::string(kind.id);
    return "rules: " + (list.empty() ? std::string("none") : list) + "; kinds: " + kinds;
}

}  // namespace

CLI::App* add_rules_explain_command(CLI::App& rules, RulesExplainOptions& options) {
    auto* cmd = rules.add_subcommand("explain", "Print the documentation of one rule or rule kind");
    cmd->add_option("ID", options.id, "A rule id (from the built-in rules or a --rules file) or a rule kind")
        ->required();
    cmd->add_option("--rules", options.rule_files, "A rule file to load after the defaults (repeatable)")
        ->allow_extra_args(false);
    cmd->add_flag("--no-default-rules", options.no_default_rules, "Do not load the built-in rule set");
    return cmd;
}

int run_rules_explain(const RulesExplainOptions& options, std::ostream& out, std::ostream& err) {
    const auto rules = load_rule_set(!options.no_default_rules, options.rule_files, err);
    if (!rules) return exit_usage;
    // A rule id first: the built-in rules share their kind's id, and the rule says more.
    for (const auto& rule : rules->rules)
        if (rule.id == options.id) {
            write_rule(out, rule);
            return exit_ok;
        }
    if (const RuleKind* kind = find_rule_kind(options.id)) {
        write_kind(out, *kind);
        return exit_ok;
    }
    err << "cijfercheck: error: no rule or rule kind has the id '" << options.id << "' (" << known_ids(*rules)
        << ")\n";
    return exit_usage;
}

}  // namespace cijfer::cli
