#pragma once
#include <cstddef>
#include <optional>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Tables in long format, as CBS StatLine exports them: a header naming the dimensions,
/// the period and the measures ("Zorgfuncties Zorgaanbieders Perioden Zorguitgaven ...
/// (mln euro)"), then one line per combination: dimension labels, a period ("2022*") and
/// the values. If such a table starts at `line`, reads it (one model table per period)
/// and returns the index of the first line after it.
std::optional<std::size_t> read_long_format_table(ReadState& state, std::size_t line, std::size_t section);

}  // namespace cijfer
