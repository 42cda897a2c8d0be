#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace cijfer::cli {

struct DiffOptions {
    std::string old_file;
    std::string new_file;
    std::vector<std::string> rule_files;
    bool no_default_rules = false;
    std::string format = "text";  ///< text | json
};

/// Declares `diff` and its options on `app`.
CLI::App* add_diff_command(CLI::App& app, DiffOptions& options);

/// Compares two releases (datasets or documents) by stable figure name; exit 1 when a sum
/// that contains a changed figure fails in the new release and did not fail in the old one
/// (docs/diff.md).
int run_diff(const DiffOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cijfer::cli
