#include "checker/kinds/expression/scalar_positions.hpp"

namespace cijfer {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_break(char c) { return c == '\n' || c == '\r'; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// The decoded value being built, with where each byte came from.
struct Decoded {
    std::string value;
    std::vector<std::size_t> from;

    void add(char c, std::size_t at) {
        value += c;
        from.push_back(at);
    }
    void add_code_point(unsigned long cp, std::size_t at) {
        if (cp < 0x80) {
            add(static_cast<char>(cp), at);
        } else if (cp < 0x800) {
            add(static_cast<char>(0xC0 | (cp >> 6)), at);
            add(static_cast<char>(0x80 | (cp & 0x3F)), at);
        } else if (cp < 0x10000) {
            add(static_cast<char>(0xE0 | (cp >> 12)), at);
            add(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), at);
            add(static_cast<char>(0x80 | (cp & 0x3F)), at);
        } else {
            add(static_cast<char>(0xF0 | (cp >> 18)), at);
            add(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)), at);
            add(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), at);
            add(static_cast<char>(0x80 | (cp & 0x3F)), at);
        }
    }
    /// Folding drops the blanks before a line break that came from the text itself.
    void trim_trailing_blanks(std::size_t line_start) {
        while (!value.empty() && is_blank(value.back()) && from.back() >= line_start) {
            value.pop_back();
            from.pop_back();
        }
    }
};

std::size_t skip_break(std::string_view t, std::size_t i) {
    if (i < t.size() && t[i] == '\r') ++i;
    if (i < t.size() && t[i] == '\n') ++i;
    return i;
}

/// A line break inside a flow scalar (quoted or plain): blank lines become newlines, a
/// single break a space; leading blanks of the next line go. Returns the next position.
std::size_t fold_break(std::string_view t, std::size_t i, Decoded& out, std::size_t line_start) {
    out.trim_trailing_blanks(line_start);
    const std::size_t break_at = i;
    i = skip_break(t, i);
    int empty_lines = 0;
    for (;;) {
        std::size_t j = i;
        while (j < t.size() && is_blank(t[j])) ++j;
        if (j < t.size() && is_break(t[j])) {
            ++empty_lines;
            i = skip_break(t, j);
        } else {
            i = j;
            break;
        }
    }
    if (empty_lines == 0) out.add(' ', break_at);
    for (int n = 0; n < empty_lines; ++n) out.add('\n', break_at);
    return i;
}

/// Decodes a double-quoted scalar starting at its quote.
std::optional<std::size_t> double_quoted(std::string_view t, std::size_t i, Decoded& out) {
    std::size_t line_start = i;
    for (++i; i < t.size();) {
        const char c = t[i];
        if (c == '"') return i;
        if (is_break(c)) {
            i = fold_break(t, i, out, line_start);
            line_start = i;
            continue;
        }
        if (c != '\\') {
            out.add(c, i++);
            continue;
        }
        if (i + 1 >= t.size()) return std::nullopt;
        const char e = t[i + 1];
        const std::size_t at = i;
        int hex = 0;
        switch (e) {
        case '0': out.add('\0', at); break;
        case 'a': out.add('\a', at); break;
        case 'b': out.add('\b', at); break;
        case 't': case '\t': out.add('\t', at); break;
        case 'n': out.add('\n', at); break;
        case 'v': out.add('\v', at); break;
        case 'f': out.add('\f', at); break;
        case 'r': out.add('\r', at); break;
        case 'e': out.add('\x1b', at); break;
        case ' ': case '"': case '/': case '\\': out.add(e, at); break;
        case 'N': out.add_code_point(0x85, at); break;
        case '_': out.add_code_point(0xA0, at); break;
        case 'L': out.add_code_point(0x2028, at); break;
        case 'P': out.add_code_point(0x2029, at); break;
        case 'x': hex = 2; break;
        case 'u': hex = 4; break;
        case 'U': hex = 8; break;
        case '\r': case '\n': {
            // An escaped line break joins the lines without a space.
            i = skip_break(t, i + 1);
            while (i < t.size() && is_blank(t[i])) ++i;
            line_start = i;
            continue;
        }
        default: return std::nullopt;
        }
        i += 2;
        if (hex > 0) {
            unsigned long cp = 0;
            for (int k = 0; k < hex; ++k, ++i) {
                if (i >= t.size() || hex_digit(t[i]) < 0) return std::nullopt;
                cp = cp * 16 + static_cast<unsigned long>(hex_digit(t[i]));
            }
            out.add_code_point(cp, at);
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> single_quoted(std::string_view t, std::size_t i, Decoded& out) {
    std::size_t line_start = i;
    for (++i; i < t.size();) {
        const char c = t[i];
        if (c == '\'') {
            if (i + 1 < t.size() && t[i + 1] == '\'') {
                out.add('\'', i);
                i += 2;
                continue;
            }
            return i;
        }
        if (is_break(c)) {
            i = fold_break(t, i, out, line_start);
            line_start = i;
            continue;
        }
        out.add(c, i++);
    }
    return std::nullopt;
}

/// A plain scalar: read until the value is complete (its end needs no finding).
std::size_t plain(std::string_view t, std::size_t i, Decoded& out, std::size_t wanted) {
    std::size_t line_start = i;
    while (i < t.size() && out.value.size() < wanted) {
        if (is_break(t[i])) {
            i = fold_break(t, i, out, line_start);
            line_start = i;
        } else {
            out.add(t[i], i);
            ++i;
        }
    }
    return i;
}

/// A literal (|) or folded (>) block scalar starting at its indicator.
std::size_t block(std::string_view t, std::size_t i, Decoded& out, std::size_t wanted) {
    const bool folded = t[i] == '>';
    int indent = 0;
    while (i < t.size() && !is_break(t[i])) {  // header: chomping and indentation indicators, a comment
        if (t[i] >= '1' && t[i] <= '9' && indent == 0) indent = t[i] - '0';
        ++i;
    }
    i = skip_break(t, i);
    // The content's indentation: given, or that of the first non-empty line.
    if (indent == 0) {
        for (std::size_t j = i; j < t.size();) {
            std::size_t k = j;
            while (k < t.size() && t[k] == ' ') ++k;
            if (k < t.size() && !is_break(t[k])) {
                indent = static_cast<int>(k - j);
                break;
            }
            j = skip_break(t, k);
            if (k >= t.size()) break;
        }
    } else {
        // An explicit indicator counts from the parent's indentation: find the first content
        // line's own indentation level minus what is left over is not needed here, since
        // yaml-cpp's value tells us the result; use the first line's indentation instead.
        std::size_t k = i;
        while (k < t.size() && t[k] == ' ') ++k;
        indent = std::min(indent, static_cast<int>(k - i));
    }
    bool previous_normal = false;  // the previous line was non-empty and not more indented
    std::size_t pending_break = std::string_view::npos;
    int pending_empty = 0;
    while (i < t.size() && out.value.size() < wanted) {
        std::size_t k = i;
        while (k < t.size() && t[k] == ' ' && static_cast<int>(k - i) < indent) ++k;
        const bool empty = k >= t.size() || is_break(t[k]) ||
                           (static_cast<int>(k - i) < indent && [&] {
                               std::size_t m = k;
                               while (m < t.size() && is_blank(t[m])) ++m;
                               return m >= t.size() || is_break(t[m]);
                           }());
        if (!empty && static_cast<int>(k - i) < indent) break;  // less indented: the block ends
        if (empty) {
            std::size_t m = k;
            while (m < t.size() && !is_break(t[m])) ++m;
            if (pending_break == std::string_view::npos) pending_break = m;
            ++pending_empty;
            i = skip_break(t, m);
            if (m >= t.size()) break;
            continue;
        }
        const bool more_indented = is_blank(t[k]);
        if (pending_break != std::string_view::npos) {
            // The break(s) before this line: folded joins two normal lines with a space.
            if (folded && previous_normal && !more_indented && pending_empty == 0) out.add(' ', pending_break);
            else if (folded && previous_normal && !more_indented)
                for (int n = 0; n < pending_empty; ++n) out.add('\n', pending_break);
            else
                for (int n = 0; n <= pending_empty; ++n) out.add('\n', pending_break);
        }
        std::size_t m = k;
        while (m < t.size() && !is_break(t[m])) out.add(t[m], m), ++m;
        previous_normal = !more_indented;
        pending_break = m;
        pending_empty = 0;
        if (m >= t.size()) break;
        i = skip_break(t, m);
    }
    if (out.value.size() < wanted && pending_break != std::string_view::npos) out.add('\n', pending_break);
    return pending_break == std::string_view::npos ? i : pending_break;
}

/// The byte offset of a 0-based line and column.
std::optional<std::size_t> offset_of(std::string_view t, int line, int column) {
    std::size_t i = 0;
    for (int l = 0; l < line; ++l) {
        i = t.find('\n', i);
        if (i == std::string_view::npos) return std::nullopt;
        ++i;
    }
    i += static_cast<std::size_t>(column);
    if (i > t.size()) return std::nullopt;
    return i;
}

}  // namespace

std::optional<std::vector<std::size_t>> scalar_source_offsets(std::string_view file_text, const YAML::Mark& mark,
                                                              std::string_view value) {
    if (mark.is_null()) return std::nullopt;
    const auto start = offset_of(file_text, mark.line, mark.column);
    if (!start || *start >= file_text.size()) return std::nullopt;
    Decoded out;
    std::optional<std::size_t> end;
    switch (file_text[*start]) {
    case '"': end = double_quoted(file_text, *start, out); break;
    case '\'': end = single_quoted(file_text, *start, out); break;
    case '|': case '>': end = block(file_text, *start, out, value.size()); break;
    default: end = plain(file_text, *start, out, value.size()); break;
    }
    if (!end || out.value.size() < value.size() || std::string_view(out.value).substr(0, value.size()) != value)
        return std::nullopt;
    // One past the end: the next byte read (a chomped line break), or where the scalar ends.
    const std::size_t past = out.value.size() > value.size() ? out.from[value.size()] : *end;
    out.from.resize(value.size());
    out.from.push_back(past);
    return out.from;
}

FilePosition file_position(std::string_view file_text, std::size_t offset, const std::string& file) {
    FilePosition position{file, 1, 1};
    std::size_t line_start = 0;
    for (std::size_t i = 0; i < offset && i < file_text.size(); ++i)
        if (file_text[i] == '\n') {
            ++position.line;
            line_start = i + 1;
        }
    for (std::size_t i = line_start; i < offset && i < file_text.size(); ++i)
        if ((static_cast<unsigned char>(file_text[i]) & 0xC0) != 0x80) ++position.column;
    return position;
}

}  // namespace cijfer
