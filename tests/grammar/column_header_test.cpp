// Column-layout headers whose labels are not years (docs/tables.md, "Headers of words"):
// the column count comes from the rows below, and prose with numbers is not a table.
#include <boost/test/unit_test.hpp>

#include "test_support.hpp"

using namespace cijfer;
using cijfer::test::Parsed;

namespace {

using Strings = std::vector<std::string>;

Strings cells(const Parsed& p, const Row& row) {
    Strings out;
    for (const auto& c : row.cells) out.push_back(c ? p.text(*c) : "");
    return out;
}

Strings labels(const Table& t) {
    Strings out;
    for (const auto& c : t.columns) out.push_back(c.label);
    return out;
}

TokenRole role_at(const Parsed& p, std::string_view written) {
    const auto at = p.source.bytes().find(written);
    for (const auto& t : p.doc.tokens)
        if (t.span.begin == at) return t.role;
    throw std::runtime_error("no token at " + std::string(written));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(column_header)

BOOST_AUTO_TEST_CASE(baten_lasten_saldo_under_a_stub_word_with_a_scale_note) {
    const Parsed p(
        "Artikel (x € 1.000)   Baten   Lasten   Saldo\n"
        "Politie               1.200    1.000     200\n"
        "Rechtspraak             800      950    -150\n"
        "Gevangeniswezen         500      400     100\n"
        "Totaal                2.500    2.350     150\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "columns");
    BOOST_TEST(t.header == "Artikel (x € 1.000)");
    BOOST_TEST(labels(t) == (Strings{"Baten", "Lasten", "Saldo"}), boost::test_tools::per_element());
    BOOST_TEST(t.scale == 1000.0);
    BOOST_TEST(t.money);
    BOOST_TEST_REQUIRE(t.rows.size() == 4u);
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"800", "950", "-150"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[3].is_total);
    BOOST_TEST((role_at(p, "1.000)") == TokenRole::non_statistical));
}

BOOST_AUTO_TEST_CASE(labels_without_a_stub_and_single_spaces) {
    const Parsed p(
        "Mannen Vrouwen Totaal\n"
        "Noord 120 130 250\n"
        "Zuid 80 95 175\n"
        "Oost 10 - 10\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.header == "");
    BOOST_TEST(labels(t) == (Strings{"Mannen", "Vrouwen", "Totaal"}), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"10", "", "10"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(quarter_codes_are_labels_not_footnote_markers) {
    const Parsed p(
        "Soort Q1 Q2 Q3 Q4\n"
        "Instroom 10 20 30 40\n"
        "Uitstroom 5 6 7 8\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(labels(t) == (Strings{"Q1", "Q2", "Q3", "Q4"}), boost::test_tools::per_element());
    BOOST_TEST(t.header == "Soort");
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"5", "6", "7", "8"}), boost::test_tools::per_element());
    const auto& q1 = p.doc.tokens[0];
    BOOST_TEST((q1.role == TokenRole::non_statistical && q1.why == NonStatistical::row_code));
}

BOOST_AUTO_TEST_CASE(years_with_a_word_label_after_them) {
    const Parsed p(
        "Soort 2022* 2023 Verschil\n"
        "Politie 100 120 20\n"
        "OM 50 45 -5\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(labels(t) == (Strings{"2022", "2023", "Verschil"}), boost::test_tools::per_element());
    BOOST_TEST(t.columns[0].provisional);
    BOOST_TEST(!t.columns[1].provisional);
    BOOST_TEST((role_at(p, "2022*") == TokenRole::non_statistical));
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"50", "45", "-5"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(labels_of_several_words_by_capitals_or_by_wide_gaps) {
    const Parsed by_capitals(
        "Aantal zaken naar instantie\n"
        "Soort Eerste aanleg Hoger beroep\n"
        "Civiel 1.200 300\n"
        "Straf 2.400 410\n");
    BOOST_TEST_REQUIRE(by_capitals.doc.tables.size() == 1u);
    BOOST_TEST(by_capitals.doc.tables[0].title == "Aantal zaken naar instantie");
    BOOST_TEST(by_capitals.doc.tables[0].header == "Soort");
    BOOST_TEST(labels(by_capitals.doc.tables[0]) == (Strings{"Eerste aanleg", "Hoger beroep"}),
               boost::test_tools::per_element());

    const Parsed by_gaps(
        "Soort zaak    Openbaar Ministerie    Rechter\n"
        "Overtreding   310                    12\n"
        "Misdrijf      1.250                  940\n");
    BOOST_TEST_REQUIRE(by_gaps.doc.tables.size() == 1u);
    BOOST_TEST(by_gaps.doc.tables[0].header == "Soort zaak");
    BOOST_TEST(labels(by_gaps.doc.tables[0]) == (Strings{"Openbaar Ministerie", "Rechter"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_header_over_two_lines_and_a_percent_column) {
    const Parsed p(
        "Regio     Aantal    Aantal        %\n"
        "          zaken     verdachten\n"
        "Noord     300       280           25,0%\n"
        "Zuid      900       850           75,0%\n"
        "Totaal    1.200     1.130         100,0%\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.header == "Regio");
    BOOST_TEST(labels(t) == (Strings{"Aantal zaken", "Aantal verdachten", "%"}), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"1.200", "1.130", "100,0"}), boost::test_tools::per_element());
    BOOST_TEST((t.columns[2].unit == Unit::percent));
}

BOOST_AUTO_TEST_CASE(one_column_under_a_stub_and_a_label) {
    const Parsed p(
        "Soort Aantal\n"
        "Politie 300\n"
        "KMAR 40\n"
        "Overig 12\n"
        "Totaal 352\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    BOOST_TEST(labels(p.doc.tables[0]) == (Strings{"Aantal"}), boost::test_tools::per_element());
    BOOST_TEST(p.doc.tables[0].rows.size() == 4u);
}

BOOST_AUTO_TEST_CASE(a_short_row_and_a_label_ending_in_a_number_keep_the_count) {
    const Parsed p(
        "Onderdeel Baten Lasten Saldo\n"
        "Politie 300 200 100\n"
        "Rechtspraak 50 40\n"
        "Fase 2 80 60 20\n"
        "Overig 10 20 -10\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.header == "Onderdeel");
    BOOST_TEST_REQUIRE(t.columns.size() == 3u);
    BOOST_TEST_REQUIRE(t.rows.size() == 4u);
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"", "", ""}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[2].label == "Fase 2");
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"80", "60", "20"}), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(p.doc.notes.size() == 1u);
    BOOST_TEST(p.doc.notes[0].message.key == "table.short-row");
}

BOOST_AUTO_TEST_CASE(every_row_ending_in_a_number_label_is_read_by_its_count) {
    // "Artikel 12 300 200 100" in every row: four values by count, so four columns under a
    // header of four labels. The count cannot tell a label's number from a value; a leading
    // code ("12 Politie 300 200 100") can (docs/limitations.md).
    const Parsed p(
        "Onderdeel Baten Lasten Saldo\n"
        "Artikel 12 300 200 100\n"
        "Artikel 14 80 60 20\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    BOOST_TEST(p.doc.tables[0].columns.size() == 4u);
}

BOOST_AUTO_TEST_CASE(prose_with_several_numbers_per_line_is_not_a_table) {
    const Parsed p(
        "Ontwikkeling van het aantal zaken\n"
        "In 2022 kwamen er 25.000 zaken binnen en in 2023 27.000 zaken, een stijging van 8\n"
        "procent. In de eerste helft van het jaar waren het er 12.000 en in de tweede 15.000\n"
        "zaken bij 40 parketten en 12 ressorten\n"
        "Daarnaast kwamen er 300 zaken binnen bij de KMAR en 200 bij de douane\n");
    BOOST_TEST(p.doc.tables.empty());
    BOOST_TEST(p.doc.statements.size() >= 6u);
}

BOOST_AUTO_TEST_CASE(a_list_of_short_sentences_ending_in_numbers_is_not_a_table) {
    const Parsed p(
        "De cijfers per regio zijn als volgt\n"
        "In Noord ging het om 300\n"
        "In Zuid ging het om 400\n"
        "In Oost ging het om 250\n"
        "In West ging het om 120\n");
    BOOST_TEST(p.doc.tables.empty());
}

BOOST_AUTO_TEST_CASE(a_letter_head_and_an_enumeration_are_not_tables) {
    const Parsed p(
        "Ministerie van Justitie en Veiligheid\n"
        "Datum 16 maart 2026\n"
        "Kenmerk 6543210\n"
        "Bijlagen 2\n"
        "\n"
        "Antwoord op vragen van de leden Jansen en De Vries\n"
        "Het aantal meldingen per jaar is gestegen tot 4.500 in 2024 en 4.800\n"
        "in 2025 bij in totaal 25 politie-eenheden en 10 regio's\n");
    BOOST_TEST(p.doc.tables.empty());
}

BOOST_AUTO_TEST_CASE(a_heading_of_capitalised_words_inside_a_table_does_not_start_another) {
    const Parsed p(
        "Soort Baten Lasten\n"
        "Politie 100 80\n"
        "Openbaar Ministerie\n"
        "Parket Noord 40 30\n"
        "Parket Zuid 60 50\n"
        "Totaal 200 160\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 5u);
    BOOST_TEST(t.rows[1].heading);
    BOOST_TEST(t.rows[4].is_total);
}

BOOST_AUTO_TEST_SUITE_END()
