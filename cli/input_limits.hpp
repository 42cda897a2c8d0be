#pragma once
// The limits on what one run reads (docs/limits.md), set with `--limit NAME=VALUE`.
#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "checker/rule_loader.hpp"
#include "source/source_text.hpp"

namespace cijfer::cli {

struct InputLimits {
    std::size_t input_size = 32u << 20;   ///< `input-size`: bytes of one input document
    std::size_t line_length = 1u << 20;   ///< `line-length`: bytes of one line of a document
    RuleFileLimits rule_files;            ///< `rules`, `yaml-size`, `yaml-depth`, `yaml-nodes`
};

/// The defaults with each `NAME=VALUE` applied in order (sizes take a K, M or G suffix:
/// 64M). On an unknown name or a bad value writes the error to `err` and returns nullopt.
std::optional<InputLimits> parse_limits(const std::vector<std::string>& settings, std::ostream& err);

/// False (with the error written) when the file at `path` is larger than `input-size`;
/// checked before reading, so a huge file is never loaded. An unreadable file passes
/// here and fails when it is read.
bool input_size_allowed(const std::string& path, const InputLimits& limits, std::ostream& err);

/// False (with the error written at the first line too long) when a line of `source` is
/// longer than `line-length`.
bool line_lengths_allowed(const SourceText& source, const InputLimits& limits, std::ostream& err);

/// False (with the error written) for a document that is empty or only white space, or
/// that holds a NUL byte: neither is a text to check (docs/limits.md).
bool is_text(const SourceText& source, std::ostream& err);

/// read_input (input_file.hpp) within the limits: the size is checked before reading,
/// the line lengths and is_text after.
std::optional<SourceText> read_input_within(const std::string& path, const std::string& format, const InputLimits& limits,
                                            std::ostream& err);

/// Adds the repeatable `--limit NAME=VALUE` option to a command.
template <typename App>
void add_limit_option(App& cmd, std::vector<std::string>& settings) {
    cmd.add_option("--limit", settings,
                   "Raise or lower a limit: input-size, line-length, rules, yaml-size, yaml-depth, yaml-nodes "
                   "(repeatable; docs/limits.md)")
        ->allow_extra_args(false);
}

}  // namespace cijfer::cli
