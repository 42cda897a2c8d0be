#include "checker/kinds/kinds.hpp"

#include <map>
#include <set>
#include <sstream>

#include "checker/describe.hpp"
#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer {
namespace {

/// The last number of a code ("5.4" -> 4); nothing when it is not a number.
std::optional<int> last_number(const std::string& code) {
    const auto dot = code.rfind('.');
    const auto tail = dot == std::string::npos ? code : code.substr(dot + 1);
    if (tail.empty() || tail.size() > 6 || tail.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    return std::stoi(tail);
}

std::string sibling_code(const std::string& prefix, int n) {
    return prefix.empty() ? std::to_string(n) : prefix + "." + std::to_string(n);
}

/// Words that carry meaning; the small words every label shares do not count.
std::set<std::string> label_words(const std::string& label) {
    static const std::set<std::string> small = {"de", "het", "een", "en", "van", "met", "tegen", "door",
                                                "in", "op", "der", "of", "voor", "bij"};
    std::set<std::string> words;
    std::istringstream in(label);
    for (std::string word; in >> word;) {
        const auto key = normalise(word);
        if (!key.empty() && !small.count(key)) words.insert(key);
    }
    return words;
}

bool share_a_word(const std::string& a, const std::string& b) {
    const auto wa = label_words(a);
    for (const auto& w : label_words(b))
        if (wa.count(w)) return true;
    return false;
}

const Row* row_with_code(const Table& table, const std::string& code) {
    for (const Row& row : table.rows)
        if (row.code == code) return &row;
    return nullptr;
}

/// Other tables that claim the same classification (the same header words).
std::vector<const Table*> same_classification(const Document& doc, const Table& table) {
    std::vector<const Table*> others;
    if (table.header.empty()) return others;
    for (const Table& other : doc.tables)
        if (&other != &table && other.header == table.header) others.push_back(&other);
    return others;
}

/// A gap whose missing code carries this row's label in a table of the same
/// classification: the row is probably misnumbered, and the finding says so.
std::optional<Finding> misnumbering(RuleRun& run, const Table& table, const Row& row, const std::string& missing) {
    for (const Table* other : same_classification(run.doc, table)) {
        const Row* there = row_with_code(*other, missing);
        if (there && !there->label_key.empty() && there->label_key == row.label_key)
            return make_finding(run, row.code_span, Message{"numbering.misnumbered", {}}
                                                        .text("code", row.code)
                                                        .text("missing", missing)
                                                        .text("label", row.label)
                                                        .text("other", table_reference(run.doc, *other)));
    }
    return std::nullopt;
}

/// Codes among siblings run 1, 2, 3 ...; returns the rows given a misnumbering finding.
std::set<const Row*> check_sequences(RuleRun& run, const Table& table) {
    std::map<std::string, int> previous;  // per parent code: the highest number so far
    std::map<std::string, std::string> previous_code;
    std::set<const Row*> misnumbered;
    for (const Row& row : table.rows) {
        const auto n = last_number(row.code);
        if (!n) continue;
        const auto prefix = parent_code(row.code);
        // Sub-codes start at 1; a table may show an excerpt of a classification, so the
        // first top-level code sets where the table starts.
        const int before = previous.count(prefix) ? previous[prefix] : (prefix.empty() ? *n - 1 : 0);
        if (*n == before) {
            run.findings.push_back(make_finding(run, row.code_span, Message{"numbering.duplicate", {}}.text("code", row.code)));
        } else if (*n < before) {
            run.findings.push_back(make_finding(
                run, row.code_span, Message{"numbering.disorder", {}}.text("code", row.code).text("previous", previous_code[prefix])));
        } else if (*n > before + 1) {
            const auto first_missing = sibling_code(prefix, before + 1);
            std::string missing = first_missing;
            for (int m = before + 2; m < *n; ++m) missing += ", " + sibling_code(prefix, m);
            auto finding = *n == before + 2 ? misnumbering(run, table, row, first_missing) : std::nullopt;
            if (finding) misnumbered.insert(&row);
            run.findings.push_back(finding ? *finding
                                           : make_finding(run, row.code_span, Message{"numbering.gap", {}}
                                                                                  .text("code", row.code)
                                                                                  .text("missing", missing)));
        }
        if (*n > before) {
            previous[prefix] = *n;
            previous_code[prefix] = row.code;
        }
    }
    return misnumbered;
}

/// Same code, labels without a common word, in an earlier table of the same classification.
void check_labels(RuleRun& run, const Table& table, const std::set<const Row*>& misnumbered) {
    for (const Table* other : same_classification(run.doc, table)) {
        if (other > &table) continue;  // each pair once, reported in the later table
        for (const Row& row : table.rows) {
            if (row.code.empty() || misnumbered.count(&row)) continue;
            const Row* there = row_with_code(*other, row.code);
            // Equal keys are the same label with PDF artefacts ("Gevaarli jk ri jgedrag").
            if (!there || row.label_key == there->label_key || share_a_word(row.label, there->label)) continue;
            auto finding = make_finding(run, row.code_span, Message{"numbering.label-differs", {}}
                                                                .text("code", row.code)
                                                                .text("label", row.label)
                                                                .text("other_label", there->label)
                                                                .text("other", table_reference(run.doc, *other)));
            finding.severity = Severity::info;  // an observation: categories may differ on purpose
            finding.related.push_back({there->code_span, table_reference(run.doc, *other)});
            run.findings.push_back(std::move(finding));
        }
    }
}

void collect(RuleRun& run) {
    for (const Table& table : run.doc.tables) {
        const auto misnumbered = check_sequences(run, table);
        check_labels(run, table, misnumbered);
    }
}

}  // namespace

RuleKind numbering_kind() {
    RuleKind kind;
    kind.id = "numbering";
    kind.summary = "Row codes run 1, 2, 3 without gaps, duplicates or disorder, and agree between tables.";
    kind.doc = kind_doc(kind.id);
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
