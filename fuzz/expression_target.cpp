// Fuzz target: any bytes as a rule expression, parsed and then compiled (names, selector
// keys, loops checked). Both are documented never to throw: every problem is a located
// ParseError or CompileError, so nothing is caught.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/kinds/expression/program.hpp"
#include "grammar/expression/parse_expression.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = cijfer::expr::parse_expression(text);
    // Exactly one of a tree and an error, and an error points into the text.
    if (parsed.expression.has_value() == parsed.error.has_value()) __builtin_trap();
    if (parsed.error && (parsed.error->message.empty() || parsed.error->offset > size)) __builtin_trap();

    const auto compiled = cijfer::expr::compile_expression(text);
    if (compiled.program.has_value() == compiled.error.has_value()) __builtin_trap();
    if (compiled.error && (compiled.error->message.empty() || compiled.error->offset > size)) __builtin_trap();
    // A text the parser refuses, the compiler refuses with the parser's error.
    if (parsed.error && (!compiled.error || compiled.error->offset != parsed.error->offset)) __builtin_trap();
    return 0;
}
