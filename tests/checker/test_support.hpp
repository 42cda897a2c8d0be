#pragma once
#include <string>
#include <vector>

#include "checker/check_report.hpp"
#include "checker/rule_spec.hpp"

namespace cijfer::test {

/// A rule set of one rule of `kind`, with parameters given as YAML text.
RuleSet one_rule(const std::string& kind, Severity severity = Severity::error, const std::string& parameters = "{}");

/// The text of a message argument; fails the test when it is missing or a number.
std::string arg_text(const Message& message, const std::string& name);
/// The value of a numeric message argument.
double arg_number(const Message& message, const std::string& name);
/// The argument itself (to check decimals and sign).
const MessageArg& arg(const Message& message, const std::string& name);

/// The checks with the given outcome.
std::vector<CheckResult> with_outcome(const CheckReport& report, Outcome outcome);
/// Findings whose message has this key.
std::vector<Finding> with_key(const CheckReport& report, const std::string& key);

}  // namespace cijfer::test
