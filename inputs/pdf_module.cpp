// The PDF module itself: the only code that links poppler-cpp. Built as a shared module
// (cijfer_pdf.so) and loaded with dlopen by pdf_loader.cpp.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>

#include <poppler-image.h>
#include <poppler-page-renderer.h>

#include "inputs/pdf_module.hpp"
#include "inputs/pdf_superscripts.hpp"

namespace {

using cijfer::inputs::PdfText;
using cijfer::inputs::Superscript;

constexpr double superscript_ratio = 0.85;  ///< a digit run this much smaller than its neighbour
constexpr double ink_dpi = 12;              ///< enough to tell a blank page from a scanned one

std::string utf8_of(const poppler::ustring& u) {
    const auto bytes = u.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

bool all_digits(const std::string& s) {
    if (s.empty() || s.size() > 3) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

bool same_line(const poppler::rectf& a, const poppler::rectf& b) {
    return a.top() < b.bottom() && b.top() < a.bottom();
}

/// Footnote numbers set smaller than the word beside them, from poppler's word boxes.
std::vector<Superscript> superscripts(const poppler::page& page) {
    std::vector<Superscript> marks;
    const auto boxes = page.text_list(poppler::page::text_list_include_font);
    for (std::size_t i = 0; i < boxes.size(); ++i) {
        const auto digits = utf8_of(boxes[i].text());
        if (!all_digits(digits) || !boxes[i].has_font_info()) continue;
        const double size = boxes[i].get_font_size();
        const bool after_word = i > 0 && same_line(boxes[i - 1].bbox(), boxes[i].bbox()) &&
                                boxes[i - 1].bbox().left() < boxes[i].bbox().left();
        if (after_word && size < superscript_ratio * boxes[i - 1].get_font_size()) {
            marks.push_back({utf8_of(boxes[i - 1].text()), digits, ""});
        } else if (!after_word && i + 1 < boxes.size() && size < superscript_ratio * boxes[i + 1].get_font_size()) {
            marks.push_back({"", digits, utf8_of(boxes[i + 1].text())});
        }
    }
    return marks;
}

/// A page with something drawn on it (a scan, a picture), rendered small.
bool has_ink(const poppler::page& page) {
    poppler::page_renderer renderer;
    const poppler::image img = renderer.render_page(&page, ink_dpi, ink_dpi);
    if (!img.is_valid() || img.format() != poppler::image::format_argb32) return false;
    const char* data = img.const_data();
    for (int y = 0; y < img.height(); ++y) {
        const auto* row = reinterpret_cast<const unsigned char*>(data + static_cast<std::ptrdiff_t>(y) * img.bytes_per_row());
        for (int x = 0; x < img.width(); ++x) {
            const unsigned char* px = row + 4 * x;  // B G R A
            if (px[3] != 0 && (px[0] < 0xF0 || px[1] < 0xF0 || px[2] < 0xF0)) return true;
        }
    }
    return false;
}

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
            auto text = utf8_of(page->text(poppler::rectf(), poppler::page::physical_layout));
            out->pages.push_back(cijfer::inputs::repair_superscripts(std::move(text), superscripts(*page)));
        }
        bool text = false;
        for (const auto& p : out->pages) text = text || p.find_first_not_of(" \t\r\n\f") != std::string::npos;
        // No text at all: a scan (something drawn) or really empty pages?
        for (int i = 0; !text && !out->ink && i < doc->pages(); ++i) {
            std::unique_ptr<poppler::page> page(doc->create_page(i));
            out->ink = page && has_ink(*page);
        }
    }
    poppler::set_debug_error_function(nullptr, nullptr);
}
