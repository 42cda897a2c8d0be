#include "cli/extract_command.hpp"

#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/exit_code.hpp"
#include "cli/input_file.hpp"
#include "cli/json_to_yaml.hpp"
#include "grammar/parse.hpp"
#include "report/reporters.hpp"

namespace cijfer::cli {

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options) {
    auto* cmd = app.add_subcommand("extract", "Print the parsed model of a document");
    cmd->add_option("FILE", options.file, "Document to read: text, PDF, .docx, .odt")->required();
    cmd->add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember({"json", "yaml", "text"}))
        ->capture_default_str();
    add_input_format_option(*cmd, options.input_format);
    return cmd;
}

int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err) {
    const auto source = read_input(options.file, options.input_format, err);
    if (!source) return exit_usage;
    if (options.format == "text") {
        // The rendering every location refers to: line and column of a figure are here.
        out << source->bytes();
        return exit_ok;
    }
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
