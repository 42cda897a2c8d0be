#include "dataset/dataset_writer.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "dataset/dataset_vocabulary.hpp"
#include "model/figure_names.hpp"

namespace cijfer {
namespace {

using namespace dataset;

/// Writes one document; keeps the names and the source at hand.
class DatasetWriter {
public:
    explicit DatasetWriter(const Document& doc)
        : doc_(doc), source_(*doc.source), names_(figure_names(doc)),
          paged_(source_.bytes().find('\f') != std::string_view::npos) {}

    std::string write() {
        out_ << YAML::BeginMap;
        out_ << YAML::Key << "schema" << YAML::Value << std::string(schema_name);
        out_ << YAML::Key << "version" << YAML::Value << schema_version;
        out_ << YAML::Key << "source" << YAML::Value << YAML::DoubleQuoted << source_.name();
        sections();
        tables();
        statements();
        unplaced();
        out_ << YAML::EndMap;
        return std::string("# cijfercheck dataset (docs/datasets.md), written by `cijfercheck extract --format dataset`.\n") +
               out_.c_str() + "\n";
    }

private:
    void text(const char* key, std::string_view value) {
        out_ << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << std::string(value);
    }
    void number(const char* key, double value) {
        // The shortest text that reads back as the same double.
        out_ << YAML::Key << key << YAML::Value << fmt::format("{}", value);
    }
    void at(Span span) {
        const auto where = source_.locate(span.begin);
        out_ << YAML::Key << "at" << YAML::Value << YAML::DoubleQuoted << fmt::format("{}:{}", where.line, where.column);
        if (paged_) {
            const auto before = source_.bytes().substr(0, span.begin);
            out_ << YAML::Key << "page" << YAML::Value << 1 + std::count(before.begin(), before.end(), '\f');
        }
    }

    void sections() {
        out_ << YAML::Key << "sections" << YAML::Value << YAML::BeginSeq;
        for (const Section& s : doc_.sections) {
            out_ << YAML::BeginMap;
            text("title", s.title);
            if (s.is_answer) out_ << YAML::Key << "answer" << YAML::Value << true;
            if (!s.questions.empty())
                out_ << YAML::Key << "questions" << YAML::Value << YAML::Flow << s.questions;
            if (!s.span.empty()) at(s.span);
            out_ << YAML::EndMap;
        }
        out_ << YAML::EndSeq;
    }

    /// The figure's fields, without its name (a statement names its figure itself).
    void figure_fields(FigureId id) {
        const Figure& f = doc_.figures.at(id);
        const std::string written(source_.text(f.number.span));
        text("written", written);
        if (!f.span.empty() && f.span != f.number.span) {
            const auto with_unit = spaced(source_.text(f.span));
            if (with_unit != written) text("with_unit", with_unit);
        }
        if (f.has_value()) number("value", f.value());
        else out_ << YAML::Key << "value" << YAML::Value << YAML::Null;
        out_ << YAML::Key << "unit" << YAML::Value << std::string(unit_word(f.unit));
        if (f.scale != 1) number("scale", f.scale);
        if (f.qualifier != Qualifier::none)
            out_ << YAML::Key << "qualifier" << YAML::Value << std::string(qualifier_word(f.qualifier));
        number("precision", f.rounding_unit);
        if (!f.precision_reason.empty()) text("reason", f.precision_reason);
        if (f.number.parenthesized && f.number.negative && f.number.sign_length == 0)
            out_ << YAML::Key << "parenthesized" << YAML::Value << true;
        at(f.number.span);
    }

    /// "40\nprocent" -> "40 procent": a dataset keeps a figure on one line.
    static std::string spaced(std::string_view text) {
        std::string out;
        for (char c : text) {
            const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
            if (!space) out += c;
            else if (!out.empty() && out.back() != ' ') out += ' ';
        }
        return out;
    }

    void cell(FigureId id) {
        // One line per cell: a column added by hand is one line per row.
        out_ << YAML::Flow << YAML::BeginMap;
        text("name", names_.at(id));
        figure_fields(id);
        out_ << YAML::EndMap;
    }

    static bool labels_unique(const Table& table) {
        std::set<std::string> seen;
        for (const Column& c : table.columns)
            if (c.label.empty() || !seen.insert(c.label).second) return false;
        return true;
    }

    /// The parent as its code or label when that finds it back (the nearest earlier row
    /// with it), else as its row index.
    static void parent(YAML::Emitter& out, const Table& table, std::size_t row) {
        const std::size_t p = *table.rows[row].parent;
        const Row& target = table.rows[p];
        const std::string key = target.code.empty() ? target.label : target.code;
        std::optional<std::size_t> found;
        for (std::size_t r = row; r-- > 0;) {
            const Row& candidate = table.rows[r];
            if ((!candidate.code.empty() && candidate.code == key) || (candidate.code.empty() && candidate.label == key)) {
                found = r;
                break;
            }
        }
        out << YAML::Key << "parent" << YAML::Value;
        if (found == p && !key.empty()) out << YAML::DoubleQuoted << key;
        else out << p;
    }

    void tables() {
        out_ << YAML::Key << "tables" << YAML::Value << YAML::BeginSeq;
        for (const Table& t : doc_.tables) {
            out_ << YAML::BeginMap;
            text("title", t.title);
            if (!t.header.empty()) text("header", t.header);
            out_ << YAML::Key << "section" << YAML::Value << t.section;
            out_ << YAML::Key << "position" << YAML::Value << t.position;
            if (t.scale != 1) number("scale", t.scale);
            if (t.money) out_ << YAML::Key << "money" << YAML::Value << true;
            if (t.layout != "columns") text("layout", t.layout);
            if (t.cut_off) out_ << YAML::Key << "cut_off" << YAML::Value << true;
            at(t.title.empty() ? t.span : t.title_span);
            columns(t);
            rows(t);
            out_ << YAML::EndMap;
        }
        out_ << YAML::EndSeq;
    }

    void columns(const Table& t) {
        out_ << YAML::Key << "columns" << YAML::Value << YAML::BeginSeq;
        for (const Column& c : t.columns) {
            out_ << YAML::BeginMap;
            text("label", c.label);
            out_ << YAML::Key << "unit" << YAML::Value << std::string(unit_word(c.unit));
            if (c.provisional) out_ << YAML::Key << "provisional" << YAML::Value << true;
            if (!c.formula.empty()) {
                out_ << YAML::Key << "formula" << YAML::Value << YAML::Flow << YAML::BeginSeq;
                for (const auto& [column, sign] : c.formula)
                    out_ << YAML::Flow << YAML::BeginSeq << column << sign << YAML::EndSeq;
                out_ << YAML::EndSeq;
            }
            out_ << YAML::EndMap;
        }
        out_ << YAML::EndSeq;
    }

    void rows(const Table& t) {
        const bool by_label = labels_unique(t);
        out_ << YAML::Key << "rows" << YAML::Value << YAML::BeginSeq;
        for (std::size_t r = 0; r < t.rows.size(); ++r) {
            const Row& row = t.rows[r];
            out_ << YAML::BeginMap;
            if (!row.code.empty()) text("code", row.code);
            text("label", row.label);
            if (row.parent && *row.parent < t.rows.size()) parent(out_, t, r);
            if (row.is_total != named_as_total(row.label)) out_ << YAML::Key << "total" << YAML::Value << row.is_total;
            if (row.heading) out_ << YAML::Key << "heading" << YAML::Value << true;
            if (row.children != Row::Children::sum)
                out_ << YAML::Key << "children" << YAML::Value << std::string(children_word(row.children));
            if (!row.label_code.empty()) text("label_code", row.label_code);
            if (row.indent != 0) out_ << YAML::Key << "indent" << YAML::Value << row.indent;
            at(row.span);
            if (std::any_of(row.cells.begin(), row.cells.end(), [](const auto& c) { return c.has_value(); })) {
                out_ << YAML::Key << "cells" << YAML::Value;
                if (by_label) {
                    out_ << YAML::BeginMap;
                    for (std::size_t c = 0; c < row.cells.size(); ++c)
                        if (row.cells[c]) {
                            out_ << YAML::Key << YAML::DoubleQuoted
                                 << (c < t.columns.size() ? t.columns[c].label : std::to_string(c)) << YAML::Value;
                            cell(*row.cells[c]);
                        }
                    out_ << YAML::EndMap;
                } else {
                    out_ << YAML::BeginSeq;
                    for (const auto& c : row.cells) {
                        if (c) cell(*c);
                        else out_ << YAML::Null;
                    }
                    out_ << YAML::EndSeq;
                }
            }
            out_ << YAML::EndMap;
        }
        out_ << YAML::EndSeq;
    }

    void statements() {
        out_ << YAML::Key << "statements" << YAML::Value << YAML::BeginSeq;
        for (const Statement& s : doc_.statements) {
            out_ << YAML::BeginMap;
            text("name", names_.at(s.figure));
            out_ << YAML::Key << "kind" << YAML::Value << std::string(statement_kind_word(s.kind));
            text("noun_phrase", s.noun_phrase);
            out_ << YAML::Key << "words" << YAML::Value << YAML::Flow << YAML::BeginSeq;
            for (const auto& w : s.words) out_ << YAML::DoubleQuoted << w;
            out_ << YAML::EndSeq;
            if (s.year) out_ << YAML::Key << "year" << YAML::Value << *s.year;
            out_ << YAML::Key << "section" << YAML::Value << s.section;
            if (s.part) text("part", names_.at(doc_.statements.at(*s.part).figure));
            if (s.whole) text("whole", names_.at(doc_.statements.at(*s.whole).figure));
            if (!s.whole_phrase.empty()) text("whole_phrase", s.whole_phrase);
            if (s.reference_year) out_ << YAML::Key << "reference_year" << YAML::Value << *s.reference_year;
            if (s.direction != 0) out_ << YAML::Key << "direction" << YAML::Value << s.direction;
            out_ << YAML::Key << "figure" << YAML::Value << YAML::BeginMap;
            figure_fields(s.figure);
            out_ << YAML::EndMap;
            out_ << YAML::EndMap;
        }
        out_ << YAML::EndSeq;
    }

    void token(Span span) {
        out_ << YAML::BeginMap;
        text("text", source_.text(span));
        at(span);
        out_ << YAML::EndMap;
    }

    static bool inside(Span outer, Span inner) { return outer.begin <= inner.begin && inner.end <= outer.end; }

    /// Numbers the grammar could not place, under the note that says why when there is one.
    void unplaced() {
        std::vector<std::vector<Span>> under(doc_.notes.size());
        std::vector<Span> loose;
        for (const NumericToken& t : doc_.tokens) {
            if (t.role != TokenRole::unclassified) continue;
            bool placed = false;
            for (std::size_t n = 0; n < doc_.notes.size() && !placed; ++n)
                if (inside(doc_.notes[n].span, t.span)) under[n].push_back(t.span), placed = true;
            if (!placed) loose.push_back(t.span);
        }
        out_ << YAML::Key << "notes" << YAML::Value << YAML::BeginSeq;
        for (std::size_t n = 0; n < doc_.notes.size(); ++n) {
            const GrammarNote& note = doc_.notes[n];
            out_ << YAML::BeginMap;
            text("key", note.message.key);
            out_ << YAML::Key << "args" << YAML::Value << YAML::BeginSeq;
            for (const MessageArg& a : note.message.args) {
                out_ << YAML::Flow << YAML::BeginMap;
                text("name", a.name);
                if (a.number) {
                    number("number", *a.number);
                    if (a.decimals) out_ << YAML::Key << "decimals" << YAML::Value << a.decimals;
                    if (a.show_sign) out_ << YAML::Key << "sign" << YAML::Value << true;
                } else {
                    text("text", a.text);
                }
                out_ << YAML::EndMap;
            }
            out_ << YAML::EndSeq;
            at(note.span);
            if (!under[n].empty()) {
                out_ << YAML::Key << "tokens" << YAML::Value << YAML::BeginSeq;
                for (Span s : under[n]) token(s);
                out_ << YAML::EndSeq;
            }
            out_ << YAML::EndMap;
        }
        out_ << YAML::EndSeq;
        out_ << YAML::Key << "unclassified" << YAML::Value << YAML::BeginSeq;
        for (Span s : loose) token(s);
        out_ << YAML::EndSeq;
    }

    const Document& doc_;
    const SourceText& source_;
    std::vector<std::string> names_;
    bool paged_;
    YAML::Emitter out_;
};

}  // namespace

std::string write_dataset_yaml(const Document& doc) { return DatasetWriter(doc).write(); }

}  // namespace cijfer
