#pragma once
#include <string>
#include <vector>

#include "checker/kinds/expression/program.hpp"
#include "checker/relation.hpp"

namespace cijfer::expr {

/// A Term with its selectors resolved to the document's figures, for one loop value.
struct BoundTerm {
    enum class Kind { number, figure, chain, negate, sum, pct };
    Kind kind = Kind::number;
    double number = 0;
    FigureId figure = 0;
    std::vector<BoundTerm> operands;
    std::vector<char> ops;
};

/// A figure chosen by a selector, with the words that locate it.
struct Chosen {
    FigureId figure = 0;
    std::string context;    ///< "Aantal misdrijfzaken › Eindtotaal › 2023"
    bool in_table = false;
};

/// The relation of one loop value: the plain sum or share relation when the comparison
/// states one (so its findings read as those of the table kinds), otherwise a relation
/// that evaluates the expression on intervals itself.
Relation expression_relation(const Document& doc, const Program& program, const BoundTerm& lhs,
                             const BoundTerm& rhs, const std::vector<Chosen>& chosen, const std::string& label);

}  // namespace cijfer::expr
