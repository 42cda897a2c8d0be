#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "model/message.hpp"
#include "report/report_input.hpp"

namespace cijfer {

/// Where a figure sits in a table.
struct CellPosition {
    std::size_t table = 0;
    std::size_t row = 0;
    std::size_t column = 0;
};

/// A sentence of the prose that holds a figure some check used.
struct CheckedSentence {
    Span span;
    std::string id;                  ///< HTML anchor, "d1-s3"
    std::vector<FigureId> figures;   ///< the checked figures in it, in text order
    std::vector<std::size_t> checks; ///< the checks that use one of them, in report order
};

/// Where a finding or check is shown in the report: an anchor and words for the link.
struct ReportTarget {
    std::string anchor;  ///< "" when the report has no place for it
    Message label;       ///< "table 2, Eindtotaal, 2023"; empty key when no anchor
};

/// Everything both audit writers (HTML, Markdown) lay out for one input, worked out once:
/// which checks state their result at each figure, which figures a failed check involves,
/// which finding belongs to which check, and where each finding and sentence is shown.
struct AuditInput {
    const CheckedInput* input = nullptr;
    std::string id;  ///< "d1": the prefix of every anchor of this input
    std::vector<std::optional<CellPosition>> cell_of;      ///< per figure
    std::vector<std::vector<std::size_t>> anchored;        ///< per figure: checks whose result it states
    std::vector<std::vector<std::size_t>> failing;         ///< per figure: findings of failed checks it is part of
    std::vector<std::optional<std::size_t>> check_finding; ///< per check: its finding, or the one settling it
    std::vector<ReportTarget> finding_target;              ///< per finding
    std::vector<CheckedSentence> sentences;
    std::vector<std::string> figure_anchor;                ///< per figure: its cell or sentence anchor
    bool paged = false;                                    ///< the source has form feeds (pdftotext pages)
};

AuditInput audit_input(const CheckedInput& input, std::size_t index);

std::string table_anchor(const AuditInput& view, std::size_t table);
std::string row_anchor(const AuditInput& view, std::size_t table, std::size_t row);
std::string cell_anchor(const AuditInput& view, const CellPosition& cell);
std::string finding_anchor(const AuditInput& view, std::size_t finding);
std::string check_anchor(const AuditInput& view, std::size_t check);

/// The findings whose location lies on a table row (a failed total, a misnumbered code).
std::vector<std::size_t> row_findings(const AuditInput& view, std::size_t table, std::size_t row);

/// 1-based page of a byte offset: form feeds (as pdftotext writes them) separate pages.
int page_of(const SourceText& source, std::uint32_t offset);

}  // namespace cijfer
