// The seed's audit reports in docs/examples/, both languages and formats, are what the tool
// writes today: regenerated here and compared byte for byte. After an intended change,
// regenerate them with CIJFER_UPDATE_EXAMPLES=1 (docs/report.md) and review the diff.
#include <boost/test/unit_test.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/report_command.hpp"
#include "run_cijfercheck.hpp"

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

/// Runs in the source tree, so the report names the inputs as a user there would.
class InSourceTree {
public:
    InSourceTree() : before_(fs::current_path()) { fs::current_path(CIJFER_SOURCE_DIR); }
    ~InSourceTree() { fs::current_path(before_); }
    InSourceTree(const InSourceTree&) = delete;
    InSourceTree& operator=(const InSourceTree&) = delete;

private:
    fs::path before_;
};

}  // namespace

BOOST_AUTO_TEST_SUITE(report_examples)

BOOST_AUTO_TEST_CASE(the_committed_seed_reports_are_what_the_tool_writes) {
    const bool update = std::getenv("CIJFER_UPDATE_EXAMPLES") != nullptr;
    cijfer::test::TempDir dir;
    InSourceTree in_source;
    // A fixed version and the date of the seed document (16 March 2026): byte-stable.
    const cijfer::cli::ReportEnvironment env{"0.1.0", std::string("1773619200"), nullptr};
    for (const std::string lang : {"en", "nl"})
        for (const auto& [format, extension] : {std::pair{"html", "html"}, std::pair{"markdown", "md"}}) {
            const std::string name = "om-sepots-2026-report." + lang + "." + extension;
            BOOST_TEST_CONTEXT(name) {
                cijfer::cli::ReportOptions options;
                options.files = {"datasets/om-sepots-2026/antwoord.txt"};
                options.rule_files = {"datasets/om-sepots-2026/rules.yaml"};
                options.format = format;
                options.lang = lang;
                const fs::path committed = fs::path("docs/examples") / name;
                options.output = update ? committed.string() : (dir.path() / name).string();
                std::ostringstream err;
                BOOST_TEST_REQUIRE(cijfer::cli::run_report(options, env, err) == 0, err.str());
                if (update) continue;
                const std::string expected = read(committed);
                BOOST_TEST_REQUIRE(!expected.empty(), committed << " is missing");
                // Compare lengths first: a drift in a 100 KB file is unreadable in a diff here.
                const std::string actual = read(options.output);
                BOOST_TEST(actual.size() == expected.size());
                BOOST_TEST((actual == expected), committed << " drifted: regenerate with CIJFER_UPDATE_EXAMPLES=1 "
                                                               "and review the diff");
            }
        }
}

BOOST_AUTO_TEST_SUITE_END()
