#include "test_support.hpp"

#include <stdexcept>

namespace cijfer::test {

RuleSet one_rule(const std::string& kind, Severity severity, const std::string& parameters) {
    RuleSpec rule;
    rule.id = "test-" + kind;
    rule.kind = kind;
    rule.severity = severity;
    rule.description = "test rule";
    rule.parameters = YAML::Load(parameters);
    rule.position = {"rules.yaml", 1, 1};
    return RuleSet{{rule}, {"rules.yaml"}};
}

const MessageArg& arg(const Message& message, const std::string& name) {
    for (const auto& a : message.args)
        if (a.name == name) return a;
    throw std::runtime_error("message " + message.key + " has no argument " + name);
}

std::string arg_text(const Message& message, const std::string& name) {
    const auto& a = arg(message, name);
    if (a.number) throw std::runtime_error("argument " + name + " is a number");
    return a.text;
}

double arg_number(const Message& message, const std::string& name) {
    const auto& a = arg(message, name);
    if (!a.number) throw std::runtime_error("argument " + name + " is a text");
    return *a.number;
}

std::vector<CheckResult> with_outcome(const CheckReport& report, Outcome outcome) {
    std::vector<CheckResult> found;
    for (const auto& check : report.checks)
        if (check.evaluation.outcome == outcome) found.push_back(check);
    return found;
}

std::vector<Finding> with_key(const CheckReport& report, const std::string& key) {
    std::vector<Finding> found;
    for (const auto& finding : report.findings)
        if (finding.message.key == key) found.push_back(finding);
    return found;
}

}  // namespace cijfer::test
