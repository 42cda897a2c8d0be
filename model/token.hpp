#pragma once
#include <optional>

#include "model/figure.hpp"
#include "source/span.hpp"

namespace cijfer {

/// Why a numeric token is not a statistical figure.
enum class NonStatistical {
    year,             ///< 2023, "In 2023", a column header
    date,             ///< 16 maart 2026
    footnote_marker,  ///< per jaar.1  tabellen8
    footnote_number,  ///< the number that opens a footnote line
    reference,        ///< Kamerstukken II, 2025-2026, 29279, nr. 1009
    article,          ///< art. 167 lid 2, artikel 12
    url,              ///< digits inside a web address
    duration,         ///< 6 jaar
    question_number,  ///< Vraag 1, vragen 3 en 5
    row_code,         ///< 1.  3.3.1
    ordinal,          ///< list numbering and other counters in running text
    scale_note,       ///< "x 1.000", "x € 1.000" in a table's title or header
    front_matter,     ///< a header block before a line "---" (source:, notes: ...), not the document
};

/// The one partition of every numeric token in an input (see docs/coverage.md).
enum class TokenRole {
    figure,           ///< a statistical figure: checked or placed, decided by the checker
    non_statistical,  ///< one of NonStatistical
    unclassified,     ///< the grammar could not place it: reported, never ignored
};

/// A maximal run of digits with the separators between them, as the lexer found it.
struct NumericToken {
    Span span;
    TokenRole role = TokenRole::unclassified;
    NonStatistical why{};                ///< when role == non_statistical
    std::optional<FigureId> figure;      ///< when role == figure
};

const char* to_string(NonStatistical why);

}  // namespace cijfer
