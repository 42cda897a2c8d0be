#pragma once
#include <cstddef>
#include <string>

#include "checker/relation.hpp"
#include "model/document.hpp"
#include "report/report_input.hpp"

namespace cijfer {

/// What a rule checked, as one JUnit test case names it: a table, a figure outside any
/// table, another place in the text, or the whole input.
struct CheckSubject {
    enum class Kind { document, table, figure, place };
    Kind kind = Kind::document;
    std::size_t index = 0;  ///< the table index or figure id
    Span span;              ///< where it starts: orders the subjects and locates the name
    friend bool operator==(const CheckSubject&, const CheckSubject&) = default;
};

/// The table that holds `span`, else the figure written there, else the place itself.
CheckSubject subject_at(const Document& doc, Span span);
/// The subject of a check: the table or figure of the figure it is shown at.
CheckSubject subject_of(const Document& doc, const Relation& relation);
/// "Aantal misdrijfzaken (line 120)", "40% at line 12, column 5": names that stay apart
/// when two tables share a title.
std::string subject_name(const SourceText& source, const Document& doc, const CheckSubject& subject, Lang lang);

}  // namespace cijfer
