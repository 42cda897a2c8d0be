#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cijfer::inputs {

/// A byte the decoder could not read, at its offset in the file as given.
struct DecodeError {
    std::uint64_t offset = 0;      ///< in the file
    std::uint32_t utf8_offset = 0; ///< of its U+FFFD in the converted text
    unsigned char byte = 0;
};

/// A text input converted to UTF-8, with the encoding that was assumed.
struct DecodedText {
    std::string utf8;
    std::string encoding;              ///< "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE", "windows-1252"
    std::vector<DecodeError> errors;   ///< each replaced by U+FFFD in `utf8`
};

/// Detects the encoding of a text input and converts it to UTF-8 (glibc iconv):
/// a BOM decides (UTF-8, UTF-16LE, UTF-16BE); without one the text is UTF-8 unless it
/// holds no valid multi-byte UTF-8 sequence at all and some byte above 0x7F, and then it is
/// Windows-1252. A UTF-8 text with some invalid bytes stays UTF-8: those bytes are errors.
DecodedText decode_text(std::string_view bytes);

/// Length of the valid UTF-8 sequence at the start of `s` (1 to 4), or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view s);

}  // namespace cijfer::inputs
