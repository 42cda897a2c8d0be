#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace cijfer::inputs {

/// What the PDF module (a shared library loaded only when a PDF is read, because linking
/// poppler costs every run ~8 ms at start-up) gives back: the text of each page in
/// physical layout order, or why there is none.
struct PdfText {
    enum class Status { ok, damaged, encrypted };
    Status status = Status::ok;
    std::vector<std::string> pages;     ///< UTF-8, one per page
    std::vector<std::string> messages;  ///< poppler's own messages, via its error callback
    bool ink = false;                   ///< without text: whether any page has something drawn
};

/// The module's one entry point, looked up by name with dlsym.
using PdfExtractFunction = void (*)(const char* data, std::size_t size, PdfText* out);
inline constexpr const char* pdf_extract_symbol = "cijfer_pdf_extract";

/// Loads the module (once) and extracts the text; false with `error` set when the module
/// cannot be loaded.
bool extract_pdf_text(const std::string& bytes, PdfText& out, std::string& error);

}  // namespace cijfer::inputs
