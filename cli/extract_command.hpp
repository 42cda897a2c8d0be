#pragma once
#include <iosfwd>
#include <string>

#include <CLI/CLI.hpp>

namespace cijfer::cli {

struct ExtractOptions {
    std::string file;
    /// json (the model) | yaml, dataset (the dataset, docs/datasets.md) | text (the rendering the grammar reads)
    std::string format = "json";
    std::string input_format = "auto";  ///< auto | text | pdf | docx | odt | fodt
    std::vector<std::string> limits;  ///< --limit NAME=VALUE (docs/limits.md)
};

/// Declares `extract` and its options on `app`.
CLI::App* add_extract_command(CLI::App& app, ExtractOptions& options);

/// Prints the parsed model of one file, every numeric token with its class.
int run_extract(const ExtractOptions& options, std::ostream& out, std::ostream& err);

}  // namespace cijfer::cli
