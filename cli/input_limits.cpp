#include "cli/input_limits.hpp"

#include <charconv>
#include <filesystem>
#include <limits>

#include <fmt/format.h>

#include "cli/input_file.hpp"

namespace cijfer::cli {
namespace {

// Spans are 32-bit byte offsets: no input may reach 4 GiB.
constexpr std::uint64_t largest_input = 1ull << 30;

constexpr std::string_view limit_names = "input-size, line-length, rules, yaml-size, yaml-depth, yaml-nodes";

/// "64M" -> 67108864; digits with an optional K, M or G (powers of 1024).
std::optional<std::uint64_t> parse_amount(std::string_view text) {
    std::uint64_t scale = 1;
    if (!text.empty()) {
        switch (text.back()) {
            case 'K': case 'k': scale = 1ull << 10; break;
            case 'M': case 'm': scale = 1ull << 20; break;
            case 'G': case 'g': scale = 1ull << 30; break;
            default: break;
        }
        if (scale != 1) text.remove_suffix(1);
    }
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || value == 0) return std::nullopt;
    if (value > std::numeric_limits<std::uint64_t>::max() / scale) return std::nullopt;
    return value * scale;
}

}  // namespace

std::optional<InputLimits> parse_limits(const std::vector<std::string>& settings, std::ostream& err) {
    InputLimits limits;
    for (const auto& setting : settings) {
        const auto eq = setting.find('=');
        const auto name = std::string_view(setting).substr(0, eq);
        const auto amount = eq == std::string::npos ? std::nullopt : parse_amount(std::string_view(setting).substr(eq + 1));
        const auto fail = [&](std::string_view why) {
            err << fmt::format("cijfercheck: error: --limit {}: {}\n", setting, why);
            return std::nullopt;
        };
        if (name != "input-size" && name != "line-length" && name != "rules" && name != "yaml-size" &&
            name != "yaml-depth" && name != "yaml-nodes")
            return fail(fmt::format("unknown limit '{}' (known limits: {})", name, limit_names));
        if (!amount) return fail("expected NAME=VALUE with a positive whole number, optionally with K, M or G");
        const auto bounded = [&](std::uint64_t most) { return *amount <= most; };
        if (name == "input-size" || name == "line-length" || name == "yaml-size") {
            if (!bounded(largest_input)) return fail(fmt::format("at most {} bytes (1G)", largest_input));
            const auto bytes = static_cast<std::size_t>(*amount);
            if (name == "input-size") limits.input_size = bytes;
            else if (name == "line-length") limits.line_length = bytes;
            else limits.rule_files.yaml.max_bytes = bytes;
        } else if (name == "yaml-depth") {
            // yaml-cpp itself refuses nesting beyond 2000 levels.
            if (!bounded(1000)) return fail("at most 1000");
            limits.rule_files.yaml.max_depth = static_cast<int>(*amount);
        } else if (name == "yaml-nodes") {
            limits.rule_files.yaml.max_nodes = *amount;
        } else {
            limits.rule_files.max_rules = static_cast<std::size_t>(*amount);
        }
    }
    return limits;
}

bool input_size_allowed(const std::string& path, const InputLimits& limits, std::ostream& err) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size <= limits.input_size) return true;
    err << fmt::format(
        "cijfercheck: error: {}: input is {} bytes, more than the limit of {} (limit input-size; raise it with "
        "--limit input-size=BYTES)\n",
        path, size, limits.input_size);
    return false;
}

bool line_lengths_allowed(const SourceText& source, const InputLimits& limits, std::ostream& err) {
    for (int line = 1; line <= source.line_count(); ++line) {
        const auto length = source.line(line).size();
        if (length <= limits.line_length) continue;
        err << fmt::format(
            "cijfercheck: error: {}:{}: line is {} bytes long, more than the limit of {} (limit line-length; raise "
            "it with --limit line-length=BYTES)\n",
            source.name(), line, length, limits.line_length);
        return false;
    }
    return true;
}

bool is_text(const SourceText& source, std::ostream& err) {
    const auto bytes = source.bytes();
    // A CI gate must not pass a failed text extraction as a clean document.
    if (bytes.find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) {
        err << fmt::format("cijfercheck: error: {}: the document is empty; there is nothing to check\n", source.name());
        return false;
    }
    // A PDF or Word file given as text would be read as noise.
    if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
        const auto where = source.locate(static_cast<std::uint32_t>(nul));
        err << fmt::format("cijfercheck: error: {}:{}:{}: NUL byte: this is not a text document\n", source.name(),
                           where.line, where.column);
        return false;
    }
    return true;
}

std::optional<SourceText> read_input_within(const std::string& path, const std::string& format, const InputLimits& limits,
                                            std::ostream& err) {
    if (!input_size_allowed(path, limits, err)) return std::nullopt;
    auto source = read_input(path, format, err);
    if (source && (!is_text(*source, err) || !line_lengths_allowed(*source, limits, err))) return std::nullopt;
    return source;
}

}  // namespace cijfer::cli
