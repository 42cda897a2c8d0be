// Fuzz target: any bytes as a dataset, read both as YAML and as long CSV, then checked
// with the built-in rules as `check` does. The readers and run_checks are documented
// never to throw (every problem is a located DatasetError), so nothing is caught.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/checker.hpp"
#include "dataset/dataset_reader.hpp"
#include "fuzz/built_in_rules.hpp"

namespace {

void read_and_check(const cijfer::SourceText& source) {
    const auto result = cijfer::read_dataset(source);
    for (const auto& error : result.errors) {
        if (error.message.empty() || error.at.line < 1 || error.at.column < 1) __builtin_trap();
        cijfer::format_dataset_error(source, error);
    }
    if (!result.ok()) return;
    // Every figure and every cell the reader built points into the file and the model.
    const auto& doc = result.doc;
    for (const auto& figure : doc.figures)
        if (figure.span.end > source.bytes().size() || figure.span.begin > figure.span.end) __builtin_trap();
    for (const auto& table : doc.tables)
        for (const auto& row : table.rows) {
            if (row.cells.size() != table.columns.size()) __builtin_trap();
            if (row.parent && *row.parent >= table.rows.size()) __builtin_trap();
            for (const auto& cell : row.cells)
                if (cell && *cell >= doc.figures.size()) __builtin_trap();
        }
    const auto report = cijfer::run_checks(doc, cijfer::fuzz::built_in_rules());
    const auto& c = report.coverage;
    if (c.checked + c.placed + c.non_statistical + c.unclassified != c.total) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    read_and_check(cijfer::SourceText("fuzz.yaml", bytes));
    read_and_check(cijfer::SourceText("fuzz.csv", bytes));
    return 0;
}
