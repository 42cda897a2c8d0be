#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace cijfer {

/// Bytes in the UTF-8 sequence that starts with `lead` (1 for a stray continuation byte).
std::uint32_t utf8_length(char lead);

/// A letter: ASCII letters and the Latin letters of two-byte UTF-8 (é, ë, ï, ...); the
/// typographic punctuation of U+2000-U+206F and the symbols of U+00A0-U+00BF are not.
bool is_letter_at(std::string_view s, std::uint32_t i);

bool iequals(std::string_view a, std::string_view b);
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
