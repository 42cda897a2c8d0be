#pragma once
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "source/source_text.hpp"

namespace cijfer::inputs {

enum class InputFormat { automatic, text, pdf, docx, odt, fodt };

/// "auto", "text", "pdf", "docx", "odt", "fodt" (the names `--input-format` takes).
std::optional<InputFormat> parse_input_format(std::string_view name);

/// The format the bytes are in, by their content: "%PDF-", a ZIP holding word/document.xml
/// (docx) or an OpenDocument text mimetype (odt), a flat OpenDocument XML; text otherwise
/// (BOMs and encodings are the text decoder's business).
InputFormat detect_format(std::string_view bytes);

/// Reads one input in `format` (automatic: detected) into its UTF-8 text rendering, with
/// its places (pages, paragraphs, table rows) and laid-out tables. Problems go to `err`
/// as `cijfercheck: error: FILE: ...` (nothing could be read: nullopt) or as warnings
/// (bytes that are not valid in the encoding, read as U+FFFD).
std::optional<SourceText> read_document(const std::string& name, std::string bytes, InputFormat format,
                                        std::ostream& err);

}  // namespace cijfer::inputs
