#include <ostream>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "report/catalogue.hpp"
#include "report/check_figures.hpp"
#include "report/json_values.hpp"
#include "report/reporters.hpp"
#include "report/tally.hpp"

namespace cijfer {

namespace {

using json = nlohmann::ordered_json;

json args_json(const Message& message) {
    json args = json::object();
    for (const auto& arg : message.args)
        args[arg.name] = arg.number ? number_json(*arg.number) : json(arg.text);
    return args;
}

json finding_json(const SourceText& source, const Finding& f, Lang lang) {
    json related = json::array();
    for (const auto& r : f.related) related.push_back({{"role", r.role}, {"location", location_json(source, r.span)}});
    json out = {{"rule_id", f.rule_id},
            {"kind", f.kind},
            {"severity", to_string(f.severity)},
            {"message", render(f.message, lang)},
            {"message_key", f.message.key},
            {"args", args_json(f.message)},
            {"location", location_json(source, f.span)},
            {"expected", f.expected},
            {"found", f.found},
            {"related", related}};
    // Only on a waived finding, so that the output of a run without waivers is unchanged.
    if (f.waived)
        out["waived"] = {{"reason", f.waived->reason},
                         {"accepted_by", f.waived->accepted_by},
                         {"expires", f.waived->expires},
                         {"waiver", f.waived->where}};
    return out;
}

json check_json(const CheckedInput& input, const CheckResult& c) {
    json figures = json::array();
    for (FigureId id : figures_of(c.relation))
        if (id < input.doc->figures.size())
            figures.push_back(location_json(*input.source, input.doc->figures[id].number.span));
    const Evaluation& e = c.evaluation;
    // A relation found from the numbers says what it is and how sure the tool is of it.
    json inferred = nullptr;
    if (const auto& i = c.relation.inferred)
        inferred = {{"formula", i->formula}, {"holding", i->holding}, {"checked", i->checked},
                    {"counted_in", i->column ? "rows" : "sums"}};
    return {{"rule_id", c.rule_id},
            {"kind", c.kind},
            {"outcome", to_string(e.outcome)},
            {"context", c.relation.context},
            {"year", c.relation.year},
            {"found", number_json(e.found)},
            {"expected", number_json(e.expected)},
            {"imbalance", number_json(e.imbalance())},
            {"excess", number_json(e.excess)},
            {"settled_by", c.settled_by},
            {"inferred", inferred},
            {"figures", figures}};
}

json coverage_json(const Coverage& c) {
    return {{"total", c.total},
            {"checked", c.checked},
            {"placed", c.placed},
            {"non_statistical", c.non_statistical},
            {"unclassified", c.unclassified}};
}

json summary_json(const Tally& t, std::size_t inputs) {
    return {{"inputs", inputs},
            {"checks", t.checks},
            {"passed", t.passed},
            {"passed_within_rounding", t.within_rounding},
            {"failed", t.failed},
            {"settled", t.settled},
            {"findings", {{"error", t.errors}, {"warning", t.warnings}, {"info", t.infos}}},
            {"coverage", coverage_json(t.coverage)}};
}


json input_json(const CheckedInput& input, Lang lang) {
    json findings = json::array();
    for (const auto& f : input.report->findings) findings.push_back(finding_json(*input.source, f, lang));
    json checks = json::array();
    for (const auto& c : input.report->checks) checks.push_back(check_json(input, c));
    return {{"file", input.source->name()},
            {"format", input.source->info().format},
            {"encoding", input.source->info().encoding},
            {"findings", findings},
            {"checks", checks},
            {"coverage", coverage_json(input.report->coverage)}};
}

std::string dump(const json& value) { return value.dump(2, ' ', false, json::error_handler_t::replace); }

/// The whole report with an empty `inputs` array, split there: what comes before the
/// inputs (schema, tool, language: nothing the inputs decide) and what comes after them
/// (the summary). Keys keep their order (json is nlohmann's ordered_json).
std::pair<std::string, std::string> around_inputs(const ReportContext& ctx, const Tally& all, std::size_t inputs) {
    const json doc = {{"schema", "cijfercheck-report"},
                      {"version", 1},
                      {"tool", {{"name", "cijfercheck"}, {"version", ctx.tool_version}}},
                      {"lang", ctx.lang == Lang::nl ? "nl" : "en"},
                      {"inputs", json::array()},
                      {"summary", summary_json(all, inputs)}};
    const std::string text = dump(doc);
    const std::string slot = "\"inputs\": [";
    const auto at = text.find(slot) + slot.size();
    return {text.substr(0, at), text.substr(at)};
}

}  // namespace

JsonStream::JsonStream(std::ostream& out, const ReportContext& ctx) : out_(out), ctx_(ctx) {
    out_ << around_inputs(ctx_, {}, 0).first;
}

void JsonStream::add(const CheckedInput& input) {
    // The input as it stands at depth two of the report: every line four spaces in (JSON
    // strings hold no raw line breaks, so every line break is the layout's).
    const std::string text = dump(input_json(input, ctx_.lang));
    out_ << (inputs_ == 0 ? "\n    " : ",\n    ");
    for (char c : text) {
        out_ << c;
        if (c == '\n') out_ << "    ";
    }
    cijfer::add(all_, tally(*input.report));
    ++inputs_;
}

void JsonStream::finish() {
    if (inputs_ > 0) out_ << "\n  ";
    out_ << around_inputs(ctx_, all_, inputs_).second << '\n';
}

void write_json(std::ostream& out, const ReportContext& ctx) {
    JsonStream stream(out, ctx);
    for (const auto& input : ctx.inputs) stream.add(input);
    stream.finish();
}

}  // namespace cijfer
