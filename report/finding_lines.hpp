#pragma once
#include <string>
#include <vector>

#include "checker/finding.hpp"
#include "report/report_input.hpp"

namespace cijfer {

/// The words of a finding as the line-based formats (JUnit, GitHub) write them; the text
/// reporter adds the source excerpt around the same lines.

/// "error" / "fout", from the catalogue.
std::string severity_word(Severity severity, Lang lang);
/// "antwoord.txt:4:12: warning: MESSAGE [rule-id]".
std::string finding_headline(const SourceText& source, const Finding& finding, Lang lang);
/// "expected E, found F" (or one of them) when the finding has them, then one
/// "related: FILE:LINE:COL: ROLE" per other figure involved.
std::vector<std::string> finding_notes(const SourceText& source, const Finding& finding, Lang lang);
/// Whether a listing shows the finding: info findings wait for --verbose, except the
/// numbers the tool could not read (as in the text format).
bool listed(const Finding& finding, bool verbose);

}  // namespace cijfer
