#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dataset/dataset_reader.hpp"
#include "source/source_text.hpp"

namespace cijfer {

/// One accepted, explained deviation (docs/waivers.md): a finding of rule `rule` on these
/// figures, by stable name, with the values they had when it was accepted.
struct Waiver {
    struct AcceptedFigure {
        std::string name;       ///< model/figure_names.hpp
        std::string value;      ///< as written when accepted: "65.496"
        Span span;              ///< the name in the waiver file
    };
    std::string rule;                      ///< the rule id, as in SARIF's ruleId
    std::vector<AcceptedFigure> figures;
    std::string reason;
    std::string accepted_by;
    std::chrono::year_month_day expires{};
    Span span;                             ///< the waiver's `rule` in the waiver file
};

struct WaiverFileResult {
    std::vector<Waiver> waivers;
    std::vector<DatasetError> errors;      ///< located in the waiver file
    bool ok() const { return errors.empty(); }
};

/// Reads a waiver file (YAML); every field is required, unknown keys are errors.
WaiverFileResult read_waivers(const SourceText& file);

/// A date as a waiver file writes it: "2027-06-30".
std::string date_text(std::chrono::year_month_day day);

/// "2027-06-30" as a valid calendar date; nullopt for anything else.
std::optional<std::chrono::year_month_day> parse_date(std::string_view text);

/// The UTC day of a time in seconds since 1970 (the audit report's injectable clock).
std::chrono::year_month_day utc_day(std::int64_t epoch_seconds);

}  // namespace cijfer
