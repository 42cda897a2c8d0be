// The pieces of the audit report that other code does not test: digests, dates, and the
// catalogue entries that say in both languages what each rule kind checks.
#include <boost/test/unit_test.hpp>

#include "checker/rule_kind.hpp"
#include "report/audit_text.hpp"
#include "report/catalogue.hpp"
#include "report/sha256.hpp"

using namespace cijfer;

BOOST_AUTO_TEST_SUITE(audit_text)

BOOST_AUTO_TEST_CASE(sha256_gives_the_fips_180_test_vectors) {
    BOOST_TEST(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    BOOST_TEST(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    BOOST_TEST(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
               "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

BOOST_AUTO_TEST_CASE(utc_time_writes_seconds_since_1970_as_a_utc_date_and_time) {
    BOOST_TEST(utc_time(0) == "1970-01-01 00:00:00 UTC");
    BOOST_TEST(utc_time(1773619200) == "2026-03-16 00:00:00 UTC");
    BOOST_TEST(utc_time(951782399) == "2000-02-28 23:59:59 UTC");
    BOOST_TEST(utc_time(951782400) == "2000-02-29 00:00:00 UTC");  // a leap day
}

BOOST_AUTO_TEST_CASE(every_registered_rule_kind_is_explained_in_both_languages) {
    for (const RuleKind& kind : rule_kinds()) {
        BOOST_TEST_CONTEXT(kind.id) {
            const CatalogueEntry* entry = find_catalogue_entry("audit.kind." + std::string(kind.id));
            BOOST_TEST_REQUIRE(entry != nullptr);
            BOOST_TEST(!entry->en.empty());
            BOOST_TEST(!entry->nl.empty());
            BOOST_TEST(entry->en != entry->nl);
        }
    }
}

BOOST_AUTO_TEST_CASE(row_codes_are_written_as_in_the_tables) {
    Row top;
    top.code = "1";
    Row sub;
    sub.code = "3.3.1";
    Row none;
    BOOST_TEST(code_as_written(top) == "1.");
    BOOST_TEST(code_as_written(sub) == "3.3.1");
    BOOST_TEST(code_as_written(none) == "");
}

BOOST_AUTO_TEST_SUITE_END()
