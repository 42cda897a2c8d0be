#include "cli/report_command.hpp"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <fstream>
#include <sstream>

#include "checker/checker.hpp"
#include "checker/rule_loader.hpp"
#include "cli/default_rules.hpp"
#include "cli/document_input.hpp"
#include "cli/exit_code.hpp"
#include "cli/input_file.hpp"
#include "cli/input_limits.hpp"
#include "cli/report_time.hpp"
#include "cli/report_waivers.hpp"
#include "report/audit_report.hpp"
#include "report/sha256.hpp"

namespace cijfer::cli {
namespace {

/// The rule set with the SHA-256 of the very bytes each rule file was loaded from.
struct RulesWithDigests {
    RuleSet set;
    std::vector<ProvenanceFile> files;
};

std::optional<std::string> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return bytes.str();
}

std::optional<RulesWithDigests> load_rules(const ReportOptions& options, std::ostream& err) {
    RulesWithDigests loaded;
    std::vector<RuleFileError> errors;
    if (!options.no_default_rules) {
        add_rule_file(loaded.set, default_rules_name, load_built_in_rule_text(default_rules_yaml(), default_rules_name), errors);
        loaded.files.push_back({default_rules_name, sha256_hex(default_rules_yaml())});
    }
    for (const auto& file : options.rule_files) {
        const auto bytes = read_bytes(file);
        // load_rule_file says why a file cannot be read, in the words `check` uses.
        if (!bytes) {
            add_rule_file(loaded.set, file, load_rule_file(file), errors);
            continue;
        }
        add_rule_file(loaded.set, file, load_rule_text(*bytes, file), errors);
        loaded.files.push_back({file, sha256_hex(*bytes)});
    }
    if (errors.empty()) return loaded;
    for (const auto& error : errors) err << format_rule_file_error(error) << '\n';
    return std::nullopt;
}

/// SOURCE_DATE_EPOCH (reproducible-builds.org) read as every command reads it
/// (cli/report_time.hpp); the environment is injected so that tests are byte-stable.
std::optional<std::int64_t> report_time(const ReportEnvironment& env, std::ostream& err) {
    if (!env.source_date_epoch || env.source_date_epoch->empty()) return env.now ? env.now() : 0;
    return source_date_epoch_or_error(*env.source_date_epoch, err);
}

}  // namespace

CLI::App* add_report_command(CLI::App& app, ReportOptions& options) {
    auto* cmd = app.add_subcommand("report", "Write an audit report: every check, tables re-computed (HTML or Markdown)");
    cmd->add_option("FILE", options.files, "Text documents to check")->required();
    cmd->add_option("--rules", options.rule_files, "A rule file to load after the defaults (repeatable)")
        ->allow_extra_args(false);
    cmd->add_flag("--no-default-rules", options.no_default_rules, "Do not load the built-in rule set");
    cmd->add_option("--format", options.format, "Report format")
        ->check(CLI::IsMember({"html", "markdown"}))
        ->capture_default_str();
    cmd->add_option("--output", options.output, "The file to write the report to")->required();
    cmd->add_option("--lang", options.lang, "Language of the report")
        ->check(CLI::IsMember({"en", "nl"}))
        ->capture_default_str();
    cmd->add_option("--waivers", options.waivers, "A waiver file of accepted findings (docs/waivers.md)");
    add_input_format_option(*cmd, options.input_format);
    return cmd;
}

int run_report(const ReportOptions& options, const ReportEnvironment& env, std::ostream& err) {
    const auto epoch = report_time(env, err);
    if (!epoch) return exit_usage;
    const auto rules = load_rules(options, err);
    if (!rules) return exit_usage;

    // deques: documents and the report keep pointers to these elements.
    std::deque<SourceText> sources;
    for (const auto& file : options.files) {
        auto source = read_input_within(file, options.input_format, InputLimits{}, err);
        if (!source) return exit_usage;
        sources.push_back(std::move(*source));
    }
    std::deque<Document> documents;
    std::deque<CheckReport> reports;
    ReportContext ctx;
    for (const auto& source : sources) {
        auto document = read_document(source, err);  // a text document or a dataset, as `check` reads it
        if (!document) return exit_usage;
        documents.push_back(std::move(*document));
        reports.push_back(run_checks(documents.back(), rules->set));
        ctx.inputs.push_back({&source, &documents.back(), &reports.back()});
    }
    ctx.rules = &rules->set;
    ctx.lang = options.lang == "nl" ? Lang::nl : Lang::en;
    ctx.tool_version = env.tool_version;

    Provenance provenance;
    provenance.rule_files = rules->files;
    provenance.epoch = *epoch;
    // Waivers expire by the report's own clock, so that a report dated by SOURCE_DATE_EPOCH
    // says which waivers held on that day.
    if (!options.waivers.empty()) {
        WaiverInput waivers;
        if (!apply_waiver_file(options.waivers, documents, reports, utc_day(*epoch), waivers, err)) return exit_usage;
        provenance.waiver_file = ProvenanceFile{options.waivers, sha256_hex(waivers.source->bytes())};
        provenance.waivers = waiver_lines(waivers, reports, ctx.lang);
        provenance.waived_findings = count_waived(reports);
    }

    // Written to memory first: an unwritable output leaves no half report behind.
    std::ostringstream text;
    if (options.format == "markdown") write_audit_markdown(text, ctx, provenance);
    else write_audit_html(text, ctx, provenance);
    std::ofstream file(options.output, std::ios::binary);
    if (!file || !(file << text.str()) || !file.flush()) {
        err << "cijfercheck: error: " << options.output << ": cannot write: " << std::strerror(errno) << '\n';
        return exit_usage;
    }
    return exit_ok;
}

ReportEnvironment process_environment(std::string tool_version) {
    ReportEnvironment env;
    env.tool_version = std::move(tool_version);
    if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) env.source_date_epoch = epoch;
    env.now = [] {
        return static_cast<std::int64_t>(
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    };
    return env;
}

}  // namespace cijfer::cli
