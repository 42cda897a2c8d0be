#pragma once
#include <deque>
#include <optional>
#include <ostream>
#include <string>

#include "checker/check_report.hpp"
#include "model/document.hpp"
#include "source/source_text.hpp"

namespace cijfer::cli {

/// The waiver file of `check --waivers` as one more input: its stale waivers are its findings.
struct WaiverInput {
    std::optional<SourceText> source;
    Document doc;
    CheckReport report;
};

/// Reads the waiver file and applies it to the checked documents (docs/waivers.md); the
/// clock is SOURCE_DATE_EPOCH when set. On a bad file or clock, writes located errors to
/// `err` and returns false.
bool apply_waiver_file(const std::string& path, const std::deque<Document>& documents, std::deque<CheckReport>& reports,
                       WaiverInput& waivers, std::ostream& err);

}  // namespace cijfer::cli
