#pragma once
// The measures a long-format header names after "Perioden": "Zorguitgaven in brede zin
// (mln euro)", or six of them in "... Baten (mln euro) ... Saldo (euro/inwoner)".
#include <optional>
#include <string>
#include <vector>

#include "grammar/read_state.hpp"

namespace cijfer {

struct Measure {
    std::string label;            ///< "Baten (mln euro)": without the words all measures share
    Span span;
    Unit unit = Unit::count;      ///< money for "(mln euro)", percent for "(%)"
    double scale = 1;             ///< 1e6 for "(mln euro)"
};

struct MeasureHeader {
    std::vector<Measure> measures;
    std::vector<std::size_t> note_numbers;  ///< lexeme indexes of numbers in unit notes ("x 1.000")
    bool split = true;                      ///< false when the text could not be split into `count` measures
};

/// Reads lexemes [first, end of line) of a header as `count` measures. Nothing when the
/// text holds a number outside a unit note (then it is no header).
std::optional<MeasureHeader> read_measures(const ReadState& state, const LexLine& line, std::size_t first,
                                           std::size_t count);

/// How many measures the header names when each ends with a unit note ("... (mln euro)");
/// nothing when that cannot be told from the text.
std::optional<std::size_t> stated_measure_count(const ReadState& state, const LexLine& line, std::size_t first);

}  // namespace cijfer
