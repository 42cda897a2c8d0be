// Every numeric token is exactly one of figure / non-statistical / unclassified, and the
// grammar finds as many as an independent, deliberately simple scanner does.
#include <boost/test/unit_test.hpp>

#include <random>

#include "test_support.hpp"

using namespace cijfer;
using cijfer::test::Parsed;

namespace {

/// A numeric token: a maximal run of ASCII digits, joined by single dots or commas that
/// stand between two digits. Written independently of the lexer on purpose.
/// Spans as "begin-end" text, so that a difference prints readably.
std::vector<std::string> scan_numeric_tokens(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    auto digit = [&](std::size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    while (i < s.size()) {
        if (!digit(i)) {
            ++i;
            continue;
        }
        const std::size_t start = i;
        while (digit(i) || ((s[i] == '.' || s[i] == ',') && digit(i + 1) && i > start)) ++i;
        out.push_back(std::to_string(start) + "-" + std::to_string(i));
    }
    return out;
}

void check_partition(const Parsed& p, const std::string& text) {
    const auto expected = scan_numeric_tokens(text);
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
        "tabellen8 en per jaar.1 Dat is sinds 2008.\n");
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
}

BOOST_AUTO_TEST_CASE(a_number_with_nothing_to_count_is_unclassified_not_dropped) {
    const Parsed p("Zie bijlage 17 .\n");
    BOOST_TEST_REQUIRE(p.doc.tokens.size() == 1u);
    BOOST_TEST((p.doc.tokens[0].role == TokenRole::unclassified));
}

BOOST_AUTO_TEST_CASE(generated_documents_balance) {
    // Random mixtures of words, numbers in every shape, punctuation and line breaks.
    std::mt19937 rng(20261203);
    const std::vector<std::string> pieces = {
        "zaken", "In", "2023", "56.400", "66.3000", "1.23.456", "0,3", "0.2", "%", "procent", "-", "−",
        "Vraag", "Eindtotaal", "3.3.1", "(", ")", ".", ",", ":", "\n", "\n\n", "art.", "nr.", "maart",
        "https://a.nl/b-12", "tabellen8", "ruim", "12", "1.", "Totaal", "2023 2024", "é", "\t", "  "};
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
