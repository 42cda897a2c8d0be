#pragma once

namespace cijfer::cli {

/// The exit statuses CI gates rely on (docs/cli.md).
enum ExitCode : int {
    exit_ok = 0,        ///< nothing at or above --fail-on
    exit_findings = 1,  ///< findings at or above --fail-on
    exit_usage = 2,     ///< a usage error, an unreadable input or a broken rule file
};

}  // namespace cijfer::cli
