#pragma once
#include <memory>
#include <string>

#include "checker/check_report.hpp"
#include "checker/rule_spec.hpp"
#include "model/document.hpp"
#include "report/report_input.hpp"

namespace cijfer::test {

/// A small hand-built input with the shapes every reporter must handle: a failed
/// cross-total with two related figures, a pass within rounding on a line with a tab and a
/// two-byte character, a settled check and an info finding. Lines:
///   1 "In 2023 heeft het OM 56.400 misdrijfzaken onvoorwaardelijk geseponeerd en 9.400"
///   2 "misdrijfzaken voorwaardelijk."
///   3 ""
///   4 "Eindtotaal 65.496        73.599        " (trailing blanks, as PDF text has)
///   5 "Totaal één<TAB>52.897"
struct SampleReport {
    std::unique_ptr<SourceText> source;
    Document doc;
    CheckReport report;
    RuleSet rules;

    /// A context for the reporters with this one input and tool version "0.1.0-test".
    ReportContext context(Lang lang, bool verbose = false) const;
};

/// Builds the sample; `name` is the file name the reporters print.
std::unique_ptr<SampleReport> make_sample_report(const std::string& name = "antwoord.txt");

}  // namespace cijfer::test
