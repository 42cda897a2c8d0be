#include "cli/report_time.hpp"

#include <chrono>
#include <cstdlib>
#include <string>

namespace cijfer::cli {

std::optional<std::int64_t> parse_source_date_epoch(std::string_view text) {
    if (text.empty() || text.size() > 12) return std::nullopt;
    std::int64_t seconds = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        seconds = seconds * 10 + (c - '0');
    }
    if (seconds > latest_report_time) return std::nullopt;
    return seconds;
}

std::optional<std::int64_t> source_date_epoch_or_error(std::string_view text, std::ostream& err) {
    if (auto seconds = parse_source_date_epoch(text)) return seconds;
    err << "cijfercheck: error: SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 UTC "
           "(as `date +%s` prints it), not '"
        << text << "'\n";
    return std::nullopt;
}

std::optional<std::int64_t> report_time(std::ostream& err) {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch) {
        const auto now = std::chrono::system_clock::now().time_since_epoch();
        return std::chrono::duration_cast<std::chrono::seconds>(now).count();
    }
    return source_date_epoch_or_error(epoch, err);
}

}  // namespace cijfer::cli
