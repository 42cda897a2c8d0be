// The audit report as Markdown (GitHub and GitLab flavour): the HTML report's content for a
// wiki page or a merge-request comment. Anchors are <a id> tags, so that the links from
// findings to their table cell or sentence work as in the HTML file; charts are given by
// their text alternative, since such pages do not show inline SVG.
#include <ostream>

#include <fmt/format.h>

#include "checker/describe.hpp"
#include "report/audit_chart.hpp"
#include "report/audit_report.hpp"
#include "report/audit_text.hpp"
#include "report/catalogue.hpp"
#include "report/check_figures.hpp"
#include "report/sha256.hpp"

namespace cijfer {
namespace {

// Markdown has no library to write it in Debian (cmark only reads it), so this is the one
// escaping function: a backslash before every character Markdown or its tables give a
// meaning, and white space (line ends of PDF text) collapsed to one space.
std::string md(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        if (std::string_view("\\`*_[]<>|#~!$&").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

std::string anchor(const std::string& id) { return "<a id=\"" + id + "\"></a>"; }
std::string link(const std::string& id, std::string_view text) { return "[" + md(text) + "](#" + id + ")"; }
std::string code(std::string_view text) { return "`" + std::string(text) + "`"; }

void table_head(std::ostream& out, std::initializer_list<std::string> labels, std::string_view align = {}) {
    std::string head = "|", rule = "|";
    std::size_t i = 0;
    for (const auto& label : labels) {
        head += " " + md(label) + " |";
        rule += i < align.size() && align[i] == 'r' ? "--:|" : "---|";
        ++i;
    }
    out << head << '\n' << rule << '\n';
}

std::string severity_word(Severity s, Lang lang) { return word(std::string("severity.") + to_string(s), lang); }

void provenance(std::ostream& out, const ReportContext& ctx, const Provenance& provenance) {
    const Lang lang = ctx.lang;
    out << anchor("provenance") << "\n\n## " << md(word("audit.provenance", lang)) << "\n\n";
    table_head(out, {word("audit.provenance", lang), ""});
    out << "| " << md(word("audit.tool", lang)) << " | cijfercheck " << md(ctx.tool_version) << " |\n";
    out << "| " << md(word("audit.date", lang)) << " | " << utc_time(provenance.epoch) << " |\n";
    out << "| " << md(word("audit.language", lang)) << " | " << md(word("audit.language.value", lang)) << " |\n\n";
    out << "**" << md(word("audit.documents", lang)) << "**\n\n";
    table_head(out, {word("audit.file", lang), word("audit.bytes", lang), word("audit.sha256", lang)}, "lr");
    for (const auto& input : ctx.inputs)
        out << "| " << md(input.source->name()) << " | " << input.source->bytes().size() << " | "
            << code(sha256_hex(input.source->bytes())) << " |\n";
    out << "\n**" << md(word("audit.rule-files", lang)) << "**\n\n";
    table_head(out, {word("audit.file", lang), word("audit.sha256", lang)});
    for (const auto& file : provenance.rule_files) out << "| " << md(file.name) << " | " << code(file.sha256) << " |\n";
    out << '\n' << anchor("waivers") << "\n\n### " << md(word("audit.waivers", lang)) << "\n\n";
    if (const auto& file = provenance.waiver_file)
        out << md(render(Message{"audit.waiver-file", {}}.text("file", file->name).text("hash", file->sha256), lang))
            << "\n\n";
    if (provenance.waivers.empty()) out << md(word("audit.none", lang)) << "\n\n";
    for (const auto& waiver : provenance.waivers) out << "- " << md(waiver) << '\n';
}

void rules(std::ostream& out, const ReportContext& ctx) {
    const Lang lang = ctx.lang;
    if (!ctx.rules) return;
    out << anchor("rules") << "\n\n## " << md(word("audit.rules", lang)) << "\n\n";
    table_head(out, {word("audit.rule", lang), word("audit.kind", lang), word("audit.severity", lang),
                     word("audit.what", lang), word("audit.checks-count", lang), word("audit.findings", lang)}, "llllrr");
    for (const RuleSpec& rule : ctx.rules->rules) {
        int checks = 0, findings = 0;
        for (const auto& input : ctx.inputs) {
            for (const auto& check : input.report->checks) checks += check.rule_id == rule.id;
            for (const auto& finding : input.report->findings) findings += finding.rule_id == rule.id;
        }
        std::string what = md(kind_text(rule.kind, lang));
        if (!rule.description.empty()) what += "<br>" + md(rule.description);
        out << "| " << code(rule.id) << " | " << md(rule.kind) << " | " << md(severity_word(rule.severity, lang))
            << " | " << what << " | " << checks << " | " << findings << " |\n";
    }
    out << '\n';
}

void summary(std::ostream& out, const std::vector<AuditInput>& views, const ReportContext& ctx,
             const Provenance& provenance) {
    out << anchor("summary") << "\n\n## " << md(word("audit.summary", ctx.lang)) << "\n\n";
    table_head(out, {word("audit.summary", ctx.lang), ""}, "lr");
    for (const auto& row : summary_rows(views, ctx.rules, provenance, ctx.lang))
        out << "| " << md(row.label) << " | " << md(row.value) << " |\n";
    out << '\n';
}

void findings(std::ostream& out, const AuditInput& view, Lang lang) {
    const auto& list = view.input->report->findings;
    out << anchor(view.id + "-findings") << "\n\n### " << md(word("audit.findings", lang)) << "\n\n";
    if (list.empty()) out << md(word("audit.no-findings", lang)) << "\n\n";
    for (std::size_t f = 0; f < list.size(); ++f) {
        const Finding& finding = list[f];
        out << anchor(finding_anchor(view, f)) << '\n'
            << "**" << f + 1 << ". " << md(severity_word(finding.severity, lang)) << "**, "
            << md(location_text(view, finding.span, lang)) << ": " << md(render(finding.message, lang)) << ' '
            << code("[" + finding.rule_id + "]") << "  \n";
        if (!finding.expected.empty() && !finding.found.empty())
            out << md(render(Message{"report.expected-found", {}}.text("expected", finding.expected).text("found", finding.found),
                             lang))
                << "  \n";
        for (const auto& related : finding.related)
            out << md(render(Message{"report.related", {}}
                                 .text("location", location_text(view, related.span, lang))
                                 .text("role", related.role),
                             lang))
                << "  \n";
        if (const auto waived = waived_text(finding, lang)) out << md(*waived) << "  \n";
        if (const auto& target = view.finding_target[f]; !target.anchor.empty())
            out << md(word("audit.shown-at", lang)) << ": " << link(target.anchor, render(target.label, lang)) << '\n';
        out << '\n';
    }
}

std::string cell(const AuditInput& view, FigureId id, const CellPosition& at, Lang lang) {
    const Document& doc = *view.input->doc;
    std::string out = anchor(cell_anchor(view, at));
    bool marked = !view.failing[id].empty();
    for (std::size_t k : view.anchored[id]) marked |= verdict_of(view.input->report->checks[k]) == Verdict::failed;
    const std::string written = md(view.input->source->text(doc.figures[id].span));
    out += marked ? "**" + written + "**" : written;
    for (std::size_t k : view.anchored[id]) {
        const Verdict verdict = verdict_of(view.input->report->checks[k]);
        out += "<br>" + std::string(verdict_symbol(verdict)) + " " + md(cell_note(view, k, lang)) + " " +
               code("[" + view.input->report->checks[k].rule_id + "]");
    }
    for (std::size_t f : view.failing[id]) {
        bool anchor_of_it = false;
        for (std::size_t k : view.anchored[id]) anchor_of_it |= view.check_finding[k] == f;
        if (!anchor_of_it)
            out += "<br>\u2022 " + link(finding_anchor(view, f),
                                        render(Message{"audit.involved", {}}.number("finding", static_cast<double>(f + 1)), lang));
    }
    return out;
}

void table(std::ostream& out, const AuditInput& view, std::size_t t, Lang lang) {
    const Document& doc = *view.input->doc;
    const Table& tbl = doc.tables[t];
    out << anchor(table_anchor(view, t)) << "\n\n#### " << md(table_heading(view, t, lang)) << "\n\n";
    for (const auto& chart : table_charts(view, t, lang)) {
        out << "**" << md(chart.title) << "**\n\n";
        for (const auto& series : chart.series) out << "- " << md(series.alt) << '\n';
        out << '\n';
    }
    bool coded = false, row_notes = false;
    int checks = 0;
    for (std::size_t r = 0; r < tbl.rows.size(); ++r) {
        coded |= !tbl.rows[r].code.empty();
        row_notes |= !row_findings(view, t, r).empty();
        for (const auto& c : tbl.rows[r].cells)
            if (c) checks += static_cast<int>(view.anchored[*c].size());
    }
    const Location from = view.input->source->locate(tbl.span.begin);
    const Location to = view.input->source->locate(tbl.span.end > tbl.span.begin ? tbl.span.end - 1 : tbl.span.end);
    out << '*' << md(render(Message{"audit.table.caption", {}}
                                .text("name", table_reference(doc, tbl))
                                .number("from", from.line)
                                .number("to", to.line)
                                .number("checks", checks),
                            lang))
        << "*\n\n";
    std::string head = "|", rule = "|";
    const auto col = [&](const std::string& label, bool right) {
        head += " " + md(label) + " |";
        rule += right ? "--:|" : "---|";
    };
    if (coded) col(word("audit.table.code", lang), false);
    col(tbl.header.empty() ? word("audit.table.row", lang) : tbl.header, false);
    for (const Column& column : tbl.columns) col(column.label, true);
    if (row_notes) col(word("audit.table.row-findings", lang), false);
    out << head << '\n' << rule << '\n';
    for (std::size_t r = 0; r < tbl.rows.size(); ++r) {
        const Row& row = tbl.rows[r];
        out << '|';
        if (coded) out << ' ' << md(code_as_written(row)) << " |";
        // Sub-rows are indented as in the source; no-break spaces survive Markdown.
        std::string indent;
        for (auto p = row.parent; p && indent.size() < 32; p = tbl.rows[*p].parent) indent += "\u00a0\u00a0";
        std::string label = md(row.label);
        if (row.is_total) label = "**" + label + "**";
        if (row.heading) label = "*" + label + "*";
        out << ' ' << anchor(row_anchor(view, t, r)) << indent << label << " |";
        for (std::size_t c = 0; c < tbl.columns.size(); ++c) {
            const bool has = c < row.cells.size() && row.cells[c] && *row.cells[c] < doc.figures.size();
            out << ' ' << (has ? cell(view, *row.cells[c], {t, r, c}, lang) : std::string()) << " |";
        }
        if (row_notes) {
            std::string notes;
            for (std::size_t f : row_findings(view, t, r)) {
                const Finding& finding = view.input->report->findings[f];
                if (!notes.empty()) notes += "<br>";
                notes += link(finding_anchor(view, f), render(Message{"audit.finding", {}}.number("n", static_cast<double>(f + 1)), lang)) +
                         " (" + md(severity_word(finding.severity, lang)) + "): " + md(render(finding.message, lang));
            }
            out << ' ' << notes << " |";
        }
        out << '\n';
    }
    out << '\n';
    const auto& all = view.input->report->checks;
    bool first = true;
    for (std::size_t k = 0; k < all.size(); ++k) {
        if (all[k].relation.anchor || all[k].relation.parts.empty()) continue;
        const FigureId part = all[k].relation.parts.front().figure;
        if (part >= view.cell_of.size() || !view.cell_of[part] || view.cell_of[part]->table != t) continue;
        if (first) out << md(word("audit.table.other-checks", lang)) << "\n\n";
        first = false;
        out << "- " << verdict_symbol(verdict_of(all[k])) << ' ' << md(all[k].relation.context + ": " + check_text(view, k, lang))
            << ' ' << link(check_anchor(view, k), "#" + std::to_string(k + 1)) << '\n';
    }
    if (!first) out << '\n';
}

void statements(std::ostream& out, const AuditInput& view, Lang lang) {
    const Document& doc = *view.input->doc;
    const SourceText& source = *view.input->source;
    out << anchor(view.id + "-statements") << "\n\n### " << md(word("audit.statements", lang)) << "\n\n";
    if (view.sentences.empty()) out << md(word("audit.no-statements", lang)) << "\n\n";
    for (const CheckedSentence& sentence : view.sentences) {
        out << anchor(sentence.id) << '\n'
            << "*" << md(render(Message{"audit.statement.line", {}}.number("line", source.locate(sentence.span.begin).line), lang))
            << "*\n\n> ";
        std::uint32_t at = sentence.span.begin;
        std::string text;
        for (FigureId id : sentence.figures) {
            const Span span = doc.figures[id].number.span;
            if (span.begin < at || span.end > sentence.span.end) continue;
            text += md(source.text({at, span.begin})) + "**" + md(source.text(span)) + "**";
            at = span.end;
        }
        text += md(source.text({at, sentence.span.end}));
        out << text << "\n\n";
        for (std::size_t k : sentence.checks)
            out << "- " << verdict_symbol(verdict_of(view.input->report->checks[k])) << ' ' << md(check_text(view, k, lang))
                << ' ' << link(check_anchor(view, k), "#" + std::to_string(k + 1)) << '\n';
        out << '\n';
    }
}

void checks(std::ostream& out, const AuditInput& view, Lang lang) {
    const Document& doc = *view.input->doc;
    const auto& list = view.input->report->checks;
    out << anchor(view.id + "-checks") << "\n\n### " << md(word("audit.checks", lang)) << "\n\n";
    table_head(out, {"#", word("audit.rule", lang), word("audit.check.what", lang), word("audit.check.stated", lang),
                     word("audit.check.recomputed", lang), word("audit.check.range", lang), word("audit.check.result", lang)},
               "rllrrll");
    for (std::size_t k = 0; k < list.size(); ++k) {
        const CheckResult& check = list[k];
        const auto shown = shown_figure(doc, check.relation);
        const std::string what = shown && !view.figure_anchor[*shown].empty()
                                     ? link(view.figure_anchor[*shown], check.relation.context)
                                     : md(check.relation.context);
        std::string result = std::string(verdict_symbol(verdict_of(check))) + " " + md(verdict_text(view, k, lang));
        if (const auto f = view.check_finding[k])
            result += " " + link(finding_anchor(view, *f), render(Message{"audit.finding", {}}.number("n", static_cast<double>(*f + 1)), lang));
        out << "| " << anchor(check_anchor(view, k)) << k + 1 << " | " << code(check.rule_id) << " | " << what << " | "
            << md(stated_text(doc, check)) << " | " << md(recomputed_text(doc, check)) << " | "
            << md(interval_text(doc, check, lang)) << " | " << result << " |\n";
    }
    out << '\n';
}

}  // namespace

void write_audit_markdown(std::ostream& out, const ReportContext& ctx, const Provenance& prov) {
    const Lang lang = ctx.lang;
    std::vector<AuditInput> views;
    for (std::size_t i = 0; i < ctx.inputs.size(); ++i) views.push_back(audit_input(ctx.inputs[i], i));
    std::string title = word("audit.title", lang);
    if (ctx.inputs.size() == 1) title += " \u2014 " + ctx.inputs.front().source->name();
    out << "# " << md(title) << "\n\n" << md(word("audit.intro", lang)) << "\n\n" << md(word("audit.legend", lang)) << "\n\n";
    provenance(out, ctx, prov);
    summary(out, views, ctx, prov);
    rules(out, ctx);
    for (const AuditInput& view : views) {
        out << anchor(view.id) << "\n\n## "
            << md(render(Message{"audit.document", {}}.text("file", view.input->source->name()), lang)) << "\n\n";
        findings(out, view, lang);
        out << anchor(view.id + "-tables") << "\n\n### " << md(word("audit.tables", lang)) << "\n\n";
        if (view.input->doc->tables.empty()) out << md(word("audit.no-tables", lang)) << "\n\n";
        for (std::size_t t = 0; t < view.input->doc->tables.size(); ++t) table(out, view, t, lang);
        statements(out, view, lang);
        checks(out, view, lang);
    }
    out << "---\n\n" << md(render(Message{"audit.footer", {}}.text("version", ctx.tool_version), lang)) << '\n';
}

}  // namespace cijfer
