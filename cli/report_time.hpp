#pragma once
#include <cstdint>
#include <optional>
#include <ostream>
#include <string_view>

namespace cijfer::cli {

/// The largest time a JUnit timestamp can hold (9999-12-31T23:59:59 UTC): its four-digit year.
inline constexpr std::int64_t latest_report_time = 253402300799;

/// Reads a SOURCE_DATE_EPOCH value: decimal seconds since 1970-01-01 UTC, digits only (as
/// `date +%s` prints them), at most latest_report_time. Nullopt for anything else.
std::optional<std::int64_t> parse_source_date_epoch(std::string_view text);

/// parse_source_date_epoch, with the one message every command writes to `err` for a
/// malformed value.
std::optional<std::int64_t> source_date_epoch_or_error(std::string_view text, std::ostream& err);

/// The time a report states: SOURCE_DATE_EPOCH when the environment sets it (so that CI
/// and tests get byte-identical reports, as reproducible builds do), else the clock. A
/// malformed value is an error written to `err` (nullopt), never silently replaced.
std::optional<std::int64_t> report_time(std::ostream& err);

}  // namespace cijfer::cli
