#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "inputs/zip_archive.hpp"
#include "source/source_text.hpp"

namespace cijfer::inputs {

/// Word (.docx): word/document.xml, with word/footnotes.xml kept apart.
std::optional<SourceText> read_docx(std::string name, const ZipArchive& zip, std::string& error);
/// OpenDocument text (.odt): content.xml.
std::optional<SourceText> read_odt(std::string name, const ZipArchive& zip, std::string& error);
/// Flat OpenDocument text (.fodt): the same XML in one file.
std::optional<SourceText> read_flat_odt(std::string name, std::string_view xml, std::string& error);

}  // namespace cijfer::inputs
