#include "report/catalogue.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include "report/number_format.hpp"

namespace cijfer {

namespace {

// What a reader still understands when the catalogue has no entry or the arguments do not
// fit it: the key and every argument, so that no information is lost.
std::string fallback(const Message& message, Lang lang) {
    std::string out = message.key + " (";
    for (std::size_t i = 0; i < message.args.size(); ++i) {
        if (i > 0) out += ", ";
        out += message.args[i].name + "=" + render_arg(message.args[i], lang);
    }
    return out + ")";
}

}  // namespace

const CatalogueEntry* find_catalogue_entry(std::string_view key) {
    for (const auto& entry : catalogue())
        if (entry.key == key) return &entry;
    return nullptr;
}

std::string render_arg(const MessageArg& arg, Lang /*lang*/) {
    // Messages quote the document's figures as written, in Dutch notation ("65.496"), so
    // computed values use the same notation in both languages: "65.496 ... 65.800", never
    // "65.496 ... 65,800" in one English sentence.
    if (arg.number) return format_number(*arg.number, arg.decimals, arg.show_sign, Lang::nl);
    return arg.text;
}

std::string render(const Message& message, Lang lang) {
    const CatalogueEntry* entry = find_catalogue_entry(message.key);
    if (!entry) return fallback(message, lang);

    // The store keeps pointers to the names (owned by `message`) and copies the values.
    fmt::dynamic_format_arg_store<fmt::format_context> store;
    for (const auto& arg : message.args) store.push_back(fmt::arg(arg.name.c_str(), render_arg(arg, lang)));
    const std::string_view tmpl = lang == Lang::nl ? entry->nl : entry->en;
    try {
        return fmt::vformat(fmt::string_view(tmpl.data(), tmpl.size()), store);
    } catch (const fmt::format_error&) {
        return fallback(message, lang);
    }
}

}  // namespace cijfer
