#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace cijfer::test {

/// Builds a small Document by hand: every piece of text is appended to one source text, so
/// spans are real offsets and messages can quote the figures as written.
class DocBuilder {
public:
    /// A section heading line; returns its index.
    std::size_t section(const std::string& title, std::vector<int> questions = {});
    /// A table's title and header lines. Count cells are rounded to `rounding_unit`;
    /// percentages to their last shown digit. Returns the table index.
    std::size_t table(const std::string& title, const std::string& header, std::vector<std::string> columns,
                      double rounding_unit = 0);
    /// A row line; cells are written Dutch style ("17.418", "60%", "0,2%"), "" for a missing cell.
    void row(std::size_t table, const std::string& code, const std::string& label, std::vector<std::string> cells);
    /// A prose line "<written> <noun phrase>"; returns the statement index.
    std::size_t statement(Statement::Kind kind, const std::string& written, const std::string& noun_phrase,
                          std::optional<int> year, double rounding_unit = 0);
    /// Links a share statement to its part and whole statements.
    void link_share(std::size_t share, std::size_t part, std::size_t whole);
    /// A malformed literal in a count statement, with its readings.
    std::size_t malformed_statement(const std::string& written, std::vector<Reading> readings,
                                    const std::string& noun_phrase, int year, double rounding_unit);
    /// A numeric token that is not a figure.
    void token(const std::string& text, TokenRole role);

    /// The finished document; the builder owns its source text.
    const Document& finish();
    Document& doc() { return doc_; }

private:
    Span append(const std::string& text);
    FigureId add_figure(const std::string& written, Span span, double rounding_unit);
    void newline() { text_ += '\n'; }

    std::string text_;
    Document doc_;
    std::vector<double> table_rounding_;
    std::unique_ptr<SourceText> source_;
};

}  // namespace cijfer::test
