#include "inputs/read_document.hpp"

#include <string>


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
        // Entry names are stored uncompressed, so they can be seen without opening the
        // archive (libzip lives in the office module, loaded only for such files).
        if (bytes.find("word/document.xml") != std::string_view::npos) return InputFormat::docx;
        if (bytes.find("content.xml") != std::string_view::npos) return InputFormat::odt;
        return InputFormat::docx;  // a damaged or foreign ZIP: the office reader says why
    }
    auto head = bytes.substr(0, 4096);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
    if (head.substr(0, 5) == "<?xml" && head.find("<office:document") != std::string_view::npos)
        return InputFormat::fodt;
    return InputFormat::text;
}

}  // namespace cijfer::inputs
