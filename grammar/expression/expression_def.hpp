#pragma once
// The expression grammar (docs/expressions.md has it in EBNF). Included only by
// expression.cpp, which instantiates it for config.hpp's iterator and context.
#include <boost/spirit/home/x3.hpp>

#include "grammar/expression/ast.hpp"
#include "grammar/expression/ast_adapted.hpp"
#include "grammar/expression/expression.hpp"

namespace cijfer::expr::parser {

namespace x3 = boost::spirit::x3;
using x3::lexeme;
using x3::lit;

/// Consumes nothing; its attribute is where the next token starts (after blanks).
struct where_parser : x3::parser<where_parser> {
    using attribute_type = ast::at_t;
    static bool const has_attribute = true;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        x3::traits::move_to(ast::at_t{first}, attr);
        return true;
    }
};

/// Consumes nothing; its attribute is the current position (no blanks skipped): the end
/// of what came before.
struct here_parser : x3::parser<here_parser> {
    using attribute_type = ast::at_t;
    static bool const has_attribute = true;
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const&, Context const&, RContext&, Attribute& attr) const {
        x3::traits::move_to(ast::at_t{first}, attr);
        return true;
    }
};

where_parser const where{};
here_parser const here{};

// ASCII by range: X3's character classes assert on the bytes of UTF-8 letters.
auto const letter = x3::char_('a', 'z') | x3::char_('A', 'Z') | x3::char_('_');
auto const digit = x3::char_('0', '9');
auto const word_char = letter | digit;

// Named rules: an expectation failure reports the name of what was expected.
x3::rule<class identifier_class, std::string> const identifier = "a name";
x3::rule<class number_class, ast::number_lit> const number_lit = "a number";
x3::rule<class string_class, ast::string_lit> const string_lit = "a text in quotes";
x3::rule<class primary_class, ast::operand> const primary =
    "an operand (a number, a figure such as table(...), statement(...) or fig(...), or an expression in brackets)";
x3::rule<class negated_class, ast::negated> const negated = "a negated operand";
x3::rule<class unary_class, ast::operand> const unary = "an operand";
x3::rule<class product_class, ast::chain> const product = "an operand";
x3::rule<class sum_class, ast::chain> const sum_expr = "an operand";
// Each operation is its own rule: a sequence inside a kleene star must have a rule of the
// element type, or X3 appends its parts to the list one by one.
x3::rule<class product_op_class, ast::operation> const product_op = "an operation";
x3::rule<class sum_op_class, ast::operation> const sum_op = "an operation";
x3::rule<class argument_class, ast::argument> const argument = "an argument";
x3::rule<class arguments_class, std::vector<ast::argument>> const arguments = "arguments in brackets";
x3::rule<class method_class, ast::method_step> const method_step = "a step such as .row(\"Eindtotaal\")";
x3::rule<class subscript_class, ast::subscript_step> const subscript_step = "a column in brackets";
x3::rule<class step_class, ast::step> const step = "a step";
x3::rule<class call_class, ast::call> const call = "a name";
x3::rule<class operator_class, std::string> const comparison_op = "a comparison (=, ==, !=, <, <=, >, >=)";
x3::rule<class bound_class, ast::bound> const bound = "within";
x3::rule<class comparison_class, ast::comparison> const comparison = "an expression to check, such as a = b + c";
x3::rule<class loop_class, ast::loop> const loop = "for";
x3::rule<class close_paren_class> const close_paren = "')'";
x3::rule<class close_bracket_class> const close_bracket = "']'";
x3::rule<class close_dquote_class> const close_dquote = "a closing '\"'";
x3::rule<class close_squote_class> const close_squote = "a closing \"'\"";
x3::rule<class colon_class> const colon = "':' after the values of the loop";
x3::rule<class in_class> const in_keyword = "'in'";
x3::rule<class end_class> const end_of_input = "the end of the expression";
rule_type const rule_ = "a rule expression";

auto keyword(char const* word) { return lexeme[lit(word) >> !word_char]; }

auto const identifier_def = lexeme[letter >> *word_char];
auto const number_lit_def = where >> x3::raw[lexeme[+digit >> -(lit('.') >> +digit) >> !word_char]];
auto const string_lit_def =
    where >> lexeme[(lit('"') > *(x3::char_ - '"') > close_dquote) | (lit('\'') > *(x3::char_ - '\'') > close_squote)];
auto const close_paren_def = lit(')');
auto const close_bracket_def = lit(']');
auto const close_dquote_def = lit('"');
auto const close_squote_def = lit('\'');
auto const colon_def = lit(':');
auto const in_keyword_def = keyword("in");
auto const end_of_input_def = x3::eoi;

auto const primary_def = number_lit | string_lit | call | (lit('(') > sum_expr > close_paren);
// Minus signs are collected, not nested, so that only brackets make the parser recurse.
auto const negated_def = (where >> +x3::char_('-')) > primary;
auto const unary_def = negated | primary;
auto const product_op_def = (where >> (x3::char_('*') | x3::char_('/'))) > unary;
auto const product_def = where >> unary >> *product_op;
auto const sum_op_def = (where >> (x3::char_('+') | x3::char_('-'))) > product;
auto const sum_expr_def = where >> product >> *sum_op;

// The lookahead keeps a positional argument's first name ("table" of table(...)) out of
// the key: X3 parses a failed optional's string in place.
auto const argument_def = where >> -(&(identifier >> ':') >> identifier >> ':') >> where >> sum_expr;
auto const arguments_def = lit('(') > -(argument % ',') > close_paren;
auto const method_step_def = (where >> lit('.')) > identifier > -arguments;
auto const subscript_step_def = (where >> lit('[')) > sum_expr > close_bracket;
auto const step_def = method_step | subscript_step;
auto const call_def = where >> identifier >> -arguments >> *step >> here;

auto const comparison_op_def = x3::string("==") | x3::string("!=") | x3::string("<=") | x3::string(">=") |
                               x3::string("=") | x3::string("<") | x3::string(">");
auto const bound_def = (where >> keyword("within")) > number_lit > x3::matches[lit('%')];
auto const comparison_def = sum_expr > where > comparison_op > sum_expr > -bound;
auto const loop_def = (where >> keyword("for")) > where > identifier > in_keyword > (primary % ',') > colon;
auto const rule__def = -loop > comparison > end_of_input;

BOOST_SPIRIT_DEFINE(identifier, number_lit, string_lit, close_paren, close_bracket, close_dquote, close_squote,
                    colon, in_keyword, end_of_input, primary, negated, unary, product_op, product, sum_op, sum_expr, argument,
                    arguments, method_step, subscript_step, step, call, comparison_op, bound, comparison, loop,
                    rule_)

}  // namespace cijfer::expr::parser

namespace cijfer::expr {
const parser::rule_type& rule_grammar() { return parser::rule_; }
}  // namespace cijfer::expr
