#include <ostream>

#include <nlohmann/json.hpp>

#include "report/catalogue.hpp"
#include "report/json_values.hpp"
#include "report/reporters.hpp"

namespace cijfer {

namespace {

using json = nlohmann::ordered_json;

// The names below are the JSON vocabulary of `extract` (docs/output.md); they are the
// report layer's, not the model's, so they live here.
const char* unit_name(Unit u) {
    switch (u) {
    case Unit::count: return "count";
    case Unit::percent: return "percent";
    case Unit::money: return "money";
    case Unit::unknown: return "unknown";
    }
    return "unknown";
}

const char* qualifier_name(Qualifier q) {
    switch (q) {
    case Qualifier::none: return "none";
    case Qualifier::approximately: return "approximately";
    case Qualifier::more_than: return "more-than";
    case Qualifier::less_than: return "less-than";
    }
    return "none";
}

const char* shape_name(NumberShape s) {
    switch (s) {
    case NumberShape::plain: return "plain";
    case NumberShape::grouped: return "grouped";
    case NumberShape::decimal_comma: return "decimal-comma";
    case NumberShape::decimal_dot: return "decimal-dot";
    case NumberShape::malformed: return "malformed";
    case NumberShape::ambiguous: return "ambiguous";
    }
    return "plain";
}

const char* statement_kind_name(Statement::Kind k) {
    switch (k) {
    case Statement::Kind::count: return "count";
    case Statement::Kind::share: return "share";
    case Statement::Kind::stated_total: return "stated-total";
    case Statement::Kind::change: return "change";
    }
    return "count";
}

const char* role_name(TokenRole r) {
    switch (r) {
    case TokenRole::figure: return "figure";
    case TokenRole::non_statistical: return "non-statistical";
    case TokenRole::unclassified: return "unclassified";
    }
    return "unclassified";
}

template <typename T>
json optional_json(const std::optional<T>& v) {
    return v ? json(*v) : json(nullptr);
}

json sections_json(const SourceText& source, const Document& doc) {
    json out = json::array();
    for (const auto& s : doc.sections)
        out.push_back({{"title", s.title},
                       {"is_answer", s.is_answer},
                       {"questions", s.questions},
                       {"location", location_json(source, s.span)}});
    return out;
}

json tables_json(const SourceText& source, const Document& doc) {
    json out = json::array();
    for (const auto& t : doc.tables) {
        json columns = json::array();
        for (const auto& c : t.columns)
            columns.push_back({{"label", c.label}, {"unit", unit_name(c.unit)}, {"location", location_json(source, c.span)}});
        json rows = json::array();
        for (const auto& r : t.rows) {
            json cells = json::array();
            for (const auto& cell : r.cells) cells.push_back(optional_json(cell));
            rows.push_back({{"code", r.code},
                            {"label", r.label},
                            {"label_key", r.label_key},
                            {"parent", optional_json(r.parent)},
                            {"is_total", r.is_total},
                            {"cells", cells},
                            {"location", location_json(source, r.span)}});
        }
        out.push_back({{"title", t.title},
                       {"header", t.header},
                       {"section", t.section},
                       {"position", t.position},
                       {"columns", columns},
                       {"rows", rows},
                       {"location", location_json(source, t.span)}});
    }
    return out;
}

json statements_json(const SourceText& source, const Document& doc) {
    json out = json::array();
    for (const auto& s : doc.statements)
        out.push_back({{"kind", statement_kind_name(s.kind)},
                       {"figure", s.figure},
                       {"noun_phrase", s.noun_phrase},
                       {"words", s.words},
                       {"year", optional_json(s.year)},
                       {"section", s.section},
                       {"part", optional_json(s.part)},
                       {"whole", optional_json(s.whole)},
                       {"whole_phrase", s.whole_phrase},
                       {"location", location_json(source, s.sentence)}});
    return out;
}

json figures_json(const SourceText& source, const Document& doc) {
    json out = json::array();
    for (std::size_t id = 0; id < doc.figures.size(); ++id) {
        const Figure& f = doc.figures[id];
        json readings = json::array();
        for (const auto& r : f.number.readings)
            readings.push_back({{"value", number_json(r.value)}, {"decimals", r.decimals}, {"written", r.written}, {"why", r.why}});
        json interval = nullptr;
        if (f.has_value()) {
            const Interval i = f.interval();
            interval = json::array({number_json(i.lo), number_json(i.hi)});
        }
        out.push_back({{"id", id},
                       {"written", std::string(source.text(f.number.span))},
                       {"value", f.has_value() ? number_json(f.value()) : json(nullptr)},
                       {"unit", unit_name(f.unit)},
                       {"scale", number_json(f.scale)},
                       {"qualifier", qualifier_name(f.qualifier)},
                       {"rounding_unit", number_json(f.rounding_unit)},
                       {"precision_reason", f.precision_reason},
                       {"interval", interval},
                       {"shape", shape_name(f.number.shape)},
                       {"readings", readings},
                       {"location", location_json(source, f.number.span)}});
    }
    return out;
}

json tokens_json(const SourceText& source, const Document& doc) {
    json out = json::array();
    for (const auto& t : doc.tokens) {
        json cls = nullptr;
        if (t.role == TokenRole::non_statistical) cls = to_string(t.why);
        out.push_back({{"text", std::string(source.text(t.span))},
                       {"role", role_name(t.role)},
                       {"class", cls},
                       {"figure", optional_json(t.figure)},
                       {"location", location_json(source, t.span)}});
    }
    return out;
}

json notes_json(const SourceText& source, const Document& doc) {
    json out = json::array();
    for (const auto& n : doc.notes)
        out.push_back({{"key", n.message.key},
                       {"message", render(n.message, Lang::en)},
                       {"location", location_json(source, n.span)}});
    return out;
}

}  // namespace

void write_model_json(std::ostream& out, const SourceText& source, const Document& doc) {
    const json model = {{"schema", "cijfercheck-model"},
                        {"version", 1},
                        {"file", source.name()},
                        {"sections", sections_json(source, doc)},
                        {"tables", tables_json(source, doc)},
                        {"statements", statements_json(source, doc)},
                        {"figures", figures_json(source, doc)},
                        {"tokens", tokens_json(source, doc)},
                        {"notes", notes_json(source, doc)}};
    out << model.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace cijfer
