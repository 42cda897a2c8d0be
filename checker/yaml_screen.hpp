#pragma once
// Screens YAML text before yaml-cpp builds nodes from it. yaml-cpp 0.7 accepts duplicate
// keys silently, builds a cyclic node graph from `&a [1, *a]` (which then recurses forever
// in whoever walks it) and expands alias bombs until memory runs out; this pass reads the
// parser's events only, so it stops at the first sign of each (docs/limits.md).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cijfer {

/// How much YAML one file may hold. The names in messages (`yaml-depth`, ...) are the
/// names of `--limit NAME=VALUE` (docs/limits.md).
struct YamlLimits {
    std::size_t max_bytes = 16u << 20;        ///< `yaml-size`: the file's size in bytes
    int max_depth = 64;                       ///< `yaml-depth`: nesting of lists and mappings
    std::uint64_t max_nodes = 100000;         ///< `yaml-nodes`: nodes once aliases are expanded
};

/// One problem at a 1-based line and column.
struct YamlProblem {
    int line = 1;
    int column = 1;
    std::string message;
};

/// Every problem found: syntax errors (`YAML syntax error: ...`), tabs in indentation,
/// duplicate mapping keys, aliases that refer to a node containing them, more than one
/// document, and the limits above. Empty means yaml-cpp may load the text safely.
/// Never throws on any input.
std::vector<YamlProblem> screen_yaml(std::string_view text, const YamlLimits& limits);

}  // namespace cijfer
