#include "checker/kinds/kinds.hpp"

#include <fmt/format.h>

#include "checker/kind_docs.hpp"
#include "checker/kinds/expression/bind.hpp"
#include "checker/kinds/expression/program.hpp"
#include "checker/kinds/expression/scalar_positions.hpp"
#include "checker/rule_loader.hpp"
#include "checker/selector.hpp"

namespace cijfer {
namespace {

/// The rule's `expression` scalar, or an error.
YAML::Node expression_node(const RuleSpec& rule, std::vector<RuleFileError>* errors) {
    const auto& node = rule.parameters;
    const auto error = [&](FilePosition at, std::string message) {
        if (errors) errors->push_back({std::move(at), std::move(message)});
    };
    if (!node.IsMap() || !node["expression"]) {
        error(node.Mark().is_null() ? rule.position : position_of(node.Mark(), rule.position.file),
              "expression needs the parameter 'expression' (docs/expressions.md)");
        return {};
    }
    for (const auto& entry : node)
        if (entry.first.Scalar() != "expression")
            error(position_of(entry.first.Mark(), rule.position.file),
                  fmt::format("unknown parameter '{}' (allowed: expression)", entry.first.Scalar()));
    const auto expression = node["expression"];
    if (!expression.IsScalar() || expression.Scalar().empty()) {
        error(position_of(expression.Mark(), rule.position.file), "'expression' must be a text: the rule to check");
        return {};
    }
    return expression;
}

/// Where an offset inside the expression lies in the rule file: the column inside the
/// YAML string, past its quote and escapes; the string itself when that cannot be traced.
RuleFileError located(const RuleSpec& rule, const YAML::Node& scalar, const expr::CompileError& error) {
    const auto& value = scalar.Scalar();
    if (const std::string* text = rule_file_text_being_loaded())
        if (const auto offsets = scalar_source_offsets(*text, scalar.Mark(), value))
            return {file_position(*text, (*offsets)[std::min(error.offset, value.size())], rule.position.file),
                    error.message};
    return {position_of(scalar.Mark(), rule.position.file),
            fmt::format("{} (at character {} of the expression)", error.message, error.offset + 1)};
}

void validate(const RuleSpec& rule, std::vector<RuleFileError>& errors) {
    const auto before = errors.size();
    const auto scalar = expression_node(rule, &errors);
    if (errors.size() != before || !scalar) return;
    const auto compiled = expr::compile_expression(scalar.Scalar());
    if (compiled.error) errors.push_back(located(rule, scalar, *compiled.error));
}

void collect(RuleRun& run) {
    const auto scalar = expression_node(run.rule, nullptr);
    if (!scalar) return;
    const auto compiled = expr::compile_expression(scalar.Scalar());
    if (compiled.program) expr::collect_expression(run, *compiled.program);
}

}  // namespace

RuleKind expression_kind() {
    RuleKind kind;
    kind.id = "expression";
    kind.summary = "An arithmetic relation between selected figures, written as an expression.";
    kind.doc = kind_doc(kind.id);
    kind.validate = validate;
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
