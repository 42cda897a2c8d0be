#include <boost/test/unit_test.hpp>

#include "report/xml_text.hpp"

using cijfer::xml_safe_text;

namespace {
const std::string fffd = "\uFFFD";
}

BOOST_AUTO_TEST_SUITE(xml_text)

BOOST_AUTO_TEST_CASE(valid_text_passes_unchanged) {
    BOOST_TEST(xml_safe_text("één › 40% \U0001F600 tab\tLF\nCR\r") == "één › 40% \U0001F600 tab\tLF\nCR\r");
    BOOST_TEST(xml_safe_text("") == "");
}

BOOST_AUTO_TEST_CASE(control_characters_other_than_tab_lf_cr_are_replaced) {
    BOOST_TEST(xml_safe_text(std::string("a\0b", 3)) == "a" + fffd + "b");
    BOOST_TEST(xml_safe_text("a\x01\x1f" "b") == "a" + fffd + fffd + "b");
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_replaced_byte_by_byte) {
    BOOST_TEST(xml_safe_text("a\xff" "b") == "a" + fffd + "b");
    BOOST_TEST(xml_safe_text("\xC0\xAF") == fffd + fffd);             // overlong '/'
    BOOST_TEST(xml_safe_text("x\xE2\x82") == "x" + fffd + fffd);      // cut short at the end
    BOOST_TEST(xml_safe_text("\xE2(\xAC") == fffd + "(" + fffd);      // continuation missing
}

BOOST_AUTO_TEST_CASE(code_points_xml_excludes_are_replaced_whole) {
    BOOST_TEST(xml_safe_text("\xED\xA0\x80") == fffd);      // U+D800, a surrogate
    BOOST_TEST(xml_safe_text("\xEF\xBF\xBE") == fffd);      // U+FFFE
    BOOST_TEST(xml_safe_text("\xF4\x90\x80\x80") == fffd);  // above U+10FFFF
}

BOOST_AUTO_TEST_SUITE_END()
