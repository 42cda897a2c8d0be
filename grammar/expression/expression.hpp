#pragma once
// The expression grammar's rule declaration (X3 example layout: ast, config, def, instantiate).
#include <boost/spirit/home/x3.hpp>

#include "grammar/expression/ast.hpp"

namespace cijfer::expr::parser {

namespace x3 = boost::spirit::x3;

struct rule_class;
using rule_type = x3::rule<rule_class, ast::rule>;
BOOST_SPIRIT_DECLARE(rule_type)

}  // namespace cijfer::expr::parser

namespace cijfer::expr {
/// The whole rule expression: `[for VAR in DOMAIN:] lhs OP rhs [within N[%]]`.
const parser::rule_type& rule_grammar();
}  // namespace cijfer::expr
