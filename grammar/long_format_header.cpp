#include "grammar/long_format_header.hpp"

#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

struct Piece {
    std::size_t first = 0, end = 0;   ///< lexemes [first, end)
    std::optional<std::size_t> open;  ///< the "(" of its unit note, if any
};

bool punct_is(const ReadState& s, const Lexeme& lx, std::string_view p) {
    return lx.kind == LexKind::punct && s.text_of(lx) == p;
}

/// Splits after every ")" at depth 0: each measure ends with its unit note.
std::vector<Piece> pieces_of(const ReadState& s, const LexLine& line, std::size_t first) {
    std::vector<Piece> pieces;
    Piece current{first, first, std::nullopt};
    int depth = 0;
    for (std::size_t k = first; k < line.lexemes.size(); ++k) {
        const auto& lx = line.lexemes[k];
        if (punct_is(s, lx, "(") && depth++ == 0) current.open = k;
        if (punct_is(s, lx, ")") && depth > 0 && --depth == 0) {
            current.end = k + 1;
            pieces.push_back(current);
            current = Piece{k + 1, k + 1, std::nullopt};
        }
    }
    current.end = line.lexemes.size();
    if (current.end > current.first) {
        current.open.reset();
        pieces.push_back(current);
    }
    return pieces;
}

/// Reads a unit note's words: "mln euro", "euro/inwoner", "%", "x 1.000".
void read_unit(const ReadState& s, const LexLine& line, std::size_t first, std::size_t end, Measure& m,
               std::vector<std::size_t>& numbers) {
    bool money = false, percent = false;
    for (std::size_t k = first; k < end; ++k) {
        const auto& lx = line.lexemes[k];
        const auto text = s.text_of(lx);
        if (lx.kind == LexKind::word) {
            const auto word = fold_word(text);
            if (word == "mln" || word == "miljoen") m.scale *= 1e6;
            if (word == "mld" || word == "miljard") m.scale *= 1e9;
            if (word.starts_with("euro")) money = true;
            if (word == "procent") percent = true;
            if ((word == "x" || word == "×") && k + 1 < end && line.lexemes[k + 1].kind == LexKind::number) {
                // "x 1.000", also "x 1 000" split over two lexemes
                std::string digits;
                std::size_t n = k + 1;
                for (; n < end && line.lexemes[n].kind == LexKind::number; ++n)
                    for (char c : s.text_of(line.lexemes[n]))
                        if (c >= '0' && c <= '9') digits += c;
                if (!digits.empty() && digits.size() < 10) m.scale *= std::stod(digits);
            }
        } else if (text == "€") {
            money = true;
        } else if (text == "%") {
            percent = true;
        }
        if (lx.kind == LexKind::number) numbers.push_back(k);
    }
    m.unit = percent ? Unit::percent : money ? Unit::money : Unit::count;
}

/// How many leading lexemes `piece` shares with another piece (words of a measure group:
/// "Gemeentelijke jaarrekening in mln euro"), keeping at least one word before its note.
std::size_t shared_prefix(const ReadState& s, const LexLine& line, const std::vector<Piece>& pieces, std::size_t p) {
    const auto& me = pieces[p];
    const std::size_t limit = (me.open ? *me.open : me.end) - me.first;
    std::size_t best = 0;
    for (std::size_t q = 0; q < pieces.size(); ++q) {
        if (q == p) continue;
        std::size_t n = 0;
        while (n + 1 < limit && pieces[q].first + n < pieces[q].end &&
               s.text_of(line.lexemes[me.first + n]) == s.text_of(line.lexemes[pieces[q].first + n]))
            ++n;
        best = std::max(best, n);
    }
    return best;
}

}  // namespace

std::optional<std::size_t> stated_measure_count(const ReadState& s, const LexLine& line, std::size_t first) {
    const auto pieces = pieces_of(s, line, first);
    for (const auto& piece : pieces)
        if (!piece.open) return std::nullopt;
    if (pieces.empty()) return std::nullopt;
    return pieces.size();
}

std::optional<MeasureHeader> read_measures(const ReadState& s, const LexLine& line, std::size_t first,
                                           std::size_t count) {
    MeasureHeader header;
    auto pieces = pieces_of(s, line, first);
    // Numbers belong in unit notes only: anything else is no header.
    for (const auto& piece : pieces)
        for (std::size_t k = piece.first; k < (piece.open ? *piece.open : piece.end); ++k)
            if (line.lexemes[k].kind == LexKind::number) return std::nullopt;
    if (pieces.size() != count) {
        header.split = pieces.size() == 0 || count == 1;
        Piece whole{first, line.lexemes.size(), std::nullopt};
        if (count == 1 && pieces.size() == 1) whole = pieces[0];
        pieces.assign(count, whole);
    }
    for (std::size_t p = 0; p < pieces.size(); ++p) {
        const auto& piece = pieces[p];
        Measure m;
        if (piece.end == piece.first) {
            m.label = "Waarde";
            header.measures.push_back(std::move(m));
            continue;
        }
        const std::size_t skip = header.split && pieces.size() > 1 ? shared_prefix(s, line, pieces, p) : 0;
        m.span = {line.lexemes[piece.first + skip].span.begin, line.lexemes[piece.end - 1].span.end};
        m.label = collapse_spaces(s.text_of(m.span));
        if (piece.open) read_unit(s, line, *piece.open, piece.end, m, header.note_numbers);
        else read_unit(s, line, piece.first, piece.end, m, header.note_numbers);
        header.measures.push_back(std::move(m));
    }
    return header;
}

}  // namespace cijfer
