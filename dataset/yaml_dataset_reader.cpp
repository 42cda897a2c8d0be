// Reads a dataset in YAML (docs/datasets.md) into the model. The walk follows the schema,
// so its depth is fixed: an alias cycle cannot make it loop.
#include <algorithm>
#include <initializer_list>
#include <map>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "checker/yaml_screen.hpp"
#include "dataset/dataset_reader.hpp"
#include "dataset/dataset_vocabulary.hpp"
#include "dataset/figure_builder.hpp"
#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

using namespace dataset;

class YamlDatasetReader {
public:
    explicit YamlDatasetReader(const SourceText& source) : src_(source) { result_.doc.source = &source; }

    DatasetResult read() {
        // yaml-cpp silently keeps one of two duplicate keys and builds cycles from aliases:
        // screen the text before it builds nodes (checker/yaml_screen.hpp).
        for (auto& p : screen_yaml(src_.bytes(), dataset_yaml_limits()))
            result_.errors.push_back({{p.line, p.column}, std::move(p.message)});
        if (!result_.errors.empty()) return std::move(result_);
        YAML::Node root;
        try {
            root = YAML::Load(std::string(src_.bytes()));
        } catch (const YAML::ParserException& e) {
            result_.errors.push_back({at_mark(e.mark), e.msg});
            return std::move(result_);
        }
        try {
            document(root);
        } catch (const YAML::Exception& e) {
            result_.errors.push_back({at_mark(e.mark), e.msg});
        }
        return std::move(result_);
    }

private:
    Location at_mark(const YAML::Mark& mark) const {
        if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) <= src_.bytes().size())
            return src_.locate(static_cast<std::uint32_t>(mark.pos));
        return {std::max(mark.line, 0) + 1, std::max(mark.column, 0) + 1};
    }
    Location at(const YAML::Node& node) const { return at_mark(node.Mark()); }
    void error(const YAML::Node& node, std::string message) { result_.errors.push_back({at(node), std::move(message)}); }

    std::uint32_t offset(const YAML::Node& node) const {
        const auto pos = node.Mark().pos;
        return pos >= 0 ? static_cast<std::uint32_t>(std::min<std::size_t>(pos, src_.bytes().size())) : 0;
    }

    /// The bytes of a scalar in the file: inside the quotes of a quoted one. A scalar whose
    /// text differs from its bytes (escapes, folded lines) has only its first byte.
    std::optional<Span> exact_span(const YAML::Node& node) const {
        std::uint32_t begin = offset(node);
        const auto bytes = src_.bytes();
        if (begin < bytes.size() && (bytes[begin] == '"' || bytes[begin] == '\'')) ++begin;
        const auto& text = node.Scalar();
        if (begin + text.size() <= bytes.size() && bytes.substr(begin, text.size()) == text)
            return Span{begin, static_cast<std::uint32_t>(begin + text.size())};
        return std::nullopt;
    }
    Span span_of(const YAML::Node& node) const {
        if (node.IsScalar())
            if (const auto exact = exact_span(node)) return *exact;
        const auto begin = offset(node);
        return {begin, std::min<std::uint32_t>(begin + 1, static_cast<std::uint32_t>(src_.bytes().size()))};
    }

    bool expect_map(const YAML::Node& node, std::string_view what) {
        if (node.IsMap()) return true;
        error(node, fmt::format("{} must be a mapping", what));
        return false;
    }
    bool expect_seq(const YAML::Node& node, std::string_view what) {
        if (node.IsSequence()) return true;
        error(node, fmt::format("{} must be a list", what));
        return false;
    }
    /// Unknown keys are errors: a misspelt `precison:` must not pass silently.
    void known_keys(const YAML::Node& map, std::string_view what, std::initializer_list<std::string_view> keys) {
        for (const auto& entry : map) {
            const auto key = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
            if (std::find(keys.begin(), keys.end(), key) != keys.end()) continue;
            std::string list;
            for (const auto k : keys) list += (list.empty() ? "" : ", ") + std::string(k);
            error(entry.first, fmt::format("unknown key '{}' in {} (expected one of: {})", key, what, list));
        }
    }

    std::optional<std::string> text(const YAML::Node& map, const char* key) {
        const auto node = map[key];
        if (!node || node.IsNull()) return std::nullopt;
        if (!node.IsScalar()) {
            error(node, fmt::format("'{}' must be a text", key));
            return std::nullopt;
        }
        return node.Scalar();
    }
    template <typename T>
    std::optional<T> scalar(const YAML::Node& map, const char* key, std::string_view kind) {
        const auto node = map[key];
        if (!node || node.IsNull()) return std::nullopt;
        T value{};
        if (!node.IsScalar() || !YAML::convert<T>::decode(node, value)) {
            error(node, fmt::format("'{}' must be {}", key, kind));
            return std::nullopt;
        }
        return value;
    }
    std::optional<int> integer(const YAML::Node& map, const char* key) { return scalar<int>(map, key, "a whole number"); }
    std::optional<double> real(const YAML::Node& map, const char* key) { return scalar<double>(map, key, "a number"); }
    bool flag(const YAML::Node& map, const char* key) { return scalar<bool>(map, key, "true or false").value_or(false); }
    /// Provenance: "line:col" in the source document, and its page. Checked, not used.
    void provenance(const YAML::Node& map) {
        if (const auto where = text(map, "at"); where && where->find(':') == std::string::npos)
            error(map["at"], "'at' must be line:column in the source document");
        integer(map, "page");
    }
    template <typename E>
    E word(const YAML::Node& map, const char* key, std::optional<E> (*parse)(std::string_view), E fallback,
           std::string_view expected) {
        const auto value = text(map, key);
        if (!value) return fallback;
        if (const auto parsed = parse(*value)) return *parsed;
        error(map[key], fmt::format("'{}' must be one of {}, not '{}'", key, expected, *value));
        return fallback;
    }

    void document(const YAML::Node& root) {
        if (!expect_map(root, "a dataset")) return;
        known_keys(root, "a dataset", {"schema", "version", "source", "description", "sections", "tables", "statements",
                                       "notes", "unclassified"});
        const auto schema = text(root, "schema");
        if (schema != std::string(schema_name)) {
            error(root["schema"] ? root["schema"] : root,
                  fmt::format("a dataset starts with 'schema: {}'", schema_name));
            return;
        }
        if (const auto version = integer(root, "version"); version != schema_version) {
            error(root["version"] ? root["version"] : root, fmt::format("unsupported dataset version (this tool reads version {})", schema_version));
            return;
        }
        sections(root["sections"]);
        if (const auto tables = root["tables"]; tables && expect_seq(tables, "'tables'"))
            for (const auto& t : tables) table(t);
        if (const auto list = root["statements"]; list && expect_seq(list, "'statements'")) statements(list);
        if (const auto list = root["notes"]; list && expect_seq(list, "'notes'"))
            for (const auto& n : list) note(n);
        if (const auto list = root["unclassified"]; list && expect_seq(list, "'unclassified'"))
            for (const auto& t : list) unclassified_token(t);
    }

    void sections(const YAML::Node& list) {
        auto& doc = result_.doc;
        if (!list || !expect_seq(list, "'sections'") || list.size() == 0) {
            doc.sections.push_back({"", {0, 0}, false, {}});
            return;
        }
        for (const auto& s : list) {
            Section section;
            if (s.IsScalar()) {
                section.title = s.Scalar();
                section.span = span_of(s);
            } else if (expect_map(s, "a section")) {
                known_keys(s, "a section", {"title", "answer", "questions", "at", "page"});
                section.title = text(s, "title").value_or("");
                if (s["title"]) section.span = span_of(s["title"]);
                section.is_answer = flag(s, "answer");
                if (const auto q = s["questions"]; q && expect_seq(q, "'questions'"))
                    for (const auto& n : q) {
                        int number = 0;
                        if (n.IsScalar() && YAML::convert<int>::decode(n, number)) section.questions.push_back(number);
                        else error(n, "a question number must be a whole number");
                    }
                provenance(s);
            }
            doc.sections.push_back(std::move(section));
        }
    }

    /// A section by its index, or by its title.
    std::size_t section_of(const YAML::Node& map) {
        const auto node = map["section"];
        if (!node || node.IsNull()) return 0;
        const auto& sections = result_.doc.sections;
        int index = 0;
        if (node.IsScalar() && YAML::convert<int>::decode(node, index)) {
            if (index >= 0 && static_cast<std::size_t>(index) < sections.size()) return static_cast<std::size_t>(index);
            error(node, fmt::format("section {} does not exist (the dataset has {} sections, counted from 0)", index, sections.size()));
            return 0;
        }
        if (node.IsScalar())
            for (std::size_t s = 0; s < sections.size(); ++s)
                if (sections[s].title == node.Scalar()) return s;
        error(node, "'section' must be the index or the title of a section");
        return 0;
    }

    /// A figure: a scalar (the figure as written) or a mapping of its fields.
    std::optional<FigureId> figure(const YAML::Node& node, Unit default_unit, double default_scale,
                                   bool named = true, const std::string& stated_name = {}) {
        FigureInput in;
        in.anchor = span_of(node);
        in.unit = default_unit;
        in.scale = default_scale;
        in.name = stated_name;
        if (node.IsScalar()) {
            in.written = figure_text_span(node);
            if (!in.written) return std::nullopt;
            return add_figure(src_, result_.doc, in, result_.errors);
        }
        if (!expect_map(node, "a figure")) return std::nullopt;
        if (named)
            known_keys(node, "a figure", {"name", "written", "with_unit", "value", "unit", "scale", "qualifier", "precision",
                                          "reason", "parenthesized", "at", "page"});
        else
            known_keys(node, "a figure", {"written", "with_unit", "value", "unit", "scale", "qualifier", "precision", "reason",
                                          "parenthesized", "at", "page"});
        if (named) in.name = text(node, "name").value_or("");
        if (const auto w = node["written"]; w && !w.IsNull()) {
            in.written = figure_text_span(w);
            if (!in.written) return std::nullopt;
        }
        // Only how messages quote the figure: with escapes it has no bytes of its own, and
        // the figure as written stands in.
        if (const auto w = node["with_unit"]; w && w.IsScalar()) in.with_unit = exact_span(w);
        in.value = real(node, "value");
        if (node["value"]) in.value_span = span_of(node["value"]);
        in.unit = word(node, "unit", parse_unit, default_unit, "count, percent, money, unknown");
        if (in.unit == Unit::percent) in.scale = 1;
        if (const auto s = real(node, "scale")) in.scale = *s;
        if (in.scale <= 0) {
            error(node["scale"] ? node["scale"] : node, "'scale' must be positive");
            return std::nullopt;
        }
        in.qualifier = word(node, "qualifier", parse_qualifier, Qualifier::none,
                            "none, approximately, more-than, less-than");
        in.precision = real(node, "precision");
        if (node["precision"]) in.precision_span = span_of(node["precision"]);
        in.reason = text(node, "reason").value_or("");
        in.parenthesized = flag(node, "parenthesized");
        provenance(node);
        return add_figure(src_, result_.doc, in, result_.errors);
    }

    /// The figure as written must be its own bytes in the file: findings quote and point at them.
    std::optional<Span> figure_text_span(const YAML::Node& node) {
        if (!node.IsScalar()) {
            error(node, "the figure as written must be a text, e.g. \"56.400\"");
            return std::nullopt;
        }
        const auto span = exact_span(node);
        if (!span || span->empty()) error(node, "write the figure as written on one line, without escapes, e.g. \"56.400\"");
        return span && !span->empty() ? span : std::nullopt;
    }

    void table(const YAML::Node& node) {
        if (!expect_map(node, "a table")) return;
        known_keys(node, "a table", {"title", "header", "section", "position", "scale", "money", "layout", "cut_off", "at",
                                     "page", "columns", "rows"});
        auto& doc = result_.doc;
        Table t;
        t.title = text(node, "title").value_or("");
        t.header = text(node, "header").value_or("");
        t.span = span_of(node);
        if (node["title"]) t.title_span = t.span = span_of(node["title"]);
        if (node["header"]) t.header_span = span_of(node["header"]);
        t.section = section_of(node);
        const auto earlier = std::count_if(doc.tables.begin(), doc.tables.end(), [&](const Table& o) { return o.section == t.section; });
        t.position = integer(node, "position").value_or(static_cast<int>(earlier) + 1);
        t.scale = real(node, "scale").value_or(1);
        if (t.scale <= 0) error(node["scale"], "'scale' must be positive"), t.scale = 1;
        t.money = flag(node, "money");
        t.layout = text(node, "layout").value_or("columns");
        t.cut_off = flag(node, "cut_off");
        provenance(node);
        if (const auto cols = node["columns"]; cols && expect_seq(cols, "'columns'"))
            for (const auto& c : cols) t.columns.push_back(column(c, t.columns.size()));
        if (const auto rows = node["rows"]; rows && expect_seq(rows, "'rows'"))
            for (const auto& r : rows) row(r, t);
        doc.tables.push_back(std::move(t));
    }

    Column column(const YAML::Node& node, std::size_t index) {
        Column c;
        c.span = span_of(node);
        if (node.IsScalar()) {
            c.label = node.Scalar();
        } else if (expect_map(node, "a column")) {
            known_keys(node, "a column", {"label", "unit", "provisional", "formula"});
            c.label = text(node, "label").value_or("");
            if (node["label"]) c.span = span_of(node["label"]);
            c.unit = word(node, "unit", parse_unit, Unit::unknown, "count, percent, money, unknown");
            c.provisional = flag(node, "provisional");
            if (const auto f = node["formula"]; f && expect_seq(f, "'formula'"))
                for (const auto& term : f) {
                    std::size_t col = 0;
                    int sign = 0;
                    if (term.IsSequence() && term.size() == 2 && YAML::convert<std::size_t>::decode(term[0], col) &&
                        YAML::convert<int>::decode(term[1], sign) && (sign == 1 || sign == -1) && col != index)
                        c.formula.emplace_back(col, sign);
                    else
                        error(term, "a formula term is [column index, 1 or -1], another column than this one");
                }
        }
        return c;
    }

    /// The nearest earlier row with this code, or without a code and with this label.
    static std::optional<std::size_t> earlier_row(const Table& t, const std::string& key) {
        for (std::size_t r = t.rows.size(); r-- > 0;) {
            const Row& row = t.rows[r];
            if ((!row.code.empty() && row.code == key) || (row.code.empty() && row.label == key)) return r;
        }
        return std::nullopt;
    }

    void row(const YAML::Node& node, Table& t) {
        if (!expect_map(node, "a row")) return;
        known_keys(node, "a row", {"code", "label", "parent", "total", "heading", "children", "label_code", "indent", "at",
                                   "page", "cells"});
        Row r;
        r.code = text(node, "code").value_or("");
        r.label = text(node, "label").value_or("");
        r.label_key = label_key(r.label);
        r.span = span_of(node);
        if (node["code"]) r.code_span = span_of(node["code"]);
        if (node["label"]) r.span = r.label_span = span_of(node["label"]);
        if (r.code_span.empty()) r.code_span = r.span;
        if (const auto p = node["parent"]; p && !p.IsNull()) {
            std::size_t index = 0;
            // A plain number is a row index unless a row has it as its code; "1" quoted is a code.
            if (p.IsScalar() && p.Tag() == "?" && YAML::convert<std::size_t>::decode(p, index) &&
                earlier_row(t, p.Scalar()) == std::nullopt) {
                if (index < t.rows.size()) r.parent = index;
                else error(p, fmt::format("parent row {} is not an earlier row (rows count from 0)", index));
            } else if (const auto found = p.IsScalar() ? earlier_row(t, p.Scalar()) : std::nullopt) {
                r.parent = found;
            } else {
                error(p, fmt::format("no earlier row of the table has the code or label '{}'", p.IsScalar() ? p.Scalar() : ""));
            }
        }
        r.is_total = node["total"] ? flag(node, "total") : named_as_total(r.label);
        r.heading = flag(node, "heading");
        r.children = word(node, "children", parse_children, Row::Children::sum, "sum, at-most, selection");
        r.label_code = text(node, "label_code").value_or("");
        r.indent = integer(node, "indent").value_or(0);
        provenance(node);
        r.cells.assign(t.columns.size(), std::nullopt);
        if (const auto cells = node["cells"]; cells && !cells.IsNull()) this->cells(cells, t, r);
        t.rows.push_back(std::move(r));
    }

    void cells(const YAML::Node& node, const Table& t, Row& r) {
        const auto unit_of = [&](std::size_t c) { return t.columns[c].unit; };
        const auto scale_of = [&](std::size_t c) { return t.columns[c].unit == Unit::percent ? 1.0 : t.scale; };
        if (node.IsSequence()) {
            if (node.size() > t.columns.size()) {
                error(node, fmt::format("the row has {} cells for {} columns", node.size(), t.columns.size()));
                return;
            }
            for (std::size_t c = 0; c < node.size(); ++c)
                if (!node[c].IsNull()) r.cells[c] = figure(node[c], unit_of(c), scale_of(c));
            return;
        }
        if (!expect_map(node, "'cells'")) return;
        for (const auto& entry : node) {
            const auto label = entry.first.IsScalar() ? entry.first.Scalar() : std::string();
            const auto column = std::find_if(t.columns.begin(), t.columns.end(), [&](const Column& c) { return c.label == label; });
            if (column == t.columns.end()) {
                error(entry.first, fmt::format("the table has no column '{}'", label));
                continue;
            }
            const auto c = static_cast<std::size_t>(column - t.columns.begin());
            if (!entry.second.IsNull()) r.cells[c] = figure(entry.second, unit_of(c), scale_of(c));
        }
    }

    void statements(const YAML::Node& list) {
        auto& doc = result_.doc;
        std::vector<std::pair<YAML::Node, YAML::Node>> links;  // part, whole of each statement
        std::map<std::string, std::size_t> by_name;
        for (const auto& node : list) {
            if (!expect_map(node, "a statement")) continue;
            known_keys(node, "a statement", {"name", "kind", "noun_phrase", "words", "year", "section", "part", "whole",
                                             "whole_phrase", "reference_year", "direction", "at", "page", "figure"});
            Statement s;
            s.kind = word(node, "kind", parse_statement_kind, Statement::Kind::count, "count, share, stated-total, change");
            s.noun_phrase = text(node, "noun_phrase").value_or("");
            if (const auto w = node["words"]; w && expect_seq(w, "'words'")) {
                for (const auto& word : w)
                    if (word.IsScalar()) s.words.push_back(word.Scalar());
                    else error(word, "a word must be a text");
            } else {
                s.words = phrase_words(s.noun_phrase);
            }
            s.year = integer(node, "year");
            s.section = section_of(node);
            s.whole_phrase = text(node, "whole_phrase").value_or("");
            s.reference_year = integer(node, "reference_year");
            s.direction = integer(node, "direction").value_or(0);
            provenance(node);
            const auto name = text(node, "name").value_or("");
            const auto fig = node["figure"];
            if (!fig) {
                error(node, "a statement needs its 'figure'");
                continue;
            }
            const auto id = figure(fig, s.kind == Statement::Kind::count || s.kind == Statement::Kind::stated_total
                                            ? Unit::count : Unit::percent,
                                   1, false, name);
            if (!id) continue;
            s.figure = *id;
            s.sentence = node["noun_phrase"] ? span_of(node["noun_phrase"]) : doc.figures[*id].number.span;
            if (!name.empty() && !by_name.emplace(name, doc.statements.size()).second)
                error(node["name"], fmt::format("two statements are named '{}'", name));
            links.emplace_back(node["part"], node["whole"]);
            doc.statements.push_back(std::move(s));
        }
        // Parts and wholes name other statements, before or after.
        const auto resolve = [&](const YAML::Node& ref) -> std::optional<std::size_t> {
            if (!ref || ref.IsNull()) return std::nullopt;
            if (ref.IsScalar())
                if (const auto found = by_name.find(ref.Scalar()); found != by_name.end()) return found->second;
            error(ref, fmt::format("no statement is named '{}'", ref.IsScalar() ? ref.Scalar() : ""));
            return std::nullopt;
        };
        for (std::size_t s = 0; s < links.size() && s < doc.statements.size(); ++s) {
            doc.statements[s].part = resolve(links[s].first);
            doc.statements[s].whole = resolve(links[s].second);
        }
    }

    /// The statement's words when the dataset leaves them out: its noun phrase, stemmed.
    static std::vector<std::string> phrase_words(std::string_view phrase) {
        std::vector<std::string> words;
        std::size_t start = 0;
        while (start < phrase.size()) {
            auto end = phrase.find(' ', start);
            if (end == std::string_view::npos) end = phrase.size();
            if (end > start) words.push_back(stem(fold_word(phrase.substr(start, end - start))));
            start = end + 1;
        }
        return words;
    }

    Span unclassified_token(const YAML::Node& node) {
        const YAML::Node text_node = node.IsMap() ? node["text"] : node;
        if (node.IsMap()) {
            known_keys(node, "an unclassified number", {"text", "at", "page"});
            provenance(node);
        }
        if (!text_node || !text_node.IsScalar()) {
            error(node, "an unclassified number needs its 'text'");
            return {};
        }
        const Span span = span_of(text_node);
        result_.doc.tokens.push_back({span, TokenRole::unclassified, {}, std::nullopt});
        return span;
    }

    void note(const YAML::Node& node) {
        if (!expect_map(node, "a note")) return;
        known_keys(node, "a note", {"key", "args", "at", "page", "tokens"});
        GrammarNote n;
        n.message.key = text(node, "key").value_or("");
        if (n.message.key.empty()) error(node, "a note needs its catalogue 'key'");
        n.span = node["key"] ? span_of(node["key"]) : span_of(node);
        if (const auto args = node["args"]; args && expect_seq(args, "'args'"))
            for (const auto& a : args) {
                if (!expect_map(a, "a note argument")) continue;
                known_keys(a, "a note argument", {"name", "text", "number", "decimals", "sign"});
                MessageArg arg;
                arg.name = text(a, "name").value_or("");
                arg.text = text(a, "text").value_or("");
                arg.number = real(a, "number");
                arg.decimals = integer(a, "decimals").value_or(0);
                arg.show_sign = flag(a, "sign");
                n.message.args.push_back(std::move(arg));
            }
        provenance(node);
        // The note covers its numbers, as it covers them in the text.
        if (const auto tokens = node["tokens"]; tokens && expect_seq(tokens, "'tokens'"))
            for (const auto& t : tokens) n.span.end = std::max(n.span.end, unclassified_token(t).end);
        result_.doc.notes.push_back(std::move(n));
    }

    const SourceText& src_;
    DatasetResult result_;
};

}  // namespace

DatasetResult read_dataset_yaml(const SourceText& source) { return YamlDatasetReader(source).read(); }

}  // namespace cijfer
