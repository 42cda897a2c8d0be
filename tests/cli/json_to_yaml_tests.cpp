// json_to_yaml: strings YAML would read as something else are quoted; content survives.
#include <boost/test/unit_test.hpp>
#include <nlohmann/json.hpp>

#include "cli/json_to_yaml.hpp"
#include "yaml_matches_json.hpp"

using cijfer::cli::json_to_yaml;
using nlohmann::json;

BOOST_AUTO_TEST_SUITE(json_to_yaml_conversion)

BOOST_AUTO_TEST_CASE(renders_block_style_with_quotes_only_where_needed) {
    const auto value = json::parse(R"({"file": "antwoord.txt", "line": 35, "label": "2023",
                                       "ok": true, "note": null, "values": [56.4, -304]})");
    BOOST_TEST(json_to_yaml(value) ==
               "file: antwoord.txt\n"
               "label: \"2023\"\n"
               "line: 35\n"
               "note: ~\n"
               "ok: true\n"
               "values:\n"
               "  - 56.4\n"
               "  - -304");
}

BOOST_AUTO_TEST_CASE(strings_that_look_like_other_types_keep_their_type) {
    const auto value = json::parse(R"(["", "true", "no", "null", "~", "1.234", "66.3000", "0,2",
                                       "a: b", "- x", "# not a comment", "'q'", "Eindtotaal"])");
    const auto yaml = json_to_yaml(value);
    const auto back = YAML::Load(yaml);
    BOOST_TEST(cijfer::test::yaml_matches_json(back, value), yaml);
    // plain where plain is safe
    BOOST_TEST(yaml.find("- Eindtotaal") != std::string::npos);
    BOOST_TEST(yaml.find("- \"true\"") != std::string::npos);
    BOOST_TEST(yaml.find("- \"66.3000\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(nested_objects_and_empty_containers) {
    const auto value = json::parse(R"({"tables": [{"rows": [], "columns": {}}], "unicode": "€ 50 miljoen"})");
    const auto yaml = json_to_yaml(value);
    BOOST_TEST(cijfer::test::yaml_matches_json(YAML::Load(yaml), value), yaml);
}

BOOST_AUTO_TEST_SUITE_END()
