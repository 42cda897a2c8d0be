#pragma once
// An independent count of the numeric tokens of a text, written from the definition in
// docs/coverage.md and deliberately not from the lexer, for the partition tests.
#include <string>
#include <vector>

namespace cijfer::test {

/// A numeric token: a maximal run of ASCII digits, joined by single dots or commas that
/// stand between two digits, or by a no-break, narrow no-break or thin space before
/// exactly three digits ("1 025"). Written independently of the lexer on purpose.
/// Spans as "begin-end" text, so that a difference prints readably.
inline std::vector<std::string> scan_numeric_tokens(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    auto wide_space = [&](std::size_t k) -> std::size_t {
        for (const std::string sp : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"})
            if (s.compare(k, sp.size(), sp) == 0) return sp.size();
        return 0;
    };
    while (i < s.size()) {
        if (!digit(i)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (true) {
            if (digit(i) || ((s[i] == '.' || s[i] == ',') && digit(i + 1) && i > start)) {
                ++i;
                continue;
            }
            const auto w = i < s.size() ? wide_space(i) : 0;
            if (w && digit(i + w) && digit(i + w + 1) && digit(i + w + 2) && !digit(i + w + 3)) {
                i += w;
                continue;
            }
            break;
        }
        out.push_back(std::to_string(start) + "-" + std::to_string(i));
    }
    return out;
}

}  // namespace cijfer::test
