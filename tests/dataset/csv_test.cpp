// The long CSV form: one line per figure, read into the same model as YAML and text.
#include <boost/test/unit_test.hpp>

#include "checker/checker.hpp"
#include "dataset/dataset_reader.hpp"

using namespace cijfer;

namespace {

const std::string header = "table,code,parent,label,column,value,unit,precision,as_written\n";

std::vector<std::string> errors_of(const std::string& text) {
    const SourceText source("d.csv", text);
    std::vector<std::string> out;
    for (const auto& e : read_dataset(source).errors) out.push_back(format_dataset_error(source, e));
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_dataset)

BOOST_AUTO_TEST_CASE(rows_columns_parents_and_precision) {
    const SourceText source("d.csv", header +
                                         "Aantal misdrijfzaken,1,,Vermogensdelicten,2023,17400,count,100,17.400\n"
                                         "Aantal misdrijfzaken,1.1,1,Diefstal,2023,11200,count,100,11.200\n"
                                         "Aantal misdrijfzaken,1.2,1,\"Bedrog, oplichting\",2023,6300,count,100,6.300\n"
                                         "Aantal misdrijfzaken,,,Eindtotaal,2023,66300,count,100,66.3000\n"
                                         "Aantal misdrijfzaken,1,,Vermogensdelicten,2024,16500,count,,\n");
    const auto result = read_dataset(source);
    BOOST_TEST_REQUIRE(result.ok());
    BOOST_TEST_REQUIRE(result.doc.tables.size() == 1u);
    const Table& t = result.doc.tables[0];
    BOOST_TEST(t.columns.size() == 2u);
    BOOST_TEST(t.rows.size() == 4u);
    BOOST_TEST(t.rows[2].label == "Bedrog, oplichting");
    BOOST_TEST((t.rows[1].parent == std::optional<std::size_t>(0)));
    BOOST_TEST(t.rows[3].is_total);
    const Figure& total = result.doc.figures.at(*t.rows[3].cells[0]);
    BOOST_TEST(source.text(total.number.span) == "66.3000");  // the malformed figure survives
    BOOST_TEST((total.number.shape == NumberShape::malformed));
    const Figure& first = result.doc.figures.at(*t.rows[0].cells[0]);
    BOOST_TEST(first.rounding_unit == 100.0);
    // Without as_written the value is the figure, as the file writes it.
    const Figure& later = result.doc.figures.at(*t.rows[0].cells[1]);
    BOOST_TEST(source.text(later.number.span) == "16500");
    BOOST_TEST(later.value() == 16500.0);
}

BOOST_AUTO_TEST_CASE(a_sum_that_fails_points_at_the_csv_field) {
    const SourceText source("d.csv", header +
                                         "T,1,,A,2023,100,count,0,100\n"
                                         "T,1.1,1,B,2023,60,count,0,60\n"
                                         "T,1.2,1,C,2023,30,count,0,30\n");
    const auto result = read_dataset(source);
    BOOST_TEST_REQUIRE(result.ok());
    RuleSet rules;
    RuleSpec rule;
    rule.id = "sums";
    rule.kind = "hierarchy-sum";
    rules.rules.push_back(rule);
    const auto report = run_checks(result.doc, rules);
    BOOST_TEST_REQUIRE(report.findings.size() == 1u);
    const auto at = source.locate(report.findings[0].span.begin);
    BOOST_TEST(at.line == 2);
    BOOST_TEST(at.column == 25);
}

BOOST_AUTO_TEST_CASE(header_must_name_the_columns) {
    BOOST_TEST(errors_of("table,code,label\n") ==
                   std::vector<std::string>{"d.csv:1:1: error: the header lacks the column 'parent' (it needs "
                                            "table,code,parent,label,column,value,unit,precision,as_written)"},
               boost::test_tools::per_element());
    BOOST_TEST(errors_of("table,code,parent,label,column,value,unit,precision,as_written,colour\n") ==
                   std::vector<std::string>{"d.csv:1:64: error: unknown column 'colour'"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_CASE(field_errors_are_located) {
    BOOST_TEST(errors_of(header + "T,1,,A,2023,12x,count,,\n") ==
                   std::vector<std::string>{"d.csv:2:13: error: value '12x' is not a number (write it with a decimal "
                                            "point, as 56400 or 0.2)"},
               boost::test_tools::per_element());
    BOOST_TEST(errors_of(header + "T,1,,A,2023,1,stuks,,\n") ==
                   std::vector<std::string>{"d.csv:2:15: error: unit must be count, percent, euro, money or unknown, not 'stuks'"},
               boost::test_tools::per_element());
    BOOST_TEST(errors_of(header + "T,1.1,9,A,2023,1,count,,\n") ==
                   std::vector<std::string>{"d.csv:2:7: error: no earlier row of table 'T' has the code or label '9'"},
               boost::test_tools::per_element());
    BOOST_TEST(errors_of(header + "T,1,,A,2023,1,count,,\nT,1,,A,2023,2,count,,\n") ==
                   std::vector<std::string>{"d.csv:3:8: error: a second value for row 'A', column '2023' of table 'T'"},
               boost::test_tools::per_element());
    BOOST_TEST(errors_of(header + "T,1,,\"A,2023,1,count,,\n") ==
                   std::vector<std::string>{"d.csv:2:6: error: this quoted field is never closed"},
               boost::test_tools::per_element());
    BOOST_TEST(errors_of(header + "T,1,,A,2023\n") ==
                   std::vector<std::string>{"d.csv:2:1: error: this line has 5 fields, the header 9"},
               boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
