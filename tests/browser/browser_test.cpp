// Chromium renders the seed's audit report: it loads without console errors, its tables
// and findings are in the DOM, and it prints to PDF and to a screenshot. No pixels are
// compared; the committed docs/report-screenshot.png is looked at by people.
#define BOOST_TEST_MODULE browser_tests
#include <boost/test/unit_test.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string quote(const std::string& arg) {
    std::string quoted = "'";
    for (const char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

int count(const std::string& text, const std::string& part) {
    int n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

struct Run {
    int exit_code = -1;
    std::string out;
    std::string err;
};

/// A scratch directory with the seed's report in it, and a way to run chromium on a page.
class Workspace {
public:
    Workspace() : dir_(fs::temp_directory_path() / ("cijfer-browser-" + std::to_string(::getpid()))) {
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    ~Workspace() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    const fs::path& dir() const { return dir_; }

    Run shell(const std::string& command) const {
        const std::string full = "cd " + quote(dir_.string()) + " && " + command + " > .out 2> .err";
        const int status = std::system(full.c_str());
        return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, read(dir_ / ".out"), read(dir_ / ".err")};
    }

    /// The seed's report in `lang`, written by the real binary.
    fs::path seed_report(const std::string& lang) const {
        const std::string source = CIJFER_SOURCE_DIR;
        const std::string name = "seed." + lang + ".html";
        const auto run = shell("SOURCE_DATE_EPOCH=1773619200 " + quote(CIJFERCHECK_BINARY) + " report " +
                               quote(source + "/datasets/om-sepots-2026/antwoord.txt") + " --rules " +
                               quote(source + "/datasets/om-sepots-2026/rules.yaml") + " --lang " + lang +
                               " --output " + name);
        BOOST_TEST_REQUIRE(run.exit_code == 0, run.err);
        return dir_ / name;
    }

    /// Headless chromium as root: no sandbox, no GPU, nothing fetched in the background,
    /// a fresh profile per run; console messages logged to stderr as CONSOLE lines.
    Run chromium(const std::string& action, const fs::path& page) {
        const fs::path profile = dir_ / ("profile-" + std::to_string(++runs_));
        return shell(quote(CHROMIUM_BINARY) +
                     " --headless --no-sandbox --disable-gpu --disable-background-networking"
                     " --disable-component-update --disable-sync --no-first-run --user-data-dir=" +
                     quote(profile.string()) + " --enable-logging=stderr --log-level=0 " + action + " " +
                     quote("file://" + page.string()));
    }

private:
    fs::path dir_;
    int runs_ = 0;
};

bool console_clean(const Run& run) { return run.err.find("CONSOLE") == std::string::npos; }

}  // namespace

BOOST_AUTO_TEST_SUITE(browser)

// The check below must be able to fail: a page that logs an error shows it as CONSOLE.
BOOST_AUTO_TEST_CASE(a_console_error_on_a_page_is_seen) {
    Workspace ws;
    std::ofstream(ws.dir() / "bad.html") << "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
                                            "<script>console.error('planted error')</script></body></html>";
    const auto run = ws.chromium("--dump-dom", ws.dir() / "bad.html");
    BOOST_TEST(run.exit_code == 0);
    BOOST_TEST(!console_clean(run));
    BOOST_TEST(run.err.find("planted error") != std::string::npos, run.err);
}

BOOST_AUTO_TEST_CASE(the_seed_report_loads_cleanly_with_its_tables_and_findings_in_the_dom) {
    Workspace ws;
    for (const std::string lang : {"en", "nl"}) {
        BOOST_TEST_CONTEXT(lang) {
            const auto run = ws.chromium("--dump-dom", ws.seed_report(lang));
            BOOST_TEST(run.exit_code == 0);
            BOOST_TEST(console_clean(run), run.err);
            const std::string& dom = run.out;
            BOOST_TEST(dom.find("<html lang=\"" + lang + "\">") != std::string::npos);
            // The seed has six tables (two of counts, four of percentages; lines 94, 185, 204,
            // 292, 346, 364) and eight findings (expected-findings.yaml).
            BOOST_TEST(count(dom, "<table class=\"source\">") == 6);
            BOOST_TEST(count(dom, "<tr class=\"finding ") == 8);
            // The browser read the cells as cells: the failed Eindtotaal of table 1 is one.
            BOOST_TEST(dom.find("<td class=\"num failed\" id=\"d1-t1-r37-c1\">") != std::string::npos);
            BOOST_TEST(dom.find("<span class=\"v\">65.496</span>") != std::string::npos);
            BOOST_TEST(count(dom, "<svg ") >= 4);
            BOOST_TEST(dom.find("<script") == std::string::npos);
        }
    }
}

BOOST_AUTO_TEST_CASE(the_seed_report_prints_to_pdf_and_to_a_screenshot) {
    Workspace ws;
    const fs::path report = ws.seed_report("nl");
    const auto pdf = ws.chromium("--no-pdf-header-footer --print-to-pdf=" + quote((ws.dir() / "seed.pdf").string()), report);
    BOOST_TEST(pdf.exit_code == 0, pdf.err);
    BOOST_TEST(console_clean(pdf), pdf.err);
    const std::string pdf_bytes = read(ws.dir() / "seed.pdf");
    BOOST_TEST(pdf_bytes.rfind("%PDF-", 0) == 0);
    BOOST_TEST(pdf_bytes.size() > 10000u);
    const auto shot = ws.chromium("--window-size=1000,1400 --screenshot=" + quote((ws.dir() / "seed.png").string()), report);
    BOOST_TEST(shot.exit_code == 0, shot.err);
    const std::string png = read(ws.dir() / "seed.png");
    BOOST_TEST(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
}

BOOST_AUTO_TEST_SUITE_END()
