#pragma once
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "report/report_input.hpp"

namespace cijfer {

/// A rule file the report was made with, identified by its content.
struct ProvenanceFile {
    std::string name;    ///< as given on the command line; "default.yaml (built-in)"
    std::string sha256;  ///< 64 lowercase hex digits
};

/// Where an audit report comes from, beyond the inputs (whose SHA-256 the report computes
/// from their bytes): enough to reproduce it and to file it as evidence.
struct Provenance {
    std::vector<ProvenanceFile> rule_files;  ///< in load order
    std::optional<ProvenanceFile> waiver_file;  ///< `report --waivers`
    /// The waiver file's waivers, one line each: what each accepts and whether it applied
    /// or is stale. Empty without a waiver file: the report says "none".
    std::vector<std::string> waivers;
    int waived_findings = 0;                 ///< findings the waivers accepted (summary "waived")
    std::int64_t epoch = 0;                  ///< when, in seconds since 1970 UTC (SOURCE_DATE_EPOCH)
};

/// The audit report as one self-contained HTML file: provenance, summary, every table
/// re-rendered with its checks laid over it, every checked sentence, every finding and
/// every check, with inline CSS (screen and A4 print) and SVG charts. docs/report.md.
void write_audit_html(std::ostream& out, const ReportContext& ctx, const Provenance& provenance);
/// The same content as Markdown (GitHub/GitLab flavour), for a wiki or a merge request.
void write_audit_markdown(std::ostream& out, const ReportContext& ctx, const Provenance& provenance);

}  // namespace cijfer
