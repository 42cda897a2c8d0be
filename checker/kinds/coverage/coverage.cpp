#include "checker/kinds/kinds.hpp"

#include <algorithm>

#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

bool inside(Span outer, Span inner) { return outer.begin <= inner.begin && inner.end <= outer.end; }

/// Every number the grammar could not place, with the grammar's reason when it gave one
/// ("its row has 2 values for 5 columns"); and the grammar's other notes.
void collect(RuleRun& run) {
    std::vector<bool> told(run.doc.notes.size(), false);
    for (const NumericToken& token : run.doc.tokens) {
        if (token.role != TokenRole::unclassified) continue;
        const std::string text(run.doc.source->text(token.span));
        Message message{"token.unclassified", {}};
        for (std::size_t n = 0; n < run.doc.notes.size(); ++n)
            if (inside(run.doc.notes[n].span, token.span)) {
                message = run.doc.notes[n].message;
                message.key = "token.unplaced." + message.key;
                told[n] = true;
                break;
            }
        // A glued-values note names its literal already.
        const bool named = std::any_of(message.args.begin(), message.args.end(), [](const MessageArg& a) { return a.name == "text"; });
        if (!named) message.text("text", text);
        run.findings.push_back(make_finding(run, token.span, message));
    }
    for (std::size_t n = 0; n < run.doc.notes.size(); ++n)
        if (!told[n]) run.findings.push_back(make_finding(run, run.doc.notes[n].span, run.doc.notes[n].message));
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
