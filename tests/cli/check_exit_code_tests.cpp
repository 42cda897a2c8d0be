// `check` exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage
// or input errors, with the exact messages users see on stderr.
#include <boost/test/unit_test.hpp>

#include "run_cijfercheck.hpp"

using namespace cijfer::test;

BOOST_AUTO_TEST_SUITE(check_exit_codes)

BOOST_AUTO_TEST_CASE(a_consistent_document_exits_0) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "doc.txt"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.err == "");
}

BOOST_AUTO_TEST_CASE(a_missing_input_file_exits_2_and_says_why) {
    TempDir dir;
    const auto run = run_cijfercheck(dir, {"check", "missing.txt"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.out == "");
    BOOST_TEST(run.err == "cijfercheck: error: missing.txt: cannot read: No such file or directory\n");
}

BOOST_AUTO_TEST_CASE(a_directory_as_input_exits_2) {
    TempDir dir;
    std::filesystem::create_directory(dir.path() / "sub");
    const auto run = run_cijfercheck(dir, {"check", "sub"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: sub: cannot read: Is a directory\n");
}

BOOST_AUTO_TEST_CASE(a_broken_rule_file_exits_2_with_located_errors) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    dir.write("bad.yaml",
              "version: 2\n"
              "rules: []\n"
              "rules: []\n");
    const auto run = run_cijfercheck(dir, {"check", "doc.txt", "--rules", "bad.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.out == "");
    // The YAML screen stops at the duplicate key, before the rules are read.
    BOOST_TEST(run.err == "bad.yaml:3:1: error: duplicate key 'rules' (first given on line 2)\n");
}

BOOST_AUTO_TEST_CASE(a_yaml_syntax_error_in_a_rule_file_exits_2) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    dir.write("bad.yaml", "version: 1\nrules: [\n");
    const auto run = run_cijfercheck(dir, {"check", "doc.txt", "--rules", "bad.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "bad.yaml:3:1: error: YAML syntax error: end of sequence flow not found\n");
}

BOOST_AUTO_TEST_CASE(a_missing_rule_file_exits_2) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "doc.txt", "--rules", "nope.yaml"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "nope.yaml: error: cannot read rule file: No such file or directory\n");
}

BOOST_AUTO_TEST_CASE(usage_errors_exit_2) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    BOOST_TEST(run_cijfercheck(dir, {}).exit_code == 2);
    BOOST_TEST(run_cijfercheck(dir, {"check"}).exit_code == 2);
    BOOST_TEST(run_cijfercheck(dir, {"frobnicate"}).exit_code == 2);
    BOOST_TEST(run_cijfercheck(dir, {"check", "doc.txt", "--format", "xml"}).exit_code == 2);
    BOOST_TEST(run_cijfercheck(dir, {"check", "doc.txt", "--fail-on", "fatal"}).exit_code == 2);
    BOOST_TEST(run_cijfercheck(dir, {"check", "doc.txt", "--lang", "de"}).exit_code == 2);
}

BOOST_AUTO_TEST_CASE(an_unwritable_output_file_exits_2) {
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto run = run_cijfercheck(dir, {"check", "doc.txt", "--output", "no/such/dir/report.txt"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: no/such/dir/report.txt: cannot write: No such file or directory\n");
}

BOOST_AUTO_TEST_CASE(version_and_help_exit_0) {
    TempDir dir;
    const auto version = run_cijfercheck(dir, {"--version"});
    BOOST_TEST(version.exit_code == 0);
    BOOST_TEST(version.out == std::string("cijfercheck ") + CIJFER_VERSION + "\n");
    BOOST_TEST(run_cijfercheck(dir, {"check", "--help"}).exit_code == 0);
}

BOOST_AUTO_TEST_SUITE_END()

// A wrong sum in a table: the exit code follows --fail-on.
BOOST_AUTO_TEST_SUITE(check_exit_codes_with_findings)

BOOST_AUTO_TEST_CASE(a_wrong_sum_exits_1_by_default_and_0_with_fail_on_none) {
    TempDir dir;
    dir.write("doc.txt", wrong_sum_table);
    BOOST_TEST(run_cijfercheck(dir, {"check", "doc.txt"}).exit_code == 1);
    BOOST_TEST(run_cijfercheck(dir, {"check", "doc.txt", "--fail-on", "error"}).exit_code == 1);
    BOOST_TEST(run_cijfercheck(dir, {"check", "doc.txt", "--fail-on", "none"}).exit_code == 0);
}

BOOST_AUTO_TEST_CASE(fail_on_compares_with_the_rule_severity) {
    TempDir dir;
    dir.write("doc.txt", wrong_sum_table);
    dir.write("warn.yaml",
              "version: 1\n"
              "rules:\n"
              "  - id: sums-as-warning\n"
              "    kind: hierarchy-sum\n"
              "    severity: warning\n"
              "    description: Parent rows equal the sum of their sub-categories.\n");
    const std::vector<std::string> only_warning = {"check", "doc.txt", "--no-default-rules", "--rules", "warn.yaml"};
    auto with = [&](std::vector<std::string> extra) {
        auto args = only_warning;
        args.insert(args.end(), extra.begin(), extra.end());
        return run_cijfercheck(dir, args).exit_code;
    };
    BOOST_TEST(with({}) == 0);
    BOOST_TEST(with({"--fail-on", "error"}) == 0);
    BOOST_TEST(with({"--fail-on", "warning"}) == 1);
    BOOST_TEST(with({"--fail-on", "info"}) == 1);
    BOOST_TEST(with({"--fail-on", "none"}) == 0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(check_arguments)

BOOST_AUTO_TEST_CASE(each_rules_option_takes_one_file_so_later_inputs_stay_inputs) {
    TempDir dir;
    dir.write("good.txt", consistent_table);
    dir.write("wrong.txt", wrong_sum_table);
    dir.write("none.yaml", "version: 1\nrules: []\n");
    // wrong.txt after --rules is an input: with its wrong sum the run fails (needs the grammar).
    const auto run = run_cijfercheck(dir, {"check", "good.txt", "--rules", "none.yaml", "wrong.txt"});
    BOOST_TEST(run.exit_code == 1);
    BOOST_TEST(run.err == "");
    // and a second --rules adds a second file
    const auto twice = run_cijfercheck(dir, {"check", "good.txt", "--rules", "none.yaml", "--rules", "missing.yaml"});
    BOOST_TEST(twice.exit_code == 2);
    BOOST_TEST(twice.err == "missing.yaml: error: cannot read rule file: No such file or directory\n");
}

BOOST_AUTO_TEST_SUITE_END()
