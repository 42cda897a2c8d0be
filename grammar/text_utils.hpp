#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace cijfer {

/// Bytes in the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
/// Inline, with is_letter_at: the lexer asks both of nearly every byte of a text.
inline std::uint32_t utf8_length(char lead) {
    const auto c = static_cast<unsigned char>(lead);
    if (c < 0xC0) return 1;
    if (c < 0xE0) return 2;
    if (c < 0xF0) return 3;
    return 4;
}

/// is_letter_at for a byte of 0x80 or more.
bool is_non_ascii_letter_at(std::string_view s, std::uint32_t i);

/// A letter: ASCII letters and the Latin letters of two-byte UTF-8 (é, ë, ï, ...); the
/// typographic punctuation of U+2000-U+206F and the symbols of U+00A0-U+00BF are not.
inline bool is_letter_at(std::string_view s, std::uint32_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return is_non_ascii_letter_at(s, i);
}

/// ASCII case-insensitive equality; inline because keyword tests run on every word.
inline bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.empty() || (a[0] | 0x20) != (b[0] | 0x20)) return false;
    for (std::size_t i = 1; i < a.size(); ++i) {
        const char x = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] | 0x20) : a[i];
        const char y = (b[i] >= 'A' && b[i] <= 'Z') ? static_cast<char>(b[i] | 0x20) : b[i];
        if (x != y) return false;
    }
    return true;
}
std::string to_lower_ascii(std::string_view s);

/// Lower case with accents folded ("beëindiging" -> "beeindiging"); other bytes kept.
std::string fold_word(std::string_view word);

/// A key for comparing labels across tables and PDF artefacts: folded, letters and digits
/// only ("Gevaarli jk ri jgedrag" and "Gevaarlijk rijgedrag" -> "gevaarlijkrijgedrag").
std::string label_key(std::string_view label);

/// A crude Dutch stem for matching noun phrases: "onvoorwaardelijke" -> "onvoorwaardelijk",
/// "sepots" -> "sepot", "misdrijfzaken" -> "misdrijfzak". Only used to compare phrases.
std::string stem(std::string_view folded_word);

}  // namespace cijfer

namespace cijfer {
/// Text with every run of white space (line breaks included) as one space.
std::string collapse_spaces(std::string_view text);
}  // namespace cijfer

namespace cijfer {
/// A word as written, compared with lower-case ASCII keywords ignoring case, without
/// copying it (keyword tests run on every word of a document).
struct WordView {
    std::string_view text;
    bool operator==(std::string_view keyword) const { return iequals(text, keyword); }
};
}  // namespace cijfer
