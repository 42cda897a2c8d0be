// Detection by content, and the rendering a structured document gets.
#include <boost/test/unit_test.hpp>

#include <array>
#include <sstream>

#include "grammar/parse.hpp"
#include "inputs/read_document.hpp"
#include "inputs/rendering.hpp"

using namespace cijfer;
using namespace cijfer::inputs;

BOOST_AUTO_TEST_SUITE(format_detection)

BOOST_AUTO_TEST_CASE(by_content_not_by_name) {
    BOOST_TEST((detect_format("%PDF-1.7\n...") == InputFormat::pdf));
    BOOST_TEST((detect_format("\n\n%PDF-1.4") == InputFormat::pdf));  // junk before the header
    BOOST_TEST((detect_format("Vraag 1\n") == InputFormat::text));
    BOOST_TEST((detect_format("\xFF\xFEV\x00") == InputFormat::text));  // UTF-16: a text
    BOOST_TEST((detect_format("<?xml version=\"1.0\"?>\n<office:document office:version=\"1.3\">") ==
                InputFormat::fodt));
    BOOST_TEST((detect_format("<?xml version=\"1.0\"?>\n<html/>") == InputFormat::text));
}

BOOST_AUTO_TEST_CASE(format_names_of_the_option) {
    BOOST_TEST((parse_input_format("auto") == InputFormat::automatic));
    BOOST_TEST((parse_input_format("docx") == InputFormat::docx));
    BOOST_TEST(!parse_input_format("doc").has_value());
}

BOOST_AUTO_TEST_CASE(form_feeds_mark_pages) {
    std::ostringstream err;
    const auto source = read_document("a.txt", "Vraag 1\n\fVraag 2\r\nTotaal 5\r\fslot\n", InputFormat::automatic, err);
    BOOST_REQUIRE(source.has_value());
    BOOST_TEST(err.str() == "");
    BOOST_REQUIRE(source->places().size() == 3u);
    BOOST_TEST(source->place_at(0)->name == "page 1");
    const auto totaal = static_cast<std::uint32_t>(source->bytes().find("Totaal"));
    BOOST_TEST(source->place_at(totaal)->page == 2);
    BOOST_TEST(source->locate(totaal).line == 3);  // CRLF ends one line
    const auto slot = static_cast<std::uint32_t>(source->bytes().find("slot"));
    BOOST_TEST(source->place_at(slot)->page == 3);
    BOOST_TEST(source->locate(slot).line == 4);  // a lone CR ends a line too
}

BOOST_AUTO_TEST_CASE(a_rendered_table_reaches_the_grammar_as_its_grid) {
    // A caption, a header row with a cell over two columns, a row of codes and a row whose
    // label is two paragraphs: built by hand, read without any guessing from the text.
    RenderingBuilder b;
    b.paragraph("Aantal zaken");
    b.begin_table(4);
    b.begin_row(true);
    b.cell({"Categorie"}, 0, 2, false);
    b.cell({"2023"}, 2, 1, false);
    b.cell({"2024"}, 3, 1, false);
    b.end_row();
    for (auto [code, label, a, c] : {std::array<const char*, 4>{"1.", "Alles", "30", "40"},
                                     std::array<const char*, 4>{"1.1", "Een", "10", "20"}}) {
        b.begin_row(false);
        b.cell({code}, 0, 1, false);
        b.cell({label}, 1, 1, false);
        b.cell({a}, 2, 1, false);
        b.cell({c}, 3, 1, false);
        b.end_row();
    }
    b.begin_row(false);
    b.cell({"1.2"}, 0, 1, false);
    b.cell({"Twee en", "drie"}, 1, 1, false);
    b.cell({"20"}, 2, 1, false);
    b.cell({"-"}, 3, 1, false);
    b.end_row();
    b.end_table();
    const SourceText source = make_source("t.docx", b.finish(), {"docx", "UTF-8"});
    BOOST_TEST(std::string(source.bytes()) ==
               "Aantal zaken\nCategorie | 2023 | 2024\n1. | Alles | 30 | 40\n1.1 | Een | 10 | 20\n"
               "1.2 | Twee en drie | 20 | -\n\n");
    const Document doc = parse_document(source);
    BOOST_REQUIRE(doc.tables.size() == 1u);
    const Table& t = doc.tables[0];
    BOOST_TEST(t.title == "Aantal zaken");
    BOOST_TEST(t.header == "Categorie");
    BOOST_REQUIRE(t.columns.size() == 2u);
    BOOST_TEST(t.columns[0].label == "2023");
    BOOST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[1].code == "1.1");
    BOOST_TEST(t.rows[1].label == "Een");
    BOOST_TEST(t.rows[2].label == "Twee en drie");
    BOOST_TEST(*t.rows[2].parent == 0u);
    BOOST_TEST(doc.figures[*t.rows[1].cells[1]].number.value == 20.0);
    BOOST_TEST(!t.rows[2].cells[1].has_value());  // "-": missing
    BOOST_TEST(source.place_at(source.line_start(4))->name == "table 1, row 3");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(footnote_references)

BOOST_AUTO_TEST_CASE(a_reference_after_a_value_never_joins_its_digits) {
    std::string after_word = "hieronder.";
    append_marker(after_word, "4");
    BOOST_TEST(after_word == "hieronder.4");
    std::string after_value = "17.418";
    append_marker(after_value, "2");
    BOOST_TEST(after_value == "17.418 [2]");

    RenderingBuilder b;
    b.begin_table(2);
    b.begin_row(true);
    b.cell({"Categorie"}, 0, 1, false);
    b.cell({"2023"}, 1, 1, false);
    b.end_row();
    b.begin_row(false);
    b.cell({"Alles"}, 0, 1, false);
    b.cell({after_value}, 1, 1, false);
    b.end_row();
    b.end_table();
    const SourceText source = make_source("t.odt", b.finish(), {"odt", "UTF-8"});
    const Document doc = parse_document(source);
    BOOST_REQUIRE(doc.tables.size() == 1u);
    BOOST_REQUIRE(doc.tables[0].rows.size() == 1u);
    const auto cell = doc.tables[0].rows[0].cells[0];
    BOOST_REQUIRE(cell.has_value());
    BOOST_TEST(doc.figures[*cell].number.value == 17418.0);
    bool marker = false;
    for (const auto& t : doc.tokens)
        marker = marker || (source.text(t.span) == "2" && t.why == NonStatistical::footnote_marker);
    BOOST_TEST(marker);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(merged_cells)

BOOST_AUTO_TEST_CASE(a_group_cell_merged_down_leads_each_label_and_a_cell_across_is_the_label) {
    // | Mislukte executie (merged over 2 rows) | sepot | 5% |
    // |                                        | rest  | 3% |
    // | Eindtotaal (across both label columns)         | 8% |
    RenderingBuilder b;
    b.begin_table(3);
    b.begin_row(true);
    b.cell({"Status"}, 0, 2, false);
    b.cell({"2023"}, 2, 1, false);
    b.end_row();
    b.begin_row(false);
    b.cell({"Mislukte executie"}, 0, 1, false);
    b.cell({"sepot"}, 1, 1, false);
    b.cell({"5%"}, 2, 1, false);
    b.end_row();
    b.begin_row(false);
    b.cell({}, 0, 1, true);
    b.cell({"rest"}, 1, 1, false);
    b.cell({"3%"}, 2, 1, false);
    b.end_row();
    b.begin_row(false);
    b.cell({"Eindtotaal"}, 0, 2, false);
    b.cell({"8%"}, 2, 1, false);
    b.end_row();
    b.end_table();
    const SourceText source = make_source("t.docx", b.finish(), {"docx", "UTF-8"});
    BOOST_TEST(std::string(source.bytes()) ==
               "Status | 2023\nMislukte executie | sepot | 5%\n | rest | 3%\nEindtotaal | 8%\n\n");
    const Document doc = parse_document(source);
    BOOST_REQUIRE(doc.tables.size() == 1u);
    const Table& t = doc.tables[0];
    BOOST_TEST(t.header == "Status");
    BOOST_REQUIRE(t.rows.size() == 3u);
    BOOST_TEST(t.rows[0].label == "Mislukte executie sepot");
    BOOST_TEST(t.rows[1].label == "Mislukte executie rest");
    BOOST_TEST(t.rows[2].label == "Eindtotaal");
    BOOST_TEST(t.rows[2].is_total);
    BOOST_TEST((t.columns[0].unit == Unit::percent));
}

BOOST_AUTO_TEST_SUITE_END()
