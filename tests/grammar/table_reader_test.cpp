#include <boost/test/unit_test.hpp>

#include "test_support.hpp"

using namespace cijfer;
using cijfer::test::Parsed;

BOOST_AUTO_TEST_SUITE(table_reader)

BOOST_AUTO_TEST_CASE(reads_title_header_coded_rows_and_total) {
    const Parsed p(
        "Antwoord op vraag 2\n"
        "\n"
        "Aantal zaken\n"
        "Indeling 2023 2024\n"
        "1. Alpha 1.200        1.300\n"
        "\n"
        "1.1 Een 700        800\n"
        "1.2 Twee 500        500\n"
        "2. Beta 45 46\n"
        "Eindtotaal 1.245 1.346\n"
        "\n"
        "Daarna volgt tekst.\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.title == "Aantal zaken");
    BOOST_TEST(t.header == "Indeling");
    BOOST_TEST(p.doc.sections[t.section].title == "Antwoord op vraag 2");
    BOOST_TEST(t.position == 1);
    BOOST_TEST_REQUIRE(t.columns.size() == 2u);
    BOOST_TEST(t.columns[0].label == "2023");
    BOOST_TEST(t.columns[1].label == "2024");
    BOOST_TEST_REQUIRE(t.rows.size() == 5u);
    BOOST_TEST(t.rows[0].code == "1");
    BOOST_TEST(t.rows[0].label == "Alpha");
    BOOST_TEST(t.rows[1].code == "1.1");
    BOOST_TEST(*t.rows[1].parent == 0u);
    BOOST_TEST(*t.rows[2].parent == 0u);
    BOOST_TEST(!t.rows[3].parent.has_value());
    BOOST_TEST(t.rows[4].is_total);
    BOOST_TEST(p.text(*t.rows[4].cells[1]) == "1.346");
    BOOST_TEST(p.doc.figures[*t.rows[4].cells[1]].value() == 1346.0);
    BOOST_TEST(p.line(*t.rows[2].cells[0]) == 8);
}

BOOST_AUTO_TEST_CASE(percentage_columns_and_uncoded_rows) {
    const Parsed p(
        "Status 2023 2024\n"
        "Voldaan 75% 72%\n"
        "Niet voldaan 25% 28%\n"
        "Eindtotaal 100% 100%\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.title.empty());
    BOOST_TEST((t.columns[0].unit == Unit::percent));
    BOOST_TEST(t.rows[1].label == "Niet voldaan");
    BOOST_TEST(!t.rows[1].parent.has_value());
    const auto& f = p.doc.figures[*t.rows[0].cells[0]];
    BOOST_TEST((f.unit == Unit::percent));
    BOOST_TEST(p.source.text(f.span) == "75%");
    BOOST_TEST(f.rounding_unit == 1.0);
}

BOOST_AUTO_TEST_CASE(pdf_artefacts_in_labels_are_kept_with_a_normalised_key) {
    const Parsed p(
        "Categorie 2023\n"
        "5.3 Gevaarli jk ri jgedrag 144\n"
        "5.4 Beëindiging 12\n");
    const auto& rows = p.doc.tables.at(0).rows;
    BOOST_TEST(rows[0].label == "Gevaarli jk ri jgedrag");
    BOOST_TEST(rows[0].label_key == "gevaarlijkrijgedrag");
    BOOST_TEST(rows[1].label_key == "beeindiging");
}

BOOST_AUTO_TEST_CASE(a_column_of_mixed_values_is_exact_and_of_hundreds_is_rounded) {
    const Parsed p(
        "Categorie 2023 2024\n"
        "1. Alpha 17.418 1.200\n"
        "2. Beta 850 300\n"
        "3. Gamma 127 500\n"
        "Totaal 18.395 2.000\n");
    const auto& rows = p.doc.tables.at(0).rows;
    const auto& exact = p.doc.figures[*rows[1].cells[0]];
    BOOST_TEST(exact.rounding_unit == 0.0);
    BOOST_TEST(exact.interval().lo == 850.0);
    const auto& rounded = p.doc.figures[*rows[1].cells[1]];
    BOOST_TEST(rounded.rounding_unit == 100.0);
    BOOST_TEST(rounded.interval().lo == 250.0);
    BOOST_TEST(rounded.interval().hi == 350.0);
}

BOOST_AUTO_TEST_CASE(the_seed_has_six_tables_three_titled_aantal_misdrijfzaken) {
    const Parsed p(test::read_file(test::seed_path()), "antwoord.txt");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 6u);
    int titled = 0;
    for (const auto& t : p.doc.tables) titled += t.title == "Aantal misdrijfzaken";
    BOOST_TEST(titled == 3);
    const auto& sepots = p.doc.tables[0];
    BOOST_TEST(p.doc.sections[sepots.section].title == "Antwoord op vraag 2");
    BOOST_TEST(sepots.rows.size() == 37u);
    BOOST_TEST(sepots.rows[28].label == "Gevaarli jk ri jgedrag");
    const auto& strafbeschikkingen = p.doc.tables[3];
    BOOST_TEST(p.doc.sections[strafbeschikkingen.section].title == "Antwoord op vraag 7");
    BOOST_TEST(strafbeschikkingen.rows.back().is_total);
    BOOST_TEST(p.text(*strafbeschikkingen.rows.back().cells[0]) == "42.227");
    BOOST_TEST(p.line(*strafbeschikkingen.rows.back().cells[0]) == 327);
    BOOST_TEST(p.doc.tables[5].title == "Aantal overtredingen");
    BOOST_TEST((p.doc.tables[5].columns[1].unit == Unit::percent));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(table_scale_notes)

BOOST_AUTO_TEST_CASE(x_1000_in_the_title_scales_the_cells_and_rounds_them_to_thousands) {
    const Parsed p(
        "Uitgaven (x € 1.000)\n"
        "Artikel 2023 2024\n"
        "1. Personeel 1.234 1.301\n"
        "2. Materieel 466 478\n"
        "Totaal 1.700 1.779\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.scale == 1000.0);
    BOOST_TEST(t.money);
    const auto& f = p.doc.figures[*t.rows[0].cells[0]];
    BOOST_TEST((f.unit == Unit::money));
    BOOST_TEST(f.value() == 1234000.0);
    BOOST_TEST(f.rounding_unit == 1.0);
    BOOST_TEST(f.interval().lo == 1233500.0);
    BOOST_TEST(f.interval().hi == 1234500.0);
    // "1.000" in the note is not a figure.
    BOOST_TEST((p.doc.tokens[0].role == TokenRole::non_statistical));
    BOOST_TEST(std::string(to_string(p.doc.tokens[0].why)) == "scale-note");
}

BOOST_AUTO_TEST_CASE(mln_euro_in_the_header) {
    const Parsed p(
        "Bedragen mln euro 2023\n"
        "Baten 1.200\n"
        "Lasten 1.150\n"
        "Saldo 50\n");
    const auto& t = p.doc.tables.at(0);
    BOOST_TEST(t.scale == 1e6);
    BOOST_TEST(p.doc.figures[*t.rows[2].cells[0]].value() == 50e6);
}

BOOST_AUTO_TEST_SUITE_END()
