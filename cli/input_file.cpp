#include "cli/input_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "inputs/read_document.hpp"

namespace cijfer::cli {

std::optional<SourceText> read_input(const std::string& path, const std::string& format, std::ostream& err) {
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
    const auto parsed = inputs::parse_input_format(format);
    return inputs::read_document(path, std::move(bytes).str(), parsed.value_or(inputs::InputFormat::automatic), err);
}

void add_input_format_option(CLI::App& cmd, std::string& format) {
    cmd.add_option("--input-format", format, "Read the input as this format instead of detecting it by content")
        ->check(CLI::IsMember({"auto", "text", "pdf", "docx", "odt", "fodt"}))
        ->capture_default_str();
}

}  // namespace cijfer::cli
