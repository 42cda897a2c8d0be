#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cijfer::expr {

// The syntax tree of a rule expression (docs/expressions.md), as plain data without
// Spirit. Every position is a byte offset into the expression text.

struct Node;
using NodePtr = std::shared_ptr<const Node>;

/// `name: value` or a positional `value` of a call or step.
struct Argument {
    std::string name;        ///< empty for a positional argument
    std::size_t name_at = 0;
    NodePtr value;
};

/// `.row("3.3")`, `.total` or `[year]` after a call.
struct Step {
    std::string name;        ///< "row", "total", ...; empty for a subscript `[...]`
    std::size_t at = 0;
    bool has_arguments = false;
    std::vector<Argument> arguments;  ///< a subscript has one positional argument
};

struct Operation {
    char op = '+';           ///< + - * /
    std::size_t at = 0;
    NodePtr operand;
};

struct Node {
    enum class Kind {
        number,   ///< 100, 2023, 0.5 (`text` holds it as written)
        text,     ///< "vraag 2" (`text` holds it without quotes)
        call,     ///< table(...).total["2023"], sum(...), year, columns
        chain,    ///< first op operand op operand ... (one level of + - or * /)
        negate,   ///< `negations` leading minus signs before `operand`
    };
    Kind kind = Kind::number;
    std::size_t at = 0;
    std::size_t end = 0;     ///< one past the node's last byte (for calls and literals)
    double number = 0;
    std::string text;        ///< a number as written, a text's value, or a call's name
    bool has_arguments = false;
    std::vector<Argument> arguments;
    std::vector<Step> steps;
    NodePtr first;           ///< chain
    std::vector<Operation> rest;
    int negations = 0;       ///< negate
    NodePtr operand;
};

struct Bound {
    double amount = 0;
    bool relative = false;   ///< `within 1%` (true) or `within 5`
    std::size_t at = 0;
};

struct Comparison {
    NodePtr lhs;
    std::string op;          ///< = == != < <= > >=
    std::size_t op_at = 0;
    NodePtr rhs;
    std::optional<Bound> within;
};

/// `for year in columns:` or `for year in 2023, 2024:`.
struct Loop {
    std::string variable;
    std::size_t at = 0;
    std::size_t variable_at = 0;
    std::vector<NodePtr> values;  ///< a single call `columns`, or numbers and texts
};

struct RuleExpression {
    std::optional<Loop> loop;
    Comparison comparison;
};

}  // namespace cijfer::expr
