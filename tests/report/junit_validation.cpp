#include "junit_validation.hpp"

#include <sys/wait.h>

#include <cstdlib>

namespace cijfer::test {

int validate_junit_file(const std::string& path) {
    const std::string schema = std::string(CIJFER_SOURCE_DIR) + "/tests/schemas/JUnit.xsd";
    const std::string command =
        "/usr/bin/xmllint --noout --schema '" + schema + "' '" + path + "' 2>'" + path + ".err'";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace cijfer::test
