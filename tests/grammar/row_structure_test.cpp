// The structure infer_table_structure reads from labels and layout, on small hand-built
// tables (so that it is tested apart from the table readers), and on dev document 01 read
// as the table reader should deliver it.
#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "grammar/row_structure.hpp"
#include "grammar/text_utils.hpp"
#include "test_support.hpp"

namespace cijfer {
namespace {

struct RowSpec {
    std::string label;
    int indent = 0;
    bool heading = false;
    bool values = true;  ///< false: a row whose cells are all missing
};

Column column_named(std::string label) {
    Column column;
    column.label = std::move(label);
    return column;
}

/// A table of one value column; a heading has empty cells, as the table reader gives it.
Table table_of(const std::vector<RowSpec>& specs, std::size_t columns = 1) {
    Table table;
    for (std::size_t c = 0; c < columns; ++c) table.columns.push_back(column_named(std::to_string(2020 + c)));
    FigureId next = 0;
    for (const auto& spec : specs) {
        Row row;
        row.label = spec.label;
        row.label_key = label_key(spec.label);
        row.is_total = is_total_key(row.label_key);
        row.indent = spec.indent;
        row.heading = spec.heading;
        for (std::size_t c = 0; c < columns; ++c)
            row.cells.push_back(spec.heading || !spec.values ? std::nullopt : std::optional<FigureId>(next++));
        table.rows.push_back(std::move(row));
    }
    return table;
}

/// Each row's parent, -1 for none: compact to compare.
std::vector<int> parents(const Table& table) {
    std::vector<int> out;
    for (const auto& row : table.rows) out.push_back(row.parent ? static_cast<int>(*row.parent) : -1);
    return out;
}

using Kids = Row::Children;

}  // namespace

BOOST_AUTO_TEST_SUITE(row_structure)

BOOST_AUTO_TEST_CASE(label_codes_are_read_with_ranges_and_without_a_space) {
    BOOST_TEST(label_code_of("HP11:Algemene en academ. Ziekenhuizen") == "HP11");
    BOOST_TEST(label_code_of("HP1: Ziekenhuizen") == "HP1");
    BOOST_TEST(label_code_of("HP22-29: Instellingen gehandicaptenzorg") == "HP22-29");
    BOOST_TEST(label_code_of("HP42\u201349 Laboratoria") == "HP42-49");
    BOOST_TEST(label_code_of("A01. Landbouw") == "A01");
    BOOST_TEST(label_code_of("Ziekenhuizen") == "");
    BOOST_TEST(label_code_of("CJIB (verzet tegen strafbeschikkingen)") == "");
    BOOST_TEST(label_code_of("HP2x Iets") == "");
    BOOST_TEST(label_code_of("COVID-19 zorg") == "");
}

BOOST_AUTO_TEST_CASE(code_prefixes_state_parents_in_any_order) {
    auto table = table_of({{"HP1: Ziekenhuizen"},
                           {"HP11:Algemene ziekenhuizen"},
                           {"HP12: Geestelijke gezondheidszorg"},
                           {"HP2: Langdurige zorg"},
                           {"HP21: Verpleeghuizen"},
                           {"HP22-29: Gehandicaptenzorg"},
                           {"HP3: Ambulante zorg"},
                           {"HP34: Ambulante zorgcentra"},
                           {"HP33: Overige praktijken"},
                           {"HP221: Binnen de range"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, 0, 0, -1, 3, 3, -1, 6, 6, 5}), boost::test_tools::per_element());
    BOOST_TEST(table.rows[5].label_code == "HP22-29");
    BOOST_TEST((table.rows[0].children == Kids::sum));
}

BOOST_AUTO_TEST_CASE(totals_first_grand_total_over_subtotals) {
    auto table = table_of({{"Totaal gemeentelijke taakvelden"},
                           {"Totaal bestuur en ondersteuning"},
                           {"Bestuur en burgerzaken"},
                           {"Overhead"},
                           {"Belastingen"},
                           {"Totaal veiligheid"},
                           {"Veiligheid"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, 0, 1, 1, 1, 0, 5}), boost::test_tools::per_element());
    BOOST_TEST((table.rows[0].children == Kids::sum));
    BOOST_TEST((table.rows[1].children == Kids::sum));
}

BOOST_AUTO_TEST_CASE(totals_last_with_an_eindtotaal) {
    auto table = table_of({{"Politie"},
                           {"KMAR"},
                           {"Subtotaal opsporing"},
                           {"Rechtbank"},
                           {"Hof"},
                           {"Subtotaal rechtspraak"},
                           {"Eindtotaal"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{2, 2, 6, 5, 5, 6, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(rows_outside_any_subtotal_go_under_the_grand_total) {
    auto table = table_of({{"A"}, {"B"}, {"Subtotaal A en B"}, {"Overig"}, {"Totaal"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{2, 2, 4, 4, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(subtotals_first_and_an_eindtotaal_at_the_end) {
    auto table = table_of({{"Totaal opsporing"}, {"Politie"}, {"KMAR"}, {"Totaal rechtspraak"}, {"Hof"}, {"Eindtotaal"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{5, 0, 0, 5, 3, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_single_total_row_is_left_to_total_sum) {
    auto table = table_of({{"Diefstal"}, {"Geweld"}, {"Totaal"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, -1, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(waarvan_rows_are_a_partial_breakdown_of_the_row_above) {
    auto table = table_of({{"Instroom totaal"},
                           {"waarvan herinstroom"},
                           {"waarvan eerste aanleg"},
                           {"Uitstroom"},
                           {"waaronder sepots"},
                           {"w.o. transacties"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, 0, 0, -1, 3, 3}), boost::test_tools::per_element());
    BOOST_TEST((table.rows[0].children == Kids::at_most));
    BOOST_TEST((table.rows[3].children == Kids::selection));
}

// Dev document 01 as the table reader delivers it: nested breakdowns, parallel "Waarvan"
// groups of one row, and a selection.
BOOST_AUTO_TEST_CASE(group_headings_break_down_the_row_above_them) {
    auto table = table_of({{"Instroom totaal nieuw en herinstroom"},        // 0
                           {"waarvan herinstroom opnieuw te beoordelen"},   // 1
                           {"waarvan instroom in eerste aanleg"},           // 2
                           {"Waarvan door", 0, true},                       // 3
                           {"Politie"},                                     // 4
                           {"KMAR"},                                        // 5
                           {"CJIB (verzet tegen strafbeschikkingen)"},      // 6
                           {"waarvan vanwege verzet verdachte"},            // 7
                           {"waarvan niet executeerbaar"},                  // 8
                           {"Waarvan", 0, true},                            // 9
                           {"Meerderjarig"},                                // 10
                           {"Minderjarig"},                                 // 11
                           {"Waarvan prioritaire delicten", 0, true},       // 12
                           {"Cybercrime"},                                  // 13
                           {"Witwassen"}});                                 // 14
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, 0, 0, 2, 3, 3, 3, 6, 6, 2, 9, 9, 2, 12, 12}),
               boost::test_tools::per_element());
    BOOST_TEST((table.rows[0].children == Kids::at_most));
    BOOST_TEST((table.rows[6].children == Kids::at_most));
    BOOST_TEST((table.rows[3].children == Kids::sum));
    BOOST_TEST((table.rows[9].children == Kids::sum));
    BOOST_TEST((table.rows[12].children == Kids::selection));
}

BOOST_AUTO_TEST_CASE(a_heading_it_cannot_read_leaves_its_rows_top_level) {
    auto table = table_of({{"Zaken"},
                           {"Naar regio", 0, true},
                           {"Noord"},
                           {"Zuid"},
                           {"Waarvan", 0, true},  // follows a group it could not read: no target
                           {"Man"},
                           {"Vrouw"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, -1, -1, -1, -1, -1, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_heading_under_a_row_without_values_breaks_nothing_down) {
    auto table = table_of({{"Zaken in voorfase", 0, false, false}, {"Waarvan", 0, true}, {"Man"}, {"Vrouw"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, -1, -1, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(a_heading_group_ends_at_a_total_row) {
    auto table = table_of({{"Zaken"}, {"Waarvan", 0, true}, {"Man"}, {"Vrouw"}, {"Totaal"}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, 0, 1, 1, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(indentation_nests_rows_under_the_less_indented_row_above) {
    auto table = table_of({{"Personeel", 0}, {"Ambtelijk", 2}, {"Extern", 2}, {"Inhuur", 4}, {"Materieel", 0}, {"ICT", 2}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, 0, 0, 2, -1, 4}), boost::test_tools::per_element());
    BOOST_TEST((table.rows[0].children == Kids::at_most));
    BOOST_TEST((table.rows[2].children == Kids::at_most));
}

BOOST_AUTO_TEST_CASE(indentation_never_nests_rows_under_a_total) {
    auto table = table_of({{"Totaal", 0}, {"Handhaving", 2}, {"Boetes", 4}, {"Rechtspraak", 2}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, -1, 1, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(equal_indentation_states_nothing) {
    auto table = table_of({{"A", 2}, {"B", 2}, {"C", 2}});
    infer_table_structure(table);
    BOOST_TEST(parents(table) == (std::vector<int>{-1, -1, -1}), boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(column_formulas_by_the_columns_own_numbers) {
    Table table;
    for (const char* label : {"Baten (1)", "Lasten (2)", "Saldo (3) = (1) - (2)"}) table.columns.push_back(column_named(label));
    infer_table_structure(table);
    using Formula = std::vector<std::pair<std::size_t, int>>;
    BOOST_TEST((table.columns[2].formula == Formula{{0, 1}, {1, -1}}));
    BOOST_TEST(table.columns[0].formula.empty());
    BOOST_TEST(table.columns[1].formula.empty());
}

BOOST_AUTO_TEST_CASE(column_formulas_by_position_and_with_a_minus_sign) {
    using Formula = std::vector<std::pair<std::size_t, int>>;
    std::vector<Column> columns;
    for (const char* label : {"2022", "Nieuw", "Herinstroom", "Totaal"}) columns.push_back(column_named(label));
    BOOST_TEST((column_formula("(4)=(2)+(3)", columns, 3) == Formula{{1, 1}, {2, 1}}));
    BOOST_TEST((column_formula("(3) = (1) \u2212 (2)", columns, 2) == Formula{{0, 1}, {1, -1}}));
    BOOST_TEST(column_formula("(2)=(2)+(3)", columns, 1).empty());   // refers to itself
    BOOST_TEST(column_formula("(2) en (3)", columns, 0).empty());    // no operator
    BOOST_TEST(column_formula("(5)=(6)+(7)", columns, 3).empty());   // no such columns
    BOOST_TEST(column_formula("Saldo (3)", columns, 2).empty());
}

BOOST_AUTO_TEST_SUITE_END()



// Dev document 01 end to end: the structure of its "waarvan" breakdowns as the table reader
// delivers the table. Asserted by labels, not row numbers, so that it does not depend on how
// the reader treats the sparse first row.
BOOST_AUTO_TEST_SUITE(dev_01_structure)

namespace {

/// The label of the parent of the n-th row labelled `label`; "-" for none.
std::string parent_label(const Table& table, std::string_view label, int occurrence = 0) {
    for (const auto& row : table.rows) {
        if (row.label != label || occurrence-- > 0) continue;
        return row.parent ? table.rows[*row.parent].label : "-";
    }
    return "(no row " + std::string(label) + ")";
}

const Row* row_labelled(const Table& table, std::string_view label, int occurrence = 0) {
    for (const auto& row : table.rows)
        if (row.label == label && occurrence-- == 0) return &row;
    return nullptr;
}

}  // namespace

BOOST_AUTO_TEST_CASE(breakdowns_groups_and_the_selection) {
    test::Parsed p(test::dev_document("01-om-jaarinverhaal-2023-kerncijfers-instroom.txt"));
    BOOST_TEST_REQUIRE(!p.doc.tables.empty());
    const auto& t = p.doc.tables[0];
    const std::string total = "Instroom totaal nieuw en herinstroom";
    const std::string first = "waarvan instroom in eerste aanleg";
    BOOST_TEST(parent_label(t, "waarvan herinstroom opnieuw te beoordelen") == total);
    BOOST_TEST(parent_label(t, first) == total);
    BOOST_TEST(parent_label(t, "Waarvan door") == first);
    BOOST_TEST(parent_label(t, "Politie") == "Waarvan door");
    BOOST_TEST(parent_label(t, "CJIB (verzet tegen strafbeschikkingen)") == "Waarvan door");
    BOOST_TEST(parent_label(t, "waarvan niet executeerbaar") == "CJIB (verzet tegen strafbeschikkingen)");
    for (int k = 0; k < 3; ++k) BOOST_TEST(parent_label(t, "Waarvan", k) == first);
    BOOST_TEST(parent_label(t, "Rechtspersonen") == "Waarvan");
    BOOST_TEST(parent_label(t, "Niet-ZSM") == "Waarvan");
    BOOST_TEST(parent_label(t, "Waarvan prioritaire delicten") == first);
    BOOST_TEST(parent_label(t, "Witwassen") == "Waarvan prioritaire delicten");
    // Nothing marks where the selection ends: the last row is read as one of it (never summed).
    BOOST_TEST(parent_label(t, "Aantal strafzaken met \u00e9\u00e9n of meer slachtoffers") == "Waarvan prioritaire delicten");
    BOOST_TEST(parent_label(t, "Aantal geseponeerde zaken in voorfase vanwege gebrek aan bewijs*") == "-");
    const auto* selection = row_labelled(t, "Waarvan prioritaire delicten");
    const auto* by = row_labelled(t, "Waarvan door");
    const auto* instroom = row_labelled(t, total);
    BOOST_TEST_REQUIRE((selection && by && instroom));
    BOOST_TEST((selection->children == Row::Children::selection));
    BOOST_TEST((by->children == Row::Children::sum));
    BOOST_TEST((instroom->children == Row::Children::at_most));
}

BOOST_AUTO_TEST_SUITE_END()

}  // namespace cijfer
