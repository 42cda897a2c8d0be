#include "cli/check_command.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <optional>

#include "checker/checker.hpp"
#include "checker/finding.hpp"
#include "cli/check_waivers.hpp"
#include "cli/document_input.hpp"
#include "cli/exit_code.hpp"
#include "cli/input_file.hpp"
#include "cli/report_time.hpp"
#include "cli/input_limits.hpp"
#include "cli/rule_set_loading.hpp"
#include "grammar/parse.hpp"
#include "report/reporters.hpp"

namespace cijfer::cli {
namespace {

/// The lowest severity that fails the run; nullopt for `none`.
std::optional<Severity> failure_threshold(const std::string& fail_on) {
    if (fail_on == "none") return std::nullopt;
    return parse_severity(fail_on);
}

bool has_finding_at_or_above(const CheckReport& report, std::optional<Severity> threshold) {
    if (!threshold) return false;
    for (const auto& finding : report.findings)
        if (finding.severity >= *threshold && !finding.waived) return true;
    return false;
}

bool has_finding_at_or_above(const std::deque<CheckReport>& reports, std::optional<Severity> threshold) {
    return std::any_of(reports.begin(), reports.end(),
                       [&](const CheckReport& r) { return has_finding_at_or_above(r, threshold); });
}

/// Whether a file can be opened at all: checked for every input before any is read, so a
/// missing one stops the run before anything is written (as when all are read first).
bool openable(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return false;
    return std::ifstream(path, std::ios::binary).good();
}

/// The text and JSON formats without waivers, one input at a time: read, check, write,
/// forget. A run over thousands of files then holds one document at once
/// (docs/performance.md). Waivers are matched across all inputs, and SARIF and JUnit count
/// over all of them before their first input, so those go the other way. An input that
/// cannot be read stops the run (exit 2); JSON is then closed over the inputs before it,
/// so that it still parses.
int check_one_by_one(const CheckOptions& options, const InputLimits& limits, const RuleSet& rules,
                     const ReportContext& ctx, std::ostream& out, std::ostream& err) {
    Tally all;
    bool failing = false;
    std::optional<JsonStream> json;
    if (options.format == "json") json.emplace(out, ctx);
    const auto stop = [&] {
        if (json) json->finish();
        return exit_usage;
    };
    for (const auto& file : options.files) {
        const auto source = read_input_within(file, options.input_format, limits, err);
        if (!source) return stop();
        const auto document = read_document(*source, err);  // a text document or a dataset
        if (!document) return stop();
        const CheckReport report = run_checks(*document, rules);
        const CheckedInput input{&*source, &*document, &report};
        if (json) json->add(input);
        else add(all, write_text_input(out, input, ctx));
        failing = failing || has_finding_at_or_above(report, ctx.fail_on);
    }
    if (json) json->finish();
    else write_text_total(out, options.files.size(), all, ctx.lang);
    return failing ? exit_findings : exit_ok;
}

void write_report(std::ostream& out, const std::string& format, const ReportContext& ctx) {
    if (format == "json")
        write_json(out, ctx);
    else if (format == "sarif")
        write_sarif(out, ctx);
    else if (format == "junit")
        write_junit(out, ctx);
    else if (format == "github")
        write_github(out, ctx);
    else
        write_text(out, ctx);
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, CheckOptions& options) {
    auto* cmd = app.add_subcommand("check", "Check the arithmetic of the figures in documents");
    cmd->add_option("FILE", options.files, "Documents to check: text, PDF, .docx, .odt")->required();
    // One file per --rules, so `--rules r.yaml doc.txt` leaves doc.txt an input.
    cmd->add_option("--rules", options.rule_files, "A rule file to load after the defaults (repeatable)")
        ->allow_extra_args(false);
    cmd->add_flag("--no-default-rules", options.no_default_rules, "Do not load the built-in rule set");
    cmd->add_option("--format", options.format, "Report format")
        ->check(CLI::IsMember({"text", "json", "sarif", "junit", "github"}))
        ->capture_default_str();
    cmd->add_option("--output", options.output, "Write the report to this file instead of standard output");
    cmd->add_option("--fail-on", options.fail_on, "Lowest severity that makes the exit code 1")
        ->check(CLI::IsMember({"error", "warning", "info", "none"}))
        ->capture_default_str();
    cmd->add_option("--lang", options.lang, "Language of text messages")
        ->check(CLI::IsMember({"en", "nl"}))
        ->capture_default_str();
    cmd->add_flag("--verbose", options.verbose, "Also list info findings and passes within rounding");
    cmd->add_flag("--coverage", options.coverage,
                  "Account for every number: also break the non-statistical ones down by reason (text format)");
    add_input_format_option(*cmd, options.input_format);
    cmd->add_option("--waivers", options.waivers, "A waiver file of accepted findings (docs/waivers.md)");
    add_limit_option(*cmd, options.limits);
    return cmd;
}

int run_check(const CheckOptions& options, std::ostream& out, std::ostream& err) {
    const auto limits = parse_limits(options.limits, err);
    if (!limits) return exit_usage;
    const auto rules = load_rule_set(!options.no_default_rules, options.rule_files, err, limits->rule_files);
    if (!rules) return exit_usage;
    // Only JUnit states a time; other formats do not depend on the clock.
    const auto run_time = options.format == "junit" ? report_time(err) : std::optional<std::int64_t>(0);
    if (!run_time) return exit_usage;

    ReportContext ctx;
    ctx.rules = &*rules;
    ctx.lang = options.lang == "nl" ? Lang::nl : Lang::en;
    ctx.verbose = options.verbose;
    ctx.coverage = options.coverage;
    ctx.tool_version = CIJFER_VERSION;
    ctx.fail_on = failure_threshold(options.fail_on);
    ctx.run_time = *run_time;

    std::ofstream output_file;
    const auto open_output = [&]() -> std::ostream* {
        if (options.output.empty()) return &out;
        output_file.open(options.output, std::ios::binary);
        if (output_file) return &output_file;
        err << "cijfercheck: error: " << options.output << ": cannot write: " << std::strerror(errno) << '\n';
        return nullptr;
    };
    if ((options.format == "text" || options.format == "json") && options.waivers.empty()) {
        for (const auto& file : options.files) {
            if (!input_size_allowed(file, *limits, err)) return exit_usage;
            if (!openable(file)) {
                read_input_within(file, options.input_format, *limits, err);  // writes why
                return exit_usage;
            }
        }
        std::ostream* target = open_output();
        return target ? check_one_by_one(options, *limits, *rules, ctx, *target, err) : exit_usage;
    }

    // Read every input before checking any, so an unreadable one stops the run early.
    // deques: documents and reporters keep pointers to these elements.
    std::deque<SourceText> sources;
    for (const auto& file : options.files) {
        auto source = read_input_within(file, options.input_format, *limits, err);
        if (!source) return exit_usage;
        sources.push_back(std::move(*source));
    }

    std::deque<Document> documents;
    std::deque<CheckReport> reports;
    for (const auto& source : sources) {
        auto document = read_document(source, err);  // a text document or a dataset
        if (!document) return exit_usage;
        documents.push_back(std::move(*document));
    }
    for (std::size_t i = 0; i < sources.size(); ++i) {
        const auto& source = sources[i];
        reports.push_back(run_checks(documents[i], *rules));
        ctx.inputs.push_back({&source, &documents[i], &reports.back()});
    }
    // Waived findings are reported as waived; stale waivers are the waiver file's findings.
    WaiverInput waivers;
    if (!options.waivers.empty()) {
        const auto now = report_time(err);  // SOURCE_DATE_EPOCH or the clock: the day waivers expire by
        if (!now) return exit_usage;
        if (!apply_waiver_file(options.waivers, documents, reports, utc_day(*now), waivers, err)) return exit_usage;
        if (!waivers.report.findings.empty()) {
            reports.push_back(std::move(waivers.report));
            ctx.inputs.push_back({&*waivers.source, &waivers.doc, &reports.back()});
        }
    }
    std::ostream* target = open_output();
    if (!target) return exit_usage;
    write_report(*target, options.format, ctx);
    return has_finding_at_or_above(reports, failure_threshold(options.fail_on)) ? exit_findings : exit_ok;
}

}  // namespace cijfer::cli
