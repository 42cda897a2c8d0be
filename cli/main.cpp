// cijfercheck: checks the arithmetic of statistical figures in documents.
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/check_command.hpp"
#include "cli/diff_command.hpp"
#include "cli/exit_code.hpp"
#include "cli/extract_command.hpp"
#include "cli/report_command.hpp"
#include "cli/rules_command.hpp"
#include "cli/rules_explain_command.hpp"

int main(int argc, char** argv) {
    using namespace cijfer::cli;
    CLI::App app{"cijfercheck: checks the sums, totals and percentages in statistical documents",
                 "cijfercheck"};
    app.set_version_flag("--version", std::string("cijfercheck ") + CIJFER_VERSION);
    app.require_subcommand(1);

    CheckOptions check;
    ExtractOptions extract;
    RulesOptions rules;
    RulesExplainOptions explain;
    ReportOptions report;
    DiffOptions diff;
    auto* check_cmd = add_check_command(app, check);
    auto* extract_cmd = add_extract_command(app, extract);
    auto* rules_cmd = add_rules_command(app, rules);
    auto* explain_cmd = add_rules_explain_command(*rules_cmd, explain);
    auto* report_cmd = add_report_command(app, report);
    auto* diff_cmd = add_diff_command(app, diff);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        // Help and --version exit 0; every other parse error is a usage error.
        return app.exit(e) == 0 ? exit_ok : exit_usage;
    }
    if (check_cmd->parsed()) return run_check(check, std::cout, std::cerr);
    if (extract_cmd->parsed()) return run_extract(extract, std::cout, std::cerr);
    if (explain_cmd->parsed()) return run_rules_explain(explain, std::cout, std::cerr);
    if (rules_cmd->parsed()) return run_rules(rules, std::cout);
    if (report_cmd->parsed()) return run_report(report, process_environment(CIJFER_VERSION), std::cerr);
    if (diff_cmd->parsed()) return run_diff(diff, std::cout, std::cerr);
    return exit_usage;
}
