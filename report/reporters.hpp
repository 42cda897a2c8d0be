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
/// The parsed model of one input, with every numeric token and its class (`extract`).
void write_model_json(std::ostream& out, const SourceText& source, const Document& doc);

}  // namespace cijfer
