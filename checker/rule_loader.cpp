#include "checker/rule_loader.hpp"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "checker/rule_kind.hpp"

namespace cijfer {
namespace {

constexpr std::array<std::string_view, 2> file_keys = {"version", "rules"};
constexpr std::array<std::string_view, 5> rule_keys = {"id", "kind", "severity", "description",
                                                       "parameters"};
constexpr std::string_view format_version = "1";

template <std::size_t N>
std::string join(const std::array<std::string_view, N>& words) {
    return fmt::format("{}", fmt::join(words, ", "));
}

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

const char* type_name(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map: return "a mapping";
        case YAML::NodeType::Sequence: return "a list";
        case YAML::NodeType::Null: return "empty";
        default: return "a text";
    }
}

/// [a-z0-9][a-z0-9-]*: ids are typed on command lines and in suppressions.
bool is_valid_rule_id(std::string_view id) {
    const auto allowed = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    return !id.empty() && allowed(id.front()) &&
           std::all_of(id.begin(), id.end(), [&](char c) { return allowed(c) || c == '-'; });
}

std::string known_kinds() {
    std::string list;
    for (const auto& kind : rule_kinds()) list += (list.empty() ? "" : ", ") + std::string(kind.id);
    return list.empty() ? "none registered" : list;
}

/// Validates one rule file's node tree; collects every error rather than stopping early.
class RuleFileReader {
public:
    RuleFileReader(const std::string& file, std::size_t max_rules, RuleFileResult& result)
        : file_(file), max_rules_(max_rules), result_(result) {}

    void read(const YAML::Node& root) {
        if (root.IsNull()) {
            error({}, "the rule file is empty; it needs 'version: 1' and 'rules:'");
            return;
        }
        if (!root.IsMap()) {
            error(root.Mark(), "a rule file is a mapping with the keys 'version' and 'rules'");
            return;
        }
        for (const auto& entry : root) {
            const auto key = entry.first.Scalar();
            if (!contains(file_keys, key))
                error(entry.first.Mark(),
                      fmt::format("unknown key '{}' (allowed keys: {})", key, join(file_keys)));
        }
        read_version(root);
        read_rules(root);
    }

private:
    FilePosition position(const YAML::Mark& mark) const {
        // yaml-cpp marks are 0-based; a null mark (no position) stands for the file's start.
        if (mark.is_null()) return {file_, 1, 1};
        return {file_, mark.line + 1, mark.column + 1};
    }

    void error(const YAML::Mark& mark, std::string message) {
        result_.errors.push_back({position(mark), std::move(message)});
    }

    void read_version(const YAML::Node& root) {
        const auto version = root["version"];
        if (!version) {
            error({}, fmt::format("missing key 'version' (this cijfercheck reads version {})", format_version));
        } else if (!version.IsScalar() || version.Scalar() != format_version) {
            const auto shown = version.IsScalar() ? version.Scalar() : type_name(version);
            error(value_mark(root, "version"),
                  fmt::format("unsupported version '{}' (this cijfercheck reads version {})", shown,
                              format_version));
        }
    }

    void read_rules(const YAML::Node& root) {
        const auto rules = root["rules"];
        if (!rules) {
            error({}, "missing key 'rules' (a list of rules)");
            return;
        }
        if (!rules.IsSequence()) {
            error(value_mark(root, "rules"),
                  fmt::format("'rules' must be a list of rules, not {}", type_name(rules)));
            return;
        }
        if (rules.size() > max_rules_) {
            error(rules[max_rules_].Mark(),
                  fmt::format("more than {} rules in one file (limit rules; raise it with --limit rules=N)",
                              max_rules_));
            return;
        }
        for (const auto& rule : rules) read_rule(rule, root);
    }

    void read_rule(const YAML::Node& node, const YAML::Node& root) {
        const auto mark = node.Mark().is_null() ? value_mark(root, "rules") : node.Mark();
        if (!node.IsMap()) {
            error(mark, fmt::format("a rule must be a mapping with the keys {}, not {}", join(rule_keys),
                                    type_name(node)));
            return;
        }
        const auto errors_before = result_.errors.size();
        for (const auto& entry : node) {
            const auto key = entry.first.Scalar();
            if (!contains(rule_keys, key))
                error(entry.first.Mark(),
                      fmt::format("unknown key '{}' in rule (allowed keys: {})", key, join(rule_keys)));
        }

        RuleSpec rule;
        rule.position = position(mark);
        const auto id = read_text(node, mark, "id");
        const auto kind = read_text(node, mark, "kind");
        const auto severity = read_text(node, mark, "severity");
        const auto description = read_text(node, mark, "description");

        if (id && !is_valid_rule_id(*id))
            error(value_mark(node, "id"),
                  fmt::format("invalid rule id '{}' (use a-z, 0-9 and '-', starting with a letter or digit)", *id));
        const RuleKind* rule_kind = kind ? find_rule_kind(*kind) : nullptr;
        if (kind && !rule_kind)
            error(value_mark(node, "kind"),
                  fmt::format("unknown rule kind '{}' (known kinds: {})", *kind, known_kinds()));
        const auto level = severity ? parse_severity(*severity) : std::nullopt;
        if (severity && !level)
            error(value_mark(node, "severity"),
                  fmt::format("invalid severity '{}' (allowed: error, warning, info)", *severity));

        // reset() rebinds; operator= would assign through to the node (and throws when the
        // key is absent).
        const auto parameters = node["parameters"];
        if (!parameters || parameters.IsNull()) {
            rule.parameters.reset(YAML::Node(YAML::NodeType::Map));
        } else if (parameters.IsMap()) {
            rule.parameters.reset(parameters);
        } else {
            error(value_mark(node, "parameters"),
                  fmt::format("'parameters' must be a mapping, not {}", type_name(parameters)));
        }

        if (result_.errors.size() != errors_before) return;
        rule.id = *id;
        rule.kind = *kind;
        rule.severity = *level;
        rule.description = *description;
        if (rule_kind->validate) rule_kind->validate(rule, result_.errors);
        if (result_.errors.size() != errors_before) return;
        check_unique_id(rule, value_mark(node, "id"));
        result_.rules.push_back(std::move(rule));
    }

    /// A required key whose value is one non-empty line of text.
    std::optional<std::string> read_text(const YAML::Node& rule, const YAML::Mark& rule_mark,
                                         const char* key) {
        const auto value = rule[key];
        if (!value) {
            error(rule_mark, fmt::format("rule is missing the key '{}'", key));
            return std::nullopt;
        }
        if (value.IsNull() || (value.IsScalar() && value.Scalar().empty())) {
            error(value_mark(rule, key), fmt::format("'{}' is empty", key));
            return std::nullopt;
        }
        if (!value.IsScalar()) {
            error(value_mark(rule, key), fmt::format("'{}' must be a text, not {}", key, type_name(value)));
            return std::nullopt;
        }
        return value.Scalar();
    }

    /// Where a key's value starts; the key itself when the value is empty (yaml-cpp gives
    /// empty values the position of whatever follows them).
    static YAML::Mark value_mark(const YAML::Node& map, std::string_view key) {
        for (const auto& entry : map)
            if (entry.first.Scalar() == key)
                return entry.second.IsNull() ? entry.first.Mark() : entry.second.Mark();
        return map.Mark();
    }

    void check_unique_id(const RuleSpec& rule, const YAML::Mark& id_mark) {
        for (const auto& earlier : result_.rules)
            if (earlier.id == rule.id) {
                error(id_mark, fmt::format("duplicate rule id '{}' (first defined on line {})", rule.id,
                                           earlier.position.line));
                return;
            }
    }

    const std::string& file_;
    std::size_t max_rules_;
    RuleFileResult& result_;
};

}  // namespace

namespace {
thread_local const std::string* text_being_loaded = nullptr;
}  // namespace

const std::string* rule_file_text_being_loaded() { return text_being_loaded; }

namespace {

RuleFileResult load_text(std::string_view text, const std::string& name, const RuleFileLimits& limits, bool screen) {
    RuleFileResult result;
    // Duplicate keys, cycles, alias bombs and deep nesting are caught before yaml-cpp
    // builds a node: the node tree is then finite, small and unambiguous.
    if (screen)
        for (auto& problem : screen_yaml(text, limits.yaml))
            result.errors.push_back({{name, problem.line, problem.column}, std::move(problem.message)});
    if (!result.ok()) return result;
    // Expression rules locate their errors inside the YAML string, so they need the text.
    const std::string owned(text);
    struct Loading {
        explicit Loading(const std::string* t) : previous(text_being_loaded) { text_being_loaded = t; }
        ~Loading() { text_being_loaded = previous; }
        const std::string* previous;
    } loading(&owned);
    try {
        const auto root = YAML::Load(owned);
        RuleFileReader(name, limits.max_rules, result).read(root);
    } catch (const YAML::Exception& e) {
        // Syntax errors (ParserException) and anything else yaml-cpp throws: located, never a trace.
        const auto line = e.mark.is_null() ? 1 : e.mark.line + 1;
        const auto column = e.mark.is_null() ? 1 : e.mark.column + 1;
        result.errors.push_back({{name, line, column}, fmt::format("YAML syntax error: {}", e.msg)});
    }
    if (!result.ok()) result.rules.clear();
    return result;
}

}  // namespace

RuleFileResult load_rule_text(std::string_view text, const std::string& name, const RuleFileLimits& limits) {
    return load_text(text, name, limits, true);
}

RuleFileResult load_built_in_rule_text(std::string_view text, const std::string& name, const RuleFileLimits& limits) {
    return load_text(text, name, limits, false);
}

RuleFileResult load_rule_file(const std::string& path, const RuleFileLimits& limits) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return {{}, {{{path, 0, 0}, "cannot read rule file: Is a directory"}}};
    // Checked before reading, so a huge file is never read into memory.
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > limits.yaml.max_bytes)
        return {{},
                {{{path, 0, 0},
                  fmt::format("rule file is {} bytes, more than the limit of {} (limit yaml-size; raise it with "
                              "--limit yaml-size=BYTES)",
                              size, limits.yaml.max_bytes)}}};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {{}, {{{path, 0, 0}, fmt::format("cannot read rule file: {}", std::strerror(errno))}}};
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return load_rule_text(bytes.str(), path, limits);
}

bool add_rule_file(RuleSet& set, const std::string& file, const RuleFileResult& loaded,
                   std::vector<RuleFileError>& errors) {
    const auto errors_before = errors.size();
    errors.insert(errors.end(), loaded.errors.begin(), loaded.errors.end());
    for (const auto& rule : loaded.rules) {
        const auto earlier = std::find_if(set.rules.begin(), set.rules.end(),
                                          [&](const RuleSpec& r) { return r.id == rule.id; });
        if (earlier != set.rules.end()) {
            errors.push_back({rule.position, fmt::format("duplicate rule id '{}' (first defined in {} on line {})",
                                                         rule.id, earlier->position.file,
                                                         earlier->position.line)});
            continue;
        }
        set.rules.push_back(rule);
    }
    set.files.push_back(file);
    return errors.size() == errors_before;
}

std::string format_rule_file_error(const RuleFileError& error) {
    if (error.position.line == 0) return fmt::format("{}: error: {}", error.position.file, error.message);
    return fmt::format("{}:{}:{}: error: {}", error.position.file, error.position.line, error.position.column,
                       error.message);
}

}  // namespace cijfer
