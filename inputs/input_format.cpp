#include "inputs/read_document.hpp"

#include <string>

#include "inputs/zip_archive.hpp"

namespace cijfer::inputs {

std::optional<InputFormat> parse_input_format(std::string_view name) {
    if (name == "auto") return InputFormat::automatic;
    if (name == "text") return InputFormat::text;
    if (name == "pdf") return InputFormat::pdf;
    if (name == "docx") return InputFormat::docx;
    if (name == "odt") return InputFormat::odt;
    if (name == "fodt") return InputFormat::fodt;
    return std::nullopt;
}

InputFormat detect_format(std::string_view bytes) {
    // A PDF may have a little junk before its header; readers accept it within 1 KB.
    if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return InputFormat::pdf;
    if (bytes.substr(0, 4) == "PK\x03\x04" || bytes.substr(0, 4) == "PK\x05\x06") {
        std::string ignored;
        const auto zip = ZipArchive::open(bytes, ignored);
        if (zip && zip->has("word/document.xml")) return InputFormat::docx;
        if (zip && zip->has("content.xml")) return InputFormat::odt;
        return InputFormat::docx;  // a damaged or foreign ZIP: the docx reader says why
    }
    auto head = bytes.substr(0, 4096);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    if (head.substr(0, 5) == "<?xml" && head.find("<office:document") != std::string_view::npos)
        return InputFormat::fodt;
    return InputFormat::text;
}

}  // namespace cijfer::inputs
