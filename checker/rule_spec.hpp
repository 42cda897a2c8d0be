#pragma once
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "checker/finding.hpp"
#include "source/span.hpp"

namespace cijfer {

/// Where something sits in a rule file: 1-based line and column.
struct FilePosition {
    std::string file;
    int line = 0;
    int column = 0;
};

/// One rule as its YAML rule file states it.
struct RuleSpec {
    std::string id;           ///< stable, user-chosen: "om-sepots-cross-total"
    std::string kind;         ///< a registered rule kind: "cross-total"
    Severity severity = Severity::error;
    std::string description;
    YAML::Node parameters;    ///< kind-specific; validated by the kind when loaded
    FilePosition position;    ///< where the rule starts, for messages about it
};

struct RuleSet {
    std::vector<RuleSpec> rules;
    std::vector<std::string> files;  ///< the rule files, in load order
};

/// An error in a rule file: `file:line:col: error: message`.
struct RuleFileError {
    FilePosition position;
    std::string message;
};

}  // namespace cijfer
