#pragma once
#include <filesystem>
#include <string>
#include <vector>

namespace cijfer::test {

/// A fresh directory for one test's inputs and outputs, removed afterwards.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    /// Writes `text` to `name` inside the directory and returns its full path.
    std::string write(const std::string& name, const std::string& text) const;
    std::string read(const std::string& name) const;

private:
    std::filesystem::path path_;
};

struct RunResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// The bytes of a file of the project's source tree: `project_text("datasets/x/y.yaml")`.
std::string project_text(const std::string& relative);

/// Runs the built cijfercheck with `args` inside `dir`, capturing stdout and stderr.
RunResult run_cijfercheck(const TempDir& dir, const std::vector<std::string>& args);

/// A small table whose parts and totals all agree.
extern const char* const consistent_table;
/// The same table with 1.1 + 1.2 = 31 under a parent of 30 (2023).
extern const char* const wrong_sum_table;

}  // namespace cijfer::test
