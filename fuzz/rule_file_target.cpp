// Fuzz target: any bytes as a rule file. load_rule_text is documented never to throw
// (every problem becomes a located RuleFileError), so nothing is caught.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "checker/rule_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto result = cijfer::load_rule_text(text, "fuzz.yaml");
    for (const auto& error : result.errors) {
        if (error.message.empty()) __builtin_trap();
        cijfer::format_rule_file_error(error);
    }
    return 0;
}
