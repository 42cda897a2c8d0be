// Loads the PDF module on demand: a text check never pays for poppler.
#include <dlfcn.h>

#include <filesystem>
#include <system_error>

#include "inputs/pdf_module.hpp"

namespace cijfer::inputs {
namespace {

/// Next to the running executable first (a build tree, a relocated install), then where
/// the build installs it.
std::vector<std::string> module_candidates() {
    std::vector<std::string> paths;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) paths.push_back((exe.parent_path() / "cijfer_pdf.so").string());
#ifdef CIJFER_PDF_MODULE_INSTALL_PATH
    paths.emplace_back(CIJFER_PDF_MODULE_INSTALL_PATH);
#endif
    return paths;
}

PdfExtractFunction load_module(std::string& error) {
    static PdfExtractFunction loaded = nullptr;
    static std::string load_error;
    static bool tried = false;
    if (!tried) {
        tried = true;
        for (const auto& path : module_candidates()) {
            void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (!handle) {
                if (load_error.empty()) load_error = dlerror();
                continue;
            }
            loaded = reinterpret_cast<PdfExtractFunction>(dlsym(handle, pdf_extract_symbol));
            if (loaded) break;
        }
        if (!loaded && load_error.empty()) load_error = "cijfer_pdf.so not found";
    }
    if (!loaded) error = "PDF support is not available: " + load_error;
    return loaded;
}

}  // namespace

bool extract_pdf_text(const std::string& bytes, PdfText& out, std::string& error) {
    const auto extract = load_module(error);
    if (!extract) return false;
    extract(bytes.data(), bytes.size(), &out);
    return true;
}

}  // namespace cijfer::inputs
