#pragma once
#include <string>

#include "model/document.hpp"

namespace cijfer {

/// A document's figures as a dataset (docs/datasets.md): sections, tables with their rows,
/// columns and cells, statements, and the numbers the grammar could not place, each figure
/// with its stable name (model/figure_names.hpp), value, unit, precision, the figure as
/// written and where it stands in the source. read_dataset reads it back into the same
/// model, so every rule gives the same findings on both.
std::string write_dataset_yaml(const Document& doc);

}  // namespace cijfer
