#include <boost/test/unit_test.hpp>

#include <sstream>

#include <nlohmann/json.hpp>

#include "report/reporters.hpp"
#include "sample_report.hpp"

using namespace cijfer;
using nlohmann::ordered_json;

namespace {

// The sample's figures with a table (line 4), a statement and tokens of every role.
ordered_json model_of_sample() {
    auto s = test::make_sample_report();
    Document& doc = s->doc;
    doc.figures[4].qualifier = Qualifier::more_than;
    doc.figures[1].number.value = 9.4;  // as if "9,4" with one decimal: not a whole value
    doc.figures[1].rounding_unit = 0;

    Table table;
    table.title = "Aantal misdrijfzaken";
    table.header = "Delictindeling conform C&R";
    table.position = 1;
    for (const char* label : {"2023", "2024"}) {
        Column column;
        column.label = label;
        column.unit = Unit::count;
        table.columns.push_back(column);
    }
    Row total;
    total.span = {111, 142};
    total.label = "Eindtotaal";
    total.label_key = "eindtotaal";
    total.is_total = true;
    total.cells = {FigureId{2}, std::nullopt};
    table.rows = {total};
    table.span = total.span;
    doc.tables = {table};

    Statement st;
    st.kind = Statement::Kind::count;
    st.figure = 0;
    st.noun_phrase = "misdrijfzaken onvoorwaardelijk geseponeerd";
    st.words = {"misdrijfzaken", "onvoorwaardelijk", "geseponeerd"};
    st.year = 2023;
    st.sentence = {0, 109};
    doc.statements = {st};

    NumericToken year{{3, 7}, TokenRole::non_statistical, NonStatistical::year, std::nullopt};
    NumericToken figure{doc.figures[0].number.span, TokenRole::figure, {}, FigureId{0}};
    NumericToken unknown{doc.figures[4].number.span, TokenRole::unclassified, {}, std::nullopt};
    doc.tokens = {year, figure, unknown};

    std::ostringstream out;
    write_model_json(out, *s->source, doc);
    return ordered_json::parse(out.str());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(model_json)

BOOST_AUTO_TEST_CASE(figures_keep_how_they_were_written_their_precision_and_interval) {
    const auto model = model_of_sample();
    BOOST_TEST(model["schema"] == "cijfercheck-model");
    BOOST_TEST(model["file"] == "antwoord.txt");
    const auto& f = model["figures"][0];
    BOOST_TEST(f["id"] == 0);
    BOOST_TEST(f["written"] == "56.400");
    BOOST_TEST(f["value"].dump() == "56400");
    BOOST_TEST(f["unit"] == "count");
    BOOST_TEST(f["rounding_unit"].get<double>() == 100.0);
    BOOST_TEST(f["precision_reason"] == "prose counts, all multiples of 100");
    BOOST_TEST(f["interval"] == (ordered_json{56350.0, 56450.0}));
    BOOST_TEST(f["shape"] == "grouped");
    BOOST_TEST(f["location"]["line"] == 1);
    BOOST_TEST(f["location"]["column"] == 22);
    BOOST_TEST(model["figures"][1]["value"].dump() == "9.4");
    // "ruim 52.897": no upper bound, written as null.
    BOOST_TEST(model["figures"][4]["qualifier"] == "more-than");
    BOOST_TEST(model["figures"][4]["interval"] == (ordered_json{52897.0, nullptr}));
}

BOOST_AUTO_TEST_CASE(tables_list_rows_with_cells_as_figure_ids) {
    const auto model = model_of_sample();
    const auto& t = model["tables"][0];
    BOOST_TEST(t["title"] == "Aantal misdrijfzaken");
    BOOST_TEST(t["header"] == "Delictindeling conform C&R");
    BOOST_TEST(t["position"] == 1);
    BOOST_TEST(t["columns"][1]["label"] == "2024");
    const auto& row = t["rows"][0];
    BOOST_TEST(row["label_key"] == "eindtotaal");
    BOOST_TEST(row["is_total"] == true);
    BOOST_TEST(row["parent"].is_null());
    BOOST_TEST(row["cells"] == (ordered_json{2, nullptr}));
    BOOST_TEST(row["location"]["line"] == 4);
}

BOOST_AUTO_TEST_CASE(statements_and_tokens_with_their_class) {
    const auto model = model_of_sample();
    const auto& st = model["statements"][0];
    BOOST_TEST(st["kind"] == "count");
    BOOST_TEST(st["figure"] == 0);
    BOOST_TEST(st["year"] == 2023);
    BOOST_TEST(st["whole"].is_null());
    BOOST_TEST(st["words"].size() == 3u);
    const auto& tokens = model["tokens"];
    BOOST_TEST(tokens[0] == (ordered_json{{"text", "2023"},
                                          {"role", "non-statistical"},
                                          {"class", "year"},
                                          {"figure", nullptr},
                                          {"location", {{"line", 1}, {"column", 4}, {"end_column", 8}, {"offset", 3}, {"length", 4}}}}));
    BOOST_TEST(tokens[1]["role"] == "figure");
    BOOST_TEST(tokens[1]["figure"] == 0);
    BOOST_TEST(tokens[2]["role"] == "unclassified");
    BOOST_TEST(tokens[2]["class"].is_null());
    BOOST_TEST(tokens[2]["text"] == "52.897");
}

BOOST_AUTO_TEST_SUITE_END()
