#pragma once
// The X3 attribute types of the expression grammar (internal to grammar/expression/;
// parse_expression.cpp turns them into the Spirit-free syntax.hpp).
#include <string>
#include <vector>

#include <boost/optional.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

namespace cijfer::expr::ast {

namespace x3 = boost::spirit::x3;

/// Where a node starts in the input (filled by the `where` parser, see expression_def.hpp).
struct at_t {
    const char* p = nullptr;
};

struct number_lit {
    at_t at;
    std::string text;
};

struct string_lit {
    at_t at;
    std::string value;
};

struct chain;
struct call;
struct negated;

struct operand : x3::variant<number_lit, string_lit, x3::forward_ast<call>, x3::forward_ast<chain>,
                             x3::forward_ast<negated>> {
    using base_type::base_type;
    using base_type::operator=;
};

struct operation {
    at_t at;
    char op = '+';
    operand value;
};

struct chain {
    at_t at;
    operand first;
    std::vector<operation> rest;
};

struct negated {
    at_t at;
    std::string minuses;
    operand value;
};

struct argument {
    at_t name_at;
    boost::optional<std::string> name;
    at_t at;
    chain value;
};

struct method_step {
    at_t at;
    std::string name;
    boost::optional<std::vector<argument>> arguments;
};

struct subscript_step {
    at_t at;
    chain index;
};

struct step : x3::variant<method_step, subscript_step> {
    using base_type::base_type;
    using base_type::operator=;
};

struct call {
    at_t at;
    std::string name;
    boost::optional<std::vector<argument>> arguments;
    std::vector<step> steps;
    at_t end;
};

struct bound {
    at_t at;
    number_lit amount;
    bool percent = false;
};

struct comparison {
    chain lhs;
    at_t op_at;
    std::string op;
    chain rhs;
    boost::optional<bound> within;
};

struct loop {
    at_t at;
    at_t variable_at;
    std::string variable;
    std::vector<operand> values;
};

struct rule {
    boost::optional<loop> for_loop;
    comparison body;
};

}  // namespace cijfer::expr::ast
