#pragma once
#include <optional>
#include <string>
#include <vector>

#include "model/message.hpp"
#include "source/span.hpp"

namespace cijfer {

enum class Severity { info, warning, error };

const char* to_string(Severity s);
/// Parses "info", "warning", "error"; nullopt for anything else.
std::optional<Severity> parse_severity(std::string_view text);

/// Another figure involved in a finding (SARIF relatedLocations).
struct RelatedLocation {
    Span span;
    std::string role;  ///< document words naming the figure, e.g. "1.1 Diefstal en inbraak, 2023"
};

/// The waiver that accepts a finding (waiver/, docs/waivers.md): the finding is still
/// reported, as waived, and does not count toward --fail-on.
struct Waived {
    std::string reason;
    std::string accepted_by;
    std::string expires;   ///< YYYY-MM-DD
    std::string where;     ///< the waiver in its file: "waivers.yaml:3:9"
};

/// One inconsistency (or, at info, one observation), pointing at the figure that states
/// the relation's total.
struct Finding {
    std::string rule_id;   ///< the id of the rule in its YAML rule set
    std::string kind;      ///< the rule kind, e.g. "hierarchy-sum"
    Severity severity = Severity::error;
    Span span;             ///< the anchor figure
    Message message;       ///< what is wrong, in words
    std::string expected;  ///< recomputed value as the user reads it: "65.800 (56.400 + 9.400)"
    std::string found;     ///< the value as written: "65.496"
    std::vector<RelatedLocation> related;
    std::optional<Waived> waived;  ///< set by apply_waivers
};

}  // namespace cijfer
