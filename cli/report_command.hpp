#pragma once
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace cijfer::cli {

struct ReportOptions {
    std::vector<std::string> files;
    std::vector<std::string> rule_files;
    bool no_default_rules = false;
    std::string format = "html";  ///< html | markdown
    std::string output;           ///< required: an audit report is a file to keep
    std::string lang = "en";      ///< en | nl
    std::string input_format = "auto";  ///< as for check: auto | text | pdf | docx | odt | fodt
    std::string waivers;          ///< a waiver file (docs/waivers.md); empty: none
};

/// What the report takes from outside the inputs, injectable so tests are byte-stable.
struct ReportEnvironment {
    std::string tool_version;                      ///< CIJFER_VERSION; fixed in tests
    std::optional<std::string> source_date_epoch;  ///< $SOURCE_DATE_EPOCH, when set
    std::function<std::int64_t()> now;             ///< the clock when it is not set
};

/// Declares `report` and its options on `app`.
CLI::App* add_report_command(CLI::App& app, ReportOptions& options);

/// Checks every file and writes the audit report (docs/report.md). Exit status 0 when the
/// report is written, whatever it finds; 2 for unreadable inputs, broken rule files, an
/// unwritable output or a SOURCE_DATE_EPOCH that is not a number of seconds.
int run_report(const ReportOptions& options, const ReportEnvironment& env, std::ostream& err);

/// The environment of a real run: this binary's version, $SOURCE_DATE_EPOCH, the system clock.
ReportEnvironment process_environment(std::string tool_version);

}  // namespace cijfer::cli
