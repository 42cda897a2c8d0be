#pragma once
#include <iosfwd>
#include <string>

#include <CLI/CLI.hpp>

namespace cijfer::cli {

struct RulesOptions {
    std::string format = "text";  ///< text | markdown
};

/// Declares `rules` and its options on `app`.
CLI::App* add_rules_command(CLI::App& app, RulesOptions& options);

/// Lists every registered rule kind with its summary and documentation.
int run_rules(const RulesOptions& options, std::ostream& out);

}  // namespace cijfer::cli
