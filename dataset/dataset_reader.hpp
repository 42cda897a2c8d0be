#pragma once
#include <string>
#include <vector>

#include "checker/yaml_screen.hpp"
#include "model/document.hpp"
#include "source/source_text.hpp"

namespace cijfer {

/// An error in a dataset file, at a 1-based line and code-point column of that file.
struct DatasetError {
    Location at;
    std::string message;
};

/// A dataset read into the model; its spans point into the dataset file itself.
struct DatasetResult {
    Document doc;
    std::vector<DatasetError> errors;
    bool ok() const { return errors.empty(); }
};

/// True when `source` is a dataset rather than a text document: a name ending in .yaml,
/// .yml or .csv, or text that starts with "schema: cijfercheck-dataset".
bool is_dataset(const SourceText& source);

/// The YAML limits for a dataset (docs/limits.md): a dataset holds many more nodes than a
/// rule file (about eight per figure), so it may have ten million of them and 256 MB.
inline YamlLimits dataset_yaml_limits() {
    YamlLimits limits;
    limits.max_bytes = 256u << 20;
    limits.max_nodes = 10'000'000;
    return limits;
}

/// Reads a dataset, YAML (docs/datasets.md) or the long CSV form, by its name and content.
DatasetResult read_dataset(const SourceText& source);
DatasetResult read_dataset_yaml(const SourceText& source);
DatasetResult read_dataset_csv(const SourceText& source);

/// "file:line:col: error: message", as every located error of the tool is written.
std::string format_dataset_error(const SourceText& source, const DatasetError& error);

}  // namespace cijfer
