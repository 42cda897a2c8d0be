#include <boost/test/unit_test.hpp>

#include <regex>
#include <set>

#include "report/catalogue.hpp"

using namespace cijfer;

namespace {

// The placeholders a template uses: "{context}: {found}" -> {context, found}.
std::set<std::string> placeholders(std::string_view tmpl) {
    std::set<std::string> names;
    const std::string text(tmpl);
    const std::regex field(R"(\{([a-z_]+)\})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), field); it != std::sregex_iterator(); ++it)
        names.insert((*it)[1].str());
    return names;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(catalogue_suite)

BOOST_AUTO_TEST_CASE(every_key_the_checker_emits_is_in_the_catalogue_with_its_args) {
    const std::vector<std::pair<std::string, std::set<std::string>>> keys = {
        {"sum.failed", {"context", "found", "expected", "parts", "imbalance", "excess"}},
        {"percent-sum.failed", {"context", "found", "expected", "n", "allowed"}},
        {"share.failed", {"context", "found", "expected", "part", "whole"}},
        {"change.failed", {"context", "found", "old", "new", "expected"}},
        {"hierarchy.orphan", {"code", "parent"}},
        {"number.malformed", {"written", "why", "reading", "check"}},
        {"number.malformed.unresolved", {"written", "readings"}},
        {"number.ambiguous", {"written", "readings"}},
        {"numbering.gap", {"code", "missing"}},
        {"numbering.duplicate", {"code"}},
        {"numbering.disorder", {"code", "previous"}},
        {"numbering.misnumbered", {"code", "missing", "label", "other"}},
        {"numbering.label-differs", {"code", "label", "other_label", "other"}},
        {"selector.no-match", {"selector"}},
        {"selector.ambiguous", {"selector", "count"}},
        {"token.unclassified", {"text"}},
    };
    for (const auto& [key, args] : keys) {
        BOOST_TEST_CONTEXT(key) {
            const CatalogueEntry* entry = find_catalogue_entry(key);
            BOOST_TEST_REQUIRE(entry != nullptr);
            const std::set<std::string> declared(entry->args.begin(), entry->args.end());
            BOOST_TEST(declared == args);
        }
    }
}

BOOST_AUTO_TEST_CASE(every_entry_uses_exactly_its_declared_args_in_both_languages) {
    for (const auto& entry : catalogue()) {
        BOOST_TEST_CONTEXT(entry.key) {
            const std::set<std::string> declared(entry.args.begin(), entry.args.end());
            BOOST_TEST(placeholders(entry.en) == declared);
            BOOST_TEST(placeholders(entry.nl) == declared);
            BOOST_TEST((entry.en != entry.nl || entry.args.empty()));
        }
    }
}

BOOST_AUTO_TEST_CASE(every_entry_renders_in_both_languages_with_its_declared_args) {
    for (const auto& entry : catalogue()) {
        BOOST_TEST_CONTEXT(entry.key) {
            Message m{std::string(entry.key), {}};
            for (auto arg : entry.args) m.text(std::string(arg), "<" + std::string(arg) + ">");
            for (Lang lang : {Lang::en, Lang::nl}) {
                const std::string out = render(m, lang);
                BOOST_TEST(out.find(std::string(entry.key) + " (") == std::string::npos);  // not the fallback
                for (auto arg : entry.args) BOOST_TEST(out.find("<" + std::string(arg) + ">") != std::string::npos);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(keys_are_unique) {
    std::set<std::string_view> seen;
    for (const auto& entry : catalogue()) BOOST_TEST(seen.insert(entry.key).second, entry.key);
}

BOOST_AUTO_TEST_CASE(sum_failed_reads_as_the_seed_finding_in_english_and_dutch) {
    Message m;
    m.key = "sum.failed";
    m.text("context", "Aantal misdrijfzaken › Eindtotaal › 2023")
        .text("found", "65.496")
        .text("expected", "65.800")
        .text("parts", "56.400 + 9.400")
        .number("imbalance", -304, 0, true)
        .number("excess", 204);
    BOOST_TEST(render(m, Lang::en) ==
               "Aantal misdrijfzaken › Eindtotaal › 2023: the table says 65.496, the parts add up to 65.800 "
               "(56.400 + 9.400); difference \u2212" "304, 204 more than rounding allows");
    BOOST_TEST(render(m, Lang::nl) ==
               "Aantal misdrijfzaken › Eindtotaal › 2023: de tabel vermeldt 65.496, de delen tellen op tot 65.800 "
               "(56.400 + 9.400); verschil \u2212" "304, 204 meer dan afronding toelaat");
}

// Messages quote figures as the (Dutch) document writes them, so computed numbers use
// Dutch notation in English messages too: one notation per sentence.
BOOST_AUTO_TEST_CASE(number_args_use_the_documents_notation_in_both_languages) {
    Message m;
    m.key = "share.failed";
    m.text("context", "onvoorwaardelijk geseponeerd › 2023")
        .text("found", "40 procent")
        .number("expected", 399.2, 1)
        .number("part", 663000)
        .number("whole", 166100);
    BOOST_TEST(render(m, Lang::en) ==
               "onvoorwaardelijk geseponeerd › 2023: the text says 40 procent, but 663.000 of 166.100 is 399,2%");
    BOOST_TEST(render(m, Lang::nl) ==
               "onvoorwaardelijk geseponeerd › 2023: de tekst vermeldt 40 procent, maar 663.000 van 166.100 is 399,2%");
}

BOOST_AUTO_TEST_CASE(an_unknown_key_renders_the_key_and_its_args) {
    Message m;
    m.key = "no.such.key";
    m.text("a", "x").number("n", 1234.5, 1);
    BOOST_TEST(render(m, Lang::nl) == "no.such.key (a=x, n=1.234,5)");
    BOOST_TEST(render(m, Lang::en) == "no.such.key (a=x, n=1.234,5)");
}

BOOST_AUTO_TEST_CASE(a_missing_arg_renders_the_fallback_instead_of_throwing) {
    Message m;
    m.key = "numbering.gap";
    m.text("code", "5.4");
    BOOST_TEST(render(m, Lang::en) == "numbering.gap (code=5.4)");
    Message none;
    none.key = "numbering.duplicate";
    BOOST_TEST(render(none, Lang::nl) == "numbering.duplicate ()");
}

BOOST_AUTO_TEST_SUITE_END()
