#pragma once
#include <cstddef>
#include <string>

#include "inputs/rendering_data.hpp"

namespace cijfer::inputs {

/// The format asked for: docx or odt (a ZIP archive; the entries decide when both could be),
/// or fodt (flat XML).
enum class OfficeFormat { docx, odt, fodt };

/// What the office module (Word and OpenDocument readers with libzip and pugixml, a shared
/// library loaded only when such a file is read) gives back.
struct OfficeText {
    bool ok = false;
    std::string format;  ///< "docx", "odt", "fodt"
    std::string error;   ///< when not ok: the reason, as the end of "FILE: <error>"
    Rendering rendering;
};

using OfficeReadFunction = void (*)(const char* data, std::size_t size, OfficeFormat format, OfficeText* out);
inline constexpr const char* office_read_symbol = "cijfer_office_read";

/// Loads the module (once) and reads the document; false with `error` set when the module
/// cannot be loaded.
bool read_office(const std::string& bytes, OfficeFormat format, OfficeText& out, std::string& error);

/// The reading itself (office_module.cpp), also linked directly into the tests.
void read_office_document(const char* data, std::size_t size, OfficeFormat format, OfficeText* out);

}  // namespace cijfer::inputs
