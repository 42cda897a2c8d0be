#pragma once
// Runs the whole pipeline on text, as `cijfercheck check FILE --rules R` does.
#include <fstream>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>

#include "checker/checker.hpp"
#include "checker/rule_loader.hpp"
#include "grammar/parse.hpp"

namespace cijfer::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string project_file(const std::string& relative) {
    return std::string(CIJFER_SOURCE_DIR) + "/" + relative;
}

inline RuleSet load_rules(std::initializer_list<std::string> files) {
    RuleSet set;
    std::vector<RuleFileError> errors;
    for (const auto& file : files) {
        const auto loaded = load_rule_file(project_file(file));
        if (!add_rule_file(set, file, loaded, errors) || !loaded.ok())
            throw std::runtime_error("rule file " + file + " does not load");
    }
    return set;
}

/// A checked document; keeps the source alive for the spans.
struct Checked {
    Checked(std::string text, const RuleSet& rules, std::string name = "antwoord.txt")
        : source(std::make_unique<SourceText>(std::move(name), std::move(text))),
          doc(parse_document(*source)),
          report(run_checks(doc, rules)) {}
    std::unique_ptr<SourceText> source;
    Document doc;
    CheckReport report;

    Location at(const Finding& f) const { return source->locate(f.span.begin); }
};

}  // namespace cijfer::test
