#include "checker/yaml_screen.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace cijfer {
namespace {

/// Thrown by the handler to stop the parser at a limit; never leaves this file.
struct StopScreening {};

YamlProblem at(const YAML::Mark& mark, std::string message) {
    // yaml-cpp marks are 0-based.
    if (mark.is_null()) return {1, 1, std::move(message)};
    return {mark.line + 1, mark.column + 1, std::move(message)};
}

/// A tab in a line's indentation: YAML indents with spaces, and yaml-cpp reads some
/// tab-indented files as a different structure instead of rejecting them.
void find_indentation_tabs(std::string_view text, std::vector<YamlProblem>& problems) {
    int line = 1;
    for (std::size_t start = 0; start < text.size();) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        for (auto i = start; i < end && (text[i] == ' ' || text[i] == '\t'); ++i)
            if (text[i] == '\t') {
                problems.push_back({line, static_cast<int>(i - start) + 1,
                                    "tab in indentation (YAML indents with spaces only)"});
                break;
            }
        start = end + 1;
        ++line;
    }
}

/// Follows the event stream: nesting, mapping keys, and each node's size with its
/// aliases expanded (an alias costs as much as the node it names).
class ScreeningHandler : public YAML::EventHandler {
public:
    ScreeningHandler(const YamlLimits& limits, std::vector<YamlProblem>& problems)
        : limits_(limits), problems_(problems) {}

    void OnDocumentStart(const YAML::Mark& mark) override {
        // yaml-cpp's Load reads the first document only: the rest would be lost unseen.
        if (++documents_ == 2) {
            problems_.push_back(at(mark, "a second YAML document starts here; a file holds one document"));
            throw StopScreening{};
        }
    }
    void OnDocumentEnd() override {}

    void OnAnchor(const YAML::Mark&, const std::string& name) override { pending_anchor_name_ = name; }

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override { leaf(mark, anchor, "~"); }

    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override {
        leaf(mark, anchor, value);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        const auto name = anchor_names_.count(anchor) ? "*" + anchor_names_[anchor] : std::string("an alias");
        const auto size = anchor_sizes_.find(anchor);
        if (size == anchor_sizes_.end()) {
            // The anchored node is still open: the alias is inside what it names.
            problems_.push_back(at(mark, fmt::format("alias {} refers to a node that contains it (a cycle)", name)));
            throw StopScreening{};
        }
        begin_node(mark, false);
        end_node(mark, size->second);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(mark, anchor, false);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(mark, anchor, true);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        bool is_map = false;
        bool expecting_key = true;
        YAML::anchor_t anchor = 0;
        YAML::Mark mark;
        std::uint64_t size = 1;                 ///< itself and its content, aliases expanded
        std::map<std::string, int> key_lines;  ///< the scalar keys seen, with their line
    };

    void name_anchor(YAML::anchor_t anchor) {
        if (anchor != 0 && !pending_anchor_name_.empty()) anchor_names_[anchor] = pending_anchor_name_;
        pending_anchor_name_.clear();
    }

    void leaf(const YAML::Mark& mark, YAML::anchor_t anchor, const std::string& value) {
        name_anchor(anchor);
        begin_node(mark, true, value);
        if (anchor != 0) anchor_sizes_[anchor] = 1;
        end_node(mark, 1);
    }

    void open(const YAML::Mark& mark, YAML::anchor_t anchor, bool is_map) {
        name_anchor(anchor);
        begin_node(mark, false);
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            problems_.push_back(at(mark, fmt::format("YAML nested deeper than {} levels (limit yaml-depth; raise "
                                                     "it with --limit yaml-depth=N)",
                                                     limits_.max_depth)));
            throw StopScreening{};
        }
        stack_.push_back({is_map, true, anchor, mark, 1, {}});
    }

    void close() {
        const auto frame = std::move(stack_.back());
        stack_.pop_back();
        if (frame.anchor != 0) anchor_sizes_[frame.anchor] = frame.size;
        end_node(frame.mark, frame.size);
    }

    /// A node starts inside the innermost open collection; a scalar in a mapping's key
    /// position is checked against the keys before it.
    void begin_node(const YAML::Mark& mark, bool scalar, const std::string& value = {}) {
        if (stack_.empty()) return;
        auto& parent = stack_.back();
        if (!parent.is_map || !parent.expecting_key || !scalar) return;
        const auto line = mark.is_null() ? 1 : mark.line + 1;
        const auto [it, inserted] = parent.key_lines.emplace(value, line);
        if (!inserted)
            problems_.push_back(
                at(mark, fmt::format("duplicate key '{}' (first given on line {})", value, it->second)));
    }

    /// A node of `size` nodes (aliases expanded) is complete: its parent grows by that much.
    void end_node(const YAML::Mark& mark, std::uint64_t size) {
        // Saturate: a bomb's sizes would overflow 64 bits after a few dozen levels.
        const auto cap = limits_.max_nodes + 1;
        std::uint64_t& total = stack_.empty() ? document_size_ : stack_.back().size;
        total = std::min(cap, total + std::min(cap, size));
        if (!stack_.empty()) stack_.back().expecting_key = !stack_.back().expecting_key || !stack_.back().is_map;
        if (total > limits_.max_nodes) {
            problems_.push_back(at(mark, fmt::format("YAML expands to more than {} nodes, aliases included (limit "
                                                     "yaml-nodes; raise it with --limit yaml-nodes=N)",
                                                     limits_.max_nodes)));
            throw StopScreening{};
        }
    }

    const YamlLimits& limits_;
    std::vector<YamlProblem>& problems_;
    std::vector<Frame> stack_;
    std::map<YAML::anchor_t, std::uint64_t> anchor_sizes_;  ///< of completed anchored nodes
    std::map<YAML::anchor_t, std::string> anchor_names_;
    std::string pending_anchor_name_;
    std::uint64_t document_size_ = 0;
    int documents_ = 0;
};

/// 1-based line and column of a byte offset.
YamlProblem at_offset(std::string_view text, std::size_t offset, std::string message) {
    const auto before = text.substr(0, offset);
    const auto line = static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1;
    const auto line_start = before.rfind('\n');
    const auto column = static_cast<int>(offset - (line_start == std::string_view::npos ? 0 : line_start + 1)) + 1;
    return {line, column, std::move(message)};
}

}  // namespace

std::vector<YamlProblem> screen_yaml(std::string_view text, const YamlLimits& limits) {
    std::vector<YamlProblem> problems;
    if (text.size() > limits.max_bytes) {
        problems.push_back(at_offset(text, limits.max_bytes,
                                     fmt::format("YAML file larger than {} bytes (limit yaml-size; raise it with "
                                                 "--limit yaml-size=BYTES)",
                                                 limits.max_bytes)));
        return problems;
    }
    find_indentation_tabs(text, problems);
    if (!problems.empty()) return problems;
    std::istringstream in{std::string(text)};
    try {
        YAML::Parser parser(in);
        ScreeningHandler handler(limits, problems);
        while (parser.HandleNextDocument(handler)) {
        }
    } catch (const StopScreening&) {
        // The problem that stopped the parser is recorded.
    } catch (const YAML::Exception& e) {
        problems.push_back(at(e.mark, fmt::format("YAML syntax error: {}", e.msg)));
    }
    return problems;
}

}  // namespace cijfer
