#include "run_cijfercheck.hpp"

#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace cijfer::test {
namespace {

std::string shell_quote(const std::string& arg) {
    std::string quoted = "'";
    for (const char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

}  // namespace

const char* const consistent_table =
    "Aantal zaken\n"
    "Categorie 2023 2024\n"
    "1. Alpha 30 40\n"
    "1.1 Een 10 20\n"
    "1.2 Twee 20 20\n"
    "Eindtotaal 30 40\n";

const char* const wrong_sum_table =
    "Aantal zaken\n"
    "Categorie 2023 2024\n"
    "1. Alpha 30 40\n"
    "1.1 Een 10 20\n"
    "1.2 Twee 21 20\n"
    "Eindtotaal 30 40\n";

TempDir::TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("cijfer_cli_tests_" + std::to_string(::getpid()) + "_" + std::to_string(++counter));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& name, const std::string& text) const {
    const auto file = path_ / name;
    std::ofstream(file, std::ios::binary) << text;
    return file.string();
}

std::string TempDir::read(const std::string& name) const {
    std::ifstream in(path_ / name, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

std::string project_text(const std::string& relative) {
    std::ifstream in(std::string(CIJFER_SOURCE_DIR) + "/" + relative, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

RunResult run_cijfercheck(const TempDir& dir, const std::vector<std::string>& args) {
    std::string command = "cd " + shell_quote(dir.path().string()) + " && " + shell_quote(CIJFERCHECK_BINARY);
    for (const auto& arg : args) command += " " + shell_quote(arg);
    command += " > .stdout 2> .stderr";
    const int status = std::system(command.c_str());
    RunResult result;
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.out = dir.read(".stdout");
    result.err = dir.read(".stderr");
    return result;
}

}  // namespace cijfer::test
