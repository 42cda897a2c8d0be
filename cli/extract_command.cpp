#include "cli/extract_command.hpp"

#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/exit_code.hpp"
#include "cli/input_file.hpp"
#include "cli/input_limits.hpp"
#include "cli/json_to_yaml.hpp"
#include "grammar/parse.hpp"
#include "report/reporters.hpp"

namespace cijfer::cli {

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options) {
    auto* cmd = app.add_subcommand("extract", "Print the parsed model of a document");
    cmd->add_option("FILE", options.file, "Text document to read")->required();
    cmd->add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember({"json", "yaml"}))
        ->capture_default_str();
    add_limit_option(*cmd, options.limits);
    return cmd;
}

int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err) {
    const auto limits = parse_limits(options.limits, err);
    if (!limits) return exit_usage;
    const auto source = read_input_within(options.file, *limits, err);
    if (!source) return exit_usage;
    const auto doc = parse_document(*source);
    if (options.format == "json") {
        write_model_json(out, *source, doc);
        return exit_ok;
    }
    // YAML carries exactly the JSON model's content: render the one, convert it.
    std::ostringstream json_text;
    write_model_json(json_text, *source, doc);
    out << json_to_yaml(nlohmann::json::parse(json_text.str())) << '\n';
    return exit_ok;
}

}  // namespace cijfer::cli
