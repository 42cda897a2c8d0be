#include "report/audit_view.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "checker/check_finding.hpp"
#include "checker/describe.hpp"
#include "report/check_figures.hpp"

namespace cijfer {
namespace {

bool within(Span inner, Span outer) { return outer.begin <= inner.begin && inner.end <= outer.end && !outer.empty(); }

const Statement* statement_of(const Document& doc, FigureId id) {
    for (const Statement& statement : doc.statements)
        if (statement.figure == id) return &statement;
    return nullptr;
}

/// The finding a failed check produced (finding_for_failed_check: same rule, at the figure
/// that states the result), or the finding of the rule that settled it, at one of its figures.
std::optional<std::size_t> finding_of(const Document& doc, const CheckReport& report, const CheckResult& check) {
    const auto& findings = report.findings;
    if (!check.settled_by.empty()) {
        for (FigureId id : figures_of(check.relation))
            for (std::size_t f = 0; f < findings.size(); ++f)
                if (findings[f].rule_id == check.settled_by && id < doc.figures.size() &&
                    findings[f].span == doc.figures[id].number.span)
                    return f;
        return std::nullopt;
    }
    const Outcome outcome = check.evaluation.outcome;
    if (outcome != Outcome::failed && outcome != Outcome::unreadable) return std::nullopt;
    const auto shown = anchor_figure(check.relation);
    if (!shown || *shown >= doc.figures.size()) return std::nullopt;
    for (std::size_t f = 0; f < findings.size(); ++f)
        if (findings[f].rule_id == check.rule_id && findings[f].span == doc.figures[*shown].number.span) return f;
    return std::nullopt;
}

Message cell_label(const Document& doc, const CellPosition& cell) {
    const Table& table = doc.tables[cell.table];
    const Row& row = table.rows[cell.row];
    const std::string column = cell.column < table.columns.size() ? table.columns[cell.column].label : "";
    return Message{"audit.target.cell", {}}
        .number("table", static_cast<double>(cell.table + 1))
        .text("row", row_name(row))
        .text("column", column);
}

ReportTarget target_of(const AuditInput& view, Span span) {
    const Document& doc = *view.input->doc;
    for (FigureId id = 0; id < doc.figures.size(); ++id) {
        if (view.figure_anchor[id].empty()) continue;
        if (doc.figures[id].number.span == span || within(span, doc.figures[id].span)) {
            if (const auto& cell = view.cell_of[id]) return {view.figure_anchor[id], cell_label(doc, *cell)};
            return {view.figure_anchor[id],
                    Message{"audit.target.sentence", {}}.number(
                        "line", view.input->source->locate(span.begin).line)};
        }
    }
    for (std::size_t t = 0; t < doc.tables.size(); ++t) {
        const Table& table = doc.tables[t];
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            if (within(span, table.rows[r].span))
                return {row_anchor(view, t, r), Message{"audit.target.row", {}}
                                                    .number("table", static_cast<double>(t + 1))
                                                    .text("row", row_name(table.rows[r]))};
        if (within(span, table.span))
            return {table_anchor(view, t), Message{"audit.target.table", {}}.number("table", static_cast<double>(t + 1))};
    }
    for (const CheckedSentence& sentence : view.sentences)
        if (within(span, sentence.span))
            return {sentence.id, Message{"audit.target.sentence", {}}.number(
                                     "line", view.input->source->locate(sentence.span.begin).line)};
    return {};
}

void collect_cells(AuditInput& view) {
    const Document& doc = *view.input->doc;
    for (std::size_t t = 0; t < doc.tables.size(); ++t)
        for (std::size_t r = 0; r < doc.tables[t].rows.size(); ++r) {
            const auto& cells = doc.tables[t].rows[r].cells;
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (cells[c] && *cells[c] < doc.figures.size()) {
                    view.cell_of[*cells[c]] = CellPosition{t, r, c};
                    view.figure_anchor[*cells[c]] = cell_anchor(view, {t, r, c});
                }
        }
}

// Sentences in text order, each once, with the checks that use a figure of it.
void collect_sentences(AuditInput& view) {
    const Document& doc = *view.input->doc;
    const auto& checks = view.input->report->checks;
    std::map<std::uint32_t, CheckedSentence> by_start;
    for (std::size_t k = 0; k < checks.size(); ++k)
        for (FigureId id : figures_of(checks[k].relation)) {
            if (id >= doc.figures.size() || view.cell_of[id]) continue;
            const Statement* statement = statement_of(doc, id);
            if (!statement || statement->sentence.empty()) continue;
            CheckedSentence& sentence = by_start[statement->sentence.begin];
            sentence.span = statement->sentence;
            if (std::find(sentence.figures.begin(), sentence.figures.end(), id) == sentence.figures.end())
                sentence.figures.push_back(id);
            if (std::find(sentence.checks.begin(), sentence.checks.end(), k) == sentence.checks.end())
                sentence.checks.push_back(k);
        }
    for (auto& [start, sentence] : by_start) {
        sentence.id = fmt::format("{}-s{}", view.id, view.sentences.size() + 1);
        std::sort(sentence.figures.begin(), sentence.figures.end(), [&](FigureId a, FigureId b) {
            return doc.figures[a].number.span.begin < doc.figures[b].number.span.begin;
        });
        std::sort(sentence.checks.begin(), sentence.checks.end());
        for (FigureId id : sentence.figures) view.figure_anchor[id] = sentence.id;
        view.sentences.push_back(std::move(sentence));
    }
}

}  // namespace

std::string table_anchor(const AuditInput& view, std::size_t table) { return fmt::format("{}-t{}", view.id, table + 1); }

std::string row_anchor(const AuditInput& view, std::size_t table, std::size_t row) {
    return fmt::format("{}-t{}-r{}", view.id, table + 1, row + 1);
}

std::string cell_anchor(const AuditInput& view, const CellPosition& cell) {
    return fmt::format("{}-t{}-r{}-c{}", view.id, cell.table + 1, cell.row + 1, cell.column + 1);
}

std::string finding_anchor(const AuditInput& view, std::size_t finding) {
    return fmt::format("{}-f{}", view.id, finding + 1);
}

std::string check_anchor(const AuditInput& view, std::size_t check) { return fmt::format("{}-k{}", view.id, check + 1); }

int page_of(const SourceText& source, std::uint32_t offset) {
    const auto before = source.bytes().substr(0, offset);
    return 1 + static_cast<int>(std::count(before.begin(), before.end(), '\f'));
}

std::vector<std::size_t> row_findings(const AuditInput& view, std::size_t table, std::size_t row) {
    std::vector<std::size_t> found;
    const Span line = view.input->doc->tables[table].rows[row].span;
    const auto& findings = view.input->report->findings;
    for (std::size_t f = 0; f < findings.size(); ++f)
        if (within(findings[f].span, line)) found.push_back(f);
    return found;
}

AuditInput audit_input(const CheckedInput& input, std::size_t index) {
    AuditInput view;
    view.input = &input;
    view.id = fmt::format("d{}", index + 1);
    const Document& doc = *input.doc;
    const CheckReport& report = *input.report;
    view.cell_of.resize(doc.figures.size());
    view.anchored.resize(doc.figures.size());
    view.failing.resize(doc.figures.size());
    view.figure_anchor.resize(doc.figures.size());
    view.paged = input.source->bytes().find('\f') != std::string_view::npos;

    collect_cells(view);
    collect_sentences(view);

    view.check_finding.resize(report.checks.size());
    for (std::size_t k = 0; k < report.checks.size(); ++k) {
        const CheckResult& check = report.checks[k];
        if (check.relation.anchor && *check.relation.anchor < doc.figures.size())
            view.anchored[*check.relation.anchor].push_back(k);
        view.check_finding[k] = finding_of(doc, report, check);
        const bool failed = check.settled_by.empty() && (check.evaluation.outcome == Outcome::failed ||
                                                         check.evaluation.outcome == Outcome::unreadable);
        if (!failed || !view.check_finding[k]) continue;
        for (FigureId id : figures_of(check.relation))
            if (id < doc.figures.size()) {
                auto& list = view.failing[id];
                if (std::find(list.begin(), list.end(), *view.check_finding[k]) == list.end())
                    list.push_back(*view.check_finding[k]);
            }
    }
    for (const Finding& finding : report.findings) view.finding_target.push_back(target_of(view, finding.span));
    return view;
}

}  // namespace cijfer
