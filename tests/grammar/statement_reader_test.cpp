#include <boost/test/unit_test.hpp>

#include "test_support.hpp"

using namespace cijfer;
using cijfer::test::Parsed;

namespace {

const Statement* find_statement(const Parsed& p, std::string_view written) {
    for (const auto& st : p.doc.statements)
        if (p.text(st.figure) == written) return &st;
    return nullptr;
}

std::string figure_of(const Parsed& p, std::optional<std::size_t> statement) {
    return statement ? p.text(p.doc.statements[*statement].figure) : "(none)";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(statement_reader)

BOOST_AUTO_TEST_CASE(seed_shares_link_to_part_and_to_a_total_stated_elsewhere) {
    const Parsed p(test::read_file(test::seed_path()), "antwoord.txt");
    // Question 1's percentages refer to totals that only question 6 states.
    struct Expected { const char* share; int line; const char* part; const char* whole; };
    const Expected expected[] = {
        {"29", 31, "56.400", "195.300"}, {"5", 33, "9.400", "195.300"},
        {"40", 36, "66.3000", "166.100"}, {"0.2", 38, "300", "166.100"},
        {"30", 45, "64.700", "214.500"}, {"4", 47, "9.400", "214.500"},
        {"45", 50, "86.000", "190.300"}, {"0.3", 52, "500", "190.300"},
        {"22", 242, "42.300", "195.300"}, {"29", 244, "47.500", "166.100"},
        {"25", 254, "52.900", "214.500"}, {"25", 256, "47.700", "190.300"},
    };
    std::vector<const Statement*> shares;
    for (const auto& st : p.doc.statements)
        if (st.kind == Statement::Kind::share) shares.push_back(&st);
    BOOST_TEST_REQUIRE(shares.size() == std::size(expected));
    for (std::size_t i = 0; i < shares.size(); ++i) {
        BOOST_TEST_CONTEXT("share " << expected[i].share << " on line " << expected[i].line) {
            BOOST_TEST(p.text(shares[i]->figure) == expected[i].share);
            BOOST_TEST(p.line(shares[i]->figure) == expected[i].line);
            BOOST_TEST(figure_of(p, shares[i]->part) == expected[i].part);
            BOOST_TEST(figure_of(p, shares[i]->whole) == expected[i].whole);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_part_is_linked_by_meaning_not_by_distance) {
    // The count nearest to "30 procent" is 1.200 (voorwaardelijk); the sentence says
    // the onvoorwaardelijke sepots were 30 procent. A paraphrase of the seed's wording.
    const Parsed p(
        "2021\n"
        "\n"
        "Het OM seponeerde in 2021 onvoorwaardelijk 3.000 misdrijfzaken, terwijl 1.200 misdrijfzaken "
        "voorwaardelijk werden geseponeerd. Van alle afgehandelde misdrijfzaken vormden de "
        "onvoorwaardelijke sepots 30 procent, de voorwaardelijke 12 procent.\n"
        "\n"
        "Het totaal aantal afgehandelde misdrijfzaken: 10.000.\n");
    const auto* share = find_statement(p, "30");
    BOOST_TEST_REQUIRE(share != nullptr);
    BOOST_TEST(*share->year == 2021);
    const auto* voorwaardelijk = find_statement(p, "12");
    BOOST_TEST_REQUIRE(voorwaardelijk != nullptr);
    BOOST_TEST(figure_of(p, voorwaardelijk->part) == "1.200");
}

BOOST_AUTO_TEST_CASE(counts_carry_noun_phrase_and_year) {
    const Parsed p("In 2023 heeft het OM 56.400 misdrijfzaken onvoorwaardelijk geseponeerd en 9.400\n"
                   "misdrijfzaken voorwaardelijk.\n");
    const auto* first = find_statement(p, "56.400");
    BOOST_TEST_REQUIRE(first != nullptr);
    BOOST_TEST(first->noun_phrase == "misdrijfzaken onvoorwaardelijk geseponeerd");
    BOOST_TEST(*first->year == 2023);
    const auto* second = find_statement(p, "9.400");
    BOOST_TEST_REQUIRE(second != nullptr);
    BOOST_TEST(second->noun_phrase == "misdrijfzaken voorwaardelijk");
    const std::vector<std::string> words = {"misdrijfzak", "voorwaardelijk"};
    BOOST_TEST(second->words == words, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dit_is_links_to_the_count_before_and_the_total_after_the_colon) {
    const Parsed p("In 2024 heeft het OM 52.900 misdrijven afgedaan met een OM-strafbeschikking. Dit\n"
                   "is 25 procent van het totaal aantal uitgestroomde misdrijfzaken bij het OM: 214.500.\n");
    const auto* share = find_statement(p, "25");
    BOOST_TEST_REQUIRE(share != nullptr);
    BOOST_TEST(figure_of(p, share->part) == "52.900");
    BOOST_TEST(figure_of(p, share->whole) == "214.500");
    BOOST_TEST(share->whole_phrase == "het totaal aantal uitgestroomde misdrijfzaken bij het OM");
    const auto* total = find_statement(p, "214.500");
    BOOST_TEST((total->kind == Statement::Kind::stated_total));
}

BOOST_AUTO_TEST_CASE(qualifiers_bound_the_interval) {
    const Parsed p("Er waren ruim 312 zaken en bijna 200 verdachten en circa 1.000 slachtoffers.\n");
    // 312, 200 and 1.000 are not all multiples of ten: exact, so only the words bound them.
    const auto& ruim = p.doc.figures[find_statement(p, "312")->figure];
    BOOST_TEST((ruim.qualifier == Qualifier::more_than));
    BOOST_TEST(ruim.interval().lo == 312.0);
    BOOST_TEST(std::isinf(ruim.interval().hi));
    const auto& bijna = p.doc.figures[find_statement(p, "200")->figure];
    BOOST_TEST((bijna.qualifier == Qualifier::less_than));
    BOOST_TEST(bijna.interval().hi == 200.0);
    const auto& circa = p.doc.figures[find_statement(p, "1.000")->figure];
    BOOST_TEST((circa.qualifier == Qualifier::approximately));
    BOOST_TEST(circa.interval().lo == 950.0);
    BOOST_TEST(circa.interval().hi == 1050.0);
}

BOOST_AUTO_TEST_CASE(scale_words_and_money) {
    const Parsed p("Er komt 50 miljoen euro beschikbaar voor de ICT.\n");
    const auto* st = find_statement(p, "50");
    BOOST_TEST_REQUIRE(st != nullptr);
    const auto& f = p.doc.figures[st->figure];
    BOOST_TEST((f.unit == Unit::money));
    BOOST_TEST(f.value() == 50e6);
    BOOST_TEST(p.source.text(f.span) == "50 miljoen euro");
}

BOOST_AUTO_TEST_CASE(stated_rounding_overrides_inference) {
    const Parsed p("De aantallen zijn afgerond op honderdtallen. Er waren 1.234 zaken en 17 verdachten.\n");
    BOOST_TEST(p.doc.figures[find_statement(p, "1.234")->figure].rounding_unit == 100.0);
}

BOOST_AUTO_TEST_CASE(prose_counts_of_a_section_all_multiples_of_100_are_rounded) {
    const Parsed p(test::read_file(test::seed_path()), "antwoord.txt");
    const auto& f = p.doc.figures[find_statement(p, "56.400")->figure];
    BOOST_TEST(f.rounding_unit == 100.0);
    BOOST_TEST(f.interval().lo == 56350.0);
    BOOST_TEST(f.interval().hi == 56450.0);
    // The malformed figure takes its group's rounding: read as 66.300 it means [66.250, 66.350].
    const auto& malformed = p.doc.figures[find_statement(p, "66.3000")->figure];
    BOOST_TEST(!malformed.has_value());
    BOOST_TEST(malformed.rounding_unit == 100.0);
    // "50 verschillende gronden" is alone in its section: exact.
    BOOST_TEST(p.doc.figures[find_statement(p, "50")->figure].rounding_unit == 0.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(ambiguity_by_context)

BOOST_AUTO_TEST_CASE(a_thousands_dot_in_a_percentage_is_ambiguous) {
    const Parsed p("Het aandeel sepots was 1.234 procent van het totaal aantal zaken.\n");
    const auto* st = find_statement(p, "1.234");
    BOOST_TEST_REQUIRE(st != nullptr);
    const auto& f = p.doc.figures[st->figure];
    BOOST_TEST((f.number.shape == NumberShape::ambiguous));
    BOOST_TEST(!f.has_value());
    BOOST_TEST_REQUIRE(f.number.readings.size() == 2u);
    BOOST_TEST(f.number.readings[0].value == 1234.0);
    BOOST_TEST(f.number.readings[1].written == "1,234");
}

BOOST_AUTO_TEST_CASE(the_same_shape_in_a_count_is_a_thousands_number) {
    const Parsed p("Het OM seponeerde 1.234 zaken.\n");
    const auto& f = p.doc.figures[find_statement(p, "1.234")->figure];
    BOOST_TEST((f.number.shape == NumberShape::grouped));
    BOOST_TEST(f.value() == 1234.0);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(change_statements)

namespace {

/// The one change statement of a text, described as "direction reference→year [phrase]".
std::string change_of(const std::string& text) {
    const Parsed p(text);
    std::string out;
    for (const auto& st : p.doc.statements) {
        if (st.kind != Statement::Kind::change) continue;
        out += (out.empty() ? "" : "; ") + p.text(st.figure) + (st.direction < 0 ? " down " : " up ") +
               (st.reference_year ? std::to_string(*st.reference_year) : "?") + "->" +
               (st.year ? std::to_string(*st.year) : "?") + " [" + st.noun_phrase + "]";
    }
    return out;
}

Qualifier qualifier_of(const std::string& text) {
    const Parsed p(text);
    for (const auto& st : p.doc.statements)
        if (st.kind == Statement::Kind::change) return p.doc.figures[st.figure].qualifier;
    BOOST_FAIL("no change statement");
    return Qualifier::none;
}

}  // namespace

BOOST_AUTO_TEST_CASE(comparatives_with_dan) {
    BOOST_TEST(change_of("In 2022 waren er 34% minder misdrijfzaken dan in 2008.\n") ==
               "34 down 2008->2022 [misdrijfzaken]");
    BOOST_TEST(change_of("Het aantal sepots was in 2021 12 procent hoger dan in 2019.\n") ==
               "12 up 2019->2021 [Het aantal sepots]");
    // Without "dan" a comparative says nothing about a change: "34% meer" is a share.
    BOOST_TEST(change_of("Dit is 34% meer.\n") == "");
}

BOOST_AUTO_TEST_CASE(verbs_with_met) {
    BOOST_TEST(change_of("Het aantal sepots daalde sinds 2008 met ruim 33%.\n") == "33 down 2008->? [Het aantal sepots]");
    BOOST_TEST(change_of("In 2022 nam het aantal zaken ten opzichte van 2018 toe met ca. 23%.\n") ==
               "23 up 2018->2022 [het aantal zaken]");
    BOOST_TEST(change_of("De instroom steeg tussen 2018 en 2022 met 12 procent.\n") == "12 up 2018->2022 [De instroom]");
    BOOST_TEST(change_of("Het aantal boetes is van 2015 tot 2020 gedaald met 8%.\n") == "8 down 2015->2020 [Het aantal boetes]");
    BOOST_TEST((qualifier_of("Het aantal daalde met ruim 33%.\n") == Qualifier::more_than));
    BOOST_TEST((qualifier_of("Het aantal nam toe met ca. 23%.\n") == Qualifier::approximately));
}

BOOST_AUTO_TEST_CASE(nouns_with_van) {
    BOOST_TEST(change_of("In 2023 was er een stijging van 5% van het aantal zaken vergeleken met 2022.\n") ==
               "5 up 2022->2023 [het aantal zaken]");
    BOOST_TEST(change_of("Er was een daling van 7 procent.\n") == "7 down ?->? []");
}

BOOST_AUTO_TEST_CASE(a_share_stays_a_share) {
    const Parsed p("In 2023 betrof dit 29 procent van het totaal aantal zaken.\n");
    BOOST_TEST_REQUIRE(p.doc.statements.size() == 1u);
    BOOST_TEST((p.doc.statements[0].kind == Statement::Kind::share));
}

BOOST_AUTO_TEST_CASE(dan_in_a_year_does_not_set_the_sentence_year) {
    const Parsed p("In 2022 waren er 170.000 zaken, 34% minder dan in 2008.\n");
    const auto* count = find_statement(p, "170.000");
    BOOST_TEST_REQUIRE(count != nullptr);
    BOOST_TEST(count->year.value_or(0) == 2022);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(word_shares)

BOOST_AUTO_TEST_CASE(fractions_in_words_are_share_figures_without_digits) {
    const Parsed p(
        "In 2023 seponeerde het OM 300 misdrijfzaken. Dit is ruim de helft van alle zaken. Een derde\n"
        "van de zaken werd gedagvaard en in de eerste helft van 2026 volgt een derde lid.\n");
    std::vector<const Statement*> shares;
    for (const auto& st : p.doc.statements)
        if (st.kind == Statement::Kind::share) shares.push_back(&st);
    BOOST_TEST_REQUIRE(shares.size() == 2u);
    const auto& half = p.doc.figures[shares[0]->figure];
    BOOST_TEST(p.text(half) == "de helft");
    BOOST_TEST(half.value() == 50.0);
    BOOST_TEST((half.unit == Unit::percent));
    BOOST_TEST((half.qualifier == Qualifier::more_than));
    BOOST_TEST(shares[0]->whole_phrase == "alle zaken");
    BOOST_TEST(figure_of(p, shares[0]->part) == "300");
    const auto& third = p.doc.figures[shares[1]->figure];
    BOOST_TEST(p.text(third) == "Een derde");
    BOOST_TEST(third.value() == 100.0 / 3, boost::test_tools::tolerance(1e-12));
    BOOST_TEST((third.qualifier == Qualifier::approximately));
    // Words are no numeric tokens: only 2023, 300 and 2026 are.
    BOOST_TEST(p.doc.tokens.size() == 3u);
}

BOOST_AUTO_TEST_SUITE_END()
