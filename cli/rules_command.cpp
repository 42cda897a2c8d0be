#include "cli/rules_command.hpp"

#include <ostream>
#include <sstream>

#include "checker/rule_kind.hpp"
#include "cli/exit_code.hpp"

namespace cijfer::cli {
namespace {

void write_indented(std::ostream& out, std::string_view text) {
    std::istringstream lines{std::string(text)};
    for (std::string line; std::getline(lines, line);) out << (line.empty() ? "" : "    ") << line << '\n';
}

/// A kind's doc under a `## id` section: its own `# id` title is dropped and its other
/// headings move one level down, so the listing has one outline.
void write_markdown_doc(std::ostream& out, std::string_view id, std::string_view doc) {
    std::istringstream lines{std::string(doc)};
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
        const bool own_title = first && line == "# " + std::string(id);
        first = false;
        if (own_title) {
            if (lines.peek() == '\n') lines.get();  // and the blank line after it
            continue;
        }
        out << (line.rfind('#', 0) == 0 ? "#" : "") << line << '\n';
    }
}

}  // namespace

CLI::App* add_rules_command(CLI::App& app, RulesOptions& options) {
    auto* cmd = app.add_subcommand("rules", "List the rule kinds with their documentation");
    cmd->add_option("--format", options.format, "Output format")
        ->check(CLI::IsMember({"text", "markdown"}))
        ->capture_default_str();
    return cmd;
}

int run_rules(const RulesOptions& options, std::ostream& out) {
    const bool markdown = options.format == "markdown";
    if (markdown) out << "# Rule kinds\n";
    for (const auto& kind : rule_kinds()) {
        if (markdown) {
            out << "\n## " << kind.id << "\n\n" << kind.summary << "\n\n";
            write_markdown_doc(out, kind.id, kind.doc);
        } else {
            out << kind.id << ": " << kind.summary << "\n\n";
            write_indented(out, kind.doc);
            out << '\n';
        }
    }
    return exit_ok;
}

}  // namespace cijfer::cli
