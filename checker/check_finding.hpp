#pragma once
#include <optional>
#include <string>
#include <utility>

#include "checker/check_report.hpp"
#include "checker/rule_spec.hpp"
#include "model/document.hpp"

namespace cijfer {

/// The finding for a failed check: the message key that fits its relation (sum.failed,
/// percent-sum.failed, share.failed) with its arguments, anchored at the figure that
/// states the result, the other figures as related locations.
Finding finding_for_failed_check(const Document& doc, const RuleSpec& rule, const CheckResult& check);

/// Where a relation's finding points: the anchor figure, or for a constant (100%) the first part.
std::optional<FigureId> anchor_figure(const Relation& relation);

/// A short language-neutral account of a relation's arithmetic, e.g.
/// "66.300 / 166.100 = 39,9% ≈ 40 procent". `replaced` writes one figure differently
/// (a reading of a malformed literal).
std::string check_text(const Document& doc, const Relation& relation, const Evaluation& evaluation,
                       std::optional<std::pair<FigureId, std::string>> replaced = std::nullopt);

}  // namespace cijfer
