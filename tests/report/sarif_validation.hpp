#pragma once
#include <string>

namespace cijfer::test {

/// Validates a SARIF file against the official 2.1.0 schema in tests/schemas/ with Debian's
/// python3-jsonschema. Returns the validator's exit code (0 = valid); its complaint is
/// left in `<path>.err`.
int validate_sarif_file(const std::string& path);

/// Writes `text` to a file in the build tree and returns its path.
std::string write_build_file(const std::string& name, const std::string& text);

}  // namespace cijfer::test
