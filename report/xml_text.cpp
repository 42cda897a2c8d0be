#include "report/xml_text.hpp"

#include <cstdint>

namespace cijfer {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

bool allowed_in_xml(std::uint32_t cp) {
    if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
    if (cp >= 0xD800 && cp <= 0xDFFF) return false;
    return cp != 0xFFFE && cp != 0xFFFF && cp <= 0x10FFFF;
}

/// The length of the well-formed UTF-8 sequence at `at` (in its shortest form; surrogates
/// are left to allowed_in_xml), or 0 when there is none; its code point goes in `cp`.
std::size_t decode(std::string_view text, std::size_t at, std::uint32_t& cp) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    std::uint32_t min = 0;
    if (lead < 0x80) {
        cp = lead;
        return 1;
    }
    if ((lead & 0xE0) == 0xC0) { length = 2; cp = lead & 0x1Fu; min = 0x80; }
    else if ((lead & 0xF0) == 0xE0) { length = 3; cp = lead & 0x0Fu; min = 0x800; }
    else if ((lead & 0xF8) == 0xF0) { length = 4; cp = lead & 0x07u; min = 0x10000; }
    else return 0;
    if (at + length > text.size()) return 0;
    for (std::size_t i = 1; i < length; ++i) {
        const auto c = static_cast<unsigned char>(text[at + i]);
        if (!is_continuation(c)) return 0;
        cp = (cp << 6) | (c & 0x3Fu);
    }
    return cp < min ? 0 : length;  // an overlong form is not UTF-8
}

}  // namespace

std::string xml_safe_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        std::uint32_t cp = 0;
        const std::size_t length = decode(text, at, cp);
        if (length == 0) {
            out += replacement;
            ++at;  // resynchronise on the next byte
            continue;
        }
        if (allowed_in_xml(cp)) out.append(text, at, length);
        else out += replacement;
        at += length;
    }
    return out;
}

}  // namespace cijfer
