// Encodings, checked against bytes written out by hand (not produced by iconv).
#include <boost/test/unit_test.hpp>

#include "inputs/text_decoding.hpp"

using cijfer::inputs::decode_text;
using cijfer::inputs::utf8_sequence_length;

BOOST_AUTO_TEST_SUITE(text_decoding)

BOOST_AUTO_TEST_CASE(plain_ascii_is_utf8) {
    const auto d = decode_text("Totaal 1.234\n");
    BOOST_TEST(d.encoding == "UTF-8");
    BOOST_TEST(d.utf8 == "Totaal 1.234\n");
    BOOST_TEST(d.errors.empty());
}

BOOST_AUTO_TEST_CASE(utf8_bom_is_dropped_and_named) {
    const auto d = decode_text("\xEF\xBB\xBF" "beëindiging 12");
    BOOST_TEST(d.encoding == "UTF-8 with BOM");
    BOOST_TEST(d.utf8 == "beëindiging 12");
}

BOOST_AUTO_TEST_CASE(utf16_le_and_be_with_bom) {
    // "é 5" as UTF-16: U+00E9, U+0020, U+0035.
    const auto le = decode_text(std::string("\xFF\xFE\xE9\x00\x20\x00\x35\x00", 8));
    BOOST_TEST(le.encoding == "UTF-16LE");
    BOOST_TEST(le.utf8 == "\xC3\xA9 5");
    const auto be = decode_text(std::string("\xFE\xFF\x00\xE9\x00\x20\x00\x35", 8));
    BOOST_TEST(be.encoding == "UTF-16BE");
    BOOST_TEST(be.utf8 == "\xC3\xA9 5");
}

BOOST_AUTO_TEST_CASE(utf16_with_a_lone_surrogate_reports_its_offset) {
    // "A", then a high surrogate D800 followed by "B" (not a low surrogate).
    const auto d = decode_text(std::string("\xFF\xFE" "A\x00\x00\xD8" "B\x00", 8));
    BOOST_TEST(d.encoding == "UTF-16LE");
    BOOST_REQUIRE(d.errors.size() == 1u);
    BOOST_TEST(d.errors[0].offset == 4u);
    BOOST_TEST(d.utf8 == "A\xEF\xBF\xBD" "B");
}

BOOST_AUTO_TEST_CASE(windows_1252_only_without_any_utf8_sequence) {
    // "café € 5": é is 0xE9 and € is 0x80 in Windows-1252.
    const auto d = decode_text("caf\xE9 \x80 5");
    BOOST_TEST(d.encoding == "windows-1252");
    BOOST_TEST(d.utf8 == "café € 5");
    BOOST_TEST(d.errors.empty());
}

BOOST_AUTO_TEST_CASE(an_undefined_windows_1252_byte_is_an_error) {
    const auto d = decode_text("a\x81z");
    BOOST_TEST(d.encoding == "windows-1252");
    BOOST_REQUIRE(d.errors.size() == 1u);
    BOOST_TEST(d.errors[0].offset == 1u);
    BOOST_TEST(d.errors[0].byte == 0x81);
    BOOST_TEST(d.utf8 == "a\xEF\xBF\xBDz");
}

BOOST_AUTO_TEST_CASE(utf8_with_invalid_bytes_stays_utf8_with_their_offsets) {
    // One valid "ë", then a stray 0xE9 at offset 8 and a lone continuation 0x80 at 10.
    const auto d = decode_text("beëind \xE9 \x80");
    BOOST_TEST(d.encoding == "UTF-8");
    BOOST_REQUIRE(d.errors.size() == 2u);
    BOOST_TEST(d.errors[0].offset == 8u);
    BOOST_TEST(d.errors[0].byte == 0xE9);
    BOOST_TEST(d.errors[1].offset == 10u);
    BOOST_TEST(d.utf8 == "beëind \xEF\xBF\xBD \xEF\xBF\xBD");
    BOOST_TEST(d.errors[1].utf8_offset == 12u);
}

BOOST_AUTO_TEST_CASE(a_bom_keeps_offsets_in_the_file) {
    const auto d = decode_text("\xEF\xBB\xBF" "a\xFF");
    BOOST_TEST(d.encoding == "UTF-8 with BOM");
    BOOST_REQUIRE(d.errors.size() == 1u);
    BOOST_TEST(d.errors[0].offset == 4u);
}

BOOST_AUTO_TEST_CASE(sequence_lengths_reject_overlongs_surrogates_and_beyond_unicode) {
    BOOST_TEST(utf8_sequence_length("a") == 1u);
    BOOST_TEST(utf8_sequence_length("\xC3\xA9") == 2u);
    BOOST_TEST(utf8_sequence_length("\xE2\x82\xAC") == 3u);
    BOOST_TEST(utf8_sequence_length("\xF0\x9F\x98\x80") == 4u);
    BOOST_TEST(utf8_sequence_length("\xC0\xAF") == 0u);          // overlong "/"
    BOOST_TEST(utf8_sequence_length("\xE0\x80\xAF") == 0u);      // overlong
    BOOST_TEST(utf8_sequence_length("\xED\xA0\x80") == 0u);      // surrogate D800
    BOOST_TEST(utf8_sequence_length("\xF4\x90\x80\x80") == 0u);  // above U+10FFFF
    BOOST_TEST(utf8_sequence_length("\xE2\x82") == 0u);          // cut off
}

BOOST_AUTO_TEST_CASE(every_two_byte_sequence_round_trips_through_the_validator) {
    // Property: a byte pair is a valid sequence exactly when it encodes U+0080..U+07FF.
    for (int lead = 0x80; lead <= 0xFF; ++lead)
        for (int cont = 0x00; cont <= 0xFF; ++cont) {
            const std::string s{static_cast<char>(lead), static_cast<char>(cont)};
            const bool valid = lead >= 0xC2 && lead <= 0xDF && (cont & 0xC0) == 0x80;
            BOOST_TEST((utf8_sequence_length(s) == 2u) == valid, "lead " << lead << " cont " << cont);
        }
}

BOOST_AUTO_TEST_SUITE_END()
