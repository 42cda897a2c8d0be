#pragma once
// Writes random documents with tables in every supported layout (docs/tables.md), with
// the figures and offsets the grammar must recover, and optionally one injected error.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cijfer::test {

struct ExpectedCell {
    long long value = 0;
    std::size_t offset = 0;  ///< where its digits start in the text
    std::string written;     ///< "12.345"; "-" for a missing value
    bool missing = false;    ///< written as "-": the model cell must be empty
};

struct ExpectedRow {
    std::string label;       ///< with its line breaks and runs of spaces collapsed
    bool heading = false;
    bool total = false;
    std::vector<ExpectedCell> cells;  ///< one per column; empty for a heading
};

struct ExpectedTable {
    std::string layout;      ///< "columns", "cell-per-line", "pipes"
    std::vector<std::string> columns;
    std::vector<ExpectedRow> rows;
};

/// A total cell written wrong on purpose: by `delta` off the sum of its column.
struct InjectedError {
    std::size_t table = 0, row = 0, column = 0;
    long long delta = 0;
};

struct GeneratedDocument {
    std::string text;
    std::vector<ExpectedTable> tables;
    std::optional<InjectedError> error;
};

/// The same seed gives the same document. With `inject`, one total cell is off.
GeneratedDocument generate_document(std::uint32_t seed, bool inject);

}  // namespace cijfer::test
