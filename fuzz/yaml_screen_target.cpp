// Fuzz target: the YAML screen. screen_yaml never throws; when it finds no problem,
// yaml-cpp must load the text without an exception and the node tree must be as small
// and as shallow as the limits say. Nothing is caught: an exception from YAML::Load
// after a clean screen is a finding.
#include <cstddef>
#include <cstdint>
#include <string>

#include <yaml-cpp/yaml.h>

#include "checker/yaml_screen.hpp"

namespace {

/// Nodes in the tree with aliases expanded, counted as the screen counts them (a mapping
/// is itself, each key and each value); stops counting past `cap`.
std::uint64_t count_nodes(const YAML::Node& node, int depth, int max_depth, std::uint64_t cap) {
    if (depth > max_depth) __builtin_trap();
    std::uint64_t count = 1;
    if (node.IsSequence()) {
        for (const auto& item : node) {
            count += count_nodes(item, depth + 1, max_depth, cap);
            if (count > cap) return count;
        }
    } else if (node.IsMap()) {
        for (const auto& entry : node) {
            count += count_nodes(entry.first, depth + 1, max_depth, cap);
            count += count_nodes(entry.second, depth + 1, max_depth, cap);
            if (count > cap) return count;
        }
    }
    return count;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    cijfer::YamlLimits limits;
    limits.max_depth = 16;
    limits.max_nodes = 2000;
    if (!cijfer::screen_yaml(text, limits).empty()) return 0;
    const auto root = YAML::Load(text);
    if (count_nodes(root, 0, limits.max_depth, limits.max_nodes) > limits.max_nodes) __builtin_trap();
    return 0;
}
