#include <boost/test/unit_test.hpp>

#include "grammar/number_grammar.hpp"

#include <ostream>
#include <string>

using namespace cijfer;

namespace cijfer {
std::ostream& operator<<(std::ostream& out, NumberShape shape) { return out << to_string(shape); }
}  // namespace cijfer

namespace {

NumberLiteral parse(std::string_view text, std::uint32_t pos = 0) {
    auto lit = parse_number_at(text, pos);
    BOOST_TEST_REQUIRE(lit.has_value());
    return *lit;
}

std::string written(std::string_view text, const NumberLiteral& lit) {
    return std::string(text.substr(lit.span.begin, lit.span.size()));
}

}  // namespace

BOOST_AUTO_TEST_SUITE(number_grammar)

BOOST_AUTO_TEST_CASE(thousands_groups_of_three) {
    const std::string_view text = "het OM 56.400 misdrijfzaken";
    const auto lit = parse(text, 7);
    BOOST_TEST(lit.shape == NumberShape::grouped);
    BOOST_TEST(lit.value == 56400.0);
    BOOST_TEST(lit.decimals == 0);
    BOOST_TEST(lit.integer_digits == 5);
    BOOST_TEST(written(text, lit) == "56.400");
    BOOST_TEST(lit.span.begin == 7u);
    BOOST_TEST(lit.span.end == 13u);
}

BOOST_AUTO_TEST_CASE(several_groups_and_a_decimal_comma) {
    BOOST_TEST(parse("1.234.567").value == 1234567.0);
    const auto lit = parse("1.234,5");
    BOOST_TEST(lit.shape == NumberShape::grouped);
    BOOST_TEST(lit.value == 1234.5);
    BOOST_TEST(lit.decimals == 1);
}

BOOST_AUTO_TEST_CASE(decimal_comma) {
    const auto lit = parse("0,3");
    BOOST_TEST(lit.shape == NumberShape::decimal_comma);
    BOOST_TEST(lit.value == 0.3, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(lit.decimals == 1);
    BOOST_TEST(parse("27,93%").value == 27.93, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(parse("27,93%").decimals == 2);
}

BOOST_AUTO_TEST_CASE(a_dot_with_one_or_two_digits_is_a_decimal_point) {
    const auto lit = parse("0.2 procent");
    BOOST_TEST(lit.shape == NumberShape::decimal_dot);
    BOOST_TEST(lit.value == 0.2, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(lit.decimals == 1);
    BOOST_TEST(parse("12.25").value == 12.25, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(plain_integers_and_negatives) {
    BOOST_TEST(parse("850 ").value == 850.0);
    BOOST_TEST(parse("850 ").shape == NumberShape::plain);
    const auto neg = parse("-1.079");
    BOOST_TEST(neg.negative);
    BOOST_TEST(neg.value == -1079.0);
    BOOST_TEST(neg.span.begin == 0u);
    BOOST_TEST(neg.span.end == 6u);
}

BOOST_AUTO_TEST_CASE(the_literal_stops_at_a_trailing_separator) {
    const std::string_view text = "nr. 1009. Daarna";
    const auto lit = parse(text, 4);
    BOOST_TEST(written(text, lit) == "1009");
    BOOST_TEST(lit.shape == NumberShape::plain);
    BOOST_TEST(written("195.300.", parse("195.300.")) == "195.300");
}

BOOST_AUTO_TEST_CASE(a_group_of_four_is_malformed_with_its_readings) {
    const std::string_view text = "66.3000 overtredingszaken";
    const auto lit = parse(text);
    BOOST_TEST(lit.shape == NumberShape::malformed);
    BOOST_TEST(!lit.has_value());
    BOOST_TEST(written(text, lit) == "66.3000");
    std::vector<std::string> readings;
    for (const auto& r : lit.readings) readings.push_back(r.written);
    const std::vector<std::string> expected = {"66.000", "66.300", "663.000", "66,3000"};
    BOOST_TEST(readings == expected, boost::test_tools::per_element());
    BOOST_TEST(lit.readings[1].value == 66300.0);
    BOOST_TEST(lit.readings[1].why == "one digit too many in a group of thousands");
}

BOOST_AUTO_TEST_CASE(a_short_group_is_malformed) {
    const auto lit = parse("1.23.456");
    BOOST_TEST(lit.shape == NumberShape::malformed);
    BOOST_TEST(lit.readings.size() == 1u);
    BOOST_TEST(lit.readings[0].written == "123.456");
    BOOST_TEST(lit.readings[0].value == 123456.0);
}

BOOST_AUTO_TEST_CASE(row_codes_are_one_literal) {
    // "3.3.1" is not a number; the grammar returns it whole and the table reader
    // recognises it as a code by its position.
    const auto lit = parse("3.3.1 Aanranding");
    BOOST_TEST(written("3.3.1 Aanranding", lit) == "3.3.1");
    BOOST_TEST(lit.shape == NumberShape::malformed);
}

BOOST_AUTO_TEST_CASE(ambiguous_readings_of_one_group) {
    const std::string_view text = "1.234";
    const auto lit = parse(text);
    const auto readings = ambiguous_readings(lit, text);
    BOOST_TEST_REQUIRE(readings.size() == 2u);
    BOOST_TEST(readings[0].value == 1234.0);
    BOOST_TEST(readings[1].value == 1.234, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(readings[1].written == "1,234");
}

BOOST_AUTO_TEST_CASE(no_digit_no_literal) {
    BOOST_TEST(!parse_number_at("abc", 0).has_value());
    BOOST_TEST(!parse_number_at("-abc", 0).has_value());
    BOOST_TEST(!parse_number_at("", 0).has_value());
}

BOOST_AUTO_TEST_CASE(no_break_narrow_and_thin_spaces_group_thousands) {
    for (const std::string space : {"\xC2\xA0", "\xE2\x80\xAF", "\xE2\x80\x89"}) {
        BOOST_TEST_CONTEXT("space bytes " << space.size()) {
            const std::string text = "1" + space + "025 zaken";
            const auto lit = parse(text);
            BOOST_TEST(lit.shape == NumberShape::grouped);
            BOOST_TEST(lit.value == 1025.0);
            BOOST_TEST(lit.integer_digits == 4);
            BOOST_TEST(lit.span.end == 4u + space.size());
            const std::string big = "1" + space + "234" + space + "567,5";
            BOOST_TEST(parse(big).value == 1234567.5, boost::test_tools::tolerance(1e-9));
            BOOST_TEST(parse(big).decimals == 1);
        }
    }
}

BOOST_AUTO_TEST_CASE(a_plain_space_or_a_short_group_never_joins) {
    BOOST_TEST(written("310 330", parse("310 330")) == "310");
    // A no-break space before two or four digits is not a thousands separator.
    BOOST_TEST(written("12\xC2\xA0" "34", parse("12\xC2\xA0" "34")) == "12");
    BOOST_TEST(written("12\xC2\xA0" "3456", parse("12\xC2\xA0" "3456")) == "12");
}

BOOST_AUTO_TEST_CASE(every_minus_sign_and_its_length) {
    const std::vector<std::pair<std::string, std::uint8_t>> signs = {
        {"-", 1}, {"\xE2\x88\x92", 3}, {"\xE2\x80\x93", 3}, {"\xE2\x80\x92", 3}, {"-/-", 3}, {"-/- ", 4},
        {"\xE2\x88\x92 ", 4}, {"-/-\xC2\xA0", 5}};
    for (const auto& [sign, length] : signs) {
        BOOST_TEST_CONTEXT("sign '" << sign << "'") {
            const std::string text = sign + "1.079";
            const auto lit = parse(text);
            BOOST_TEST(lit.negative);
            BOOST_TEST(lit.value == -1079.0);
            BOOST_TEST(lit.sign_length == length);
            BOOST_TEST(lit.span.begin == 0u);
            BOOST_TEST(lit.span.end == text.size());
        }
    }
    BOOST_TEST(minus_sign_length("+5", 0) == 0u);
    BOOST_TEST(minus_sign_length("a-5", 1) == 1u);
}

BOOST_AUTO_TEST_CASE(parentheses_become_negative_only_when_a_reader_says_so) {
    auto lit = parse("1.234,5");
    lit.parenthesized = true;
    read_parentheses_as_negative(lit);
    BOOST_TEST(lit.negative);
    BOOST_TEST(lit.value == -1234.5, boost::test_tools::tolerance(1e-9));
    read_parentheses_as_negative(lit);  // twice is still once
    BOOST_TEST(lit.value == -1234.5, boost::test_tools::tolerance(1e-9));
    auto plain = parse("2023");
    read_parentheses_as_negative(plain);
    BOOST_TEST(!plain.negative);
    BOOST_TEST(plain.value == 2023.0);
}

BOOST_AUTO_TEST_CASE(percentages_to_two_decimals) {
    const auto lit = parse("27,93%");
    BOOST_TEST(lit.shape == NumberShape::decimal_comma);
    BOOST_TEST(lit.value == 27.93, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(lit.decimals == 2);
    BOOST_TEST(written("27,93%", lit) == "27,93");
}

BOOST_AUTO_TEST_SUITE_END()
