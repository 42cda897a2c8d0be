#include "grammar/expression/config.hpp"
#include "grammar/expression/expression_def.hpp"

namespace cijfer::expr::parser {
BOOST_SPIRIT_INSTANTIATE(rule_type, iterator_type, context_type)
}  // namespace cijfer::expr::parser
