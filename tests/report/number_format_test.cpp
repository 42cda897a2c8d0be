#include <boost/test/unit_test.hpp>

#include "report/number_format.hpp"

using cijfer::format_number;
using cijfer::Lang;

BOOST_AUTO_TEST_SUITE(number_format)

BOOST_AUTO_TEST_CASE(dutch_groups_with_dots_and_decimals_with_a_comma) {
    BOOST_TEST(format_number(65496, 0, false, Lang::nl) == "65.496");
    BOOST_TEST(format_number(39.9, 1, false, Lang::nl) == "39,9");
    BOOST_TEST(format_number(1234567.891, 2, false, Lang::nl) == "1.234.567,89");
    BOOST_TEST(format_number(850, 0, false, Lang::nl) == "850");
    BOOST_TEST(format_number(0.25, 2, false, Lang::nl) == "0,25");
}

BOOST_AUTO_TEST_CASE(english_groups_with_commas_and_decimals_with_a_point) {
    BOOST_TEST(format_number(65496, 0, false, Lang::en) == "65,496");
    BOOST_TEST(format_number(39.9, 1, false, Lang::en) == "39.9");
    BOOST_TEST(format_number(1234567.891, 2, false, Lang::en) == "1,234,567.89");
    BOOST_TEST(format_number(100000, 0, false, Lang::en) == "100,000");
}

BOOST_AUTO_TEST_CASE(negatives_use_the_unicode_minus_and_differences_show_a_plus) {
    BOOST_TEST(format_number(-304, 0, false, Lang::nl) == "\u2212" "304");
    BOOST_TEST(format_number(-304, 0, true, Lang::en) == "\u2212" "304");
    BOOST_TEST(format_number(-1501.5, 1, false, Lang::nl) == "\u2212" "1.501,5");
    BOOST_TEST(format_number(12, 0, true, Lang::nl) == "+12");
    BOOST_TEST(format_number(12, 0, false, Lang::nl) == "12");
}

BOOST_AUTO_TEST_CASE(zero_never_carries_a_sign) {
    BOOST_TEST(format_number(0, 0, true, Lang::nl) == "0");
    BOOST_TEST(format_number(-0.04, 1, true, Lang::nl) == "0,0");
}

BOOST_AUTO_TEST_CASE(rounds_to_the_requested_decimals) {
    BOOST_TEST(format_number(39.94, 1, false, Lang::nl) == "39,9");
    BOOST_TEST(format_number(39.96, 1, false, Lang::en) == "40.0");
    BOOST_TEST(format_number(65799.6, 0, false, Lang::nl) == "65.800");
}

BOOST_AUTO_TEST_SUITE_END()
