#pragma once
#include <optional>
#include <ostream>

#include "model/document.hpp"
#include "source/source_text.hpp"

namespace cijfer::cli {

/// The model of one input: a dataset (YAML or CSV, docs/datasets.md) read as data, any
/// other file parsed as text. A dataset with errors writes them, located, to `err` and
/// gives nullopt.
std::optional<Document> read_document(const SourceText& source, std::ostream& err);

}  // namespace cijfer::cli
