#include "checker/checker.hpp"

#include <algorithm>
#include <set>

#include "checker/check_finding.hpp"
#include "checker/rule_kind.hpp"
#include "checker/stable_name_lookup.hpp"

namespace cijfer {
namespace {

/// One rule with its kind and what its collect step produced.
struct RuleState {
    const RuleSpec* rule = nullptr;
    const RuleKind* kind = nullptr;
    std::vector<Relation> relations;
    std::vector<Finding> findings;
};

std::set<FigureId> figures_used(const std::vector<CheckResult>& checks) {
    std::set<FigureId> used;
    for (const CheckResult& check : checks) {
        if (check.relation.anchor) used.insert(*check.relation.anchor);
        for (const Term& term : check.relation.parts) used.insert(term.figure);
    }
    return used;
}

Coverage count_coverage(const Document& doc, const std::vector<CheckResult>& checks) {
    const auto used = figures_used(checks);
    Coverage coverage;
    for (const NumericToken& token : doc.tokens) {
        ++coverage.total;
        switch (token.role) {
        case TokenRole::figure:
            if (token.figure && used.count(*token.figure)) ++coverage.checked;
            else ++coverage.placed;
            break;
        case TokenRole::non_statistical: ++coverage.non_statistical; break;
        case TokenRole::unclassified: ++coverage.unclassified; break;
        }
    }
    return coverage;
}

}  // namespace

CheckReport run_checks(const Document& doc, const RuleSet& rules) {
    CheckOptions options;
    options.figure_lookup = stable_name_lookup(doc);
    return run_checks(doc, rules, options);
}

CheckReport run_checks(const Document& doc, const RuleSet& rules, const CheckOptions& options) {
    CheckReport report;
    std::vector<RuleState> states;
    for (const RuleSpec& rule : rules.rules) {
        const RuleKind* kind = find_rule_kind(rule.kind);
        if (!kind) continue;  // the rule loader rejects unknown kinds; nothing to run
        RuleState state{&rule, kind, {}, {}};
        if (kind->collect) {
            RuleRun run{doc, rule, state.relations, state.findings, &options.figure_lookup};
            kind->collect(run);
        }
        for (const Relation& relation : state.relations)
            report.checks.push_back({rule.id, rule.kind, relation, evaluate(doc, relation), {}});
        states.push_back(std::move(state));
    }

    for (RuleState& state : states) {
        if (!state.kind->conclude) continue;
        RuleRun run{doc, *state.rule, state.relations, state.findings, &options.figure_lookup};
        state.kind->conclude(run, report.checks, state.findings);
    }

    for (const RuleState& state : states)
        report.findings.insert(report.findings.end(), state.findings.begin(), state.findings.end());
    for (const CheckResult& check : report.checks) {
        if (check.evaluation.outcome != Outcome::failed) continue;
        const auto rule = std::find_if(states.begin(), states.end(),
                                       [&](const RuleState& s) { return s.rule->id == check.rule_id; });
        report.findings.push_back(finding_for_failed_check(doc, *rule->rule, check));
    }
    std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
        return std::tie(a.span.begin, a.rule_id) < std::tie(b.span.begin, b.rule_id);
    });

    report.coverage = count_coverage(doc, report.checks);
    return report;
}

}  // namespace cijfer
