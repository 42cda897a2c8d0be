#include "sarif_validation.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>

namespace cijfer::test {

int validate_sarif_file(const std::string& path) {
    const std::string schema = std::string(CIJFER_SOURCE_DIR) + "/tests/schemas/sarif-schema-2.1.0.json";
    const std::string command =
        "/usr/bin/python3 -c \"import json,jsonschema,sys; "
        "jsonschema.validate(json.load(open(sys.argv[1])), json.load(open(sys.argv[2])))\" '" +
        path + "' '" + schema + "' 2>'" + path + ".err'";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string write_build_file(const std::string& name, const std::string& text) {
    const std::string path = std::string(CIJFER_BINARY_DIR) + "/" + name;
    std::ofstream(path, std::ios::binary) << text;
    return path;
}

}  // namespace cijfer::test
