// Word (.docx, WordprocessingML): body paragraphs become prose, w:tbl tables keep their
// grid (w:gridSpan, w:vMerge, w:tblHeader), footnote references become markers glued to
// the text and the footnotes (word/footnotes.xml) are written apart after the body.
#include <map>
#include <vector>

#include <pugixml.hpp>

#include "inputs/office_readers.hpp"
#include "inputs/rendering.hpp"

namespace cijfer::inputs {
namespace {

using pugi::xml_node;

bool named(xml_node n, const char* name) { return std::string_view(n.name()) == name; }

/// Real documents nest a few levels; a hostile one could nest until the stack overflows.
constexpr int max_depth = 64;

class DocxReader {
public:
    explicit DocxReader(RenderingBuilder& out) : out_(out) {}

    /// The text of a paragraph: its runs' w:t, tabs and breaks as spaces, footnote
    /// references as their number (numbered in the order the text refers to them).
    std::string paragraph_text(xml_node p) {
        std::string text;
        collect(p, text);
        return text;
    }

    void body(xml_node parent, int depth = 0) {
        if (depth > max_depth) return;
        for (xml_node child : parent.children()) {
            if (named(child, "w:p")) out_.paragraph(paragraph_text(child));
            else if (named(child, "w:tbl")) table(child);
            else if (named(child, "w:sdt")) body(child.child("w:sdtContent"), depth + 1);  // a content control
        }
    }

    /// The footnote numbers in reference order, with their w:id.
    const std::vector<std::pair<std::string, int>>& references() const { return references_; }

private:
    void collect(xml_node n, std::string& text, int depth = 0) {
        if (depth > max_depth) return;
        for (xml_node c : n.children()) {
            if (named(c, "w:t")) text += c.text().get();
            else if (named(c, "w:tab") || named(c, "w:br") || named(c, "w:cr")) text += ' ';
            else if (named(c, "w:noBreakHyphen")) text += '-';
            else if (named(c, "w:footnoteReference")) append_marker(text, reference(c.attribute("w:id").value()));
            else if (named(c, "w:del") || named(c, "w:instrText") || named(c, "w:rPr") || named(c, "w:pPr") ||
                     named(c, "mc:Fallback"))  // the same text box again, for older readers
                continue;
            else collect(c, text, depth + 1);  // runs, hyperlinks, insertions, smart tags, fields' results
        }
    }

    std::string reference(const std::string& id) {
        const int number = static_cast<int>(references_.size()) + 1;
        references_.emplace_back(id, number);
        return std::to_string(number);
    }

    static std::size_t grid_columns(xml_node tbl) {
        std::size_t n = 0;
        for (xml_node col : tbl.child("w:tblGrid").children("w:gridCol")) (void)col, ++n;
        return n;
    }

    void table(xml_node tbl) {
        std::size_t columns = grid_columns(tbl);
        out_.begin_table(columns);
        for (xml_node tr : tbl.children("w:tr")) {
            const bool header = tr.child("w:trPr").child("w:tblHeader") != nullptr;
            out_.begin_row(header);
            std::size_t column = 0;
            for (xml_node tc : tr.children("w:tc")) {
                const xml_node pr = tc.child("w:tcPr");
                const auto span = std::max(1, pr.child("w:gridSpan").attribute("w:val").as_int(1));
                const xml_node vmerge = pr.child("w:vMerge");
                // <w:vMerge/> without "restart" continues the cell above.
                const bool continues = vmerge && std::string_view(vmerge.attribute("w:val").value()) != "restart";
                std::vector<std::string> paragraphs;
                if (!continues)
                    for (const auto& p : tc.select_nodes(".//w:p")) paragraphs.push_back(paragraph_text(p.node()));
                out_.cell(paragraphs, column, static_cast<std::size_t>(span), continues);
                column += static_cast<std::size_t>(span);
            }
            out_.end_row();
        }
        out_.end_table();
    }

    RenderingBuilder& out_;
    std::vector<std::pair<std::string, int>> references_;
};

}  // namespace

std::optional<Rendering> read_docx(const ZipArchive& zip, std::string& error) {
    const auto xml = zip.read("word/document.xml", error);
    if (!xml) return std::nullopt;
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(xml->data(), xml->size());
    if (!parsed) {
        error = "word/document.xml is not well-formed XML (" + std::string(parsed.description()) + " at byte " +
                std::to_string(parsed.offset) + ")";
        return std::nullopt;
    }
    const xml_node body = doc.child("w:document").child("w:body");
    if (!body) {
        error = "word/document.xml has no w:body";
        return std::nullopt;
    }
    RenderingBuilder out;
    DocxReader reader(out);
    reader.body(body);

    if (zip.has("word/footnotes.xml")) {
        std::string ignored;
        pugi::xml_document notes;
        const auto text = zip.read("word/footnotes.xml", ignored);
        if (text && notes.load_buffer(text->data(), text->size())) {
            std::map<std::string, xml_node> by_id;
            for (xml_node fn : notes.child("w:footnotes").children("w:footnote")) by_id[fn.attribute("w:id").value()] = fn;
            DocxReader note_reader(out);
            for (const auto& [id, number] : reader.references()) {
                const auto it = by_id.find(id);
                if (it == by_id.end()) continue;
                std::string body_text;
                for (xml_node p : it->second.children("w:p")) body_text += note_reader.paragraph_text(p) + ' ';
                out.footnote(std::to_string(number), body_text);
            }
        }
    }
    return out.finish();
}

}  // namespace cijfer::inputs
