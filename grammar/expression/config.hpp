#pragma once
// The one iterator and context type of the expression grammar: the parse call in
// parse_expression.cpp and BOOST_SPIRIT_INSTANTIATE in expression.cpp must agree on them.
#include <boost/spirit/home/x3.hpp>

namespace cijfer::expr::parser {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;
/// Blanks and line breaks between tokens (a set, not x3::ascii::space, which asserts on
/// the bytes of UTF-8 letters).
using skipper_type = x3::char_set<boost::spirit::char_encoding::standard, char>;
using context_type = x3::phrase_parse_context<skipper_type>::type;

inline skipper_type skipper() { return x3::standard::char_(" \t\r\n"); }

}  // namespace cijfer::expr::parser
