#include "cli/document_input.hpp"

#include "dataset/dataset_reader.hpp"
#include "grammar/parse.hpp"

namespace cijfer::cli {

std::optional<Document> read_document(const SourceText& source, std::ostream& err) {
    if (!is_dataset(source)) return parse_document(source);
    auto result = read_dataset(source);
    for (const auto& error : result.errors) err << format_dataset_error(source, error) << '\n';
    if (!result.ok()) return std::nullopt;
    return std::move(result.doc);
}

}  // namespace cijfer::cli
