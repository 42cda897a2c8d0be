#pragma once
#include <optional>
#include <string>
#include <vector>

#include "checker/check_report.hpp"
#include "model/document.hpp"

namespace cijfer {

/// A check of the new release that contains a changed figure, and whether it still holds.
struct SumContaining {
    std::string rule_id;
    std::string context;   ///< "Aantal misdrijfzaken › 1. Vermogensdelicten › 2024"
    bool holds = true;
    bool failed_before = false;  ///< the same check (rule and context) failed in the old release too
};

/// One figure by stable name in two releases (docs/diff.md).
struct FigureChange {
    std::string name;
    std::optional<FigureId> old_figure, new_figure;
    std::string old_written, new_written;
    std::optional<int> year;          ///< its column's year or its statement's year
    bool prior_year = false;          ///< changed, and of a year before the newest of the new release
    std::vector<SumContaining> sums;  ///< changed figures: the checks of the new release that use it
    /// Prior-year revisions: figures of the new release that still quote the old value.
    std::vector<FigureId> quotes_of_old;
};

struct FigureDiff {
    std::vector<FigureChange> changed, appeared, disappeared;  ///< each in the new (old) release's order
    int failing_sums() const;
    /// Failing sums that held in the old release (or are new): what the revision broke.
    int broken_sums() const;
};

/// Compares two releases by stable name (model/figure_names.hpp). The reports are the two
/// releases checked with the same rules: the sums that contain each changed figure, and
/// whether they failed before.
FigureDiff diff_figures(const Document& old_doc, const Document& new_doc, const CheckReport& new_report,
                        const CheckReport& old_report = {});

}  // namespace cijfer
