// The office module: the only code that links libzip and pugixml. Built as a shared module
// (cijfer_office.so) and loaded with dlopen by office_loader.cpp.
#include "inputs/office_module.hpp"

#include "inputs/office_readers.hpp"
#include "inputs/zip_archive.hpp"

namespace cijfer::inputs {

void read_office_document(const char* data, std::size_t size, OfficeFormat format, OfficeText* out) {
    const std::string_view bytes(data, size);
    std::optional<Rendering> rendering;
    std::string error;
    if (format == OfficeFormat::fodt) {
        out->format = "fodt";
        rendering = read_flat_odt(bytes, error);
    } else {
        const auto zip = ZipArchive::open(bytes, error);
        if (!zip) {
            out->error = "is a damaged ZIP archive (" + error + "); a .docx or .odt file is a ZIP archive";
            return;
        }
        const bool docx = zip->has("word/document.xml");
        const bool odt = zip->has("content.xml");
        if (docx && format != OfficeFormat::odt) {
            out->format = "docx";
            rendering = read_docx(*zip, error);
        } else if (odt && format != OfficeFormat::docx) {
            out->format = "odt";
            rendering = read_odt(*zip, error);
        } else {
            out->error = "is a ZIP archive but not a Word (.docx) or OpenDocument text (.odt) document";
            return;
        }
    }
    if (!rendering) {
        out->error = "cannot be read: " + error;
        return;
    }
    out->ok = true;
    out->rendering = std::move(*rendering);
}

}  // namespace cijfer::inputs

extern "C" __attribute__((visibility("default"))) void cijfer_office_read(const char* data, std::size_t size,
                                                                         cijfer::inputs::OfficeFormat format,
                                                                         cijfer::inputs::OfficeText* out) {
    cijfer::inputs::read_office_document(data, size, format, out);
}
