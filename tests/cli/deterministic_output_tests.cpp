// The same input gives byte-identical output: every format, every bundled dataset, run
// twice in separate processes (so that no address, hash seed or clock leaks into a report).
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_cijfercheck.hpp"

using namespace cijfer::test;
namespace fs = std::filesystem;

BOOST_AUTO_TEST_SUITE(deterministic_output)

BOOST_AUTO_TEST_CASE(every_format_is_byte_identical_across_runs) {
    const fs::path datasets = fs::path(CIJFER_SOURCE_DIR) / "datasets";
    int compared = 0;
    for (const auto& entry : fs::directory_iterator(datasets)) {
        for (const auto& file : fs::directory_iterator(entry.path())) {
            if (file.path().extension() != ".txt") continue;
            std::vector<std::string> base = {"check", file.path().string(), "--fail-on", "none"};
            if (fs::exists(entry.path() / "rules.yaml")) {
                base.push_back("--rules");
                base.push_back((entry.path() / "rules.yaml").string());
            }
            for (const std::string format : {"text", "json", "sarif"})
                for (const std::string lang : {"en", "nl"}) {
                    auto args = base;
                    args.insert(args.end(), {"--format", format, "--lang", lang, "--verbose"});
                    TempDir first, second;
                    const auto a = run_cijfercheck(first, args);
                    const auto b = run_cijfercheck(second, args);
                    BOOST_TEST_CONTEXT(file.path().string() << " " << format << " " << lang) {
                        BOOST_TEST(a.exit_code == 0);
                        BOOST_TEST(!a.out.empty());
                        BOOST_TEST(a.out == b.out);
                        BOOST_TEST(a.err == b.err);
                    }
                    ++compared;
                }
            auto extract = std::vector<std::string>{"extract", file.path().string()};
            TempDir first, second;
            BOOST_TEST(run_cijfercheck(first, extract).out == run_cijfercheck(second, extract).out);
        }
    }
    BOOST_TEST(compared >= 6);
}

BOOST_AUTO_TEST_SUITE_END()
