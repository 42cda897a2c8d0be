#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "grammar/expression/syntax.hpp"

namespace cijfer::expr {

/// How deeply brackets (parentheses, call arguments, subscripts) may nest. The parser
/// recurses once per level and X3 has no limit of its own, so deeper input is refused
/// before parsing, whatever the stack size (sanitizer builds have bigger frames).
constexpr int max_nesting = 32;

/// What is wrong with an expression and where: a byte offset into its text.
struct ParseError {
    std::size_t offset = 0;
    std::string message;
};

struct ParseResult {
    std::optional<RuleExpression> expression;
    std::optional<ParseError> error;
};

/// Parses a rule expression (grammar: docs/expressions.md). Never throws.
ParseResult parse_expression(std::string_view text);

}  // namespace cijfer::expr
