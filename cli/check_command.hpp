#pragma once
#include <iosfwd>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace cijfer::cli {

struct CheckOptions {
    std::vector<std::string> files;
    std::vector<std::string> rule_files;
    bool no_default_rules = false;
    std::string format = "text";    ///< text | json | sarif | junit | github
    std::string output;             ///< empty: standard output
    std::string fail_on = "error";  ///< error | warning | info | none
    std::string lang = "en";        ///< en | nl
    bool verbose = false;
    bool coverage = false;  ///< --coverage
    std::string input_format = "auto";  ///< auto | text | pdf | docx | odt | fodt
    std::string waivers;            ///< a waiver file; empty: none
    std::vector<std::string> limits;  ///< --limit NAME=VALUE (docs/limits.md)
};

/// Declares `check` and its options on `app`; the options land in `options`.
CLI::App* add_check_command(CLI::App& app, CheckOptions& options);

/// Checks every file and writes the report; returns the exit code (exit_code.hpp).
int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cijfer::cli
