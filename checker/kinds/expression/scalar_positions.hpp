#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "checker/rule_spec.hpp"

namespace cijfer {

/// For each byte of a YAML scalar's value, and for one past its end, the byte offset in the
/// file it was read from. Decodes the scalar's style from the text at its mark (yaml-cpp
/// marks a quoted scalar at its quote and a block scalar at its `|` or `>`): escapes
/// (`\"`, `\n`, `\x41`, `''`), folded line breaks and block indentation are accounted for.
/// Nothing when the text there does not give back `value`: the caller then points at the
/// scalar itself rather than at a wrong column.
std::optional<std::vector<std::size_t>> scalar_source_offsets(std::string_view file_text, const YAML::Mark& mark,
                                                              std::string_view value);

/// The 1-based line and column (in code points, as an editor counts) of a byte offset.
FilePosition file_position(std::string_view file_text, std::size_t offset, const std::string& file);

}  // namespace cijfer
