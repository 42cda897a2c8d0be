// Every numeric token is exactly one of figure / non-statistical / unclassified, and the
// grammar finds as many as an independent, deliberately simple scanner does.
#include <boost/test/unit_test.hpp>

#include <random>
#include <sstream>

#include "grammar/lexer.hpp"

#include "test_support.hpp"
#include "../numeric_token_scanner.hpp"

using namespace cijfer;
using cijfer::test::Parsed;

namespace {

void check_partition(const Parsed& p, const std::string& text) {
    const auto expected = test::scan_numeric_tokens(text);
    BOOST_TEST_REQUIRE(p.doc.tokens.size() == expected.size());
    std::vector<const NumericToken*> sorted;
    for (const auto& t : p.doc.tokens) sorted.push_back(&t);
    std::sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a->span.begin < b->span.begin; });
    std::vector<std::string> found;
    for (const auto* t : sorted) found.push_back(std::to_string(t->span.begin) + "-" + std::to_string(t->span.end));
    BOOST_TEST(found == expected, boost::test_tools::per_element());
    for (const auto& t : p.doc.tokens) {
        BOOST_TEST((t.role == TokenRole::figure) == t.figure.has_value());
        if (t.figure) BOOST_TEST(p.doc.figures[*t.figure].number.span.end == t.span.end);
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(token_partition)

BOOST_AUTO_TEST_CASE(the_seed_document_balances) {
    const auto text = test::read_file(test::seed_path());
    const Parsed p(text, "antwoord.txt");
    check_partition(p, text);
    int figures = 0, non_statistical = 0, unclassified = 0;
    for (const auto& t : p.doc.tokens) {
        figures += t.role == TokenRole::figure;
        non_statistical += t.role == TokenRole::non_statistical;
        unclassified += t.role == TokenRole::unclassified;
    }
    BOOST_TEST(p.doc.tokens.size() == 466u);
    BOOST_TEST(figures == 254);
    BOOST_TEST(non_statistical == 212);
    BOOST_TEST(unclassified == 0);
}

BOOST_AUTO_TEST_CASE(non_statistical_classes_in_context) {
    const Parsed p(
        "Antwoord op vragen 3 en 5\n"
        "\n"
        "Zie artikel 12 en art. 167 lid 2, ontvangen op 16 maart\n"
        "2026, een straf van 6 jaar. Kamerstukken II 2025/26, 29279 nr. 1008. Zie https://x.nl/a-2019 in\n"
        "tabellen8 en per jaar.1 Dat is sinds 2008. Zie bijlage 3 en tabel 4.\n");
    auto why_of = [&](std::string_view written, int nth = 0) {
        for (const auto& t : p.doc.tokens)
            if (p.source.text(t.span) == written && nth-- == 0) {
                BOOST_TEST_REQUIRE((t.role == TokenRole::non_statistical));
                return std::string(to_string(t.why));
            }
        return std::string("(absent)");
    };
    BOOST_TEST(why_of("3") == "question-number");
    BOOST_TEST(why_of("5") == "question-number");
    BOOST_TEST(why_of("12") == "article");
    BOOST_TEST(why_of("167") == "article");
    BOOST_TEST(why_of("2") == "article");
    BOOST_TEST(why_of("16") == "date");
    BOOST_TEST(why_of("2026") == "date");
    BOOST_TEST(why_of("6") == "duration");
    BOOST_TEST(why_of("2025") == "reference");
    BOOST_TEST(why_of("29279") == "reference");
    BOOST_TEST(why_of("1008") == "reference");
    BOOST_TEST(why_of("2019") == "url");
    BOOST_TEST(why_of("8") == "footnote-marker");
    BOOST_TEST(why_of("1") == "footnote-marker");
    BOOST_TEST(why_of("2008") == "year");
    BOOST_TEST(why_of("3", 1) == "reference");
    BOOST_TEST(why_of("4") == "reference");
}

BOOST_AUTO_TEST_CASE(an_amount_with_nothing_after_it_is_named_by_the_words_before_it) {
    const Parsed p("Dit is omgerekend met een uurtarief van 150 euro.\n");
    BOOST_TEST_REQUIRE(p.doc.statements.size() == 1u);
    BOOST_TEST(p.doc.statements[0].noun_phrase == "Dit is omgerekend met een uurtarief van");
    BOOST_TEST((p.doc.tokens[0].role == TokenRole::figure));
}

BOOST_AUTO_TEST_CASE(a_number_with_nothing_to_count_is_unclassified_not_dropped) {
    const Parsed p("Zie onder 17 .\n");
    BOOST_TEST_REQUIRE(p.doc.tokens.size() == 1u);
    BOOST_TEST((p.doc.tokens[0].role == TokenRole::unclassified));
}

BOOST_AUTO_TEST_CASE(generated_documents_balance) {
    // Random mixtures of words, numbers in every shape, punctuation and line breaks.
    std::mt19937 rng(20261203);
    const std::vector<std::string> pieces = {
        "zaken", "In", "2023", "56.400", "66.3000", "1.23.456", "0,3", "0.2", "%", "procent", "-", "−",
        "Vraag", "Eindtotaal", "3.3.1", "(", ")", ".", ",", ":", "\n", "\n\n", "art.", "nr.", "maart",
        "https://a.nl/b-12", "tabellen8", "ruim", "12", "1.", "Totaal", "2023 2024", "é", "\t", "  ",
        "1\xC2\xA0" "025", "2\xE2\x80\x89" "500", "7\xE2\x80\xAF" "12", "\xC2\xA0", "\xE2\x88\x92" "5", "\xE2\x80\x93",
        "-/- 5", "-/-", "(1.234)", "[1]", "2018*", "2025\xE2\x80\x93" "2026", "HP22-29", "1-3", "\xE2\x80\x92" "7"};
    for (int doc = 0; doc < 300; ++doc) {
        std::string text;
        const int n = std::uniform_int_distribution<int>(1, 80)(rng);
        for (int k = 0; k < n; ++k) {
            text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
            if (std::uniform_int_distribution<int>(0, 3)(rng) > 0) text += ' ';
        }
        BOOST_TEST_CONTEXT("document: " << text) {
            const Parsed p(text);
            check_partition(p, text);
        }
    }
}

BOOST_AUTO_TEST_CASE(spans_point_at_the_figures_as_written) {
    const Parsed p("Tekst\nIn 2023 heeft het OM 56.400 misdrijfzaken geseponeerd.\n");
    const auto& st = p.doc.statements.at(0);
    const auto& f = p.doc.figures[st.figure];
    BOOST_TEST(p.source.text(f.number.span) == "56.400");
    const auto loc = p.source.locate(f.number.span.begin);
    BOOST_TEST(loc.line == 2);
    BOOST_TEST(loc.column == 22);
    BOOST_TEST(f.number.span.begin == 27u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(front_matter)

BOOST_AUTO_TEST_CASE(a_header_block_before_three_dashes_is_not_the_document) {
    const std::string text =
        "source: https://example.nl/2023\n"
        "notes: 10.900+169.800=180.700 holds\n"
        "---\n"
        "In 2023 waren er 1.234 zaken.\n";
    const Parsed p(text);
    check_partition(p, text);
    int front = 0;
    for (const auto& t : p.doc.tokens)
        front += t.role == TokenRole::non_statistical && t.why == NonStatistical::front_matter;
    BOOST_TEST(front == 3);  // the URL's 2023 stays a url token
    BOOST_TEST_REQUIRE(p.doc.statements.size() == 1u);
    BOOST_TEST(p.text(p.doc.statements[0].figure) == "1.234");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(lexer_signs_and_markers)

namespace {

/// The number lexemes of a one-line text as "written value" pairs, e.g. "−5=-5".
std::vector<std::string> numbers_of(const std::string& text) {
    const SourceText source("t.txt", text);
    const auto lexed = lex(source);
    std::vector<std::string> out;
    for (const auto& lx : lexed.lexemes)
        if (lx.kind == LexKind::number) {
            std::ostringstream v;
            v << lx.number->value;
            out.push_back(std::string(source.text(lx.span)) + "=" + v.str());
        }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(ranges_are_read_before_negatives) {
    using V = std::vector<std::string>;
    BOOST_TEST(numbers_of("2025-2026") == (V{"2025=2025", "2026=2026"}), boost::test_tools::per_element());
    BOOST_TEST(numbers_of("2025\u20132026") == (V{"2025=2025", "2026=2026"}), boost::test_tools::per_element());
    BOOST_TEST(numbers_of("HP22-29") == (V{"22=22", "29=29"}), boost::test_tools::per_element());
    BOOST_TEST(numbers_of("1-3 jaar") == (V{"1=1", "3=3"}), boost::test_tools::per_element());
    BOOST_TEST(numbers_of("2018 \u2212 2022") == (V{"2018=2018", "2022=2022"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(every_minus_after_a_space_or_bracket_is_negative) {
    using V = std::vector<std::string>;
    BOOST_TEST(numbers_of("503 1.583 -1.079") == (V{"503=503", "1.583=1583", "-1.079=-1079"}),
               boost::test_tools::per_element());
    BOOST_TEST(numbers_of("Saldo \u22125 \u20136 \u20127") == (V{"\u22125=-5", "\u20136=-6", "\u20127=-7"}),
               boost::test_tools::per_element());
    BOOST_TEST(numbers_of("Saldo -/- 1.250 en \u2212 3") == (V{"-/- 1.250=-1250", "\u2212 3=-3"}),
               boost::test_tools::per_element());
    // A spaced hyphen or en dash opens a list item or a remark; it is no sign.
    BOOST_TEST(numbers_of("- 5 zaken \u2013 6 zaken") == (V{"5=5", "6=6"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(brackets_stars_and_footnote_references_are_flagged_not_valued) {
    const SourceText source("t.txt", "Lasten (1.234) in 2018* en 170.000 [1] of (2023).");
    const auto lexed = lex(source);
    std::vector<const Lexeme*> numbers;
    for (const auto& lx : lexed.lexemes)
        if (lx.kind == LexKind::number) numbers.push_back(&lx);
    BOOST_TEST_REQUIRE(numbers.size() == 5u);
    BOOST_TEST(numbers[0]->number->parenthesized);
    BOOST_TEST(numbers[0]->number->value == 1234.0);  // the reader decides on the sign
    BOOST_TEST(numbers[1]->starred);
    BOOST_TEST(numbers[1]->number->value == 2018.0);
    BOOST_TEST(!numbers[2]->starred);
    BOOST_TEST(numbers[3]->bracketed);
    BOOST_TEST(!numbers[3]->number->parenthesized);
    BOOST_TEST(numbers[4]->number->parenthesized);
}

BOOST_AUTO_TEST_CASE(markers_in_prose_are_not_figures) {
    const std::string text = "In 2022* werden 170.000 [1] zaken ingestroomd en 56.400* zaken geseponeerd (2023).\n";
    const Parsed p(text);
    check_partition(p, text);
    auto why_of = [&](std::string_view written) {
        for (const auto& t : p.doc.tokens)
            if (p.source.text(t.span) == written)
                return t.role == TokenRole::non_statistical ? std::string(to_string(t.why)) : std::string("figure");
        return std::string("(absent)");
    };
    BOOST_TEST(why_of("2022") == "year");
    BOOST_TEST(why_of("1") == "footnote-marker");
    BOOST_TEST(why_of("2023") == "year");
    BOOST_TEST_REQUIRE(p.doc.statements.size() == 2u);
    BOOST_TEST(p.doc.statements[0].noun_phrase == "zaken ingestroomd");
    BOOST_TEST(p.text(p.doc.statements[0].figure) == "170.000");
    BOOST_TEST(p.doc.statements[1].noun_phrase == "zaken geseponeerd");
}

BOOST_AUTO_TEST_CASE(a_no_break_space_number_is_one_token_and_one_figure) {
    const std::string text = "In 2023 waren er 1\u00A0025 zaken en \u22125 procent minder boetes.\n";
    const Parsed p(text);
    check_partition(p, text);
    BOOST_TEST_REQUIRE(!p.doc.statements.empty());
    BOOST_TEST(p.text(p.doc.statements[0].figure) == "1\u00A0025");
    BOOST_TEST(p.doc.figures[p.doc.statements[0].figure].value() == 1025.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(fuzz_regressions)

// Found by the document fuzz target: a footnote marker glued to a word, of 15 digits, was
// cast to int (undefined behaviour, caught by UBSan in the sanitizer builds).
BOOST_AUTO_TEST_CASE(a_glued_marker_too_large_for_an_int_is_read_like_any_other) {
    const std::string text =
        "Aantal zaken\n"
        "Categorie 2023 2024\n"
        "Diefstal bij333333333333333 3 4\n"
        "Eindtotaal 3 4\n"
        "\n"
        "333333333333333 Een voetnoot.\n";
    const Parsed p(text);
    check_partition(p, text);
}

BOOST_AUTO_TEST_SUITE_END()
