// Values glued together ("258.000174.000170.000"): the splits by three-digit grouping and
// column count (docs/tables.md), and the coverage partition when one token is several figures.
#include <boost/test/unit_test.hpp>

#include <chrono>
#include <random>

#include "grammar/glued_values.hpp"

#include "test_support.hpp"

using namespace cijfer;

namespace {

using Splits = std::vector<std::vector<std::size_t>>;

/// "12345" -> "12.345", written independently of the grammar.
std::string dutch(long long v) {
    const std::string digits = std::to_string(v);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += '.';
        out += digits[i];
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(glued_values)

BOOST_AUTO_TEST_CASE(thousands_groups_split_one_way) {
    BOOST_TEST((glued_splits("258.000174.000170.000", 3, 4) == Splits{{7, 7, 7}}));
    BOOST_TEST((glued_splits("1.000.0002.500", 2, 4) == Splits{{9, 5}}));
    BOOST_TEST((glued_splits("18.40017.95019.020", 3, 4) == Splits{{6, 6, 6}}));
}

BOOST_AUTO_TEST_CASE(a_value_below_a_thousand_between_others_is_ambiguous) {
    // 1.234 | 5 | 67.890 or 1.234 | 56 | 7.890.
    BOOST_TEST((glued_splits("1.234567.890", 3, 4) == Splits{{5, 1, 6}, {5, 2, 5}}));
    // Under four columns: 1.234 | 5 | 6 | 78.901, 1.234 | 5 | 67 | 8.901, 1.234 | 56 | 7 | 8.901.
    BOOST_TEST(glued_splits("1.2345678.901", 4, 4).size() == 3u);
}

BOOST_AUTO_TEST_CASE(decimal_commas_must_agree) {
    // 12,5 | 12,3 (one decimal each); 12,51 | 2,3 mixes two and one decimals.
    BOOST_TEST((glued_splits("12,512,3", 2, 4) == Splits{{4, 4}}));
}

BOOST_AUTO_TEST_CASE(no_split_gives_nothing) {
    BOOST_TEST(glued_splits("66.3000", 2, 4).empty());  // a typo, not 66.300 and 0
    BOOST_TEST(glued_splits("66.3000", 3, 4).empty());
    BOOST_TEST(glued_splits("012.000", 2, 4).empty());  // no value starts with a zero digit
}

BOOST_AUTO_TEST_CASE(random_glued_thousands_are_found_among_the_splits) {
    std::mt19937 rng(20261204);
    for (int round = 0; round < 500; ++round) {
        const std::size_t parts = 2 + rng() % 4;
        std::string glued;
        std::vector<std::size_t> lengths;
        for (std::size_t p = 0; p < parts; ++p) {
            const auto written = dutch(1000 + static_cast<long long>(rng() % 999000));
            glued += written;
            lengths.push_back(written.size());
        }
        BOOST_TEST_CONTEXT(glued) {
            // Every value has a thousands dot, so the split is the one it was written as.
            BOOST_TEST((glued_splits(glued, parts, 4) == Splits{lengths}));
        }
    }
}

BOOST_AUTO_TEST_CASE(a_hostile_literal_is_left_unsplit_quickly) {
    std::string digits = "1";
    for (int k = 0; k < 60; ++k) digits += ".1234567";
    const auto start = std::chrono::steady_clock::now();
    const auto splits = glued_splits(digits, 16, 4);
    const auto took = std::chrono::steady_clock::now() - start;
    BOOST_TEST(splits.size() <= 4u);
    BOOST_TEST(std::chrono::duration_cast<std::chrono::milliseconds>(took).count() < 200);
}

BOOST_AUTO_TEST_CASE(one_token_of_three_figures_keeps_the_partition) {
    const cijfer::test::Parsed p(
        "Soort 2008 2009 2010\n"
        "Alpha 258.000174.000170.000\n"
        "Beta 12.000 45.500 4.250\n"
        "Totaal 270.000219.500174.250\n");
    // Eight numeric tokens: three years, two glued literals and Beta's three values.
    BOOST_TEST_REQUIRE(p.doc.tokens.size() == 8u);
    std::size_t figures = 0, linked = 0;
    for (const auto& t : p.doc.tokens) {
        BOOST_TEST((t.role != TokenRole::unclassified));
        if (t.role != TokenRole::figure) continue;
        ++linked;
        // The token names the last of its figures, which ends where the token ends.
        BOOST_TEST(p.doc.figures[*t.figure].number.span.end == t.span.end);
    }
    for (const auto& row : p.doc.tables.at(0).rows)
        for (const auto& c : row.cells) figures += c.has_value();
    BOOST_TEST(linked == 5u);
    BOOST_TEST(figures == 9u);
    BOOST_TEST(p.doc.figures.size() == 9u);
}

BOOST_AUTO_TEST_SUITE_END()
