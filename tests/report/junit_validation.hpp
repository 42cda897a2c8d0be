#pragma once
#include <string>

namespace cijfer::test {

/// Validates a JUnit XML file against the Ant JUnit schema in tests/schemas/JUnit.xsd with
/// Debian's xmllint (libxml2-utils). Returns its exit code (0 = valid); its complaint is
/// left in `<path>.err`.
int validate_junit_file(const std::string& path);

}  // namespace cijfer::test
