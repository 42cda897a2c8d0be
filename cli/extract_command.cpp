#include "cli/extract_command.hpp"

#include "cli/document_input.hpp"
#include "cli/exit_code.hpp"
#include "cli/input_file.hpp"
#include "dataset/dataset_writer.hpp"
#include "cli/input_limits.hpp"
#include "grammar/parse.hpp"
#include "report/reporters.hpp"

namespace cijfer::cli {

CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options) {
    auto* cmd = app.add_subcommand("extract", "Print the parsed model of a document");
    cmd->add_option("FILE", options.file, "Document to read: text, PDF, .docx, .odt")->required();
    cmd->add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember({"json", "yaml", "dataset", "text"}))
        ->capture_default_str();
    add_input_format_option(*cmd, options.input_format);
    add_limit_option(*cmd, options.limits);
    return cmd;
}

int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err) {
    const auto limits = parse_limits(options.limits, err);
    if (!limits) return exit_usage;
    const auto source = read_input_within(options.file, options.input_format, *limits, err);
    if (!source) return exit_usage;
    if (options.format == "text") {
        // The rendering every location refers to: line and column of a figure are here.
        out << source->bytes();
        return exit_ok;
    }
    // A dataset is read as data, so that extract shows its model as well.
    const auto read = read_document(*source, err);
    if (!read) return exit_usage;
    const Document& doc = *read;
    if (options.format == "json") {
        write_model_json(out, *source, doc);
        return exit_ok;
    }
    // yaml and dataset: the figures as data (docs/datasets.md), which `check` reads back.
    // One YAML schema: what extract prints as YAML is a dataset.
    out << write_dataset_yaml(doc);
    return exit_ok;
}

}  // namespace cijfer::cli
