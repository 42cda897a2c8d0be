// Checks a parsed rule expression for meaning and turns it into a Program
// (docs/expressions.md). Every error names what is wrong at a byte offset.
#include <algorithm>

#include <fmt/format.h>

#include "checker/kinds/expression/program.hpp"
#include "grammar/expression/parse_expression.hpp"

namespace cijfer::expr {

bool Pick::list() const {
    if (source != Source::table) return false;
    if (rows == Rows::one || rows == Rows::total) return !column.has_value();
    return true;
}

namespace {

struct Failure {
    CompileError error;
};

[[noreturn]] void fail(std::size_t at, std::string message) { throw Failure{{at, std::move(message)}}; }

bool names_table(const Term& t) {
    if (t.kind == Term::Kind::pick && t.pick.source == Pick::Source::table) return true;
    return std::any_of(t.operands.begin(), t.operands.end(), names_table);
}

class Compiler {
public:
    explicit Compiler(std::optional<std::string> variable) : variable_(std::move(variable)) {}

    Term term(const Node& node, bool in_sum) {
        Term t;
        t.at = node.at;
        switch (node.kind) {
        case Node::Kind::number:
            t.kind = Term::Kind::number;
            t.number = node.number;
            return t;
        case Node::Kind::text:
            fail(node.at, fmt::format("\"{}\" is a text, not a value; selectors take texts: table(title: \"{}\")",
                                      node.text, node.text));
        case Node::Kind::negate:
            t.kind = Term::Kind::negate;
            t.number = node.negations % 2 ? -1 : 1;
            t.operands.push_back(term(*node.operand, false));
            return t;
        case Node::Kind::chain:
            t.kind = Term::Kind::chain;
            t.operands.push_back(term(*node.first, false));
            for (const Operation& op : node.rest) {
                t.ops.push_back(op.op);
                t.operands.push_back(term(*op.operand, false));
            }
            return t;
        case Node::Kind::call: break;
        }
        return call(node, in_sum);
    }

    /// A value that names a column, a year or a key: a text, a number, or the loop variable
    /// with an optional offset.
    Value value(const Node& node, const char* what) {
        Value v;
        v.at = node.at;
        if (node.kind == Node::Kind::text || node.kind == Node::Kind::number) {
            v.fixed = node.text;
            return v;
        }
        const Node* name = &node;
        if (node.kind == Node::Kind::chain && node.rest.size() == 1 && node.rest[0].operand->kind == Node::Kind::number &&
            (node.rest[0].op == '+' || node.rest[0].op == '-') &&
            node.rest[0].operand->text.find('.') == std::string::npos) {
            name = node.first.get();
            const int n = std::stoi(node.rest[0].operand->text.substr(0, 6));
            v.offset = node.rest[0].op == '+' ? n : -n;
        }
        if (name->kind == Node::Kind::call && variable_ && name->text == *variable_ && !name->has_arguments &&
            name->steps.empty())
            return v;
        fail(node.at, fmt::format("{} must be a text, a number or the loop variable{}", what,
                                  variable_ ? fmt::format(" ('{}', '{} - 1')", *variable_, *variable_) : ""));
    }

private:
    std::optional<std::string> variable_;

    static std::string text_of(const Argument& a, const char* what) {
        if (a.value->kind != Node::Kind::text) fail(a.value->at, fmt::format("{} must be a text in quotes", what));
        return a.value->text;
    }

    static void no_steps(const Node& node) {
        if (!node.steps.empty())
            fail(node.steps[0].at, fmt::format("{}(...) takes no steps such as .row or [...]", node.text));
    }

    static void check_keys(const Node& node, std::initializer_list<std::string_view> allowed) {
        for (const Argument& a : node.arguments) {
            if (a.name.empty())
                fail(a.value->at, fmt::format("{}(...) takes named keys: {}", node.text, fmt::join(allowed, ", ")));
            if (std::find(allowed.begin(), allowed.end(), a.name) == allowed.end())
                fail(a.name_at, fmt::format("unknown key '{}' in {}(...) (allowed keys: {})", a.name, node.text,
                                            fmt::join(allowed, ", ")));
            const auto same = std::count_if(node.arguments.begin(), node.arguments.end(),
                                            [&](const Argument& b) { return b.name == a.name; });
            if (same > 1) fail(a.name_at, fmt::format("the key '{}' is given twice", a.name));
        }
    }

    static std::vector<const Node*> positional(const Node& node, std::size_t at) {
        std::vector<const Node*> out;
        for (const Argument& a : node.arguments) {
            if (!a.name.empty()) fail(a.name_at, fmt::format("{}(...) takes no named keys", node.text));
            out.push_back(a.value.get());
        }
        if (!node.has_arguments) fail(at, fmt::format("{} needs its arguments in brackets: {}(...)", node.text, node.text));
        return out;
    }

    Term call(const Node& node, bool in_sum) {
        Term t;
        t.at = node.at;
        const auto& name = node.text;
        if (name == "sum") {
            no_steps(node);
            t.kind = Term::Kind::sum;
            const auto args = positional(node, node.end);
            if (args.empty()) fail(node.end - 1, "sum() needs at least one figure");
            for (const Node* a : args) t.operands.push_back(term(*a, true));
            return t;
        }
        if (name == "pct") {
            no_steps(node);
            t.kind = Term::Kind::pct;
            const auto args = positional(node, node.end);
            if (args.size() != 2)
                fail(node.at, fmt::format("pct(part, total) takes two arguments, not {}", args.size()));
            for (const Node* a : args) t.operands.push_back(term(*a, false));
            return t;
        }
        t.kind = Term::Kind::pick;
        t.pick.at = node.at;
        t.pick.end = node.end;
        if (name == "table") table(node, t.pick);
        else if (name == "statement" || name == "percentage") statement(node, t.pick);
        else if (name == "fig") fig(node, t.pick);
        else if (variable_ && name == *variable_)
            fail(node.at, fmt::format("the loop variable '{}' names a column or a year; it is not a value itself", name));
        else
            fail(node.at, fmt::format("unknown name '{}' (known: table, statement, percentage, fig, sum, pct{})", name,
                                      variable_ ? ", " + *variable_ : std::string()));
        if (t.pick.list() && !in_sum)
            fail(node.at, "this selects several figures; add them up with sum(...) or pick one cell with [column]");
        return t;
    }

    void table(const Node& node, Pick& pick) {
        pick.source = Pick::Source::table;
        if (!node.has_arguments) fail(node.end, "table needs its keys in brackets: table(section: ..., title: ...)");
        check_keys(node, {"section", "title", "position"});
        for (const Argument& a : node.arguments) {
            if (a.name == "section") pick.selector.section = text_of(a, "section");
            else if (a.name == "title") pick.selector.title = text_of(a, "title");
            else if (a.value->kind != Node::Kind::number || a.value->text.find('.') != std::string::npos ||
                     a.value->text.size() > 4)
                fail(a.value->at, "position must be a whole number: the table's place among its section's tables");
            else pick.selector.position = std::stoi(a.value->text);
        }
        if (node.steps.empty())
            fail(node.end, "table(...) needs a row (.row(\"...\"), .rows(...), .children(...), .top, .total) "
                           "or a column (.column(...))");
        const Step& first = node.steps[0];
        std::size_t next = 1;
        const auto names = [&](std::size_t at, std::size_t count) {
            std::vector<std::string> out;
            if (!first.has_arguments || (count && first.arguments.size() != count) || first.arguments.empty())
                fail(at, fmt::format(".{} takes {} row code or label in quotes", first.name, count == 1 ? "one" : "each"));
            for (const Argument& a : first.arguments) out.push_back(text_of(a, "a row"));
            return out;
        };
        if (first.name == "row") {
            pick.rows = Pick::Rows::one;
            pick.row_names = names(first.at, 1);
        } else if (first.name == "rows") {
            pick.rows = Pick::Rows::several;
            pick.row_names = names(first.at, 0);
        } else if (first.name == "children") {
            pick.rows = Pick::Rows::children;
            pick.row_names = names(first.at, 1);
        } else if (first.name == "top" || first.name == "total") {
            if (first.has_arguments) fail(first.at, fmt::format(".{} takes no arguments", first.name));
            pick.rows = first.name == "top" ? Pick::Rows::top : Pick::Rows::total;
        } else if (first.name == "column") {
            if (!first.has_arguments || first.arguments.size() != 1)
                fail(first.at, ".column takes one column label: .column(\"2023\")");
            pick.rows = Pick::Rows::all;
            pick.column = value(*first.arguments[0].value, "a column");
            if (node.steps.size() > 1) fail(node.steps[1].at, "nothing may follow .column(...)");
            return;
        } else if (first.name.empty()) {
            fail(first.at, "name the row before the column: .row(\"Eindtotaal\")[\"2023\"] or .total[\"2023\"]");
        } else {
            fail(first.at, fmt::format("unknown step '.{}' (known: row, rows, children, top, total, column)", first.name));
        }
        if (node.steps.size() > next) {
            const Step& col = node.steps[next];
            if (!col.name.empty()) fail(col.at, "after the row comes its column in brackets: [\"2023\"] or [year]");
            pick.column = value(*col.arguments[0].value, "a column");
            if (node.steps.size() > next + 1) fail(node.steps[next + 1].at, "nothing may follow the column");
        }
    }

    void statement(const Node& node, Pick& pick) {
        pick.source = node.text == "statement" ? Pick::Source::statement : Pick::Source::percentage;
        no_steps(node);
        if (!node.has_arguments) fail(node.end, fmt::format("{} needs its keys in brackets: {}(noun: \"...\")", node.text, node.text));
        check_keys(node, {"noun", "year", "section"});
        bool noun = false;
        for (const Argument& a : node.arguments) {
            if (a.name == "noun") {
                // The same reading of the words as a cross-total rule's statement selector.
                YAML::Node keys(YAML::NodeType::Map);
                keys["noun"] = text_of(a, "noun");
                std::vector<RuleFileError> ignored;
                pick.selector.noun = read_selector(keys, SelectorTarget::statement, "", ignored).noun;
                if (pick.selector.noun.empty()) fail(a.value->at, "noun needs at least one word");
                noun = true;
            } else if (a.name == "section") {
                pick.selector.section = text_of(a, "section");
            } else {
                pick.year = value(*a.value, "year");
            }
        }
        if (!noun) fail(node.at, fmt::format("{}(...) needs the key 'noun'", node.text));
    }

    void fig(const Node& node, Pick& pick) {
        pick.source = Pick::Source::fig;
        no_steps(node);
        const auto args = positional(node, node.end);
        if (args.empty() || args.size() > 2 || args[0]->kind != Node::Kind::text)
            fail(node.at, "fig takes a figure's name in quotes and optionally a year: fig(\"sepots.misdrijf\", 2023)");
        pick.name = args[0]->text;
        if (args.size() == 2) pick.year = value(*args[1], "a year");
    }
};

}  // namespace

Compiled compile_expression(std::string_view text) {
    Compiled out;
    auto parsed = parse_expression(text);
    if (parsed.error) {
        out.error = CompileError{parsed.error->offset, parsed.error->message};
        return out;
    }
    const RuleExpression& e = *parsed.expression;
    Program program;
    program.text = std::string(text);
    try {
        if (e.loop) {
            program.variable = e.loop->variable;
            if (e.loop->values.size() == 1 && e.loop->values[0]->kind == Node::Kind::call &&
                e.loop->values[0]->text == "columns" && !e.loop->values[0]->has_arguments &&
                e.loop->values[0]->steps.empty()) {
                program.over_columns = true;
            } else {
                for (const NodePtr& v : e.loop->values) {
                    if (v->kind != Node::Kind::number && v->kind != Node::Kind::text)
                        fail(v->at, "a loop runs over `columns` or over listed years or labels: for year in 2023, 2024:");
                    program.values.push_back(v->text);
                }
            }
        }
        Compiler compiler(program.variable);
        program.lhs = compiler.term(*e.comparison.lhs, false);
        program.op = e.comparison.op;
        program.rhs = compiler.term(*e.comparison.rhs, false);
        program.within = e.comparison.within;
        if (program.over_columns && !names_table(program.lhs) && !names_table(program.rhs))
            fail(e.loop->values[0]->at, "'columns' are those of the first table the expression names, and it names none");
        if (program.within && program.op != "=" && program.op != "==")
            fail(program.within->at, fmt::format("'within' bounds an equality (= or ==), not '{}'", program.op));
        if (program.within && program.within->amount < 0) fail(program.within->at, "a bound cannot be negative");
    } catch (const Failure& f) {
        out.error = f.error;
        return out;
    }
    out.program = std::move(program);
    return out;
}

}  // namespace cijfer::expr
