#include "checker/kinds/kinds.hpp"

#include "checker/kind_docs.hpp"
#include "checker/kinds/inferred-relation/inference.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

void collect(RuleRun& run) {
    for (const Table& table : run.doc.tables) {
        for (Relation& relation : infer_column_relations(run.doc, table)) run.relations.push_back(std::move(relation));
        for (Relation& relation : infer_subtotal_rows(run.doc, table)) run.relations.push_back(std::move(relation));
    }
}

}  // namespace

RuleKind inferred_relation_kind() {
    RuleKind kind;
    kind.id = "inferred-relation";
    kind.summary = "A column or row that the numbers show to be a sum or difference of others, where it fails.";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
