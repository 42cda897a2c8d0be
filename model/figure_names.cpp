#include "model/figure_names.hpp"

#include <cctype>
#include <map>

namespace cijfer {
namespace {

/// The ASCII letter for a two-byte UTF-8 Latin-1 letter (U+00C0..U+00FF), or 0.
char fold_latin1(unsigned char lead, unsigned char next) {
    if (lead != 0xC3) return 0;
    // U+00C0 + (next - 0x80): À..ÿ, in the order of the Latin-1 supplement.
    static constexpr std::string_view letters = "aaaaaaaceeeeiiiidnooooo-ouuuuyts" "aaaaaaaceeeeiiiidnooooo-ouuuuyty";
    const unsigned index = next - 0x80u;
    return index < letters.size() ? letters[index] : 0;
}

std::string section_part(const Document& doc, std::size_t section) {
    if (section >= doc.sections.size() || doc.sections[section].title.empty()) return "doc";
    const auto slug = name_slug(doc.sections[section].title);
    return slug.empty() ? "doc" : slug;
}

std::string table_part(const Document& doc, std::size_t index) {
    const Table& table = doc.tables[index];
    std::string slug = name_slug(table.title.empty() ? table.header : table.title);
    if (slug.empty()) slug = "tabel";
    // Two tables of one section with the same title ("Aantal misdrijfzaken" twice): the
    // position among the section's tables tells them apart.
    for (std::size_t other = 0; other < doc.tables.size(); ++other) {
        const Table& t = doc.tables[other];
        if (other != index && t.section == table.section &&
            name_slug(t.title.empty() ? t.header : t.title) == name_slug(table.title.empty() ? table.header : table.title))
            return slug + "-" + std::to_string(table.position);
    }
    return slug;
}

/// `slugs`: the slug of every row's label, computed once per table.
std::string row_part(const Table& table, const std::vector<std::string>& slugs, std::size_t r) {
    const Row& row = table.rows[r];
    if (!row.code.empty()) {
        // "3.3.1" -> "3_3_1": dots separate the parts of a name.
        std::string code = name_slug(row.code);
        for (char& c : code)
            if (c == '-') c = '_';
        if (!code.empty()) return code;
    }
    std::string slug = slugs[r];
    if (slug.empty()) slug = "rij-" + std::to_string(r + 1);
    // The same label under two parents ("Overig"): qualify it by its parent (parents
    // precede their rows, so this ends).
    if (row.parent && *row.parent < r)
        for (std::size_t other = 0; other < table.rows.size(); ++other)
            if (other != r && table.rows[other].code.empty() && slugs[other] == slugs[r])
                return row_part(table, slugs, *row.parent) + "-" + slug;
    return slug;
}

std::string column_part(const Table& table, std::size_t c) {
    std::string slug = c < table.columns.size() ? name_slug(table.columns[c].label) : std::string();
    return slug.empty() ? "kolom-" + std::to_string(c + 1) : slug;
}

}  // namespace

std::string name_slug(std::string_view text) {
    constexpr std::size_t max_length = 48;
    std::string slug;
    bool dash = false;
    const auto add = [&](char c) {
        if (dash && !slug.empty()) slug += '-';
        dash = false;
        slug += c;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u < 0x80 && std::isalnum(u)) {
            add(static_cast<char>(std::tolower(u)));
        } else if (u == '%') {
            dash = true;
            add('p'), slug += "ct";
            dash = true;
        } else if (u >= 0xC0 && i + 1 < text.size()) {
            const char folded = fold_latin1(u, static_cast<unsigned char>(text[i + 1]));
            if (folded && folded != '-') add(folded);
            else dash = true;
            while (i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) ++i;
        } else {
            dash = true;
        }
    }
    if (slug.size() > max_length) {
        slug.resize(max_length);
        const auto cut = slug.rfind('-');
        if (cut != std::string::npos && cut > max_length / 2) slug.resize(cut);
    }
    return slug;
}

std::vector<std::string> figure_names(const Document& doc) {
    std::vector<std::string> names(doc.figures.size());
    // A name the input states wins; derived names fill the rest.
    for (std::size_t id = 0; id < names.size() && id < doc.stated_names.size(); ++id) names[id] = doc.stated_names[id];
    for (std::size_t t = 0; t < doc.tables.size(); ++t) {
        const Table& table = doc.tables[t];
        const std::string prefix = section_part(doc, table.section) + "." + table_part(doc, t) + ".";
        std::vector<std::string> slugs;
        for (const Row& row : table.rows) slugs.push_back(name_slug(row.label));
        for (std::size_t r = 0; r < table.rows.size(); ++r)
            for (std::size_t c = 0; c < table.rows[r].cells.size(); ++c)
                if (const auto id = table.rows[r].cells[c]; id && *id < names.size() && names[*id].empty())
                    names[*id] = prefix + row_part(table, slugs, r) + "." + column_part(table, c);
    }
    // A share of a stated count is named after that count: "<count>.aandeel".
    const auto share_of_count = [&](const Statement& s) {
        return s.kind == Statement::Kind::share && s.part && *s.part < doc.statements.size() &&
               doc.statements[*s.part].kind != Statement::Kind::share;
    };
    for (const Statement& statement : doc.statements) {
        if (statement.figure >= names.size() || !names[statement.figure].empty() || share_of_count(statement)) continue;
        std::string phrase = name_slug(statement.noun_phrase);
        if (phrase.empty()) phrase = "uitspraak";
        names[statement.figure] = section_part(doc, statement.section) + "." + phrase +
                                  (statement.year ? "." + std::to_string(*statement.year) : std::string());
    }
    for (const Statement& statement : doc.statements) {
        if (statement.figure >= names.size() || !names[statement.figure].empty() || !share_of_count(statement)) continue;
        const FigureId count = doc.statements[*statement.part].figure;
        if (count < names.size()) names[statement.figure] = names[count] + ".aandeel";
    }
    for (std::size_t id = 0; id < names.size(); ++id) {
        if (names[id].empty()) names[id] = "figuur-" + std::to_string(id + 1);
    }
    // Unique in document order: the first keeps its name, later ones get ~2, ~3.
    std::map<std::string, int> seen;
    for (auto& name : names) {
        const int n = ++seen[name];
        if (n > 1) {
            std::string candidate = name + "~" + std::to_string(n);
            while (seen.count(candidate)) candidate += "~";
            seen[candidate] = 1;
            name = candidate;
        }
    }
    return names;
}

}  // namespace cijfer
