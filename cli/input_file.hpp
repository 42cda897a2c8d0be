#pragma once
#include <optional>
#include <ostream>
#include <string>

#include "source/source_text.hpp"

namespace cijfer::cli {

/// Reads a whole input file; on failure writes `cijfercheck: error: <file>: cannot read:
/// <reason>` to `err` and returns nullopt.
std::optional<SourceText> read_input(const std::string& path, std::ostream& err);

}  // namespace cijfer::cli
