#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "checker/selector.hpp"
#include "grammar/expression/syntax.hpp"

namespace cijfer::expr {

/// A rule expression checked for meaning: every name known, every selector key allowed,
/// lists only inside sum(). Positions are byte offsets into the expression text.

/// A column, a year or a key's value: fixed, or the loop variable plus an offset (year - 1).
struct Value {
    std::optional<std::string> fixed;  ///< "2023", "vraag 2"; nothing for the loop variable
    int offset = 0;
    std::size_t at = 0;
};

/// Figures chosen by one selector: table(...) with its steps, statement(...),
/// percentage(...) or fig(...).
struct Pick {
    enum class Source { table, statement, percentage, fig };
    enum class Rows { one, several, children, top, total, all };
    Source source = Source::table;
    std::size_t at = 0;
    std::size_t end = 0;
    Selector selector;              ///< the fixed keys: section, title, position, noun
    std::optional<Value> year;      ///< statement(year: ...), fig(name, year)
    std::string name;               ///< fig's name
    Rows rows = Rows::one;
    std::vector<std::string> row_names;  ///< row, rows, children
    std::optional<Value> column;    ///< nothing: every column
    /// True when it may give several figures (allowed only inside sum()).
    bool list() const;
};

struct Term {
    enum class Kind { number, pick, chain, negate, sum, pct };
    Kind kind = Kind::number;
    std::size_t at = 0;
    double number = 0;
    Pick pick;
    std::vector<Term> operands;  ///< chain: operands joined by `ops`; negate: one; sum: its arguments; pct: part, whole
    std::vector<char> ops;
};

struct Program {
    std::string text;                    ///< the expression as written
    std::optional<std::string> variable; ///< the loop variable
    bool over_columns = false;           ///< `for year in columns`
    std::vector<std::string> values;     ///< `for year in 2023, 2024`
    Term lhs;
    std::string op;                      ///< = == != < <= > >=
    Term rhs;
    std::optional<Bound> within;
};

/// An error in the expression's meaning, at a byte offset.
struct CompileError {
    std::size_t offset = 0;
    std::string message;
};

/// Parses and checks an expression: a Program, or the first error.
struct Compiled {
    std::optional<Program> program;
    std::optional<CompileError> error;
};
Compiled compile_expression(std::string_view text);

}  // namespace cijfer::expr
