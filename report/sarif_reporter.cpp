#include <algorithm>
#include <cctype>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/rule_kind.hpp"
#include "report/catalogue.hpp"
#include "report/reporters.hpp"
#include "report/span_location.hpp"

namespace cijfer {

namespace {

using json = nlohmann::ordered_json;

constexpr std::string_view sarif_schema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

const char* sarif_level(Severity s) {
    switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "note";
    }
    return "none";
}

// The file name as given, made a valid relative URI reference: a name with a space or a
// colon ("C:") must be percent-encoded or SARIF viewers misread it.
std::string file_uri(std::string_view name) {
    std::string uri;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') uri += c;
        else if (c == '\\') uri += '/';
        else uri += fmt::format("%{:02X}", u);
    }
    return uri;
}

// SARIF counts charOffset/charLength in the run's columnKind (code points); bytes go in
// byteOffset/byteLength.
json physical_location(const SourceText& source, Span span) {
    const SpanLocation at = locate_span(source, span);
    const auto before = source.bytes().substr(0, span.begin);
    return {{"artifactLocation", {{"uri", file_uri(source.name())}}},
            {"region",
             {{"startLine", at.line},
              {"startColumn", at.column},
              {"endColumn", at.end_column},
              {"charOffset", count_code_points(before)},
              {"charLength", count_code_points(source.text(span))},
              {"byteOffset", at.offset},
              {"byteLength", at.length}}}};
}

json rule_descriptor(const RuleSpec& rule) {
    const std::string description = rule.description.empty() ? rule.id : rule.description;
    const RuleKind* kind = find_rule_kind(rule.kind);
    // The kind's documentation is markdown that reads well as plain text too.
    const std::string doc = kind && !kind->doc.empty() ? std::string(kind->doc) : description;
    return {{"id", rule.id},
            {"shortDescription", {{"text", description}}},
            {"fullDescription", {{"text", doc}}},
            {"help", {{"text", doc}, {"markdown", doc}}},
            {"defaultConfiguration", {{"level", sarif_level(rule.severity)}}},
            {"properties", {{"kind", rule.kind}}}};
}

/// The tool's own rules, in no rule file (a stale waiver: waiver/apply_waivers.hpp), have
/// a description in the catalogue ("sarif.rule.<id>"), so that they get a descriptor too.
std::optional<std::string> tool_rule_key(const Finding& f) {
    std::string key = "sarif.rule." + f.rule_id;
    if (!find_catalogue_entry(key)) return std::nullopt;
    return key;
}

json tool_rule_descriptor(const Finding& f, const std::string& key, Lang lang) {
    const std::string description = render(Message{key, {}}, lang);
    return {{"id", f.rule_id},
            {"shortDescription", {{"text", description}}},
            {"fullDescription", {{"text", description}}},
            {"defaultConfiguration", {{"level", sarif_level(f.severity)}}}};
}

json result(const SourceText& source, const Finding& f, const std::vector<std::string>& rule_ids, Lang lang) {
    json r = {{"ruleId", f.rule_id}};
    for (std::size_t i = 0; i < rule_ids.size(); ++i)
        if (rule_ids[i] == f.rule_id) {
            r["ruleIndex"] = i;
            break;
        }
    r["level"] = sarif_level(f.severity);
    r["message"] = {{"text", render(f.message, lang)}};
    r["locations"] = json::array({{{"physicalLocation", physical_location(source, f.span)}}});
    if (!f.related.empty()) {
        json related = json::array();
        for (std::size_t i = 0; i < f.related.size(); ++i)
            related.push_back({{"id", i},
                               {"physicalLocation", physical_location(source, f.related[i].span)},
                               {"message", {{"text", f.related[i].role}}}});
        r["relatedLocations"] = related;
    }
    if (f.waived)
        r["suppressions"] = json::array({{{"kind", "external"},
                                          {"status", "accepted"},
                                          {"justification", f.waived->reason},
                                          {"properties",
                                           {{"acceptedBy", f.waived->accepted_by},
                                            {"expires", f.waived->expires},
                                            {"waiver", f.waived->where}}}}});
    r["properties"] = {{"kind", f.kind}, {"expected", f.expected}, {"found", f.found}};
    // PDF pages and Word paragraphs or table rows: where to look in the original.
    if (const Place* place = source.place_at(f.span.begin)) {
        if (place->page > 0) r["properties"]["page"] = place->page;
        r["properties"]["place"] = place->name;
    }
    return r;
}

}  // namespace

void write_sarif(std::ostream& out, const ReportContext& ctx) {
    json rules = json::array();
    std::vector<std::string> rule_ids;
    if (ctx.rules)
        for (const auto& rule : ctx.rules->rules) {
            rules.push_back(rule_descriptor(rule));
            rule_ids.push_back(rule.id);
        }
    for (const auto& input : ctx.inputs)
        for (const auto& f : input.report->findings)
            if (const auto key = tool_rule_key(f);
                key && std::find(rule_ids.begin(), rule_ids.end(), f.rule_id) == rule_ids.end()) {
                rules.push_back(tool_rule_descriptor(f, *key, ctx.lang));
                rule_ids.push_back(f.rule_id);
            }
    json results = json::array();
    for (const auto& input : ctx.inputs)
        for (const auto& f : input.report->findings) results.push_back(result(*input.source, f, rule_ids, ctx.lang));

    json driver = {{"name", "cijfercheck"}};
    if (!ctx.tool_version.empty()) driver["version"] = ctx.tool_version;
    driver["rules"] = rules;
    const json log = {{"$schema", sarif_schema},
                      {"version", "2.1.0"},
                      {"runs", json::array({{{"tool", {{"driver", driver}}},
                                             {"columnKind", "unicodeCodePoints"},
                                             {"results", results}}})}};
    out << log.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace cijfer
