// Fuzz target: any bytes as a document, read by the grammar and checked with the
// built-in rules. parse_document and run_checks are documented never to throw, so
// nothing is caught: any exception, crash, leak or undefined behaviour is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/checker.hpp"
#include "fuzz/built_in_rules.hpp"
#include "grammar/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const cijfer::SourceText source("fuzz.txt", std::string(reinterpret_cast<const char*>(data), size));
    const auto doc = cijfer::parse_document(source);
    const auto report = cijfer::run_checks(doc, cijfer::fuzz::built_in_rules());
    // Nothing lost: every numeric token is in exactly one class.
    const auto& c = report.coverage;
    if (c.checked + c.placed + c.non_statistical + c.unclassified != c.total ||
        c.total != static_cast<decltype(c.total)>(doc.tokens.size()))
        __builtin_trap();
    return 0;
}
