#include "inputs/module_loader.hpp"
#include "inputs/pdf_module.hpp"

namespace cijfer::inputs {

bool extract_pdf_text(const std::string& bytes, PdfText& out, std::string& error) {
    std::string why;
    const auto extract = reinterpret_cast<PdfExtractFunction>(module_symbol("cijfer_pdf.so", pdf_extract_symbol, why));
    if (!extract) {
        error = "PDF support is not available: " + why;
        return false;
    }
    extract(bytes.data(), bytes.size(), &out);
    return true;
}

}  // namespace cijfer::inputs
