// Reads an input of any supported format into the UTF-8 rendering the grammar reads.
#include "inputs/read_document.hpp"

#include <fmt/format.h>

#include "inputs/office_module.hpp"
#include "inputs/pdf_module.hpp"
#include "inputs/text_decoding.hpp"

namespace cijfer::inputs {
namespace {

constexpr std::size_t max_reported_bytes = 5;

void fail(std::ostream& err, const std::string& name, std::string_view why) {
    err << "cijfercheck: error: " << name << ": " << why << '\n';
}

/// A form feed starts a page (pdftotext writes one after each page).
std::vector<Place> page_places(std::string_view text) {
    std::vector<Place> places{{0, 1, "page 1"}};
    for (std::size_t i = text.find('\f'); i != std::string_view::npos; i = text.find('\f', i + 1)) {
        if (i + 1 >= text.size()) break;  // a form feed ending the text opens no page
        const int page = static_cast<int>(places.size()) + 1;
        places.push_back({static_cast<std::uint32_t>(i + 1), page, fmt::format("page {}", page)});
    }
    return places;
}

bool has_text(std::string_view text) {
    return text.find_first_not_of(" \t\r\n\f\v") != std::string_view::npos;
}

std::optional<SourceText> read_text(const std::string& name, const std::string& bytes, std::ostream& err) {
    // NUL bytes without a UTF-16 BOM: a binary file, not a text to guess at.
    if (bytes.substr(0, 2) != "\xFF\xFE" && bytes.substr(0, 2) != "\xFE\xFF" &&
        bytes.find('\0') != std::string::npos) {
        if (bytes.substr(0, 4) == "\xD0\xCF\x11\xE0")
            fail(err, name, "is a Word 97-2003 (.doc) or other OLE file, which is not supported; save it as .docx");
        else
            fail(err, name, "is not a text, PDF, Word or OpenDocument file (it holds NUL bytes)");
        return std::nullopt;
    }
    auto decoded = decode_text(bytes);
    SourceText source(name, std::move(decoded.utf8));
    for (std::size_t i = 0; i < decoded.errors.size() && i < max_reported_bytes; ++i) {
        const auto& e = decoded.errors[i];
        const auto at = source.locate(e.utf8_offset);
        err << fmt::format("{}:{}:{}: warning: byte 0x{:02X} at byte offset {} is not valid {}; read as U+FFFD\n", name,
                           at.line, at.column, e.byte, e.offset, decoded.encoding);
    }
    if (decoded.errors.size() > max_reported_bytes)
        err << fmt::format("{}: warning: {} more bytes that are not valid {}\n", name,
                           decoded.errors.size() - max_reported_bytes, decoded.encoding);
    if (source.bytes().find('\f') != std::string_view::npos) source.set_places(page_places(source.bytes()));
    source.set_info({"text", decoded.encoding});
    return source;
}

/// Poppler's first message without its "error: " prefix, for a report in parentheses.
std::string poppler_detail(const PdfText& pdf) {
    if (pdf.messages.empty()) return "";
    std::string first = pdf.messages.front();
    if (first.starts_with("error: ")) first.erase(0, 7);
    return " (poppler: " + first + ")";
}

std::optional<SourceText> read_pdf(const std::string& name, const std::string& bytes, std::ostream& err) {
    PdfText pdf;
    std::string error;
    if (!extract_pdf_text(bytes, pdf, error)) {
        fail(err, name, error);
        return std::nullopt;
    }
    if (pdf.status == PdfText::Status::encrypted) {
        fail(err, name, "is an encrypted PDF that needs a password; save an unprotected copy");
        return std::nullopt;
    }
    if (pdf.status == PdfText::Status::damaged || pdf.pages.empty()) {
        fail(err, name, "is a damaged PDF that cannot be read" + poppler_detail(pdf));
        return std::nullopt;
    }
    std::string text;
    // A form feed on a line of its own between pages: a page break also ends a paragraph,
    // and no title or label starts with one.
    for (std::size_t p = 0; p < pdf.pages.size(); ++p) {
        if (p > 0) text += "\f\n";
        text += pdf.pages[p];
        if (!text.empty() && text.back() != '\n') text += '\n';
    }
    if (!has_text(text)) {
        if (pdf.ink)
            fail(err, name, "contains no text layer; run OCR first");
        else
            fail(err, name, pdf.pages.size() == 1 ? std::string("is empty: its page holds no text")
                                             : fmt::format("is empty: its {} pages hold no text", pdf.pages.size()));
        return std::nullopt;
    }
    // Poppler repairs what it can of a damaged file; the user must know the text may be short.
    if (!pdf.messages.empty())
        err << "cijfercheck: warning: " << name << ": the PDF is damaged and was repaired while reading; text may be missing"
            << poppler_detail(pdf) << '\n';
    SourceText source(name, std::move(text));
    source.set_places(page_places(source.bytes()));
    source.set_info({"pdf", "UTF-8"});
    return source;
}

std::optional<SourceText> read_office_file(const std::string& name, const std::string& bytes, OfficeFormat format,
                                           std::ostream& err) {
    OfficeText office;
    std::string error;
    if (!read_office(bytes, format, office, error)) {
        fail(err, name, error);
        return std::nullopt;
    }
    if (!office.ok) {
        fail(err, name, office.error);
        return std::nullopt;
    }
    return make_source(name, std::move(office.rendering), {office.format, "UTF-8"});
}

}  // namespace

std::optional<SourceText> read_document(const std::string& name, std::string bytes, InputFormat format,
                                        std::ostream& err) {
    if (bytes.empty()) {
        fail(err, name, "is empty (0 bytes)");
        return std::nullopt;
    }
    const InputFormat detected = detect_format(bytes);
    if (format == InputFormat::automatic) format = detected;
    std::optional<SourceText> source;
    switch (format) {
    case InputFormat::pdf:
        if (detected != InputFormat::pdf) {
            fail(err, name, "is not a PDF (it does not start with %PDF-)");
            return std::nullopt;
        }
        return read_pdf(name, bytes, err);
    case InputFormat::docx:
    case InputFormat::odt:
        if (bytes.substr(0, 2) != "PK") {
            fail(err, name, "is not a ZIP archive, so not a .docx or .odt document");
            return std::nullopt;
        }
        source = read_office_file(name, bytes, format == InputFormat::odt ? OfficeFormat::odt : OfficeFormat::docx, err);
        break;
    case InputFormat::fodt:
        source = read_office_file(name, bytes, OfficeFormat::fodt, err);
        break;
    case InputFormat::automatic:
    case InputFormat::text:
        source = read_text(name, bytes, err);
        break;
    }
    if (source && !has_text(source->bytes())) {
        fail(err, name, "contains no text");
        return std::nullopt;
    }
    return source;
}

}  // namespace cijfer::inputs
