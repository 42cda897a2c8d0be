// The PDF module itself: the only code that links poppler-cpp. Built as a shared module
// (cijfer_pdf.so) and loaded with dlopen by pdf_loader.cpp.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

#include "inputs/pdf_module.hpp"

namespace {

using cijfer::inputs::PdfText;

void collect_message(const std::string& message, void* closure) {
    static_cast<PdfText*>(closure)->messages.push_back(message);
}

}  // namespace

extern "C" __attribute__((visibility("default"))) void cijfer_pdf_extract(const char* data, std::size_t size,
                                                                         PdfText* out) {
    // Poppler reports problems through this callback, never on stderr.
    poppler::set_debug_error_function(collect_message, out);
    if (size > static_cast<std::size_t>(INT32_MAX)) {
        out->status = PdfText::Status::damaged;
        return;
    }
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(data, static_cast<int>(size)));
    if (!doc) {
        out->status = PdfText::Status::damaged;
    } else if (doc->is_locked()) {
        out->status = PdfText::Status::encrypted;
    } else {
        for (int i = 0; i < doc->pages(); ++i) {
            std::unique_ptr<poppler::page> page(doc->create_page(i));
            if (!page) {
                out->pages.emplace_back();
                continue;
            }
            const auto utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
            out->pages.emplace_back(utf8.begin(), utf8.end());
        }
    }
    poppler::set_debug_error_function(nullptr, nullptr);
}
