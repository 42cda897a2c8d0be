#include "dataset/dataset_reader.hpp"

#include <fmt/format.h>

#include "dataset/dataset_vocabulary.hpp"

namespace cijfer {
namespace {

bool ends_with(std::string_view text, std::string_view suffix) {
    return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

bool is_csv(const SourceText& source) { return ends_with(source.name(), ".csv"); }

}  // namespace

bool is_dataset(const SourceText& source) {
    const auto& name = source.name();
    if (ends_with(name, ".yaml") || ends_with(name, ".yml") || is_csv(source)) return true;
    // By content: the schema line, after any comment lines.
    std::string_view bytes = source.bytes();
    while (bytes.starts_with("#") || bytes.starts_with("\n")) {
        const auto end = bytes.find('\n');
        bytes = end == std::string_view::npos ? std::string_view() : bytes.substr(end + 1);
    }
    return bytes.starts_with(fmt::format("schema: {}", dataset::schema_name));
}

DatasetResult read_dataset(const SourceText& source) {
    return is_csv(source) ? read_dataset_csv(source) : read_dataset_yaml(source);
}

std::string format_dataset_error(const SourceText& source, const DatasetError& error) {
    return fmt::format("{}:{}:{}: error: {}", source.name(), error.at.line, error.at.column, error.message);
}

}  // namespace cijfer
