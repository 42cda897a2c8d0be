// Reads a document: lexes it in one pass over the bytes, then walks its lines once,
// sending each to the reader it belongs to (headings, tables, footnotes, prose).
#include "grammar/parse.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "grammar/heading_grammar.hpp"
#include "grammar/laid_out_table_reader.hpp"
#include "grammar/long_format_reader.hpp"
#include "grammar/precision.hpp"
#include "grammar/read_state.hpp"
#include "grammar/space_grouped_cells.hpp"
#include "grammar/row_structure.hpp"
#include "grammar/small_int.hpp"
#include "grammar/statement_reader.hpp"
#include "grammar/table_reader.hpp"
#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

void make_tokens(ReadState& s) {
    for (auto& line : s.lexed.lines)
        for (auto& lx : line.lexemes)
            if (lx.kind == LexKind::number) {
                // The token is the digit run; a minus sign belongs to the literal only.
                Span digits = lx.span;
                digits.begin += lx.number->sign_length;
                lx.token = static_cast<std::int32_t>(s.doc.tokens.size());
                s.doc.tokens.push_back({digits, TokenRole::unclassified, {}, std::nullopt});
            }
    for (auto span : s.lexed.url_numbers)
        s.doc.tokens.push_back({span, TokenRole::non_statistical, NonStatistical::url, std::nullopt});
}

class DocumentWalker {
public:
    explicit DocumentWalker(ReadState& s) : s_(s), statements_(s) {
        s_.doc.sections.push_back({"", {0, 0}, false, {}});  // the text before any heading
        // Tables whose structure the input states (Word, OpenDocument), by their first line.
        const auto& tables = s_.source.laid_out_tables();
        for (std::size_t t = 0; t < tables.size(); ++t)
            if (!tables[t].rows.empty()) laid_out_.emplace(line_index_at(s_, tables[t].span.begin), t);
    }

    void run() {
        const auto& lines = s_.lexed.lines;
        for (std::size_t i = skip_front_matter(); i < lines.size();) {
            const auto& line = lines[i];
            if (line.blank()) {
                flush();
                // "1" on a line of its own: its text follows the blank line.
                in_footnote_ = in_footnote_ && paragraph_was_number_only_;
                paragraph_was_number_only_ = false;
                ++i;
                continue;
            }
            if (const auto table = laid_out_.find(i); table != laid_out_.end()) {
                flush();
                in_footnote_ = false;
                i = std::max(i + 1, read_laid_out_table(s_, s_.source.laid_out_tables()[table->second], current_section()));
                continue;
            }
            const auto text = s_.text_of(line.span);
            if (auto heading = parse_heading(text)) {
                flush();
                start_section(line, *heading);
                ++i;
                continue;
            }
            if (auto year = parse_year_line(text)) {
                flush();
                year_ = *year;
                mark_all(line, NonStatistical::year);
                ++i;
                continue;
            }
            if (starts_footnote(i)) {
                flush();
                in_footnote_ = true;
                paragraph_was_number_only_ = line.lexemes.size() == 1;
                s_.mark(line.lexemes[0], NonStatistical::footnote_number);
                add_to_paragraph(i, 1);
                ++i;
                continue;
            }
            if (!in_footnote_) {
                auto next = read_long_format_table(s_, i, current_section());
                if (!next) next = read_table(s_, i, current_section());
                if (next) {
                    flush();
                    i = *next;
                    continue;
                }
            }
            add_to_paragraph(i, 0);
            paragraph_was_number_only_ = false;
            ++i;
        }
        flush();
        statements_.link();
    }

private:
    std::size_t current_section() const { return s_.doc.sections.size() - 1; }

    /// A header block of "key: value" lines closed by a line "---" (the notes a reader put
    /// above a document) is not part of the document: its numbers are classed as
    /// front matter. Returns the first line of the document proper.
    std::size_t skip_front_matter() {
        const auto& lines = s_.lexed.lines;
        if (lines.empty() || lines[0].lexemes.size() < 2 || lines[0].lexemes[0].kind != LexKind::word ||
            s_.text_of(lines[0].lexemes[1]) != ":" || lines[0].lexemes[1].gap_before != 0)
            return 0;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            if (s_.text_of(lines[i].span) != "---") continue;
            for (std::size_t k = 0; k < i; ++k) mark_all(lines[k], NonStatistical::front_matter);
            return i + 1;
        }
        return 0;
    }

    void start_section(const LexLine& line, const Heading& heading) {
        Section section;
        section.title = std::string(s_.text_of(line.span));
        while (!section.title.empty() && section.title.back() == ' ') section.title.pop_back();
        section.span = line.span;
        section.is_answer = heading.is_answer;
        section.questions = heading.questions;
        // "Antwoord:" answers the question of the section before it.
        if (section.questions.empty() && heading.is_answer) section.questions = s_.doc.sections.back().questions;
        s_.doc.sections.push_back(std::move(section));
        mark_all(line, NonStatistical::question_number);
        year_.reset();
    }

    void mark_all(const LexLine& line, NonStatistical why) {
        for (const auto& lx : line.lexemes) s_.mark(lx, why);
    }

    /// "1 De stroom ...": a line that opens with the number of a footnote marker seen in
    /// the text, after a blank line, another footnote or a line "Noot"/"Noten" ("X Noot",
    /// from a web page). The number may stand alone, its text after a blank line.
    bool starts_footnote(std::size_t i) {
        const auto& line = s_.lexed.lines[i];
        const auto& first = line.lexemes[0];
        if (first.kind != LexKind::number || first.number->shape != NumberShape::plain) return false;
        const bool after_break =
            i == 0 || s_.lexed.lines[i - 1].blank() || in_footnote_ || names_notes(s_.lexed.lines[i - 1]);
        if (!after_break) return false;
        const auto n = small_int_or_minus_one(first.number->value);
        refresh_markers(i);
        if (!markers_.count(n)) return false;
        markers_.erase(n);
        return true;
    }

    bool names_notes(const LexLine& line) const {
        const auto& last = line.lexemes.back();
        if (last.kind != LexKind::word) return false;
        const WordView w{s_.text_of(last)};
        return w == "noot" || w == "noten" || w == "voetnoot" || w == "voetnoten";
    }

    /// Footnote markers are classified when their paragraph is flushed; collect those
    /// of the lines before `line` that were not yet used.
    void refresh_markers(std::size_t line) {
        for (; marker_scan_ < line; ++marker_scan_)
            for (const auto& lx : s_.lexed.lines[marker_scan_].lexemes)
                if (lx.token >= 0) {
                    const auto& t = s_.doc.tokens[static_cast<std::size_t>(lx.token)];
                    if (t.role == TokenRole::non_statistical && t.why == NonStatistical::footnote_marker)
                        markers_.insert(small_int_or_minus_one(lx.number->value));
                }
    }

    void add_to_paragraph(std::size_t line, std::size_t from) {
        const auto& lexemes = s_.lexed.lines[line].lexemes;
        for (std::size_t k = from; k < lexemes.size(); ++k) paragraph_.push_back({line, k});
    }

    void flush() {
        if (paragraph_.empty()) return;
        classify_non_statistical(s_, paragraph_);
        statements_.read_paragraph(paragraph_, current_section(), in_footnote_ ? std::nullopt : year_);
        paragraph_.clear();
        // Markers in this paragraph may open footnotes right after it.
        refresh_markers(marker_scan_);
    }

    ReadState& s_;
    StatementReader statements_;
    std::vector<LexRef> paragraph_;
    std::optional<int> year_;
    bool in_footnote_ = false;
    bool paragraph_was_number_only_ = false;
    std::set<int> markers_;
    std::size_t marker_scan_ = 0;
    std::map<std::size_t, std::size_t> laid_out_;  ///< first line -> index of a laid-out table
};

}  // namespace

Document parse_document(const SourceText& source) {
    ReadState state{source, source.bytes(), lex(source), {}};
    state.doc.source = &source;
    state.dot_thousands = writes_dot_thousands(state);
    make_tokens(state);
    DocumentWalker(state).run();
    infer_row_structure(state);
    infer_precision(state.doc, state.lexed);
    return std::move(state.doc);
}

}  // namespace cijfer
