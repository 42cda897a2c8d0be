// `extract` prints the model as JSON and the dataset as YAML; `rules` lists every
// registered rule kind with its summary and documentation.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

#include "checker/rule_kind.hpp"
#include "run_cijfercheck.hpp"
#include "yaml_matches_json.hpp"

using namespace cijfer::test;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(extract_command)

BOOST_AUTO_TEST_CASE(yaml_is_the_dataset_and_json_the_model) {
    // One YAML schema: what extract prints as YAML is the dataset that check reads back
    // (docs/datasets.md); JSON is the reporter's model JSON (docs/output.md).
    TempDir dir;
    dir.write("doc.txt", consistent_table);
    const auto as_json = run_cijfercheck(dir, {"extract", "doc.txt"});
    const auto as_yaml = run_cijfercheck(dir, {"extract", "doc.txt", "--format", "yaml"});
    const auto as_dataset = run_cijfercheck(dir, {"extract", "doc.txt", "--format", "dataset"});
    BOOST_TEST(as_json.exit_code == 0);
    BOOST_TEST(as_yaml.exit_code == 0);
    const auto model = json::parse(as_json.out, nullptr, false);
    BOOST_TEST_REQUIRE(!model.is_discarded());
    BOOST_TEST(model["schema"] == "cijfercheck-model");
    BOOST_TEST(as_yaml.out == as_dataset.out);
    BOOST_TEST(YAML::Load(as_yaml.out)["schema"].as<std::string>() == "cijfercheck-dataset");
    dir.write("doc.yaml", as_yaml.out);
    const auto text = run_cijfercheck(dir, {"check", "doc.txt"});
    const auto data = run_cijfercheck(dir, {"check", "doc.yaml"});
    BOOST_TEST(text.exit_code == 0);
    BOOST_TEST(data.exit_code == 0);
    BOOST_TEST(data.err == "");
}

BOOST_AUTO_TEST_CASE(a_missing_file_exits_2) {
    TempDir dir;
    const auto run = run_cijfercheck(dir, {"extract", "gone.txt"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: gone.txt: cannot read: No such file or directory\n");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(rules_command)

BOOST_AUTO_TEST_CASE(text_lists_each_kind_with_its_summary) {
    TempDir dir;
    const auto run = run_cijfercheck(dir, {"rules"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(!cijfer::rule_kinds().empty());
    for (const auto& kind : cijfer::rule_kinds()) {
        const auto entry = std::string(kind.id) + ": " + std::string(kind.summary) + "\n";
        BOOST_TEST(run.out.find(entry) != std::string::npos, entry);
    }
}

BOOST_AUTO_TEST_CASE(markdown_gives_one_section_per_kind_with_its_doc_headings_nested) {
    TempDir dir;
    const auto run = run_cijfercheck(dir, {"rules", "--format", "markdown"});
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.out.rfind("# Rule kinds\n", 0) == 0u);
    BOOST_TEST(run.out.find("\n### What it does\n") != std::string::npos);
    for (const auto& kind : cijfer::rule_kinds()) {
        const auto section = "\n## " + std::string(kind.id) + "\n\n" + std::string(kind.summary) + "\n\n";
        BOOST_TEST(run.out.find(section) != std::string::npos, kind.id);
        // the kind's own `# id` title is folded into that section, not repeated
        BOOST_TEST(run.out.find("\n# " + std::string(kind.id) + "\n") == std::string::npos, kind.id);
    }
}

BOOST_AUTO_TEST_SUITE_END()
