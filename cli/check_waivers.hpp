#pragma once
#include <chrono>
#include <deque>
#include <optional>
#include <ostream>
#include <string>

#include "checker/check_report.hpp"
#include "model/document.hpp"
#include "source/source_text.hpp"
#include "waiver/waiver_file.hpp"

namespace cijfer::cli {

/// The waiver file of `check --waivers` as one more input: its stale waivers are its findings.
struct WaiverInput {
    std::optional<SourceText> source;
    std::vector<Waiver> waivers;  ///< as read, in file order (the audit report lists them)
    Document doc;
    CheckReport report;
};

/// Reads the waiver file and applies it to the checked documents (docs/waivers.md) as of
/// `today` (a waiver expired before it is stale). On a bad file, writes located errors to
/// `err` and returns false.
bool apply_waiver_file(const std::string& path, const std::deque<Document>& documents, std::deque<CheckReport>& reports,
                       std::chrono::year_month_day today, WaiverInput& waivers, std::ostream& err);

}  // namespace cijfer::cli
