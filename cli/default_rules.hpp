#pragma once
#include <string_view>

namespace cijfer::cli {

/// The text of rules/default.yaml, compiled into the binary.
std::string_view default_rules_yaml();

/// How the built-in rule file is named in messages about it.
inline constexpr const char* default_rules_name = "default.yaml (built-in)";

}  // namespace cijfer::cli
