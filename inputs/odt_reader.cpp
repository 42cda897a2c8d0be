// OpenDocument text (.odt, and the flat .fodt): text:p and text:h become prose (also inside
// lists and sections), table:table keeps its grid (number-columns-spanned, covered cells,
// table-header-rows), text:note bodies are written apart after the body.
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

class OdtReader {
public:
    explicit OdtReader(RenderingBuilder& out) : out_(out) {}

    void block(xml_node parent, int depth = 0) {
        if (depth > max_depth) return;
        for (xml_node child : parent.children()) {
            if (named(child, "text:p") || named(child, "text:h")) out_.paragraph(inline_text(child));
            else if (named(child, "table:table")) table(child);
            else if (named(child, "text:list") || named(child, "text:list-item") || named(child, "text:section") ||
                     named(child, "text:list-header"))
                block(child, depth + 1);
        }
    }

    void footnotes() {
        for (auto& [citation, body] : notes_) out_.footnote(citation, body);
    }

private:
    std::string inline_text(xml_node n) {
        std::string text;
        collect(n, text);
        return text;
    }

    void collect(xml_node n, std::string& text, int depth = 0) {
        if (depth > max_depth) return;
        for (xml_node c : n.children()) {
            if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) text += c.value();
            else if (named(c, "text:s")) text.append(static_cast<std::size_t>(std::max(1, c.attribute("text:c").as_int(1))), ' ');
            else if (named(c, "text:tab") || named(c, "text:line-break")) text += ' ';
            else if (named(c, "text:note")) append_marker(text, note(c));
            else if (named(c, "office:annotation") || named(c, "text:tracked-changes")) continue;
            else collect(c, text, depth + 1);  // spans, links, fields
        }
    }

    /// The citation stays in the text as a marker; the note's body is kept apart.
    std::string note(xml_node n) {
        const std::string citation = squeeze_spaces(n.child("text:note-citation").text().get());
        std::string body;
        for (xml_node p : n.child("text:note-body").children()) body += inline_text(p) + ' ';
        notes_.emplace_back(citation, body);
        return citation;
    }

    /// The cells of a table cell: its paragraphs (nested lists and tables flattened).
    void cell_paragraphs(xml_node cell, std::vector<std::string>& out, int depth = 0) {
        if (depth > max_depth) return;
        for (xml_node c : cell.children()) {
            if (named(c, "text:p") || named(c, "text:h")) out.push_back(inline_text(c));
            else if (c.type() == pugi::node_element) cell_paragraphs(c, out, depth + 1);
        }
    }

    static std::size_t grid_columns(xml_node table) {
        std::size_t n = 0;
        for (const auto& col : table.select_nodes(".//table:table-column"))
            if (col.node().parent() == table || col.node().parent().parent() == table)
                n += static_cast<std::size_t>(std::max(1, col.node().attribute("table:number-columns-repeated").as_int(1)));
        return n;
    }

    void rows(xml_node parent, bool header) {
        for (xml_node child : parent.children()) {
            if (named(child, "table:table-header-rows")) rows(child, true);
            else if (named(child, "table:table-rows") || named(child, "table:table-row-group")) rows(child, header);
            else if (named(child, "table:table-row")) {
                const int repeat = std::max(1, child.attribute("table:number-rows-repeated").as_int(1));
                for (int r = 0; r < repeat && r < 1000; ++r) row(child, header);
            }
        }
    }

    void row(xml_node tr, bool header) {
        out_.begin_row(header);
        std::size_t column = 0, covered_by_left = 0;
        for (xml_node c : tr.children()) {
            const bool covered = named(c, "table:covered-table-cell");
            if (!covered && !named(c, "table:table-cell")) continue;
            const int repeat = std::max(1, c.attribute("table:number-columns-repeated").as_int(1));
            for (int k = 0; k < repeat && k < 1000; ++k) {
                if (covered && covered_by_left > 0) {
                    // The right part of a cell spanning columns: already counted by its span.
                    --covered_by_left;
                    continue;
                }
                if (covered) {
                    out_.cell({}, column++, 1, true);  // the lower part of a cell spanning rows
                    continue;
                }
                const auto span = static_cast<std::size_t>(std::max(1, c.attribute("table:number-columns-spanned").as_int(1)));
                std::vector<std::string> paragraphs;
                cell_paragraphs(c, paragraphs);
                out_.cell(paragraphs, column, span, false);
                column += span;
                covered_by_left = span - 1;
            }
        }
        out_.end_row();
    }

    void table(xml_node t) {
        out_.begin_table(grid_columns(t));
        rows(t, false);
        out_.end_table();
    }

    RenderingBuilder& out_;
    std::vector<std::pair<std::string, std::string>> notes_;
};

std::optional<Rendering> read_content(std::string_view xml, const char* root, std::string& error) {
    pugi::xml_document doc;
    const auto parsed = doc.load_buffer(xml.data(), xml.size());
    if (!parsed) {
        error = "the document XML is not well-formed (" + std::string(parsed.description()) + " at byte " +
                std::to_string(parsed.offset) + ")";
        return std::nullopt;
    }
    const xml_node text = doc.child(root).child("office:body").child("office:text");
    if (!text) {
        error = "the document has no office:text body (not an OpenDocument text)";
        return std::nullopt;
    }
    RenderingBuilder out;
    OdtReader reader(out);
    reader.block(text);
    reader.footnotes();
    return out.finish();
}

}  // namespace

std::optional<Rendering> read_odt(const ZipArchive& zip, std::string& error) {
    const auto xml = zip.read("content.xml", error);
    if (!xml) return std::nullopt;
    return read_content(*xml, "office:document-content", error);
}

std::optional<Rendering> read_flat_odt(std::string_view xml, std::string& error) {
    return read_content(xml, "office:document", error);
}

}  // namespace cijfer::inputs
