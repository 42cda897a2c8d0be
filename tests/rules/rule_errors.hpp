#pragma once
#include <string>
#include <vector>

#include <boost/test/unit_test.hpp>

#include "checker/rule_kind.hpp"
#include "checker/rule_loader.hpp"

namespace cijfer::test {

/// The loader's errors as the user reads them, for whole-message comparisons.
inline std::vector<std::string> messages(const RuleFileResult& result) {
    std::vector<std::string> lines;
    for (const auto& error : result.errors) lines.push_back(format_rule_file_error(error));
    return lines;
}

inline std::vector<std::string> errors_of(const char* yaml) {
    return messages(load_rule_text(yaml, "rules.yaml"));
}

/// The known-kinds list that unknown-kind messages end with; it follows the registry.
inline std::string known_kinds_list() {
    std::string list;
    for (const auto& kind : rule_kinds()) list += (list.empty() ? "" : ", ") + std::string(kind.id);
    return list.empty() ? "none registered" : list;
}

}  // namespace cijfer::test

/// Compares whole message lists element by element; the expected lines may contain commas.
#define EXPECT_LINES(actual, ...)                                                   \
    do {                                                                            \
        const std::vector<std::string> expected_lines{__VA_ARGS__};                 \
        BOOST_TEST(actual == expected_lines, boost::test_tools::per_element());     \
    } while (false)
