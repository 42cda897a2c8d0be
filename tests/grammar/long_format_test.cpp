// CBS StatLine long format: one model table per period, constant dimensions out of the
// labels, measures with their units, and the structure of dev documents 06 and 11.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "test_support.hpp"

namespace cijfer {
namespace {

using test::Parsed;


std::vector<int> parents(const Table& table) {
    std::vector<int> out;
    for (const auto& row : table.rows) out.push_back(row.parent ? static_cast<int>(*row.parent) : -1);
    return out;
}

std::vector<std::string> labels(const Table& table) {
    std::vector<std::string> out;
    for (const auto& row : table.rows) out.push_back(row.label);
    return out;
}

int count_role(const Parsed& p, TokenRole role) {
    int n = 0;
    for (const auto& t : p.doc.tokens) n += t.role == role ? 1 : 0;
    return n;
}

const NumericToken& token_at(const Parsed& p, std::string_view line_text, std::string_view number) {
    const auto line = p.source.bytes().find(line_text);
    const auto at = p.source.bytes().find(number, line);
    for (const auto& t : p.doc.tokens)
        if (t.span.begin == at) return t;
    BOOST_FAIL("no token at " + std::string(number));
    return p.doc.tokens.front();
}

const std::string population =
    "Bevolking; kerncijfers\n"
    "\n"
    "Geslacht Regio's Perioden Bevolking (aantal) Aandeel (%) Uitgaven (x 1.000 euro)\n"
    "Totaal mannen en vrouwen Nederland 2020 1.000 100 5.000\n"
    "Mannen Nederland 2020 490 49 .\n"
    "Vrouwen Nederland 2020 510 51 2.600\n"
    "Totaal mannen en vrouwen Nederland 2021* 1.010 100 5.100\n"
    "Mannen Nederland 2021* 500 49,5 2.500\n"
    "Vrouwen Nederland 2021* 510 50,5 2.600\n"
    "\n"
    "Bron: CBS\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(long_format)

BOOST_AUTO_TEST_CASE(one_table_per_period_with_the_constant_dimension_in_the_title) {
    Parsed p(population);
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 2u);
    const auto& t2020 = p.doc.tables[0];
    const auto& t2021 = p.doc.tables[1];
    BOOST_TEST(t2020.title == "Bevolking; kerncijfers; Nederland; 2020");
    BOOST_TEST(t2021.title == "Bevolking; kerncijfers; Nederland; 2021*");
    BOOST_TEST(t2020.header == "Geslacht Regio's");
    BOOST_TEST(t2020.layout == "long-format");
    BOOST_TEST(t2020.position == 1);
    BOOST_TEST(t2021.position == 2);
    BOOST_TEST(!t2020.cut_off);
    BOOST_TEST(labels(t2020) == (std::vector<std::string>{"Totaal mannen en vrouwen", "Mannen", "Vrouwen"}),
               boost::test_tools::per_element());
    BOOST_TEST(labels(t2021) == labels(t2020), boost::test_tools::per_element());
    BOOST_TEST(t2020.rows[0].is_total);
    BOOST_TEST(!t2020.rows[1].is_total);
    // A single total row is left to total-sum: no parents.
    BOOST_TEST(parents(t2020) == (std::vector<int>{-1, -1, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(measures_carry_their_units_and_scales) {
    Parsed p(population);
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 2u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.columns.size() == 3u);
    BOOST_TEST(t.columns[0].label == "Bevolking (aantal)");
    BOOST_TEST(t.columns[1].label == "Aandeel (%)");
    BOOST_TEST(t.columns[2].label == "Uitgaven (x 1.000 euro)");
    BOOST_TEST((t.columns[0].unit == Unit::count));
    BOOST_TEST((t.columns[1].unit == Unit::percent));
    BOOST_TEST((t.columns[2].unit == Unit::money));
    BOOST_TEST(!t.columns[0].provisional);
    BOOST_TEST(p.doc.tables[1].columns[0].provisional);
    BOOST_TEST(t.scale == 1);  // the measures differ in scale: each figure carries its own
    const auto& vrouwen = t.rows[2];
    BOOST_TEST_REQUIRE(vrouwen.cells.size() == 3u);
    BOOST_TEST(p.text(*vrouwen.cells[0]) == "510");
    BOOST_TEST(p.doc.figures[*vrouwen.cells[2]].value() == 2600000);
    BOOST_TEST((p.doc.figures[*vrouwen.cells[1]].unit == Unit::percent));
    BOOST_TEST(!t.rows[1].cells[2].has_value());  // "." is a missing value
    BOOST_TEST(p.doc.figures[*p.doc.tables[1].rows[1].cells[1]].number.value == 49.5);
}

BOOST_AUTO_TEST_CASE(periods_and_unit_notes_are_not_figures) {
    Parsed p(population);
    const auto& period = token_at(p, "Mannen Nederland 2021*", "2021");
    BOOST_TEST((period.role == TokenRole::non_statistical));
    BOOST_TEST((period.why == NonStatistical::year));
    const auto& note = token_at(p, "Uitgaven (x", "1.000");
    BOOST_TEST((note.why == NonStatistical::scale_note));
    BOOST_TEST(count_role(p, TokenRole::figure) == 17);  // 6 rows x 3 values, one missing
    BOOST_TEST(count_role(p, TokenRole::unclassified) == 0);
}

BOOST_AUTO_TEST_CASE(a_year_inside_a_label_is_not_the_period_and_a_shared_word_stays) {
    Parsed p("Leeftijd Perioden Aantal (aantal)\n"
             "Geboren voor 1980 2022 1.200\n"
             "Geboren na 1980 2022 3.400\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.title == "2022");
    BOOST_TEST(labels(t) == (std::vector<std::string>{"Geboren voor 1980", "Geboren na 1980"}),
               boost::test_tools::per_element());
    BOOST_TEST((token_at(p, "Geboren na", "1980").why == NonStatistical::row_code));
    BOOST_TEST(p.text(*t.rows[1].cells[0]) == "3.400");
    BOOST_TEST(t.cut_off);  // the text ends inside the table
}

BOOST_AUTO_TEST_CASE(prose_that_mentions_perioden_is_no_table) {
    Parsed p("In de perioden daarna\ndaalde het aantal in 2019 met 300 gevallen.\n");
    BOOST_TEST(p.doc.tables.empty());
}

BOOST_AUTO_TEST_CASE(a_row_with_another_number_of_values_ends_the_table) {
    Parsed p("Regio Perioden Inwoners (aantal)\n"
             "Groningen 2020 586.000\n"
             "Friesland 2020 649.000\n"
             "Drenthe 2020 493.000 12\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    BOOST_TEST(p.doc.tables[0].rows.size() == 2u);
    BOOST_TEST(!p.doc.tables[0].cut_off);
}

BOOST_AUTO_TEST_CASE(dev_06_codes_in_labels_under_a_cut_off_subtotal) {
    Parsed p(test::dev_document("06-cbs-zorguitgaven-aanbieders-85548NED.txt"));
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.title ==
               "Zorguitgaven: nationaal en internationaal vergeleken; aanbieders; Totaal uitgaven aan zorg en welzijn; 2022*");
    BOOST_TEST(t.header == "Zorgfuncties Zorgaanbieders");
    BOOST_TEST(t.cut_off);
    BOOST_TEST_REQUIRE(t.columns.size() == 1u);
    BOOST_TEST(t.columns[0].label == "Zorguitgaven in brede zin (mln euro)");
    BOOST_TEST(t.columns[0].provisional);
    BOOST_TEST(t.scale == 1e6);
    BOOST_TEST_REQUIRE(t.rows.size() == 21u);
    BOOST_TEST(t.rows[3].label == "HP11:Algemene en academ. Ziekenhuizen");
    BOOST_TEST(t.rows[8].label_code == "HP22-29");
    BOOST_TEST(p.doc.figures[*t.rows[0].cells[0]].value() == 126197e6);
    // grand total > subtotal > HP1..HP6 > HPxx; HP34 before HP33 both under HP3
    BOOST_TEST(parents(t) == (std::vector<int>{-1, 0, 1, 2, 2, 2, 1, 6, 6, 1, 9, 9, 9, 9, 1, 14, 14, 1, 17, 17, 1}),
               boost::test_tools::per_element());
    BOOST_TEST(count_role(p, TokenRole::unclassified) == 0);
    BOOST_TEST(count_role(p, TokenRole::figure) == 21);  // one per row: no code became a figure
    const auto& range_end = token_at(p, "HP22-29: Instellingen", "29");
    BOOST_TEST((range_end.why == NonStatistical::row_code));
    BOOST_TEST(p.source.text(range_end.span) == "29");
}

BOOST_AUTO_TEST_CASE(dev_11_subtotal_with_seven_rows_per_period) {
    Parsed p(test::dev_document("11-cbs-gemeenterekeningen-taakvelden-84413NED.txt"));
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 2u);
    const auto& t2017 = p.doc.tables[0];
    const auto& t2018 = p.doc.tables[1];
    BOOST_TEST(t2017.title == "Gemeenterekeningen; gemeentelijke taakvelden, gemeentegrootteklasse, regio; Nederland; 2017");
    BOOST_TEST(t2018.title.ends_with("; Nederland; 2018*"));
    BOOST_TEST(t2017.cut_off);
    BOOST_TEST(t2018.cut_off);
    std::vector<std::string> columns;
    for (const auto& c : t2017.columns) columns.push_back(c.label);
    BOOST_TEST(columns == (std::vector<std::string>{"Baten (mln euro)", "Lasten (mln euro)", "Saldo (mln euro)",
                                                    "Baten (euro/inwoner)", "Lasten (euro/inwoner)", "Saldo (euro/inwoner)"}),
               boost::test_tools::per_element());
    BOOST_TEST(labels(t2017).at(8) == "Resultaat van de rekening");
    BOOST_TEST(parents(t2017) == (std::vector<int>{-1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 9}), boost::test_tools::per_element());
    BOOST_TEST(parents(t2018) == (std::vector<int>{-1, 0, 1, 1, 1, 1, 1, 1, 1, 0}), boost::test_tools::per_element());
    const auto& saldo = p.doc.figures[*t2017.rows[2].cells[2]];
    BOOST_TEST(saldo.value() == -1079e6);
    BOOST_TEST(p.doc.figures[*t2017.rows[2].cells[5]].value() == -63);
    BOOST_TEST(p.doc.figures[*t2017.rows[2].cells[5]].scale == 1);
    BOOST_TEST(t2018.columns[0].provisional);
    BOOST_TEST(!t2017.columns[0].provisional);
    BOOST_TEST(count_role(p, TokenRole::unclassified) == 0);
    BOOST_TEST(count_role(p, TokenRole::figure) == 21 * 6);
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace cijfer
