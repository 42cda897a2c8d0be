#include "checker/kinds/kinds.hpp"

#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

void collect(RuleRun& run) {
    for (const NumericToken& token : run.doc.tokens)
        if (token.role == TokenRole::unclassified)
            run.findings.push_back(make_finding(
                run, token.span, Message{"token.unclassified", {}}.text("text", std::string(run.doc.source->text(token.span)))));
}

}  // namespace

RuleKind coverage_kind() {
    RuleKind kind;
    kind.id = "coverage";
    kind.summary = "Lists every number the tool could not classify.";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
