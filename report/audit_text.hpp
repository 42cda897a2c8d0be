#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/audit_report.hpp"
#include "report/audit_view.hpp"

namespace cijfer {

/// The words of the audit report, shared by its HTML and Markdown writers so that both
/// carry the same content. Every text comes from the message catalogue.

/// A catalogue entry without arguments ("audit.summary" -> "Samenvatting").
std::string word(std::string_view key, Lang lang);

/// What became of a check, in four: the partition the summary counts.
enum class Verdict { passed, within_rounding, failed, settled };
Verdict verdict_of(const CheckResult& check);
/// ✓ ≈ ✗ →: shown next to the words, never instead of them.
std::string_view verdict_symbol(Verdict verdict);
/// "agrees", "agrees only thanks to rounding", "does not agree", "settled by finding 1".
std::string verdict_text(const AuditInput& view, std::size_t check, Lang lang);
/// "passed" / "failed" class names for styling.
std::string_view verdict_class(Verdict verdict);

/// The value the parts give, in the document's notation and unit ("65.800", "28,9%").
std::string recomputed_text(const Document& doc, const CheckResult& check);
/// The values the parts may stand for given their rounding: "65.750 to 65.850" or "exact".
std::string interval_text(const Document& doc, const CheckResult& check, Lang lang);
/// The result the document states: the anchor as written, or "100" for a constant.
std::string stated_text(const Document& doc, const CheckResult& check);
/// The arithmetic of a check in full: "56.400 of 195.300 is 28,9% (exact); the text says
/// 29 procent: agrees only thanks to rounding".
std::string check_text(const AuditInput& view, std::size_t check, Lang lang);
/// The short note at the cell that states a check's result: "Σ 65.800, exact: does not agree".
std::string cell_note(const AuditInput& view, std::size_t check, Lang lang);

/// "line 141, column 12" (with "page 3, " when the source has pages).
std::string location_text(const AuditInput& view, Span span, Lang lang);
/// "2026-03-16 00:00:00 UTC"
std::string utc_time(std::int64_t epoch);
/// "Table 2: Aantal misdrijfzaken (Antwoord op vraag 2)"
std::string table_heading(const AuditInput& view, std::size_t table, Lang lang);
/// A row code as these tables write it: "1." at the top level, "1.1" below it.
std::string code_as_written(const Row& row);
/// What a rule kind checks, in the reader's language.
std::string kind_text(std::string_view kind, Lang lang);

/// "waived: reason (accepted by …, until …, where)" for a finding a waiver accepts.
std::optional<std::string> waived_text(const Finding& finding, Lang lang);

/// One line of a two-column list (provenance, summary).
struct LabelledValue {
    std::string label;
    std::string value;
};
std::vector<LabelledValue> summary_rows(const std::vector<AuditInput>& inputs, const RuleSet* rules,
                                        const Provenance& provenance, Lang lang);

}  // namespace cijfer
