#pragma once
#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/expression/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::number_lit, at, text)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::string_lit, at, value)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::operation, at, op, value)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::chain, at, first, rest)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::negated, at, minuses, value)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::argument, name_at, name, at, value)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::method_step, at, name, arguments)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::subscript_step, at, index)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::call, at, name, arguments, steps, end)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::bound, at, amount, percent)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::comparison, lhs, op_at, op, rhs, within)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::loop, at, variable_at, variable, values)
BOOST_FUSION_ADAPT_STRUCT(cijfer::expr::ast::rule, for_loop, body)
