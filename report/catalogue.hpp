#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "model/message.hpp"
#include "report/report_input.hpp"

namespace cijfer {

/// One message of the catalogue: its key, the named arguments it declares, and its text in
/// English and Dutch as fmt templates (`{context}: the table says {found}, ...`).
struct CatalogueEntry {
    std::string_view key;
    std::vector<std::string_view> args;
    std::string_view en;
    std::string_view nl;
};

/// Every message any output format shows: the checker's finding keys and the fixed words
/// of the reports (summary lines, "expected", "related", severities). The one place to
/// change or translate wording.
const std::vector<CatalogueEntry>& catalogue();
const CatalogueEntry* find_catalogue_entry(std::string_view key);

/// Renders a message in `lang`. Numbers are written per language (report/number_format).
/// Never throws: an unknown key or a missing argument gives "key (name=value, ...)".
std::string render(const Message& message, Lang lang);

/// The rendered value of one argument: its text, or its number written for `lang`.
std::string render_arg(const MessageArg& arg, Lang lang);

}  // namespace cijfer
