#include <set>

#include <boost/test/unit_test.hpp>

#include "checker/rule_kind.hpp"

using namespace cijfer;

BOOST_AUTO_TEST_SUITE(registry)

BOOST_AUTO_TEST_CASE(lists_every_kind_of_the_issue) {
    std::set<std::string> ids;
    for (const auto& kind : rule_kinds()) ids.insert(std::string(kind.id));
    const std::set<std::string> expected = {"hierarchy-sum", "total-sum", "percent-sum", "percent-of-total",
                                            "number-format", "numbering", "cross-total", "coverage", "percent-change",
                                            "inferred-relation", "expression"};
    BOOST_TEST(ids == expected);
    BOOST_TEST(find_rule_kind("numbering") != nullptr);
    BOOST_TEST(find_rule_kind("hierachy-sum") == nullptr);
}

// ruff's rule: a check without its documentation cannot be registered.
BOOST_AUTO_TEST_CASE(every_kind_has_its_documentation) {
    for (const auto& kind : rule_kinds()) {
        BOOST_TEST_CONTEXT("kind " << kind.id) {
            BOOST_TEST(!kind.summary.empty());
            BOOST_TEST(kind.doc.find("# " + std::string(kind.id) + "\n") == 0u);
            for (const char* heading : {"## What it does\n", "## Why it matters\n", "## Example that fails\n",
                                        "## Example that passes\n", "## Parameters\n"})
                BOOST_TEST(kind.doc.find(heading) != std::string_view::npos, "missing heading " << heading);
            BOOST_TEST((kind.collect != nullptr || kind.conclude != nullptr));
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
