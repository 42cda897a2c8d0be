#include "inputs/text_decoding.hpp"

#include <cerrno>
#include <iconv.h>

namespace cijfer::inputs {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

/// Converts `bytes` from `from` to UTF-8 with iconv. A byte iconv cannot convert is an
/// error: it becomes U+FFFD and the conversion goes on after it.
void convert(std::string_view bytes, const char* from, std::size_t unit, std::uint64_t base, DecodedText& out) {
    iconv_t cd = iconv_open("UTF-8", from);
    if (cd == reinterpret_cast<iconv_t>(-1)) {  // glibc always has these; never seen
        out.errors.push_back({base, 0, 0});
        return;
    }
    std::string buffer(bytes.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* to = buffer.data();
        std::size_t to_left = buffer.size();
        const std::size_t rc = iconv(cd, &in, &in_left, &to, &to_left);
        out.utf8.append(buffer.data(), static_cast<std::size_t>(to - buffer.data()));
        if (rc != static_cast<std::size_t>(-1)) break;
        if (errno == E2BIG) continue;
        // EILSEQ or EINVAL (a truncated last unit): report it and skip one code unit.
        const auto at = static_cast<std::uint64_t>(in - bytes.data());
        out.errors.push_back({base + at, static_cast<std::uint32_t>(out.utf8.size()), static_cast<unsigned char>(*in)});
        out.utf8 += replacement;
        const std::size_t skip = std::min(unit, in_left);
        in += skip;
        in_left -= skip;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    iconv_close(cd);
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

std::size_t utf8_sequence_length(std::string_view s) {
    const auto b = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const auto cont = [&](std::size_t i) { return i < s.size() && (b(i) & 0xC0) == 0x80; };
    if (s.empty()) return 0;
    const unsigned char c = b(0);
    if (c < 0x80) return 1;
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        if (c == 0xE0 && b(1) < 0xA0) return 0;   // overlong
        if (c == 0xED && b(1) >= 0xA0) return 0;  // a UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        if (c == 0xF0 && b(1) < 0x90) return 0;   // overlong
        if (c == 0xF4 && b(1) >= 0x90) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

DecodedText decode_text(std::string_view bytes) {
    DecodedText out;
    if (starts_with(bytes, "\xFF\xFE")) {
        out.encoding = "UTF-16LE";
        convert(bytes.substr(2), "UTF-16LE", 2, 2, out);
        return out;
    }
    if (starts_with(bytes, "\xFE\xFF")) {
        out.encoding = "UTF-16BE";
        convert(bytes.substr(2), "UTF-16BE", 2, 2, out);
        return out;
    }
    std::uint64_t base = 0;
    out.encoding = "UTF-8";
    if (starts_with(bytes, "\xEF\xBB\xBF")) {
        out.encoding = "UTF-8 with BOM";
        bytes.remove_prefix(3);
        base = 3;
    }
    // One pass: copy valid sequences, note invalid bytes and whether any multi-byte
    // sequence was valid (which makes the text UTF-8, whatever else it holds).
    out.utf8.reserve(bytes.size());
    bool multi_byte = false;
    for (std::size_t i = 0; i < bytes.size();) {
        // Runs of ASCII, most of a Dutch text, are copied at once.
        std::size_t ascii = i;
        while (ascii < bytes.size() && static_cast<unsigned char>(bytes[ascii]) < 0x80) ++ascii;
        if (ascii > i) {
            out.utf8.append(bytes.substr(i, ascii - i));
            i = ascii;
            continue;
        }
        const auto n = utf8_sequence_length(bytes.substr(i));
        if (n == 0) {
            out.errors.push_back({base + i, static_cast<std::uint32_t>(out.utf8.size()), static_cast<unsigned char>(bytes[i])});
            out.utf8 += replacement;
            ++i;
            continue;
        }
        multi_byte = multi_byte || n > 1;
        out.utf8.append(bytes.substr(i, n));
        i += n;
    }
    if (!out.errors.empty() && !multi_byte && base == 0) {
        out = {};
        out.encoding = "windows-1252";
        convert(bytes, "WINDOWS-1252", 1, 0, out);
    }
    return out;
}

}  // namespace cijfer::inputs
