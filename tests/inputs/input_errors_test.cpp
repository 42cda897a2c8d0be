// Files that cannot be read, and texts in every supported encoding, through the binary:
// exact messages and exit codes.
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "run_cijfercheck.hpp"

using namespace cijfer::test;

namespace {

std::string fixture(const std::string& name) {
    std::ifstream in(std::string(CIJFER_SOURCE_DIR) + "/tests/inputs/fixtures/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// The run's stderr and exit code for one file written into a fresh directory.
RunResult check_file(const std::string& name, const std::string& bytes, std::vector<std::string> extra = {}) {
    TempDir dir;
    dir.write(name, bytes);
    std::vector<std::string> args{"check", name};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_cijfercheck(dir, args);
}

// Per year, 1.1 + 1.2 = 1. and Eindtotaal = 1.: four checks, all holding.
const std::string small_table =
    "Tabel\nCategorie 2023 2024\n1. Alles 30 40\n1.1 Een 10 20\n1.2 Twee 20 20\nEindtotaal 30 40\n";
const std::string small_summary =
    ": checks: 4 run, 4 passed (0 within rounding), 0 failed, 0 settled by another finding\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(unreadable_inputs)

BOOST_AUTO_TEST_CASE(zero_byte_file) {
    const auto run = check_file("leeg.txt", "");
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: leeg.txt: is empty (0 bytes)\n");
    BOOST_TEST(run.out == "");
}

BOOST_AUTO_TEST_CASE(text_of_only_white_space) {
    const auto run = check_file("wit.txt", " \n\t\r\n\f\n");
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: wit.txt: contains no text\n");
}

BOOST_AUTO_TEST_CASE(damaged_pdf_cut_short) {
    const auto pdf = fixture("antwoord.pdf");
    BOOST_REQUIRE(pdf.size() > 20000u);
    const auto run = check_file("kapot.pdf", pdf.substr(0, 20000));
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err ==
               "cijfercheck: error: kapot.pdf: is a damaged PDF that cannot be read (poppler: Couldn't find trailer "
               "dictionary)\n");
}

BOOST_AUTO_TEST_CASE(pdf_missing_only_its_last_bytes_is_read_with_a_warning) {
    const auto pdf = fixture("antwoord.pdf");
    const auto run = check_file("bijna.pdf", pdf.substr(0, pdf.size() - 40));
    BOOST_TEST(run.exit_code == 1);  // the seed's findings
    BOOST_TEST(run.err.starts_with("cijfercheck: warning: bijna.pdf: the PDF is damaged and was repaired while "
                                   "reading; text may be missing (poppler: "),
               run.err);
}

BOOST_AUTO_TEST_CASE(encrypted_pdf) {
    const auto run = check_file("versleuteld.pdf", fixture("klein-versleuteld.pdf"));
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err ==
               "cijfercheck: error: versleuteld.pdf: is an encrypted PDF that needs a password; save an unprotected "
               "copy\n");
}

BOOST_AUTO_TEST_CASE(image_only_pdf) {
    const auto run = check_file("scan.pdf", fixture("scan.pdf"));
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: scan.pdf: contains no text layer; run OCR first\n");
}

BOOST_AUTO_TEST_CASE(pdf_of_a_blank_page) {
    const auto run = check_file("leeg.pdf", fixture("leeg.pdf"));
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: leeg.pdf: is empty: its page holds no text\n");
}

BOOST_AUTO_TEST_CASE(not_a_pdf_when_told_it_is_one) {
    const auto run = check_file("a.txt", "Vraag 1\n", {"--input-format", "pdf"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err == "cijfercheck: error: a.txt: is not a PDF (it does not start with %PDF-)\n");
}

BOOST_AUTO_TEST_CASE(damaged_docx) {
    const auto docx = fixture("geen-tabellen.docx");
    const auto run = check_file("kapot.docx", docx.substr(0, docx.size() / 2));
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err.starts_with("cijfercheck: error: kapot.docx: is a damaged ZIP archive ("), run.err);
}

BOOST_AUTO_TEST_CASE(zip_that_is_no_office_document) {
    // An empty ZIP archive: only its end-of-central-directory record.
    const std::string zip("PK\x05\x06\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 22);
    const auto run = check_file("a.zip", zip, {"--input-format", "docx"});
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err ==
               "cijfercheck: error: a.zip: is a ZIP archive but not a Word (.docx) or OpenDocument text (.odt) "
               "document\n");
    BOOST_TEST(check_file("b.zip", zip).err == "cijfercheck: error: b.zip: is a ZIP archive but not a Word (.docx) or "
                                                "OpenDocument text (.odt) document\n");
}

BOOST_AUTO_TEST_CASE(binary_file) {
    const auto run = check_file("a.bin", std::string("\x01\x02\0\x03", 4));
    BOOST_TEST(run.exit_code == 2);
    BOOST_TEST(run.err ==
               "cijfercheck: error: a.bin: is not a text, PDF, Word or OpenDocument file (it holds NUL bytes)\n");
}

BOOST_AUTO_TEST_CASE(docx_without_tables_reads_its_prose) {
    const auto run = check_file("geen-tabellen.docx", fixture("geen-tabellen.docx"));
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.err == "");
    BOOST_TEST(run.out ==
               "geen-tabellen.docx: read as docx, UTF-8\n"
               "geen-tabellen.docx: checks: 0 run, 0 passed (0 within rounding), 0 failed, 0 settled by another "
               "finding\n"
               "geen-tabellen.docx: findings: error 0, warning 0, info 0\n"
               "geen-tabellen.docx: numeric tokens: 4 found, 0 checked, 2 placed, 2 non-statistical, 0 unclassified\n");
    TempDir dir;
    dir.write("g.docx", fixture("geen-tabellen.docx"));
    const auto text = run_cijfercheck(dir, {"extract", "--format", "text", "g.docx"});
    BOOST_TEST(text.out ==
               "Antwoord op vraag 1\n\n"
               "In 2023 heeft het OM 56.400 misdrijfzaken onvoorwaardelijk geseponeerd en 9.400 misdrijfzaken "
               "voorwaardelijk.\n\n"
               "Er zijn geen tabellen in dit antwoord.\n\n");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(encodings)

BOOST_AUTO_TEST_CASE(utf8_without_bom_says_nothing_about_its_encoding) {
    const auto run = check_file("t.txt", small_table);
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.out.find("read as") == std::string::npos);
    BOOST_TEST(run.out.find("t.txt" + small_summary) != std::string::npos, run.out);
}

BOOST_AUTO_TEST_CASE(utf8_with_bom) {
    const auto run = check_file("t.txt", "\xEF\xBB\xBF" + small_table);
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.out.find("t.txt: read as text, UTF-8 with BOM\nt.txt" + small_summary) != std::string::npos,
               run.out);
}

BOOST_AUTO_TEST_CASE(utf16_le_and_be_with_crlf) {
    // The table is ASCII: each byte widens to a UTF-16 code unit; CRLF line ends.
    std::string le = "\xFF\xFE", be = "\xFE\xFF";
    for (char c : small_table) {
        for (char u : c == '\n' ? std::string("\r\n") : std::string(1, c)) {
            le += u;
            le += '\0';
            be += '\0';
            be += u;
        }
    }
    const auto l = check_file("le.txt", le);
    BOOST_TEST(l.exit_code == 0);
    BOOST_TEST(l.out.find("le.txt: read as text, UTF-16LE\nle.txt" + small_summary) != std::string::npos, l.out);
    const auto b = check_file("be.txt", be, {"--format", "json"});
    BOOST_TEST(b.exit_code == 0);
    BOOST_TEST(b.out.find("\"format\": \"text\",\n      \"encoding\": \"UTF-16BE\"") != std::string::npos, b.out);
}

BOOST_AUTO_TEST_CASE(windows_1252_with_cr_line_ends) {
    std::string text = "Caf\xE9 \x80\r" + small_table;
    for (auto& c : text)
        if (c == '\n') c = '\r';
    const auto run = check_file("w.txt", text);
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.err == "");
    BOOST_TEST(run.out.find("w.txt: read as text, windows-1252\nw.txt" + small_summary) != std::string::npos, run.out);
}

BOOST_AUTO_TEST_CASE(utf8_with_an_invalid_byte_is_reported_not_reread) {
    // "beëindigd" is valid UTF-8; the 0xE9 on line 2 is not, so this is UTF-8 with an error.
    const auto run = check_file("u.txt", "beëindigd\nCaf\xE9\n" + small_table);
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(run.err == "u.txt:2:4: warning: byte 0xE9 at byte offset 14 is not valid UTF-8; read as U+FFFD\n");
    BOOST_TEST(run.out.find("read as") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(many_invalid_bytes_are_counted_after_the_first_five) {
    const auto run = check_file("u.txt", "ë\xFF\xFF\xFF\xFF\xFF\xFF\xFF\n" + small_table);
    BOOST_TEST(run.err.find("u.txt: warning: 2 more bytes that are not valid UTF-8\n") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(modules_on_demand)

BOOST_AUTO_TEST_CASE(without_its_modules_the_binary_still_reads_text) {
    // A copy of cijfercheck in a folder without cijfer_pdf.so and cijfer_office.so (and
    // nothing installed under the install prefix on a build machine).
    TempDir dir;
    const auto copy = dir.path() / "cijfercheck";
    std::filesystem::copy_file(CIJFERCHECK_BINARY, copy);
    dir.write("a.pdf", fixture("scan.pdf"));
    dir.write("a.docx", fixture("geen-tabellen.docx"));
    dir.write("t.txt", small_table);
    const auto run = [&](const std::string& file) {
        const std::string command = "cd '" + dir.path().string() + "' && ./cijfercheck check " + file +
                                    " > .stdout 2> .stderr";
        const int status = std::system(command.c_str());
        return RunResult{WIFEXITED(status) ? WEXITSTATUS(status) : -1, dir.read(".stdout"), dir.read(".stderr")};
    };
    const auto pdf = run("a.pdf");
    BOOST_TEST(pdf.exit_code == 2);
    BOOST_TEST(pdf.err.starts_with("cijfercheck: error: a.pdf: PDF support is not available: "), pdf.err);
    const auto docx = run("a.docx");
    BOOST_TEST(docx.exit_code == 2);
    BOOST_TEST(docx.err.starts_with("cijfercheck: error: a.docx: Word and OpenDocument support is not available: "),
               docx.err);
    const auto text = run("t.txt");
    BOOST_TEST(text.exit_code == 0);
    BOOST_TEST(text.err == "");
}

BOOST_AUTO_TEST_SUITE_END()
