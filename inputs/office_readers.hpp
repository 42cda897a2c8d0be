#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "inputs/rendering_data.hpp"
#include "inputs/zip_archive.hpp"

namespace cijfer::inputs {

/// Word (.docx): word/document.xml, with word/footnotes.xml kept apart.
std::optional<Rendering> read_docx(const ZipArchive& zip, std::string& error);
/// OpenDocument text (.odt): content.xml.
std::optional<Rendering> read_odt(const ZipArchive& zip, std::string& error);
/// Flat OpenDocument text (.fodt): the same XML in one file.
std::optional<Rendering> read_flat_odt(std::string_view xml, std::string& error);

}  // namespace cijfer::inputs
