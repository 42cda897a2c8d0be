// Runs the X3 expression grammar and turns its attribute tree into the Spirit-free
// syntax.hpp. Errors become data: a byte offset and a message.
#include "grammar/expression/parse_expression.hpp"

#include "grammar/expression/ast_adapted.hpp"
#include "grammar/expression/config.hpp"
#include "grammar/expression/expression.hpp"

namespace cijfer::expr {
namespace {

namespace x3 = boost::spirit::x3;

bool is_word_byte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/// What stands at `offset`, for "expected X, found Y".
std::string found_at(std::string_view text, std::size_t offset) {
    if (offset >= text.size()) return "the end of the expression";
    std::size_t end = offset + 1;
    if (is_word_byte(text[offset]))
        while (end < text.size() && is_word_byte(text[end])) ++end;
    else
        while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;  // one UTF-8 letter
    return "'" + std::string(text.substr(offset, end - offset)) + "'";
}

/// Refuses nesting deeper than max_nesting before the recursive parser sees it.
std::optional<ParseError> check_nesting(std::string_view text) {
    int depth = 0;
    char quote = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '(' || c == '[') {
            if (++depth > max_nesting)
                return ParseError{i, "brackets nest more than " + std::to_string(max_nesting) +
                                         " deep here (the limit of the expression language)"};
        } else if ((c == ')' || c == ']') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

/// Turns the X3 tree into syntax nodes; also refuses literals the language does not read.
class Converter {
public:
    explicit Converter(const char* begin) : begin_(begin) {}

    std::optional<ParseError> error;

    std::size_t offset(ast::at_t at) const { return static_cast<std::size_t>(at.p - begin_); }

    NodePtr operator()(const ast::number_lit& n) {
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::number;
        node->at = offset(n.at);
        node->end = node->at + n.text.size();
        node->text = n.text;
        const auto dot = n.text.find('.');
        if (dot != std::string::npos && n.text.size() - dot - 1 == 3 && !error)
            error = ParseError{node->at, "'" + n.text + "' is ambiguous: expressions write numbers without thousands "
                                         "separators and with a decimal point (" + n.text.substr(0, dot) +
                                         n.text.substr(dot + 1) + ", or " + n.text.substr(0, n.text.size() - 1) + ")"};
        double value = 0, scale = 0;
        for (char c : n.text) {
            if (c == '.') {
                scale = 1;
            } else if (scale == 0) {
                value = value * 10 + (c - '0');
            } else {
                scale /= 10;
                value += (c - '0') * scale;
            }
        }
        node->number = value;
        return node;
    }

    NodePtr operator()(const ast::string_lit& s) {
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::text;
        node->at = offset(s.at);
        node->text = s.value;
        node->end = node->at + s.value.size() + 2;
        return node;
    }

    NodePtr operator()(const x3::forward_ast<ast::call>& c) {
        const ast::call& call = c.get();
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::call;
        node->at = offset(call.at);
        node->end = offset(call.end);
        node->text = call.name;
        if (call.arguments) {
            node->has_arguments = true;
            node->arguments = convert(*call.arguments);
        }
        for (const ast::step& s : call.steps) node->steps.push_back(boost::apply_visitor(*this, s));
        return node;
    }

    NodePtr operator()(const x3::forward_ast<ast::chain>& c) { return convert(c.get()); }

    NodePtr operator()(const x3::forward_ast<ast::negated>& n) {
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::negate;
        node->at = offset(n.get().at);
        node->negations = static_cast<int>(n.get().minuses.size());
        node->operand = convert(n.get().value);
        node->end = node->operand->end;
        return node;
    }

    Step operator()(const ast::method_step& m) {
        Step step;
        step.name = m.name;
        step.at = offset(m.at);
        if (m.arguments) {
            step.has_arguments = true;
            step.arguments = convert(*m.arguments);
        }
        return step;
    }

    Step operator()(const ast::subscript_step& s) {
        Step step;
        step.at = offset(s.at);
        step.has_arguments = true;
        step.arguments.push_back({"", step.at, convert(s.index)});
        return step;
    }

    NodePtr convert(const ast::operand& operand) { return boost::apply_visitor(*this, operand); }

    /// A chain of one operand is that operand: the tree keeps only real operations.
    NodePtr convert(const ast::chain& chain) {
        auto first = convert(chain.first);
        if (chain.rest.empty()) return first;
        auto node = std::make_shared<Node>();
        node->kind = Node::Kind::chain;
        node->at = offset(chain.at);
        node->first = std::move(first);
        for (const ast::operation& op : chain.rest) node->rest.push_back({op.op, offset(op.at), convert(op.value)});
        node->end = node->rest.back().operand->end;
        return node;
    }

    std::vector<Argument> convert(const std::vector<ast::argument>& arguments) {
        std::vector<Argument> out;
        for (const ast::argument& a : arguments)
            out.push_back({a.name ? *a.name : std::string(), offset(a.name ? a.name_at : a.at), convert(a.value)});
        return out;
    }

    RuleExpression convert(const ast::rule& rule) {
        RuleExpression out;
        if (rule.for_loop) {
            Loop loop;
            loop.at = offset(rule.for_loop->at);
            loop.variable_at = offset(rule.for_loop->variable_at);
            loop.variable = rule.for_loop->variable;
            for (const ast::operand& v : rule.for_loop->values) loop.values.push_back(convert(v));
            out.loop = std::move(loop);
        }
        const ast::comparison& body = rule.body;
        out.comparison.lhs = convert(body.lhs);
        out.comparison.op = body.op;
        out.comparison.op_at = offset(body.op_at);
        out.comparison.rhs = convert(body.rhs);
        if (body.within) {
            Bound bound;
            bound.at = offset(body.within->at);
            bound.amount = (*this)(body.within->amount)->number;
            bound.relative = body.within->percent;
            out.comparison.within = bound;
        }
        return out;
    }

private:
    const char* begin_;
};

}  // namespace

ParseResult parse_expression(std::string_view text) {
    ParseResult result;
    if (auto nesting = check_nesting(text)) {
        result.error = std::move(nesting);
        return result;
    }
    const char* const begin = text.data();
    const char* first = begin;
    const char* const last = begin + text.size();
    ast::rule tree;
    try {
        if (!x3::phrase_parse(first, last, rule_grammar(), parser::skipper(), tree)) {
            result.error = ParseError{static_cast<std::size_t>(first - begin), "expected a rule expression"};
            return result;
        }
    } catch (const x3::expectation_failure<parser::iterator_type>& failure) {
        // X3 fails before skipping blanks: point at the token that is there instead.
        auto offset = static_cast<std::size_t>(failure.where() - begin);
        while (offset < text.size() && (text[offset] == ' ' || text[offset] == '\t' || text[offset] == '\r' ||
                                        text[offset] == '\n'))
            ++offset;
        result.error = ParseError{offset, "expected " + failure.which() + ", found " + found_at(text, offset)};
        return result;
    }
    Converter converter(begin);
    auto expression = converter.convert(tree);
    if (converter.error) {
        result.error = converter.error;
        return result;
    }
    result.expression = std::move(expression);
    return result;
}

}  // namespace cijfer::expr
