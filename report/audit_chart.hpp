#pragma once
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "model/interval.hpp"
#include "report/audit_text.hpp"

namespace cijfer {

/// A small chart of a table's totals, where looking beats reading: the parts stacked
/// against the stated total (counts), or the sum of a percentage column against 100 with
/// the range its rounding allows. One bar (or line) per column.
struct TableChart {
    enum class Kind { parts, percent };
    struct Series {
        std::string column;         ///< "2023"
        std::vector<double> parts;  ///< as written in the table (thousands in an "x 1.000" table)
        double sum = 0;
        double total = 0;           ///< stated total, or 100
        Interval band;              ///< the range the sum may stand for
        Verdict verdict = Verdict::passed;
        std::string sum_text;       ///< in the document's notation
        std::string total_text;
        std::string alt;            ///< the text alternative of this series
    };
    Kind kind = Kind::parts;
    std::string title;
    std::vector<Series> series;
};

/// The charts of one table: at most one of each kind, from the checks whose result is its
/// total row (or 100 for a percentage column without one).
std::vector<TableChart> table_charts(const AuditInput& view, std::size_t table, Lang lang);

/// Appends the chart as inline SVG with role="img", a <title> and a <desc> (its text
/// alternative); `id` makes their ids unique.
void append_svg(pugi::xml_node parent, const TableChart& chart, const std::string& id, Lang lang);

}  // namespace cijfer
