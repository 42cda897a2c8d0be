#include "report/tally.hpp"

namespace cijfer {

Tally tally(const CheckReport& report) {
    Tally t;
    for (const auto& check : report.checks) {
        ++t.checks;
        if (!check.settled_by.empty()) ++t.settled;
        else if (check.evaluation.outcome == Outcome::passed) ++t.passed;
        else if (check.evaluation.outcome == Outcome::passed_within_rounding) {
            ++t.passed;
            ++t.within_rounding;
        } else ++t.failed;
    }
    for (const auto& finding : report.findings) {
        switch (finding.severity) {
        case Severity::error: ++t.errors; break;
        case Severity::warning: ++t.warnings; break;
        case Severity::info: ++t.infos; break;
        }
    }
    t.coverage = report.coverage;
    return t;
}

void add(Tally& sum, const Tally& more) {
    sum.checks += more.checks;
    sum.passed += more.passed;
    sum.within_rounding += more.within_rounding;
    sum.failed += more.failed;
    sum.settled += more.settled;
    sum.errors += more.errors;
    sum.warnings += more.warnings;
    sum.infos += more.infos;
    sum.coverage.total += more.coverage.total;
    sum.coverage.checked += more.coverage.checked;
    sum.coverage.placed += more.coverage.placed;
    sum.coverage.non_statistical += more.coverage.non_statistical;
    sum.coverage.unclassified += more.coverage.unclassified;
}

}  // namespace cijfer
