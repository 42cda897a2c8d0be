#pragma once
#include <iosfwd>

#include "report/report_input.hpp"
#include "report/tally.hpp"

namespace cijfer {

/// Compiler-style diagnostics (`file:line:col: severity: message [rule-id]`, the source
/// line, a caret under the figure, expected vs found), then a summary.
void write_text(std::ostream& out, const ReportContext& ctx);
/// The text format one input at a time, so that a run over thousands of files holds one
/// document at once: write_text_input per input (ctx.inputs is not read), then
/// write_text_total with the sum of the tallies it returned. write_text is exactly that.
Tally write_text_input(std::ostream& out, const CheckedInput& input, const ReportContext& ctx);
void write_text_total(std::ostream& out, std::size_t inputs, const Tally& all, Lang lang);
/// The JSON report; schema in docs/output.md.
void write_json(std::ostream& out, const ReportContext& ctx);

/// The same JSON one input at a time (as write_text_input), byte for byte: the object is
/// opened up to its `inputs` array, each input is written and may then be forgotten, and
/// the summary closes it. write_json is exactly that.
class JsonStream {
public:
    JsonStream(std::ostream& out, const ReportContext& ctx);
    void add(const CheckedInput& input);
    void finish();

private:
    std::ostream& out_;
    const ReportContext& ctx_;
    Tally all_;
    std::size_t inputs_ = 0;
};
/// SARIF 2.1.0.
void write_sarif(std::ostream& out, const ReportContext& ctx);
/// JUnit XML (Ant schema, tests/schemas/JUnit.xsd): one test suite per input, one test
/// case per rule and table or figure, for CI test reports (GitLab, Jenkins, Azure).
void write_junit(std::ostream& out, const ReportContext& ctx);
/// GitHub Actions workflow commands (`::error file=...::message`), then the summary.
void write_github(std::ostream& out, const ReportContext& ctx);
/// The parsed model of one input, with every numeric token and its class (`extract`).
void write_model_json(std::ostream& out, const SourceText& source, const Document& doc);

}  // namespace cijfer
