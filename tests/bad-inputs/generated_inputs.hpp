#pragma once
// Inputs of the bad-input catalogue too large to commit, written by the test.
#include <cstddef>
#include <string>

namespace cijfer::test {

/// `kind`: "long-line" (one line of `size` bytes of words and numbers), "wide-table" (a
/// table of `size` columns), "many-rows" (a table of `size` rows and its correct total).
std::string generate_input(const std::string& kind, std::size_t size);

}  // namespace cijfer::test
