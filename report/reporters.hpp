#pragma once
#include <iosfwd>

#include "report/report_input.hpp"

namespace cijfer {

/// Compiler-style diagnostics (`file:line:col: severity: message [rule-id]`, the source
/// line, a caret under the figure, expected vs found), then a summary.
void write_text(std::ostream& out, const ReportContext& ctx);
/// The JSON report; schema in docs/output.md.
void write_json(std::ostream& out, const ReportContext& ctx);
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
