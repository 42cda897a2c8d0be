#include "grammar/glued_values.hpp"

#include <functional>

#include "grammar/number_grammar.hpp"

namespace cijfer {
namespace {

constexpr std::size_t max_readings = 3;
/// Hostile input ("1.2345678901234..." under sixteen columns) must not make the search explode:
/// past this many steps the literal is left unsplit.
constexpr std::size_t max_search_steps = 20000;

bool digit(char c) { return c >= '0' && c <= '9'; }

/// Lengths of the values that can start at `from`: [1-9]d{0,2}(.ddd)* with an
/// optional ",d+" (its decimals in `decimals`, -1 for none).
struct Prefix {
    std::size_t length;
    int decimals;
};

std::vector<Prefix> value_prefixes(std::string_view w, std::size_t from) {
    std::vector<Prefix> out;
    if (from >= w.size() || !digit(w[from])) return out;
    auto with_decimals = [&](std::size_t end) {
        out.push_back({end - from, -1});
        if (end < w.size() && w[end] == ',')
            for (std::size_t e = end + 1; e < w.size() && digit(w[e]); ++e)
                out.push_back({e + 1 - from, static_cast<int>(e - end)});
    };
    // A glued "0" is more likely a typo ("66.3000") than a zero cell: no value starts with 0.
    if (w[from] == '0') return out;
    // Plain: one to three digits.
    for (std::size_t end = from + 1; end <= from + 3 && end <= w.size() && digit(w[end - 1]); ++end) with_decimals(end);
    // Grouped: one to three digits, then groups of a dot and three digits.
    for (std::size_t lead = from + 1; lead <= from + 3 && lead < w.size() && digit(w[lead - 1]); ++lead) {
        if (w[lead] != '.') continue;
        for (std::size_t at = lead; at + 3 < w.size() && w[at] == '.' && digit(w[at + 1]) && digit(w[at + 2]) &&
                                    digit(w[at + 3]);) {
            at += 4;
            with_decimals(at);
        }
    }
    return out;
}

}  // namespace

std::vector<std::vector<std::size_t>> glued_splits(std::string_view written, std::size_t parts, std::size_t limit) {
    std::vector<std::vector<std::size_t>> splits;
    std::vector<std::size_t> current;
    std::size_t steps = 0;
    std::function<void(std::size_t, int)> walk = [&](std::size_t from, int decimals) {
        if (splits.size() >= limit || ++steps > max_search_steps) return;
        if (current.size() == parts) {
            if (from == written.size()) splits.push_back(current);
            return;
        }
        for (const auto& p : value_prefixes(written, from)) {
            if (decimals != -2 && p.decimals != decimals) continue;
            current.push_back(p.length);
            walk(from + p.length, p.decimals);
            current.pop_back();
        }
    };
    walk(0, -2);  // -2: the first value decides the decimals
    if (steps > max_search_steps) splits.clear();
    return splits;
}

GluedRow split_glued_cells(const ReadState& s, const std::vector<CellLexeme>& cells, std::size_t columns) {
    GluedRow row;
    if (cells.size() >= columns) return row;
    std::size_t glued = cells.size();
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (!cells[c].number || cells[c].number->number->shape != NumberShape::malformed) continue;
        if (glued != cells.size()) return row;  // two glued literals in one row: not split
        glued = c;
    }
    if (glued == cells.size()) return row;
    const auto& lx = *cells[glued].number;
    const auto written = s.text_of(lx);
    row.text = std::string(written);
    const auto splits = glued_splits(written, columns - cells.size() + 1, max_readings + 1);
    for (const auto& split : splits) {
        std::string reading;
        std::size_t at = 0;
        for (auto length : split) {
            reading += (reading.empty() ? "" : " ") + std::string(written.substr(at, length));
            at += length;
        }
        row.readings.push_back(std::move(reading));
    }
    if (splits.size() != 1) {
        if (row.readings.size() > max_readings) row.readings.resize(max_readings);
        return row;
    }
    for (std::size_t c = 0; c < cells.size(); ++c) {
        if (c != glued) {
            row.cells.push_back(cells[c]);
            continue;
        }
        auto begin = lx.span.begin;
        for (std::size_t p = 0; p < splits[0].size(); ++p) {
            const auto end = static_cast<std::uint32_t>(begin + splits[0][p]);
            auto literal = parse_number_at(s.text.substr(0, end), begin);
            if (!literal || literal->span.end != end) {
                row.cells.clear();  // the grammar reads the part otherwise: leave the row unsplit
                row.readings.clear();
                return row;
            }
            CellLexeme part = cells[c];
            part.part = literal;
            part.last_part = p + 1 == splits[0].size();
            part.span = part.last_part ? Span{begin, cells[c].span.end} : Span{begin, end};
            row.cells.push_back(part);
            begin = end;
        }
    }
    return row;
}

}  // namespace cijfer
