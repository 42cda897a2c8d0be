#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "checker/check_report.hpp"
#include "checker/rule_spec.hpp"
#include "model/document.hpp"
#include "source/source_text.hpp"

namespace cijfer {

enum class Lang { en, nl };

/// One checked input, as every reporter receives it.
struct CheckedInput {
    const SourceText* source = nullptr;
    const Document* doc = nullptr;
    const CheckReport* report = nullptr;
};

/// What all reporters need besides the inputs.
struct ReportContext {
    std::vector<CheckedInput> inputs;
    const RuleSet* rules = nullptr;
    Lang lang = Lang::en;
    bool verbose = false;          ///< text: also list info findings and passes within rounding
    bool coverage = false;         ///< text: break the non-statistical numbers down by reason
    std::string tool_version;      ///< fixed in tests so that output is byte-stable
    /// The lowest severity that fails the run (--fail-on); nullopt for `none`. A JUnit test
    /// case fails exactly when the exit code says so.
    std::optional<Severity> fail_on = Severity::error;
    /// When the run happened, in seconds since 1970-01-01 UTC (JUnit's timestamp). The CLI
    /// takes SOURCE_DATE_EPOCH when it is set, so that reports are reproducible.
    std::int64_t run_time = 0;
};

}  // namespace cijfer
