#pragma once
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "grammar/parse.hpp"

namespace cijfer::test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline std::string seed_path() { return std::string(CIJFER_SOURCE_DIR) + "/datasets/om-sepots-2026/antwoord.txt"; }

/// A development document from datasets/ by its file name ("01-om-...-instroom.txt" is
/// datasets/01-om-...-instroom/document.txt). A missing document fails, it never skips.
inline std::string dev_document(const std::string& name) {
    const auto stem = name.substr(0, name.rfind(".txt"));
    const auto path = std::string(CIJFER_SOURCE_DIR) + "/datasets/" + stem + "/document.txt";
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("development document missing: " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

/// A parsed text that keeps its source alive (the document's spans point into it).
struct Parsed {
    explicit Parsed(std::string text, std::string name = "test.txt")
        : source(std::move(name), std::move(text)), doc(parse_document(source)) {}
    SourceText source;
    Document doc;

    std::string text(const Figure& f) const { return std::string(source.text(f.number.span)); }
    std::string text(FigureId id) const { return text(doc.figures[id]); }
    int line(FigureId id) const { return source.locate(doc.figures[id].number.span.begin).line; }
};

}  // namespace cijfer::test
