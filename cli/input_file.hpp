#pragma once
#include <optional>
#include <ostream>
#include <string>

#include <CLI/CLI.hpp>

#include "source/source_text.hpp"

namespace cijfer::cli {

/// Reads a whole input file in `format` ("auto": by its content; inputs/read_document.hpp).
/// On failure writes `cijfercheck: error: <file>: <reason>` to `err` and returns nullopt.
std::optional<SourceText> read_input(const std::string& path, const std::string& format, std::ostream& err);

/// Declares `--input-format` on a command.
void add_input_format_option(CLI::App& cmd, std::string& format);

}  // namespace cijfer::cli
