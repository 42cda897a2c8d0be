#pragma once
#include "checker/check_report.hpp"

namespace cijfer {

/// The counts of a summary: what happened to the checks, the findings by severity, and the
/// coverage of numeric tokens. Every check is exactly one of passed, failed or settled.
struct Tally {
    int checks = 0;
    int passed = 0;           ///< including those within rounding
    int within_rounding = 0;
    int failed = 0;           ///< failed or unreadable, and not settled
    int settled = 0;          ///< settled by a finding of another rule
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    Coverage coverage;
};

Tally tally(const CheckReport& report);
/// Adds the counts of `more` to `sum` (for the total over all inputs).
void add(Tally& sum, const Tally& more);

}  // namespace cijfer
