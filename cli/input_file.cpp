#include "cli/input_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cijfer::cli {

std::optional<SourceText> read_input(const std::string& path, std::ostream& err) {
    std::error_code ec;
    // An ifstream opens a directory without complaint; only reading it fails.
    if (std::filesystem::is_directory(path, ec)) {
        err << "cijfercheck: error: " << path << ": cannot read: Is a directory\n";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err << "cijfercheck: error: " << path << ": cannot read: " << std::strerror(errno) << '\n';
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return SourceText(path, bytes.str());
}

}  // namespace cijfer::cli
