#include "checker/kinds/kinds.hpp"

#include <fmt/format.h>

#include "checker/kind_docs.hpp"

namespace cijfer {
namespace {

void collect(RuleRun& run) {
    const auto& statements = run.doc.statements;
    for (const Statement& share : statements) {
        if (share.kind != Statement::Kind::share || !share.part || !share.whole) continue;
        if (*share.part >= statements.size() || *share.whole >= statements.size()) continue;
        Relation relation;
        relation.form = Relation::Form::share;
        relation.anchor = share.figure;
        relation.parts = {{statements[*share.part].figure, 1}, {statements[*share.whole].figure, 1}};
        relation.context = share.year ? fmt::format("{}, {}", share.noun_phrase, *share.year) : share.noun_phrase;
        if (share.year) relation.year = std::to_string(*share.year);
        run.relations.push_back(relation);
    }
}

}  // namespace

RuleKind percent_of_total_kind() {
    RuleKind kind;
    kind.id = "percent-of-total";
    kind.summary = "A stated percentage agrees with its part divided by its total.";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
