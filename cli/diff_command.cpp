#include "cli/diff_command.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "checker/checker.hpp"
#include "cli/document_input.hpp"
#include "cli/exit_code.hpp"
#include "cli/input_file.hpp"
#include "cli/input_limits.hpp"
#include "cli/rule_set_loading.hpp"
#include "diff/figure_diff.hpp"
#include "report/span_location.hpp"

namespace cijfer::cli {
namespace {

using json = nlohmann::ordered_json;

std::string at(const Document& doc, std::optional<FigureId> id) {
    return id ? position_text(*doc.source, doc.figures[*id].number.span) : std::string();
}

void write_text(std::ostream& out, const Document& old_doc, const Document& new_doc, const FigureDiff& diff) {
    for (const auto& c : diff.changed) {
        out << fmt::format("{}: changed: {}: {} -> {}", at(new_doc, c.new_figure), c.name, c.old_written, c.new_written);
        if (c.prior_year) out << fmt::format(" (revised prior-year figure, {})", *c.year);
        out << '\n';
        for (const auto& s : c.sums)
            out << fmt::format("      = {}: {} [{}]\n",
                               s.holds ? "still holds" : s.failed_before ? "fails, as before" : "fails", s.context, s.rule_id);
        for (const FigureId q : c.quotes_of_old)
            out << fmt::format("      = still quotes the old value: {}\n", at(new_doc, q));
    }
    for (const auto& c : diff.appeared) out << fmt::format("{}: appeared: {}: {}\n", at(new_doc, c.new_figure), c.name, c.new_written);
    for (const auto& c : diff.disappeared)
        out << fmt::format("{}: disappeared: {}: {}\n", at(old_doc, c.old_figure), c.name, c.old_written);
    const auto prior = std::count_if(diff.changed.begin(), diff.changed.end(), [](const FigureChange& c) { return c.prior_year; });
    out << fmt::format("diff: {} changed ({} revised prior-year), {} appeared, {} disappeared; sums containing a "
                       "changed figure: {} fail, {} of them newly\n",
                       diff.changed.size(), prior, diff.appeared.size(), diff.disappeared.size(), diff.failing_sums(),
                       diff.broken_sums());
}

json figure_json(const Document& doc, std::optional<FigureId> id) {
    if (!id) return nullptr;
    const auto where = locate_span(*doc.source, doc.figures[*id].number.span);
    return {{"file", doc.source->name()}, {"line", where.line}, {"column", where.column}};
}

void write_json(std::ostream& out, const Document& old_doc, const Document& new_doc, const FigureDiff& diff) {
    json changed = json::array(), appeared = json::array(), disappeared = json::array();
    for (const auto& c : diff.changed) {
        json sums = json::array();
        for (const auto& s : c.sums)
            sums.push_back({{"rule_id", s.rule_id}, {"context", s.context}, {"holds", s.holds}, {"failed_before", s.failed_before}});
        json quotes = json::array();
        for (const FigureId q : c.quotes_of_old) quotes.push_back(figure_json(new_doc, q));
        changed.push_back({{"name", c.name},
                           {"old", c.old_written},
                           {"new", c.new_written},
                           {"year", c.year ? json(*c.year) : json(nullptr)},
                           {"revised_prior_year", c.prior_year},
                           {"old_location", figure_json(old_doc, c.old_figure)},
                           {"location", figure_json(new_doc, c.new_figure)},
                           {"sums", sums},
                           {"quotes_of_old_value", quotes}});
    }
    for (const auto& c : diff.appeared)
        appeared.push_back({{"name", c.name}, {"new", c.new_written}, {"location", figure_json(new_doc, c.new_figure)}});
    for (const auto& c : diff.disappeared)
        disappeared.push_back({{"name", c.name}, {"old", c.old_written}, {"old_location", figure_json(old_doc, c.old_figure)}});
    const json doc = {{"schema", "cijfercheck-diff"},
                      {"version", 1},
                      {"old", old_doc.source->name()},
                      {"new", new_doc.source->name()},
                      {"changed", changed},
                      {"appeared", appeared},
                      {"disappeared", disappeared},
                      {"failing_sums", diff.failing_sums()},
                      {"broken_sums", diff.broken_sums()}};
    out << doc.dump(2, ' ', false, json::error_handler_t::replace) << '\n';
}

}  // namespace

CLI::App* add_diff_command(CLI::App& app, DiffOptions& options) {
    auto* cmd = app.add_subcommand("diff", "Compare the figures of two releases (datasets or documents) by stable name");
    cmd->add_option("OLD", options.old_file, "The earlier release")->required();
    cmd->add_option("NEW", options.new_file, "The new release")->required();
    cmd->add_option("--rules", options.rule_files, "A rule file to load after the defaults (repeatable)")
        ->allow_extra_args(false);
    cmd->add_flag("--no-default-rules", options.no_default_rules, "Do not load the built-in rule set");
    cmd->add_option("--format", options.format, "Output format")->check(CLI::IsMember({"text", "json"}))->capture_default_str();
    return cmd;
}

int run_diff(const DiffOptions& options, std::ostream& out, std::ostream& err) {
    const auto rules = load_rule_set(!options.no_default_rules, options.rule_files, err);
    if (!rules) return exit_usage;
    const auto old_source = read_input_within(options.old_file, "auto", InputLimits{}, err);
    if (!old_source) return exit_usage;
    const auto new_source = read_input_within(options.new_file, "auto", InputLimits{}, err);
    if (!new_source) return exit_usage;
    const auto old_doc = read_document(*old_source, err);
    const auto new_doc = read_document(*new_source, err);
    if (!old_doc || !new_doc) return exit_usage;
    const CheckReport new_report = run_checks(*new_doc, *rules);
    const CheckReport old_report = run_checks(*old_doc, *rules);
    const FigureDiff diff = diff_figures(*old_doc, *new_doc, new_report, old_report);
    if (options.format == "json") write_json(out, *old_doc, *new_doc, diff);
    else write_text(out, *old_doc, *new_doc, diff);
    return diff.broken_sums() > 0 ? exit_findings : exit_ok;
}

}  // namespace cijfer::cli
