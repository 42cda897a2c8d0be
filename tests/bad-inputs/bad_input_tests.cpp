// The bad-input catalogue (README.md here): each folder is one hostile input with the
// exact exit code and messages cijfercheck must give. One Boost.Test case per folder,
// registered from the folder list, run by CTest one case per test.
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <yaml-cpp/yaml.h>

#include "../cli/run_cijfercheck.hpp"
#include "generated_inputs.hpp"

namespace fs = std::filesystem;
using namespace boost::unit_test;

namespace {

const fs::path catalogue = fs::path(CIJFER_SOURCE_DIR) / "tests" / "bad-inputs";

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::string read_bytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// Runs one case: copies its inputs to a fresh directory, writes the generated ones,
/// runs cijfercheck with its arguments and compares exit code and output exactly.
void run_case(const std::string& name) {
    const auto folder = catalogue / name;
    const auto spec = YAML::LoadFile((folder / "case.yaml").string());
    cijfer::test::TempDir dir;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.path().filename() != "case.yaml") dir.write(entry.path().filename().string(), read_bytes(entry.path()));
    for (const auto& input : spec["generate"])
        dir.write(input["file"].as<std::string>(),
                  cijfer::test::generate_input(input["kind"].as<std::string>(), input["size"].as<std::size_t>()));

    const auto result = cijfer::test::run_cijfercheck(dir, spec["args"].as<std::vector<std::string>>());
    BOOST_TEST(result.exit_code == spec["exit"].as<int>());
    BOOST_TEST(result.err == (spec["stderr"] ? spec["stderr"].as<std::string>() : std::string()));
    if (spec["stdout"]) BOOST_TEST(result.out == spec["stdout"].as<std::string>());
    // Lines that must appear in standard output, in this order (a large report is not
    // spelled out whole).
    const auto out_lines = lines_of(result.out);
    auto next = out_lines.begin();
    for (const auto& wanted : spec["stdout_lines"]) {
        const auto line = wanted.as<std::string>();
        const auto found = std::find(next, out_lines.end(), line);
        const bool present = found != out_lines.end();
        BOOST_TEST(present, "missing from standard output (in order): " << line);
        if (found != out_lines.end()) next = found + 1;
    }
}

}  // namespace

bool init_catalogue() {
    auto* suite = BOOST_TEST_SUITE("bad_inputs");
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(catalogue))
        if (entry.is_directory()) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    for (const auto& name : names) suite->add(make_test_case([name] { run_case(name); }, name, __FILE__, __LINE__));
    framework::master_test_suite().add(suite);
    return true;
}

int main(int argc, char* argv[]) { return unit_test_main(&init_catalogue, argc, argv); }
