// extract -> check: every document in datasets/, written as a dataset and read back, gives
// the same findings (rule, severity, message, expected, found, related figures; only the
// places differ: they point into the dataset), the same checks and the same figure names.
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <filesystem>

#include "../golden/pipeline.hpp"
#include "dataset/dataset_reader.hpp"
#include "dataset/dataset_writer.hpp"
#include "model/figure_names.hpp"
#include "report/catalogue.hpp"

using namespace cijfer;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> finding_lines(const CheckReport& report) {
    std::vector<std::string> lines;
    for (const Finding& f : report.findings) {
        std::string line = f.rule_id + " " + to_string(f.severity) + " " + render(f.message, Lang::en) + " | " +
                           f.expected + " | " + f.found;
        for (const auto& r : f.related) line += " | " + r.role;
        lines.push_back(line);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::vector<std::string> check_lines(const CheckReport& report) {
    std::vector<std::string> lines;
    for (const CheckResult& c : report.checks)
        lines.push_back(c.rule_id + " " + c.relation.context + " " + std::to_string(static_cast<int>(c.evaluation.outcome)) +
                        (c.settled_by.empty() ? "" : " settled"));
    std::sort(lines.begin(), lines.end());
    return lines;
}

struct Input {
    fs::path document;
    fs::path rules;
};

std::vector<Input> documents() {
    std::vector<Input> out;
    for (const auto& dir : fs::directory_iterator(test::project_file("datasets"))) {
        if (!dir.is_directory()) continue;
        for (const char* name : {"document.txt", "antwoord.txt"})
            if (fs::exists(dir.path() / name))
                out.push_back({dir.path() / name, fs::exists(dir.path() / "rules.yaml") ? dir.path() / "rules.yaml" : fs::path()});
    }
    std::sort(out.begin(), out.end(), [](const Input& a, const Input& b) { return a.document < b.document; });
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(roundtrip)

BOOST_AUTO_TEST_CASE(every_document_gives_the_same_findings_as_its_dataset) {
    const auto inputs = documents();
    BOOST_TEST(inputs.size() >= 6u);
    for (const auto& in : inputs) {
        BOOST_TEST_CONTEXT("document " << in.document.string()) {
            const RuleSet rules = in.rules.empty()
                                      ? test::load_rules({"rules/default.yaml"})
                                      : test::load_rules({"rules/default.yaml", fs::relative(in.rules, CIJFER_SOURCE_DIR).string()});
            const test::Checked text(test::read_file(in.document.string()), rules, in.document.filename().string());
            const SourceText dataset_source("dataset.yaml", write_dataset_yaml(text.doc));
            const auto dataset = read_dataset(dataset_source);
            BOOST_TEST_REQUIRE(dataset.ok());
            const CheckReport again = run_checks(dataset.doc, rules);

            BOOST_TEST(finding_lines(again) == finding_lines(text.report), boost::test_tools::per_element());
            BOOST_TEST(check_lines(again) == check_lines(text.report), boost::test_tools::per_element());
            BOOST_TEST(again.coverage.checked == text.report.coverage.checked);
            BOOST_TEST(again.coverage.placed == text.report.coverage.placed);
            BOOST_TEST(again.coverage.unclassified == text.report.coverage.unclassified);
            // The same names (the dataset lists tables before statements: compare as sets).
            auto names_text = figure_names(text.doc), names_dataset = figure_names(dataset.doc);
            std::sort(names_text.begin(), names_text.end());
            std::sort(names_dataset.begin(), names_dataset.end());
            BOOST_TEST(names_dataset == names_text, boost::test_tools::per_element());
            // Writing the read dataset again changes nothing but the source and the places.
            BOOST_TEST(dataset.doc.figures.size() == text.doc.figures.size());
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
