// Table layouts (docs/tables.md): every layout and trap on small invented tables, and
// the tables of the development documents 01, 02 and 13.
#include <boost/test/unit_test.hpp>

#include <filesystem>

#include "test_support.hpp"

using namespace cijfer;
using cijfer::test::Parsed;

namespace {

/// The cells of a row as written ("" for a missing cell).
std::vector<std::string> cells(const Parsed& p, const Row& row) {
    std::vector<std::string> out;
    for (const auto& c : row.cells) out.push_back(c ? p.text(*c) : "");
    return out;
}

using Strings = std::vector<std::string>;

std::vector<std::string> notes(const Parsed& p) {
    std::vector<std::string> out;
    // The note as data, "key name=value ...": its wording is the catalogue's (tested there).
    for (const auto& n : p.doc.notes) {
        std::string text = n.message.key;
        for (const auto& a : n.message.args)
            text += " " + a.name + "=" + (a.number ? std::to_string(static_cast<long long>(*a.number)) : a.text);
        out.push_back(text);
    }
    return out;
}

TokenRole role_at(const Parsed& p, std::string_view written) {
    const auto at = p.source.bytes().find(written);
    for (const auto& t : p.doc.tokens)
        if (t.span.begin == at) return t.role;
    throw std::runtime_error("no token at " + std::string(written));
}


}  // namespace

BOOST_AUTO_TEST_SUITE(table_layout)

BOOST_AUTO_TEST_CASE(years_only_header_with_provisional_year) {
    const Parsed p(
        "Instroom zaken\n"
        "2020 2021 2022*\n"
        "Politie 100 200 300\n"
        "KMAR 10 20 30\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "columns");
    BOOST_TEST(t.title == "Instroom zaken");
    BOOST_TEST(t.header == "");
    BOOST_TEST_REQUIRE(t.columns.size() == 3u);
    BOOST_TEST(t.columns[2].label == "2022");
    BOOST_TEST(!t.columns[1].provisional);
    BOOST_TEST(t.columns[2].provisional);
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"10", "20", "30"}), boost::test_tools::per_element());
    BOOST_TEST(!t.cut_off);
}

BOOST_AUTO_TEST_CASE(header_years_continue_on_the_next_line) {
    const Parsed p(
        "Soort 2018 2019\n"
        "2020\n"
        "Alpha 1 2 3\n"
        "Beta 4 5 6\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.header == "Soort");
    BOOST_TEST_REQUIRE(t.columns.size() == 3u);
    BOOST_TEST(t.columns[2].label == "2020");
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"1", "2", "3"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(labels_with_numbers_and_single_spaces_use_the_column_count) {
    const Parsed p(
        "Regeling 2022 2023\n"
        "Artikel 12 lid 3 400 500\n"
        "Fase 2 7 8\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(t.rows[0].label == "Artikel 12 lid 3");
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"400", "500"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[1].label == "Fase 2");
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"7", "8"}), boost::test_tools::per_element());
    // "3 400 | 500" and "3 | 400 500" would fill the two columns too: the count does not settle
    // the spaces, so they separate values, and a note says what else the numbers could be.
    // "2 7 8" joins no way (7 is no group of three digits).
    BOOST_TEST(notes(p) == (Strings{"table.spaced-values text=3 400 500 reading=3 | 400 500; 3 400 | 500"}),
               boost::test_tools::per_element());
}

// A plain space as thousands separator: where the row has more numbers than columns and
// exactly one way joins them into groups of three digits, the count settles the spaces.
BOOST_AUTO_TEST_CASE(plain_space_thousands_in_a_row_are_joined_when_the_column_count_settles_them) {
    const Parsed p(
        "Zaken 2023 2024\n"
        "Politie 1 200 3 400\n"
        "KMar 950 12 000\n"
        "Totaal 2 150 15 400\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[0].label == "Politie");
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"1 200", "3 400"}), boost::test_tools::per_element());
    // 950 cannot lead "950 12": 12 is no group of three digits.
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"950", "12 000"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[2].is_total);
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"2 150", "15 400"}), boost::test_tools::per_element());
    BOOST_TEST(p.doc.figures[*t.rows[0].cells[0]].value() == 1200.0);
    BOOST_TEST(p.doc.figures[*t.rows[1].cells[1]].value() == 12000.0);
    BOOST_TEST(p.doc.figures[*t.rows[2].cells[1]].value() == 15400.0);
    BOOST_TEST((p.doc.figures[*t.rows[2].cells[1]].number.shape == NumberShape::grouped));
    BOOST_TEST(notes(p) == (Strings{"table.spaced-split text=1 200 3 400 reading=1 200 | 3 400",
                                    "table.spaced-split text=950 12 000 reading=950 | 12 000",
                                    "table.spaced-split text=2 150 15 400 reading=2 150 | 15 400"}),
               boost::test_tools::per_element());
    // Both tokens of "1 200" are the one figure: nothing is left unclassified.
    BOOST_TEST((role_at(p, "1 200") == TokenRole::figure));
    BOOST_TEST((role_at(p, "200 3") == TokenRole::figure));
    for (const auto& token : p.doc.tokens) BOOST_TEST((token.role != TokenRole::unclassified));
}

BOOST_AUTO_TEST_CASE(a_missing_mark_or_a_percentage_is_a_cell_of_its_own_among_joined_values) {
    const Parsed p(
        "Zaken 2022 2023 2024\n"
        "Politie 1 200 - 3 400\n"
        "KMar - 2 500 70\n"
        "Aandeel 1 200 5% 7%\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"1 200", "", "3 400"}), boost::test_tools::per_element());
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"", "2 500", "70"}), boost::test_tools::per_element());
    // A percentage is never joined (a share of a thousand or more is none).
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"1 200", "5", "7"}), boost::test_tools::per_element());
    BOOST_TEST((p.doc.figures[*t.rows[2].cells[1]].unit == Unit::percent));
    BOOST_TEST(notes(p) == (Strings{"table.spaced-split text=1 200 - 3 400 reading=1 200 | - | 3 400",
                                    "table.spaced-split text=- 2 500 70 reading=- | 2 500 | 70",
                                    "table.spaced-split text=1 200 5% 7% reading=1 200 | 5% | 7%"}),
               boost::test_tools::per_element());
}

// 40 numbers "100" under twelve columns join in a great many ways: the search stops early
// (it is bounded, so hostile rows cost little) and the spaces separate values.
BOOST_AUTO_TEST_CASE(a_run_that_joins_in_very_many_ways_is_read_with_the_spaces_between_values) {
    std::string header = "Soort";
    for (int year = 2001; year <= 2012; ++year) header += " " + std::to_string(year);
    std::string row = "Alpha";
    for (int k = 0; k < 40; ++k) row += " 100";
    const Parsed p(header + "\n" + row + "\n" + "Beta 1 2 3 4 5 6 7 8 9 10 11 12\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(cells(p, t.rows[0]) == Strings(12, "100"), boost::test_tools::per_element());
    BOOST_TEST_REQUIRE(notes(p).size() == 1u);
    BOOST_TEST(notes(p)[0].rfind("table.spaced-values text=100 100 ", 0) == 0u);
}

// In a pipe cell or on a line of its own the cell's bounds settle a plain space: "1 200"
// is one value, also in a text that writes thousands with dots elsewhere.
BOOST_AUTO_TEST_CASE(pipe_cells_and_cell_lines_join_digits_grouped_by_plain_spaces) {
    const Parsed p(
        "Zaken naar soort\n"
        "| Soort | 2023 | 2024 |\n"
        "| Politie | 1 200 | 3.401 |\n"
        "| KMar | 950 | 12 000 |\n"
        "| Totaal | 2 150 | 15 401 |\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    // The title right above the pipe rows is the table's title, not its first cell.
    BOOST_TEST(t.title == "Zaken naar soort");
    BOOST_TEST(t.layout == "pipes");
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"1 200", "3.401"}), boost::test_tools::per_element());
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"2 150", "15 401"}), boost::test_tools::per_element());
    BOOST_TEST(p.doc.figures[*t.rows[1].cells[1]].value() == 12000.0);
    for (const auto& token : p.doc.tokens) BOOST_TEST((token.role != TokenRole::unclassified));
    // Two numbers in a cell that are no thousands group stay text: "12 34" is not 1.234.
    const Parsed q(
        "| Soort | 2023 | 2024 |\n"
        "| Politie | 12 34 | 5 |\n"
        "| KMar | 1 | 2 |\n"
        "| Totaal | 3 | 7 |\n");
    for (const auto& f : q.doc.figures) BOOST_TEST(f.value() != 1234.0);
}

// One cell per line under a header of years (a web table copied as text): the years after
// the first label are column labels, not values, and a line "1 200" is one cell.
BOOST_AUTO_TEST_CASE(cell_per_line_under_years_with_a_cell_grouped_by_a_plain_space) {
    const Parsed p(
        "Soort\n2023\n2024*\n"
        "Politie\n1 200\n3.401\n"
        "KMar\n950\n12.000\n"
        "Totaal\n2 150\n15.401\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "cell-per-line");
    BOOST_TEST_REQUIRE(t.columns.size() == 2u);
    BOOST_TEST(t.columns[0].label == "2023");
    BOOST_TEST(t.columns[1].provisional);
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"1 200", "3.401"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[2].is_total);
    BOOST_TEST((role_at(p, "2023") == TokenRole::non_statistical));
    for (const auto& token : p.doc.tokens) BOOST_TEST((token.role != TokenRole::unclassified));
}

BOOST_AUTO_TEST_CASE(wide_gaps_between_columns_settle_which_single_spaces_group_digits) {
    const Parsed p(
        "Zaken            2023     2024\n"
        "Politie         1 200    3 400\n"
        "Artikel 12 lid 3   400      500\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"1 200", "3 400"}), boost::test_tools::per_element());
    // "3   400" has a wide gap: never one number, so the 3 ends the label.
    BOOST_TEST(t.rows[1].label == "Artikel 12 lid 3");
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"400", "500"}), boost::test_tools::per_element());
    BOOST_TEST(notes(p) == (Strings{"table.spaced-split text=1 200    3 400 reading=1 200 | 3 400"}),
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(as_many_numbers_as_columns_are_values_whatever_their_spaces) {
    const Parsed p(
        "Delict 2019 2020 2021 2022 2023\n"
        "Kinderporno 310 330 340 360 320\n"
        "Mensenhandel 120 110 130 140 150\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    BOOST_TEST(cells(p, p.doc.tables[0].rows[0]) == (Strings{"310", "330", "340", "360", "320"}),
               boost::test_tools::per_element());
    BOOST_TEST(notes(p).empty());
}

BOOST_AUTO_TEST_CASE(wrapped_labels_headings_indent_and_missing_cells) {
    const Parsed p(
        "Zaken 2021 2022 2023\n"
        "Waarvan door\n"
        "  Politie 100 - 300\n"
        "  Aantal zaken in de voorfase\n"
        "  vanwege bewijs 5 x 7\n"
        "Lange naam zonder\n"
        "waarden\n"
        "1 2 .\n"
        "Totaal 106 2 307\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 5u);
    BOOST_TEST(t.rows[0].label == "Waarvan door");
    BOOST_TEST(t.rows[0].heading);
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"", "", ""}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[1].label == "Politie");
    BOOST_TEST(!t.rows[1].heading);
    BOOST_TEST(t.rows[1].indent == 2);
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"100", "", "300"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[2].label == "Aantal zaken in de voorfase vanwege bewijs");
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"5", "", "7"}), boost::test_tools::per_element());
    BOOST_TEST(p.line(*t.rows[2].cells[0]) == 5);
    BOOST_TEST(t.rows[3].label == "Lange naam zonder waarden");
    BOOST_TEST(cells(p, t.rows[3]) == (Strings{"1", "2", ""}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[4].is_total);
    BOOST_TEST(notes(p).empty());
}

BOOST_AUTO_TEST_CASE(values_line_may_open_with_a_missing_mark) {
    const Parsed p(
        "Soort 2022 2023\n"
        "Preventie\n"
        "- 37.346\n"
        "Toezicht 1 2\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(t.rows[0].label == "Preventie");
    BOOST_TEST(!t.rows[0].heading);
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"", "37.346"}), boost::test_tools::per_element());
    BOOST_TEST(notes(p).empty());
}

BOOST_AUTO_TEST_CASE(x_and_dash_inside_a_label_are_not_missing_cells) {
    const Parsed p(
        "Kosten x € 1.000 2022 2023\n"
        "Inhuur - extern 10 20\n"
        "Uren x tarief 30 40\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.scale == 1000.0);
    BOOST_TEST(t.money);
    BOOST_TEST(t.rows[0].label == "Inhuur - extern");
    BOOST_TEST(t.rows[1].label == "Uren x tarief");
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"30", "40"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(sparse_row_is_noted_and_its_numbers_stay_unclassified) {
    const Parsed p(
        "Soort 2019 2020 2021 2022 2023\n"
        "Alpha 1 2 3 4 5\n"
        "Beta 34.200 5.800\n"
        "Gamma 6 7 8 9 10\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[1].label == "Beta");
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"", "", "", "", ""}), boost::test_tools::per_element());
    BOOST_TEST(notes(p) == (Strings{"table.short-row values=2 columns=5"}), boost::test_tools::per_element());
    BOOST_TEST(p.source.locate(p.doc.notes[0].span.begin).line == 3);
    BOOST_TEST((role_at(p, "34.200") == TokenRole::unclassified));
    BOOST_TEST((role_at(p, "5.800") == TokenRole::unclassified));
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"6", "7", "8", "9", "10"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(glued_values_that_split_one_way_fill_the_row_with_a_note) {
    const Parsed p(
        "Soort 2008 2009 2010\n"
        "Alpha 258.000174.000170.000\n"
        "Beta 12.000 45.500 4.250\n"
        "Gamma 1.000.0002.500 7\n"
        "Delta 1.234567.890\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 4u);
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"258.000", "174.000", "170.000"}), boost::test_tools::per_element());
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"12.000", "45.500", "4.250"}), boost::test_tools::per_element());
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"1.000.000", "2.500", "7"}), boost::test_tools::per_element());
    // 1.234 | 5 | 67.890 or 1.234 | 56 | 7.890: not guessed, not checked.
    BOOST_TEST(cells(p, t.rows[3]) == (Strings{"", "", ""}), boost::test_tools::per_element());
    BOOST_TEST(notes(p) == (Strings{"table.glued-split text=258.000174.000170.000 reading=258.000 174.000 170.000",
                                    "table.glued-split text=1.000.0002.500 reading=1.000.000 2.500",
                                    "table.glued-values text=1.234567.890 reading=1.234 5 67.890 | 1.234 56 7.890"}),
               boost::test_tools::per_element());
    const auto& alpha = t.rows[0];
    BOOST_TEST(p.doc.figures[*alpha.cells[1]].value() == 174000.0);
    BOOST_TEST(p.doc.figures[*alpha.cells[2]].number.decimals == 0);
    // One token, three figures: the token is a figure and names the last of them.
    BOOST_TEST((role_at(p, "258.000174") == TokenRole::figure));
    BOOST_TEST((role_at(p, "1.234567") == TokenRole::unclassified));
}

BOOST_AUTO_TEST_CASE(footnote_line_between_rows_does_not_end_the_table) {
    const Parsed p(
        "Soort 2022 2023\n"
        "Alpha* 10 20\n"
        "* Vanaf 2023 anders geteld.\n"
        "Beta1 30 40\n"
        "1 Inclusief 12 dossiers.\n"
        "Totaal 40 60\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[0].label == "Alpha*");
    BOOST_TEST(t.rows[1].label == "Beta1");
    BOOST_TEST(t.rows[2].is_total);
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"40", "60"}), boost::test_tools::per_element());
    BOOST_TEST((role_at(p, "1 Inclusief") == TokenRole::non_statistical));
    BOOST_TEST((role_at(p, "1 30") == TokenRole::non_statistical));
}

BOOST_AUTO_TEST_CASE(total_first_and_two_tables_one_after_the_other) {
    const Parsed p(
        "Soort 2022 2023\n"
        "Totaal 30 70\n"
        "Alpha 10 20\n"
        "Beta 20 50\n"
        "Regio 2022 2023\n"
        "Noord 1 2\n"
        "Zuid 3 4\n"
        "\n"
        "Daarna volgt tekst.\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 2u);
    BOOST_TEST(p.doc.tables[0].rows.size() == 3u);
    BOOST_TEST(p.doc.tables[0].rows[0].is_total);
    BOOST_TEST(!p.doc.tables[0].cut_off);
    BOOST_TEST(p.doc.tables[1].header == "Regio");
    BOOST_TEST(p.doc.tables[1].position == 2);
    BOOST_TEST(p.doc.tables[1].rows.size() == 2u);
}

BOOST_AUTO_TEST_CASE(table_cut_off_at_the_end_of_the_text) {
    const Parsed p(
        "Soort 2021 2022 2023\n"
        "Totaal 30 70 90\n"
        "Alpha 10 20 30\n"
        "Beta 20 50");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.cut_off);
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(notes(p) == (Strings{"table.short-row values=2 columns=3"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(cell_per_line_with_blank_lines_and_numbers_as_row_labels) {
    const Parsed p(
        "Uitleg vooraf.\n"
        "\n"
        "Artikel\n"
        "\n"
        "Fte extern1\n"
        "\n"
        "Fte eigen\n"
        "\n"
        "32\n"
        "\n"
        "6\n"
        "\n"
        "254\n"
        "33\n"
        "-\n"
        "5.550\n"
        "Totaal\n"
        "6\n"
        "5.804\n"
        "\n"
        "Daarna volgt tekst.\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "cell-per-line");
    BOOST_TEST(t.header == "Artikel");
    BOOST_TEST_REQUIRE(t.columns.size() == 2u);
    BOOST_TEST(t.columns[0].label == "Fte extern");
    BOOST_TEST(t.columns[1].label == "Fte eigen");
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[0].label == "32");
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"6", "254"}), boost::test_tools::per_element());
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"", "5.550"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[2].is_total);
    BOOST_TEST((role_at(p, "32") == TokenRole::non_statistical));
    BOOST_TEST((role_at(p, "1\n") == TokenRole::non_statistical));
    BOOST_TEST(!t.cut_off);
}

BOOST_AUTO_TEST_CASE(pipe_rows_one_per_line) {
    const Parsed p(
        "| Regio | 2022 | 2023 |\n"
        "| Noord | 12,5% | 13,0% |\n"
        "| Zuid | 87,5% | 87,0% |\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "pipes");
    BOOST_TEST(t.header == "Regio");
    BOOST_TEST_REQUIRE(t.columns.size() == 2u);
    BOOST_TEST(t.columns[1].label == "2023");
    BOOST_TEST((t.columns[1].unit == Unit::percent));
    BOOST_TEST_REQUIRE(t.rows.size() == 2u);
    BOOST_TEST(t.rows[1].label == "Zuid");
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"87,5", "87,0"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(pipe_stream_with_code_column_and_cut_off_row) {
    const Parsed p(
        "Kk\n|\n|\nOpk.\n|\nA\n|\nB\n|\n|\n|\n|\n|\n|\n|\n"
        "Land\n|\n80,1 |\n60,00%\n|\n40,00%\n|\n"
        "1\n|\nNoord\n|\n70,2\n|\n55,50%\n|\n|\n"
        "1\n|\nZuid\n|\n71\n");
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "pipes");
    BOOST_TEST_REQUIRE(t.columns.size() == 3u);
    BOOST_TEST(t.columns[0].label == "Opk.");
    BOOST_TEST(t.columns[2].label == "B");
    BOOST_TEST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[0].label == "Land");
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"80,1", "60,00", "40,00"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[1].label == "Noord");
    BOOST_TEST(cells(p, t.rows[1]) == (Strings{"70,2", "55,50", ""}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[2].label == "Zuid");
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"71", "", ""}), boost::test_tools::per_element());
    BOOST_TEST(t.cut_off);
    BOOST_TEST((role_at(p, "1\n|\nNoord") == TokenRole::non_statistical));
}

BOOST_AUTO_TEST_CASE(dev_01_multi_year_table_with_sparse_wrapped_first_row) {
    const Parsed p(test::dev_document("01-om-jaarinverhaal-2023-kerncijfers-instroom.txt"));
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.title == "Instroom misdrijfzaken");
    BOOST_TEST_REQUIRE(t.columns.size() == 5u);
    BOOST_TEST(t.columns[0].label == "2018");
    BOOST_TEST_REQUIRE(t.rows.size() == 34u);
    BOOST_TEST(t.rows[0].label == "Aantal geseponeerde zaken in voorfase vanwege gebrek aan bewijs*");
    BOOST_TEST(cells(p, t.rows[0]) == (Strings{"", "", "", "", ""}), boost::test_tools::per_element());
    BOOST_TEST(notes(p) == (Strings{"table.short-row values=2 columns=5"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[4].label == "Waarvan door");
    BOOST_TEST(t.rows[4].heading);
    BOOST_TEST(cells(p, t.rows[5]) == (Strings{"154.700", "175.000", "163.500", "156.900", "168.800"}),
               boost::test_tools::per_element());
    BOOST_TEST(t.rows[24].label == "Cybercrime");
    BOOST_TEST(cells(p, t.rows[24]) == (Strings{"310", "390", "480", "570", "370"}), boost::test_tools::per_element());
    BOOST_TEST(t.rows[33].label == "Aantal strafzaken met één of meer slachtoffers");
    BOOST_TEST(!t.cut_off);
}

BOOST_AUTO_TEST_CASE(dev_02_cell_per_line_table) {
    const Parsed p(test::dev_document("02-jenv-jaarverslag2019-vragen-fte-inhuur.txt"));
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "cell-per-line");
    BOOST_TEST(t.header == "Artikel");
    BOOST_TEST_REQUIRE(t.columns.size() == 2u);
    BOOST_TEST(t.columns[1].label == "Fte eigen personeel");
    BOOST_TEST_REQUIRE(t.rows.size() == 6u);
    Strings labels;
    for (const auto& r : t.rows) labels.push_back(r.label);
    BOOST_TEST(labels == (Strings{"32", "33", "34", "37", "91", "Totaal"}), boost::test_tools::per_element());
    BOOST_TEST(cells(p, t.rows[5]) == (Strings{"1.388", "30.206"}), boost::test_tools::per_element());
    BOOST_TEST(cells(p, t.rows[2]) == (Strings{"738", "17.628"}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(dev_13_pipe_stream_of_vote_shares) {
    const Parsed p(test::dev_document("13-verkiezingen-tk2002-percentages-groningen.txt"));
    BOOST_TEST_REQUIRE(p.doc.tables.size() == 1u);
    const auto& t = p.doc.tables[0];
    BOOST_TEST(t.layout == "pipes");
    BOOST_TEST_REQUIRE(t.columns.size() == 17u);
    BOOST_TEST(t.columns[0].label == "Opk.");
    BOOST_TEST(t.columns[16].label == "RVP");
    BOOST_TEST_REQUIRE(t.rows.size() == 13u);
    BOOST_TEST(t.rows[0].label == "Nederland");
    BOOST_TEST(p.text(*t.rows[0].cells[0]) == "79,1");
    BOOST_TEST(p.text(*t.rows[0].cells[16]) == "0,00");
    BOOST_TEST(t.rows[1].label == "Groningen");
    BOOST_TEST(p.text(*t.rows[1].cells[0]) == "78,7");
    BOOST_TEST(!t.rows[1].cells[16].has_value());
    BOOST_TEST(t.rows[12].label == "Leek");
    BOOST_TEST(cells(p, t.rows[12])[0] == "82");
    BOOST_TEST(!t.rows[12].cells[1].has_value());
    BOOST_TEST(t.cut_off);
}

BOOST_AUTO_TEST_SUITE_END()
