// The audit report as one self-contained HTML file, built as a DOM with pugixml and
// serialised by it: every text of the document and the rule files is escaped by the
// library, never by hand.
#include <ostream>
#include <sstream>

#include <fmt/format.h>
#include <pugixml.hpp>

#include "checker/describe.hpp"
#include "report/audit_chart.hpp"
#include "report/audit_report.hpp"
#include "report/audit_style.hpp"
#include "report/audit_text.hpp"
#include "report/catalogue.hpp"
#include "report/check_figures.hpp"
#include "report/sha256.hpp"

namespace cijfer {
namespace {

using Node = pugi::xml_node;

Node el(Node parent, const char* name, const char* cls = nullptr) {
    Node node = parent.append_child(name);
    if (cls) node.append_attribute("class") = cls;
    return node;
}

Node el(Node parent, const char* name, const std::string& text, const char* cls = nullptr) {
    Node node = el(parent, name, cls);
    node.text().set(text.c_str());
    return node;
}

void add_text(Node parent, const std::string& text) { parent.append_child(pugi::node_pcdata).set_value(text.c_str()); }

Node link(Node parent, const std::string& anchor, const std::string& text) {
    Node a = el(parent, "a", text);
    a.append_attribute("href") = ("#" + anchor).c_str();
    return a;
}

void set_id(Node node, const std::string& id) { node.append_attribute("id") = id.c_str(); }

Node section(Node parent, const std::string& id, const char* heading, const std::string& title) {
    Node s = el(parent, "section");
    set_id(s, id);
    el(s, heading, title);
    return s;
}

Node header_row(Node table, std::initializer_list<std::string> labels) {
    Node tr = el(el(table, "thead"), "tr");
    for (const auto& label : labels) el(tr, "th", label).append_attribute("scope") = "col";
    return tr;
}

// HTML, unlike XML, reads <td/> as an opening tag: give every empty element that is not
// void an empty text, so that it is written <td></td>. SVG content may stay self-closing.
struct OpenEmptyElements : pugi::xml_tree_walker {
    bool for_each(pugi::xml_node& node) override {
        static const char* const self_closing[] = {"meta", "rect", "line", "circle"};
        if (node.type() != pugi::node_element || node.first_child()) return true;
        for (const char* name : self_closing)
            if (std::string_view(node.name()) == name) return true;
        node.append_child(pugi::node_pcdata);
        return true;
    }
};

std::string severity_word(Severity s, Lang lang) { return word(std::string("severity.") + to_string(s), lang); }

void provenance_section(Node main, const ReportContext& ctx, const Provenance& provenance) {
    const Lang lang = ctx.lang;
    Node s = section(main, "provenance", "h2", word("audit.provenance", lang));
    Node facts = el(el(s, "table", "facts"), "tbody");
    const auto fact = [&](const char* key, const std::string& value) {
        Node tr = el(facts, "tr");
        el(tr, "th", word(key, lang)).append_attribute("scope") = "row";
        el(tr, "td", value);
    };
    fact("audit.tool", "cijfercheck " + ctx.tool_version);
    fact("audit.date", utc_time(provenance.epoch));
    fact("audit.language", word("audit.language.value", lang));

    Node docs = el(s, "table");
    el(docs, "caption", word("audit.documents", lang));
    header_row(docs, {word("audit.file", lang), word("audit.bytes", lang), word("audit.sha256", lang)});
    Node body = el(docs, "tbody");
    for (const auto& input : ctx.inputs) {
        Node tr = el(body, "tr");
        el(tr, "th", input.source->name()).append_attribute("scope") = "row";
        el(tr, "td", std::to_string(input.source->bytes().size()), "num");
        el(tr, "td", sha256_hex(input.source->bytes()), "hash");
    }

    Node rules = el(s, "table");
    el(rules, "caption", word("audit.rule-files", lang));
    header_row(rules, {word("audit.file", lang), word("audit.sha256", lang)});
    body = el(rules, "tbody");
    for (const auto& file : provenance.rule_files) {
        Node tr = el(body, "tr");
        el(tr, "th", file.name).append_attribute("scope") = "row";
        el(tr, "td", file.sha256, "hash");
    }

    Node waivers = section(s, "waivers", "h3", word("audit.waivers", lang));
    if (const auto& file = provenance.waiver_file)
        el(waivers, "p", render(Message{"audit.waiver-file", {}}.text("file", file->name).text("hash", file->sha256), lang));
    if (provenance.waivers.empty()) el(waivers, "p", word("audit.none", lang));
    else {
        Node list = el(waivers, "ul");
        for (const auto& waiver : provenance.waivers) el(list, "li", waiver);
    }
}

void rules_section(Node main, const ReportContext& ctx) {
    const Lang lang = ctx.lang;
    if (!ctx.rules) return;
    Node s = section(main, "rules", "h2", word("audit.rules", lang));
    Node table = el(s, "table", "checks");
    header_row(table, {word("audit.rule", lang), word("audit.kind", lang), word("audit.severity", lang),
                       word("audit.what", lang), word("audit.checks-count", lang), word("audit.findings", lang)});
    Node body = el(table, "tbody");
    for (const RuleSpec& rule : ctx.rules->rules) {
        int checks = 0, findings = 0;
        for (const auto& input : ctx.inputs) {
            for (const auto& check : input.report->checks) checks += check.rule_id == rule.id;
            for (const auto& finding : input.report->findings) findings += finding.rule_id == rule.id;
        }
        Node tr = el(body, "tr");
        el(el(tr, "th"), "code", rule.id, "rule").parent().append_attribute("scope") = "row";
        el(tr, "td", rule.kind);
        el(tr, "td", severity_word(rule.severity, lang));
        Node what = el(tr, "td", kind_text(rule.kind, lang));
        if (!rule.description.empty()) el(what, "span", rule.description, "note");
        el(tr, "td", std::to_string(checks), "num");
        el(tr, "td", std::to_string(findings), "num");
    }
}

void summary_section(Node main, const std::vector<AuditInput>& views, const ReportContext& ctx,
                     const Provenance& provenance) {
    Node s = section(main, "summary", "h2", word("audit.summary", ctx.lang));
    Node body = el(el(s, "table", "facts"), "tbody");
    for (const auto& row : summary_rows(views, ctx.rules, provenance, ctx.lang)) {
        Node tr = el(body, "tr");
        el(tr, "th", row.label).append_attribute("scope") = "row";
        el(tr, "td", row.value, "num");
    }
}

void findings_section(Node parent, const AuditInput& view, Lang lang) {
    const auto& findings = view.input->report->findings;
    Node s = section(parent, view.id + "-findings", "h3", word("audit.findings", lang));
    if (findings.empty()) {
        el(s, "p", word("audit.no-findings", lang));
        return;
    }
    Node table = el(s, "table", "findings");
    header_row(table, {"#", word("audit.severity", lang), word("audit.where", lang), word("audit.message", lang),
                       word("audit.shown-at", lang)});
    Node body = el(table, "tbody");
    for (std::size_t f = 0; f < findings.size(); ++f) {
        const Finding& finding = findings[f];
        Node tr = el(body, "tr", fmt::format("finding {}", to_string(finding.severity)).c_str());
        set_id(tr, finding_anchor(view, f));
        el(tr, "th", std::to_string(f + 1)).append_attribute("scope") = "row";
        el(el(tr, "td"), "span", severity_word(finding.severity, lang), (std::string("sev ") + to_string(finding.severity)).c_str());
        el(tr, "td", location_text(view, finding.span, lang));
        Node message = el(tr, "td");
        el(message, "p", render(finding.message, lang));
        if (!finding.expected.empty() && !finding.found.empty())
            el(message, "p", render(Message{"report.expected-found", {}}
                                        .text("expected", finding.expected)
                                        .text("found", finding.found),
                                    lang));
        for (const auto& related : finding.related)
            el(message, "p", render(Message{"report.related", {}}
                                        .text("location", location_text(view, related.span, lang))
                                        .text("role", related.role),
                                    lang), "note");
        if (const auto waived = waived_text(finding, lang)) el(message, "p", *waived, "note");
        el(message, "code", "[" + finding.rule_id + "]", "rule");
        Node at = el(tr, "td");
        if (const auto& target = view.finding_target[f]; !target.anchor.empty())
            link(at, target.anchor, render(target.label, lang));
    }
}

int depth_of(const Table& table, std::size_t row) {
    int depth = 0;
    for (auto parent = table.rows[row].parent; parent && depth < 4; parent = table.rows[*parent].parent) ++depth;
    return depth;
}

void cell_contents(Node td, const AuditInput& view, FigureId id, Lang lang) {
    const Document& doc = *view.input->doc;
    el(td, "span", std::string(view.input->source->text(doc.figures[id].span)), "v");
    bool failed = false, rounding = false;
    for (std::size_t k : view.anchored[id]) {
        const Verdict verdict = verdict_of(view.input->report->checks[k]);
        failed |= verdict == Verdict::failed;
        rounding |= verdict == Verdict::within_rounding;
        const std::string cls = "note " + std::string(verdict_class(verdict));
        Node note = el(td, "span", cls.c_str());
        add_text(note, std::string(verdict_symbol(verdict)) + " " + cell_note(view, k, lang) + " ");
        el(note, "small", "[" + view.input->report->checks[k].rule_id + "]");
    }
    for (std::size_t f : view.failing[id]) {
        bool anchor_of_it = false;
        for (std::size_t k : view.anchored[id]) anchor_of_it |= view.check_finding[k] == f;
        if (anchor_of_it) continue;
        Node note = el(td, "span", "note failed");
        add_text(note, "\u2022 ");
        link(note, finding_anchor(view, f), render(Message{"audit.involved", {}}.number("finding", static_cast<double>(f + 1)), lang));
    }
    if (failed) td.attribute("class").set_value("num failed");
    else if (!view.failing[id].empty()) td.attribute("class").set_value("num involved");
    else if (rounding) td.attribute("class").set_value("num rounding");
}

void table_section(Node parent, const AuditInput& view, std::size_t t, Lang lang) {
    const Document& doc = *view.input->doc;
    const Table& table = doc.tables[t];
    Node s = section(parent, table_anchor(view, t), "h4", table_heading(view, t, lang));

    const auto charts = table_charts(view, t, lang);
    for (std::size_t i = 0; i < charts.size(); ++i) {
        Node figure = el(s, "figure", "chart");
        append_svg(figure, charts[i], fmt::format("{}-chart{}", table_anchor(view, t), i + 1), lang);
        Node caption = el(figure, "figcaption");
        el(caption, "strong", charts[i].title);
        Node list = el(caption, "ul");
        for (const auto& series : charts[i].series) el(list, "li", series.alt);
    }

    bool coded = false, row_notes = false;
    int checks = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        coded |= !table.rows[r].code.empty();
        row_notes |= !row_findings(view, t, r).empty();
        for (const auto& cell : table.rows[r].cells)
            if (cell) checks += static_cast<int>(view.anchored[*cell].size());
    }
    Node html_table = el(s, "table", "source");
    const Location from = view.input->source->locate(table.span.begin);
    const Location to = view.input->source->locate(table.span.end > table.span.begin ? table.span.end - 1 : table.span.end);
    el(html_table, "caption", render(Message{"audit.table.caption", {}}
                                         .text("name", table_reference(doc, table))
                                         .number("from", from.line)
                                         .number("to", to.line)
                                         .number("checks", checks),
                                     lang));
    Node head = el(el(html_table, "thead"), "tr");
    const auto col = [&](const std::string& label) { el(head, "th", label).append_attribute("scope") = "col"; };
    if (coded) col(word("audit.table.code", lang));
    col(table.header.empty() ? word("audit.table.row", lang) : table.header);
    for (const Column& column : table.columns) col(column.label);
    if (row_notes) col(word("audit.table.row-findings", lang));

    Node body = el(html_table, "tbody");
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const Row& row = table.rows[r];
        Node tr = el(body, "tr", row.is_total ? "total" : row.heading ? "heading" : nullptr);
        set_id(tr, row_anchor(view, t, r));
        if (coded) el(tr, "td", code_as_written(row));
        Node label = el(tr, "th", row.label, fmt::format("depth{}", depth_of(table, r)).c_str());
        label.append_attribute("scope") = "row";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            Node td = el(tr, "td", "num");
            if (c >= row.cells.size() || !row.cells[c] || *row.cells[c] >= doc.figures.size()) continue;
            set_id(td, cell_anchor(view, {t, r, c}));
            cell_contents(td, view, *row.cells[c], lang);
        }
        if (!row_notes) continue;
        Node notes = el(tr, "td", "row-findings");
        for (std::size_t f : row_findings(view, t, r)) {
            const Finding& finding = view.input->report->findings[f];
            Node p = el(notes, "p");
            link(p, finding_anchor(view, f), render(Message{"audit.finding", {}}.number("n", static_cast<double>(f + 1)), lang));
            add_text(p, " (" + severity_word(finding.severity, lang) + "): " + render(finding.message, lang));
        }
    }

    // Checks of this table whose result is a constant (a percentage column without a total
    // row adds up to 100): listed under it, since no cell states their result.
    Node other;
    const auto& all = view.input->report->checks;
    for (std::size_t k = 0; k < all.size(); ++k) {
        if (all[k].relation.anchor || all[k].relation.parts.empty()) continue;
        const FigureId first = all[k].relation.parts.front().figure;
        if (first >= view.cell_of.size() || !view.cell_of[first] || view.cell_of[first]->table != t) continue;
        if (!other) {
            el(s, "p", word("audit.table.other-checks", lang));
            other = el(s, "ul", "recomputed");
        }
        const Verdict verdict = verdict_of(all[k]);
        Node li = el(other, "li", std::string(verdict_class(verdict)).c_str());
        add_text(li, std::string(verdict_symbol(verdict)) + " " + all[k].relation.context + ": " + check_text(view, k, lang) + " ");
        link(li, check_anchor(view, k), "#" + std::to_string(k + 1));
    }
}

// The sentence on one line with its checked figures marked.
void sentence_text(Node p, const AuditInput& view, const CheckedSentence& sentence) {
    const Document& doc = *view.input->doc;
    const SourceText& source = *view.input->source;
    std::string pending;
    const auto flow = [&](std::string_view text) {
        for (char c : text) {
            const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
            if (!space) pending += c;
            else if (pending.empty() || pending.back() != ' ') pending += ' ';
        }
    };
    std::uint32_t at = sentence.span.begin;
    for (FigureId id : sentence.figures) {
        const Span span = doc.figures[id].number.span;
        if (span.begin < at || span.end > sentence.span.end) continue;
        flow(source.text({at, span.begin}));
        add_text(p, pending);
        pending.clear();
        el(p, "mark", std::string(source.text(span)), view.failing[id].empty() ? nullptr : "failed");
        at = span.end;
    }
    flow(source.text({at, sentence.span.end}));
    add_text(p, pending);
}

void statements_section(Node parent, const AuditInput& view, Lang lang) {
    Node s = section(parent, view.id + "-statements", "h3", word("audit.statements", lang));
    if (view.sentences.empty()) el(s, "p", word("audit.no-statements", lang));
    for (const CheckedSentence& sentence : view.sentences) {
        Node div = el(s, "div", "statement");
        set_id(div, sentence.id);
        el(div, "p", render(Message{"audit.statement.line", {}}.number("line", view.input->source->locate(sentence.span.begin).line), lang), "note");
        sentence_text(el(el(div, "blockquote"), "p"), view, sentence);
        Node list = el(div, "ul", "recomputed");
        for (std::size_t k : sentence.checks) {
            const Verdict verdict = verdict_of(view.input->report->checks[k]);
            Node li = el(list, "li", std::string(verdict_class(verdict)).c_str());
            add_text(li, std::string(verdict_symbol(verdict)) + " " + check_text(view, k, lang) + " ");
            link(li, check_anchor(view, k), "#" + std::to_string(k + 1));
        }
    }
}

void checks_section(Node parent, const AuditInput& view, Lang lang) {
    const Document& doc = *view.input->doc;
    const auto& checks = view.input->report->checks;
    Node s = section(parent, view.id + "-checks", "h3", word("audit.checks", lang));
    Node table = el(s, "table", "checks");
    header_row(table, {"#", word("audit.rule", lang), word("audit.check.what", lang), word("audit.check.stated", lang),
                       word("audit.check.recomputed", lang), word("audit.check.range", lang),
                       word("audit.check.result", lang)});
    Node body = el(table, "tbody");
    for (std::size_t k = 0; k < checks.size(); ++k) {
        const CheckResult& check = checks[k];
        const Verdict verdict = verdict_of(check);
        Node tr = el(body, "tr");
        set_id(tr, check_anchor(view, k));
        el(tr, "th", std::to_string(k + 1)).append_attribute("scope") = "row";
        el(el(tr, "td"), "code", check.rule_id, "rule");
        Node what = el(tr, "td");
        const auto shown = shown_figure(doc, check.relation);
        if (shown && !view.figure_anchor[*shown].empty()) link(what, view.figure_anchor[*shown], check.relation.context);
        else add_text(what, check.relation.context);
        el(tr, "td", stated_text(doc, check), "num");
        el(tr, "td", recomputed_text(doc, check), "num");
        el(tr, "td", interval_text(doc, check, lang));
        Node result = el(tr, "td", ("note " + std::string(verdict_class(verdict))).c_str());
        add_text(result, std::string(verdict_symbol(verdict)) + " " + verdict_text(view, k, lang));
        if (const auto f = view.check_finding[k]) {
            add_text(result, " ");
            link(result, finding_anchor(view, *f), render(Message{"audit.finding", {}}.number("n", static_cast<double>(*f + 1)), lang));
        }
    }
}

void contents(Node body, const std::vector<AuditInput>& views, const ReportContext& ctx) {
    const Lang lang = ctx.lang;
    Node nav = el(body, "nav");
    nav.append_attribute("aria-label") = word("audit.contents", lang).c_str();
    el(nav, "h2", word("audit.contents", lang));
    Node list = el(nav, "ol");
    link(el(list, "li"), "provenance", word("audit.provenance", lang));
    link(el(list, "li"), "summary", word("audit.summary", lang));
    link(el(list, "li"), "rules", word("audit.rules", lang));
    for (const AuditInput& view : views) {
        Node li = el(list, "li");
        link(li, view.id, render(Message{"audit.document", {}}.text("file", view.input->source->name()), lang));
        Node sub = el(li, "ol");
        link(el(sub, "li"), view.id + "-findings", word("audit.findings", lang));
        link(el(sub, "li"), view.id + "-tables", word("audit.tables", lang));
        link(el(sub, "li"), view.id + "-statements", word("audit.statements", lang));
        link(el(sub, "li"), view.id + "-checks", word("audit.checks", lang));
    }
}

}  // namespace

void write_audit_html(std::ostream& out, const ReportContext& ctx, const Provenance& provenance) {
    const Lang lang = ctx.lang;
    std::vector<AuditInput> views;
    for (std::size_t i = 0; i < ctx.inputs.size(); ++i) views.push_back(audit_input(ctx.inputs[i], i));

    pugi::xml_document dom;
    dom.append_child(pugi::node_doctype).set_value("html");
    Node html = el(dom, "html");
    html.append_attribute("lang") = lang == Lang::nl ? "nl" : "en";
    Node head = el(html, "head");
    el(head, "meta").append_attribute("charset") = "utf-8";
    Node viewport = el(head, "meta");
    viewport.append_attribute("name") = "viewport";
    viewport.append_attribute("content") = "width=device-width, initial-scale=1";
    std::string title = word("audit.title", lang);
    if (ctx.inputs.size() == 1) title += " \u2014 " + ctx.inputs.front().source->name();
    el(head, "title", title);
    el(head, "style", std::string(audit_stylesheet()));

    Node body = el(html, "body");
    Node header = el(body, "header");
    el(header, "h1", title);
    el(header, "p", word("audit.intro", lang), "intro");
    el(header, "p", word("audit.legend", lang), "legend");
    contents(body, views, ctx);

    Node main = el(body, "main");
    provenance_section(main, ctx, provenance);
    summary_section(main, views, ctx, provenance);
    rules_section(main, ctx);
    for (const AuditInput& view : views) {
        Node doc_section = section(main, view.id, "h2",
                                   render(Message{"audit.document", {}}.text("file", view.input->source->name()), lang));
        findings_section(doc_section, view, lang);
        Node tables = section(doc_section, view.id + "-tables", "h3", word("audit.tables", lang));
        if (view.input->doc->tables.empty()) el(tables, "p", word("audit.no-tables", lang));
        for (std::size_t t = 0; t < view.input->doc->tables.size(); ++t) table_section(tables, view, t, lang);
        statements_section(doc_section, view, lang);
        checks_section(doc_section, view, lang);
    }
    el(el(body, "footer"), "p", render(Message{"audit.footer", {}}.text("version", ctx.tool_version), lang));

    OpenEmptyElements open;
    dom.traverse(open);
    dom.save(out, " ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
}

}  // namespace cijfer
