// Fuzz target: the number grammar at every position of the input. parse_number_at is
// documented to return nullopt where no number starts; it never throws, so nothing is
// caught.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "grammar/number_grammar.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > 4096) return 0;  // every position is tried: keep each run short
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (std::uint32_t pos = 0; pos < text.size(); ++pos) {
        auto literal = cijfer::parse_number_at(text, pos);
        if (!literal) continue;
        // The literal lies inside the text and starts where it was asked to.
        if (literal->span.begin != pos || literal->span.end > text.size() || literal->span.end <= pos)
            __builtin_trap();
        cijfer::ambiguous_readings(*literal, text.substr(pos, literal->span.end - pos));
        cijfer::read_parentheses_as_negative(*literal);
        cijfer::minus_sign_length(text, pos);
        cijfer::group_space_length(text, pos);
    }
    return 0;
}
