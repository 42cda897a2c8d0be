#include "checker/kinds/kinds.hpp"

#include <fmt/format.h>

#include "checker/kind_docs.hpp"
#include "checker/kinds/support.hpp"
#include "checker/selector.hpp"

namespace cijfer {
namespace {

/// The parameters of a cross-total rule (see cross-total.md).
struct CrossTotal {
    Selector total;                    ///< a table and a row in it
    std::vector<std::string> columns;  ///< empty: every column
    std::vector<Selector> parts;       ///< prose statements
};

CrossTotal read_parameters(const RuleSpec& rule, std::vector<RuleFileError>& errors) {
    CrossTotal params;
    const auto& file = rule.position.file;
    const auto& node = rule.parameters;
    const auto error = [&](const YAML::Mark& mark, std::string message) {
        errors.push_back({position_of(mark, file), std::move(message)});
    };
    // An empty `parameters` has no position of its own: point at the rule.
    const auto params_at = node.Mark().is_null() ? rule.position : position_of(node.Mark(), file);
    if (!node.IsMap()) {
        errors.push_back({rule.position, "cross-total needs parameters: total, parts (and optionally columns)"});
        return params;
    }
    for (const auto& entry : node) {
        const auto key = entry.first.Scalar();
        if (key != "total" && key != "columns" && key != "parts")
            error(entry.first.Mark(), fmt::format("unknown parameter '{}' (allowed: total, columns, parts)", key));
    }

    const auto total = node["total"];
    if (!total) {
        errors.push_back({params_at, "cross-total needs the parameter 'total'"});
    } else if (!total.IsMap()) {
        error(total.Mark(), "'total' must be a mapping with the keys table and row");
    } else {
        for (const auto& entry : total) {
            const auto key = entry.first.Scalar();
            if (key != "table" && key != "row")
                error(entry.first.Mark(), fmt::format("unknown key '{}' in 'total' (allowed keys: table, row)", key));
        }
        if (const auto table = total["table"]) params.total = read_selector(table, SelectorTarget::table, file, errors);
        else error(total.Mark(), "'total' needs the key 'table'");
        const auto row = total["row"];
        if (!row) error(total.Mark(), "'total' needs the key 'row' (a row code or label)");
        else if (!row.IsScalar() || row.Scalar().empty()) error(row.Mark(), "'row' must be a row code or label");
        else params.total.row = row.Scalar();
    }

    if (const auto columns = node["columns"]) {
        if (!columns.IsSequence()) error(columns.Mark(), "'columns' must be a list of column labels");
        else
            for (const auto& column : columns) {
                if (column.IsScalar()) params.columns.push_back(column.Scalar());
                else error(column.Mark(), "a column is given by its label, e.g. \"2023\"");
            }
    }

    const auto parts = node["parts"];
    if (!parts) {
        errors.push_back({params_at, "cross-total needs the parameter 'parts'"});
    } else if (!parts.IsSequence() || parts.size() == 0) {
        error(parts.Mark(), "'parts' must be a non-empty list of {statement: {...}} selectors");
    } else {
        for (const auto& part : parts) {
            if (!part.IsMap() || !part["statement"] || part.size() != 1) {
                error(part.Mark(), "each part must be a mapping with the one key 'statement'");
                continue;
            }
            params.parts.push_back(read_selector(part["statement"], SelectorTarget::statement, file, errors));
        }
    }
    return params;
}

void validate(const RuleSpec& rule, std::vector<RuleFileError>& errors) { read_parameters(rule, errors); }

bool is_year(const std::string& label) {
    return label.size() == 4 && label.find_first_not_of("0123456789") == std::string::npos;
}

/// Exactly one match, or a finding: no match is a warning, several an error.
std::optional<std::size_t> one(RuleRun& run, const std::vector<std::size_t>& matches, const Selector& selector, Span at) {
    if (matches.size() == 1) return matches.front();
    Finding finding = make_finding(run, at, {});
    if (matches.empty()) {
        finding.severity = Severity::warning;
        finding.message = Message{"selector.no-match", {}}.text("selector", selector.describe());
    } else {
        finding.severity = Severity::error;
        finding.message = Message{"selector.ambiguous", {}}
                              .text("selector", selector.describe())
                              .number("count", static_cast<double>(matches.size()));
    }
    run.findings.push_back(std::move(finding));
    return std::nullopt;
}

std::vector<std::size_t> chosen_columns(RuleRun& run, const Table& table, const CrossTotal& params) {
    if (params.columns.empty()) return select_columns(table, Selector{});
    std::vector<std::size_t> chosen;
    for (const auto& label : params.columns) {
        Selector column;
        column.column = label;
        if (const auto c = one(run, select_columns(table, column), column, table.header_span)) chosen.push_back(*c);
    }
    return chosen;
}

std::optional<Relation> column_relation(RuleRun& run, const Table& table, const Row& row, std::size_t c,
                                        const CrossTotal& params) {
    if (c >= row.cells.size() || !row.cells[c]) return std::nullopt;
    const FigureId anchor = *row.cells[c];
    const Span at = run.doc.figures.at(anchor).number.span;
    const auto& label = table.columns[c].label;
    Relation relation;
    relation.anchor = anchor;
    relation.context = cell_context(table, row, c);
    relation.year = label;
    bool complete = true;
    for (Selector part : params.parts) {
        // A column headed by a year is the year of the parts, unless a part names its own.
        if (!part.year && is_year(label)) part.year = std::stoi(label);
        auto matches = select_statements(run.doc, part);
        // Shares are percentages; a total is made of counts.
        std::erase_if(matches, [&](std::size_t s) { return run.doc.statements[s].kind == Statement::Kind::share; });
        if (const auto s = one(run, matches, part, at)) relation.parts.push_back({run.doc.statements[*s].figure, 1});
        else complete = false;
    }
    if (!complete) return std::nullopt;
    return relation;
}

void collect(RuleRun& run) {
    std::vector<RuleFileError> ignored;  // validated when the rule file was loaded
    const auto params = read_parameters(run.rule, ignored);
    const auto table_index = one(run, select_tables(run.doc, params.total), params.total, Span{});
    if (!table_index) return;
    const Table& table = run.doc.tables[*table_index];
    const auto row_index = one(run, select_rows(table, params.total), params.total, table.title_span);
    if (!row_index) return;
    const Row& row = table.rows[*row_index];
    for (std::size_t c : chosen_columns(run, table, params))
        if (auto relation = column_relation(run, table, row, c, params)) run.relations.push_back(*relation);
}

}  // namespace

RuleKind cross_total_kind() {
    RuleKind kind;
    kind.id = "cross-total";
    kind.summary = "A table's figure equals the sum of figures stated in the prose, chosen by selectors.";
    kind.doc = kind_doc(kind.id);
    kind.validate = validate;
    kind.collect = collect;
    return kind;
}

}  // namespace cijfer
