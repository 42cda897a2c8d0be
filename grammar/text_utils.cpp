#include "grammar/text_utils.hpp"

namespace cijfer {

bool is_non_ascii_letter_at(std::string_view s, std::uint32_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0xC3 || c == 0xE2 || c == 0xEF) return false;  // U+0080-U+00BF, punctuation, BOM
    if (c == 0xC3 && i + 1 < s.size()) {
        const auto d = static_cast<unsigned char>(s[i + 1]);
        return d != 0x97 && d != 0xB7;  // × ÷
    }
    return c >= 0xC3 && c < 0xF0 && i + utf8_length(s[i]) <= s.size();
}

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

std::string fold_word(std::string_view word) {
    std::string out;
    out.reserve(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c == 0xC3 && i + 1 < word.size()) {
            // Latin-1 letters U+00C0-U+00FF: fold the accented vowels Dutch uses.
            const auto d = static_cast<unsigned char>(word[i + 1]) | 0x20;  // lower case
            char base = 0;
            if (d >= 0xA0 && d <= 0xA5) base = 'a';
            else if (d >= 0xA8 && d <= 0xAB) base = 'e';
            else if (d >= 0xAC && d <= 0xAF) base = 'i';
            else if (d >= 0xB2 && d <= 0xB6) base = 'o';
            else if (d >= 0xB9 && d <= 0xBC) base = 'u';
            if (base) {
                out += base;
                ++i;
                continue;
            }
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
    }
    return out;
}

std::string label_key(std::string_view label) {
    std::string out;
    for (char c : fold_word(label)) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) out += c;
    }
    return out;
}

std::string stem(std::string_view w) {
    std::string s(w);
    auto drop = [&s](std::string_view suffix, std::size_t keep) {
        if (s.size() >= suffix.size() + keep && s.ends_with(suffix)) {
            s.resize(s.size() - suffix.size());
            return true;
        }
        return false;
    };
    drop("en", 3) || drop("e", 4) || drop("s", 4);
    return s;
}

}  // namespace cijfer

namespace cijfer {

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace cijfer
