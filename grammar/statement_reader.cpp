#include "grammar/statement_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>

#include "grammar/change_words.hpp"
#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

using namespace std::string_view_literals;

constexpr std::size_t max_phrase_words = 8;
/// How far back a clause is looked for before a figure (lexemes): far beyond any real clause.
constexpr std::size_t max_clause_lexemes = 64;

/// Function words that never decide what a figure counts.
constexpr std::array stop_words = {
    "de"sv, "het"sv, "een"sv, "van"sv, "in"sv, "op"sv, "bij"sv, "aan"sv, "te"sv, "voor"sv, "door"sv, "met"sv, "en"sv, "of"sv,
    "die"sv, "dat"sv, "dit"sv, "deze"sv, "is"sv, "was"sv, "zijn"sv, "waren"sv, "wordt"sv, "werd"sv, "er"sv, "ook"sv, "als"sv,
    "om"sv, "tot"sv, "uit"sv, "over"sv, "naar"sv, "heeft"sv, "hebben"sv, "had"sv, "totaal"sv, "totale"sv, "aantal"sv,
    "ruim"sv, "bijna"sv, "circa"sv, "ca"sv, "ongeveer"sv, "zo'n"sv, "meer"sv, "minder"sv, "dan"sv, "hiervan"sv, "daarvan"sv,
    "terwijl"sv, "werden"sv, "worden"sv, "maar"sv, "nog"sv, "al"sv};
constexpr std::array demonstratives = {"dit"sv, "dat"sv, "deze"sv, "hiervan"sv, "daarvan"sv, "het"sv};
constexpr std::array abbreviations = {"nr"sv, "art"sv, "ca"sv, "bijv"sv, "o.a"sv, "mr"sv, "dr"sv, "blz"sv, "jl"sv, "zgn"sv,
                                      "resp"sv, "vgl"sv, "incl"sv, "excl"sv, "max"sv, "min"sv, "ong"sv, "mln"sv, "mld"sv};

template <std::size_t N>
bool one_of(WordView w, const std::array<std::string_view, N>& list) {
    return std::any_of(list.begin(), list.end(), [w](std::string_view x) { return w == x; });
}

class Sentence {
public:
    Sentence(ReadState& s, const std::vector<LexRef>& block, std::size_t first, std::size_t last)
        : s_(s), block_(block), first_(first), last_(last) {}

    const Lexeme& at(std::size_t i) const { return s_.at(block_[i]); }
    WordView word(std::size_t i) const { return {s_.text_of(at(i))}; }
    bool is_word(std::size_t i) const { return i < last_ && at(i).kind == LexKind::word; }
    bool is_punct(std::size_t i, std::string_view p) const {
        return i < last_ && at(i).kind == LexKind::punct && s_.text_of(at(i)) == p;
    }
    bool is_number(std::size_t i) const { return i < last_ && at(i).kind == LexKind::number; }
    std::size_t first() const { return first_; }
    std::size_t last() const { return last_; }

    /// A boundary for phrases: punctuation other than joiners, a number, a conjunction.
    bool ends_phrase(std::size_t i) const {
        if (i >= last_) return true;
        const auto& lx = at(i);
        if (lx.kind == LexKind::number || lx.kind == LexKind::url) return true;
        if (lx.kind == LexKind::punct) return !(is_punct(i, "-") || is_punct(i, "/"));
        const auto w = word(i);
        if (w == "en" || w == "of" || w == "maar" || w == "terwijl" || w == "waarvan") return true;
        // "... in 2023": a year closes the phrase.
        return w == "in" && is_number(i + 1) && is_year_literal(*at(i + 1).number);
    }

    /// The clause that ends before `i`: back to the sentence start, a comma-like
    /// punctuation mark or a conjunction, and at most max_clause_lexemes back: a
    /// "sentence" of 10.000 numbers (a table not recognised) must not cost 10.000² steps.
    std::size_t clause_start(std::size_t i) const {
        const std::size_t stop = i > first_ + max_clause_lexemes ? i - max_clause_lexemes : first_;
        for (std::size_t j = i; j > stop; --j) {
            const auto k = j - 1;
            if (is_punct(k, ",") || is_punct(k, ";") || is_punct(k, ":") || is_punct(k, "(")) return j;
            if (is_word(k) && (word(k) == "en" || word(k) == "maar")) return j;
        }
        return stop;
    }

    Span span_of(std::size_t from, std::size_t to) const { return {at(from).span.begin, at(to - 1).span.end}; }

    std::vector<std::string> stems(std::size_t from, std::size_t to) const {
        std::vector<std::string> out;
        for (std::size_t i = from; i < to; ++i)
            if (is_word(i) && !one_of(word(i), stop_words)) out.push_back(stem(fold_word(word(i).text)));
        return out;
    }

private:
    ReadState& s_;
    const std::vector<LexRef>& block_;
    std::size_t first_, last_;
};

Qualifier qualifier_before(const Sentence& s, std::size_t i) {
    std::size_t j = i;
    if (j > s.first() && s.is_punct(j - 1, ".")) --j;  // "ca."
    if (j == s.first() || !s.is_word(j - 1)) return Qualifier::none;
    const auto w = s.word(j - 1);
    if (w == "ruim" || w == "minstens") return Qualifier::more_than;
    if (w == "bijna") return Qualifier::less_than;
    if (w == "circa" || w == "ca" || w == "ongeveer" || w == "zo'n" || w == "rond") return Qualifier::approximately;
    if (w == "dan" && j - 1 > s.first() && s.is_word(j - 2)) {
        const auto before = s.word(j - 2);
        if (before == "meer") return Qualifier::more_than;
        if (before == "minder") return Qualifier::less_than;
    }
    return Qualifier::none;
}

/// What a percentage states when it is a relative change, and where the words are that
/// say what changed: before the figure ("het aantal zaken daalde met") and after it
/// ("34% minder misdrijfzaken dan", "een stijging van 5% van het aantal zaken").
struct ChangeRead {
    int direction = 0;
    std::size_t before_from = 0, before_to = 0;
    std::size_t after_from = 0, after_to = 0;
};

/// The year at `i`, if the lexeme there is one.
std::optional<int> year_at(const Sentence& s, std::size_t i) {
    if (!s.is_number(i) || !is_year_literal(*s.at(i).number)) return std::nullopt;
    return static_cast<int>(s.at(i).number->value);
}

/// The start of the qualifier words before the figure at `i`: "ruim", "ca.", "meer dan".
std::size_t before_qualifier(const Sentence& s, std::size_t i) {
    std::size_t j = i;
    if (j > s.first() + 1 && s.is_punct(j - 1, ".") && s.is_word(j - 2) && s.word(j - 2) == "ca") return j - 2;
    if (j > s.first() && s.is_word(j - 1)) {
        const auto w = s.word(j - 1);
        if (w == "ruim" || w == "bijna" || w == "circa" || w == "ongeveer" || w == "zo'n" || w == "rond" ||
            w == "minstens")
            return j - 1;
        if (w == "dan" && j > s.first() + 1 && s.is_word(j - 2) && (s.word(j - 2) == "meer" || s.word(j - 2) == "minder"))
            return j - 2;
    }
    return j;
}

/// Back from `i` to the start of its clause: punctuation only, so that "tussen 2018 en
/// 2022" stays inside it.
std::size_t clause_begin(const Sentence& s, std::size_t i) {
    for (std::size_t j = i; j > s.first(); --j)
        if (s.is_punct(j - 1, ",") || s.is_punct(j - 1, ";") || s.is_punct(j - 1, ":") || s.is_punct(j - 1, "("))
            return j;
    return s.first();
}

/// Words that never belong to what changed: verbs, the change words, the comparison of
/// years ("ten opzichte van 2018", "tussen 2018 en 2022").
bool breaks_change_phrase(const Sentence& s, std::size_t k) {
    if (!s.is_word(k)) return true;
    const auto w = s.word(k);
    if (change_verb_direction(w) != 0 || change_noun_direction(w) != 0 || comparative_direction(w) != 0) return true;
    if ((w == "in" || w == "van" || w == "met" || w == "en") && year_at(s, k + 1)) return true;
    for (auto x : {"is", "was", "waren", "zijn", "er", "werd", "werden", "nam", "neemt", "namen", "liep", "ging", "heeft",
                   "hebben", "ten", "opzichte", "sinds", "tussen", "tot", "vergeleken", "dan", "met"})
        if (w == x) return true;
    return false;
}

/// The longest run of words in [from, to) that no breaker interrupts: "nam [het aantal
/// zaken] ten opzichte van 2018 toe". The first of equally long runs wins.
std::pair<std::size_t, std::size_t> change_phrase(const Sentence& s, std::size_t from, std::size_t to) {
    std::pair<std::size_t, std::size_t> best{from, from};
    for (std::size_t k = from; k < to;) {
        if (breaks_change_phrase(s, k)) {
            ++k;
            continue;
        }
        std::size_t e = k;
        while (e < to && !breaks_change_phrase(s, e)) ++e;
        // A run of function words alone ("een") names nothing.
        if (e - k > best.second - best.first && !s.stems(k, e).empty()) best = {k, e};
        k = e;
    }
    return best;
}

/// "34% minder misdrijfzaken dan in 2008", "daalde met ruim 33%", "een stijging van 5%":
/// the percentage at `i` (its unit ends before `after`) states a relative change.
std::optional<ChangeRead> read_change(const Sentence& s, std::size_t i, std::size_t after) {
    ChangeRead c;
    if (s.is_word(after) && (c.direction = comparative_direction(s.word(after))) != 0) {
        // A comparative is a change only with its "dan": "34% meer zaken dan in 2008".
        for (std::size_t k = after + 1; k < s.last() && k <= after + 1 + max_phrase_words; ++k) {
            if (s.is_word(k) && s.word(k) == "dan") {
                // An apposition, "900 woninginbraken, 30% minder dan in 2010", takes its
                // subject from before the comma.
                c.before_from = clause_begin(s, i) == i ? s.first() : clause_begin(s, i);
                c.before_to = i;
                c.after_from = after + 1;
                c.after_to = k;
                return c;
            }
            if (!s.is_word(k)) break;
        }
        return std::nullopt;
    }
    const auto j = before_qualifier(s, i);
    if (j <= s.first() || !s.is_word(j - 1)) return std::nullopt;
    const auto link = s.word(j - 1);
    const auto clause = clause_begin(s, j - 1);
    c.before_from = clause;
    c.before_to = j - 1;
    c.after_from = c.after_to = after;
    if (link == "met") {
        for (std::size_t k = j - 1; k-- > clause;)
            if (s.is_word(k) && (c.direction = change_verb_direction(s.word(k))) != 0) break;
    } else if (link == "van" && j - 1 > clause && s.is_word(j - 2)) {
        c.direction = change_noun_direction(s.word(j - 2));
        // "een stijging van 5% van het aantal zaken"
        if (c.direction != 0 && s.is_word(after) && s.word(after) == "van") {
            c.after_from = after + 1;
            c.after_to = c.after_from;
            while (!s.ends_phrase(c.after_to) && !breaks_change_phrase(s, c.after_to) &&
                   c.after_to - c.after_from < max_phrase_words)
                ++c.after_to;
        }
    }
    if (c.direction == 0) return std::nullopt;
    return c;
}

/// The years a change compares: "dan (in) 2008", "sinds 2008", "ten opzichte van 2008",
/// "t.o.v. 2008", "vergeleken met 2008"; "tussen 2018 en 2022" and "van 2018 tot 2022"
/// give both.
void read_change_years(const Sentence& s, Statement& st) {
    for (std::size_t k = s.first(); k < s.last(); ++k) {
        if (!s.is_word(k) && !s.is_punct(k, ".")) continue;
        const auto w = s.is_word(k) ? s.word(k) : WordView{"."};
        std::size_t at = k + 1;
        if (w == "dan" && s.is_word(at) && s.word(at) == "in") ++at;
        const bool single = w == "dan" || w == "sinds" ||
                            (w == "van" && k > s.first() && s.is_word(k - 1) && s.word(k - 1) == "opzichte") ||
                            (w == "met" && k > s.first() && s.is_word(k - 1) && s.word(k - 1) == "vergeleken") ||
                            (w == "." && k > s.first() && s.is_word(k - 1) && s.word(k - 1) == "v");
        const auto year = year_at(s, at);
        if (!year) continue;
        if (single) {
            st.reference_year = year;
            continue;
        }
        if ((w == "tussen" || w == "van") && s.is_word(at + 1)) {
            const auto joint = s.word(at + 1);
            const auto until = year_at(s, at + 2);
            if (until && ((w == "tussen" && joint == "en") || (w == "van" && (joint == "tot" || joint == "naar")))) {
                st.reference_year = year;
                st.year = until;
            }
        }
    }
}

/// The share that two words at `k` give, in percent: "de helft" 50, "een derde" 33,3,
/// "twee derde" 66,7, "een kwart" 25, "drie kwart" 75. Only where it carries a figure:
/// followed by "van" or ending the clause ("ruim de helft."), not "een derde lid".
std::optional<double> word_fraction(const Sentence& s, std::size_t k) {
    if (!s.is_word(k) || !s.is_word(k + 1)) return std::nullopt;
    const auto a = s.word(k), b = s.word(k + 1);
    std::optional<double> v;
    if (a == "de" && b == "helft") v = 50;
    else if (a == "een" && b == "derde") v = 100.0 / 3;
    else if (a == "twee" && b == "derde") v = 200.0 / 3;
    else if (a == "een" && b == "kwart") v = 25;
    else if (a == "drie" && b == "kwart") v = 75;
    if (!v) return std::nullopt;
    const auto next = k + 2;
    const bool carries = next >= s.last() || (s.is_word(next) && s.word(next) == "van") ||
                         (!s.is_word(next) && !s.is_number(next));
    return carries ? v : std::nullopt;
}

bool is_abbreviation(const Sentence& s, std::size_t i) {
    return s.is_word(i) && one_of(s.word(i), abbreviations);
}

}  // namespace

void StatementReader::read_paragraph(const std::vector<LexRef>& block, std::size_t section, std::optional<int> year) {
    ++paragraph_;
    std::size_t start = 0;
    for (std::size_t i = 0; i < block.size(); ++i) {
        const auto& lx = s_.at(block[i]);
        if (lx.kind != LexKind::punct) continue;
        const auto p = s_.text_of(lx);
        if (p != "." && p != "?" && p != "!") continue;
        const bool at_end = i + 1 == block.size();
        const bool next_upper = !at_end && s_.at(block[i + 1]).kind == LexKind::word &&
                                std::isupper(static_cast<unsigned char>(s_.text[s_.at(block[i + 1]).span.begin]));
        const Sentence probe(s_, block, start, block.size());
        if ((at_end || next_upper) && !(i > start && is_abbreviation(probe, i - 1))) {
            read_sentence(block, start, i + 1, section, year);
            start = i + 1;
        }
    }
    if (start < block.size()) read_sentence(block, start, block.size(), section, year);
}

void StatementReader::read_sentence(const std::vector<LexRef>& block, std::size_t first, std::size_t last,
                                    std::size_t section, std::optional<int> context_year) {
    ++sentence_;
    const Sentence s(s_, block, first, last);
    // "In 2023 heeft het OM ..." sets the year of the sentence's figures.
    std::optional<int> year = context_year;
    for (std::size_t i = first; i + 1 < last; ++i)
        if (s.is_word(i) && s.word(i) == "in" && s.is_number(i + 1) && is_year_literal(*s.at(i + 1).number) &&
            !(i > first && s.is_word(i - 1) && s.word(i - 1) == "dan"))  // "... dan in 2008" compares
            year = static_cast<int>(s.at(i + 1).number->value);

    auto add = [&](std::size_t i, std::size_t after_unit, Unit unit, Statement::Kind kind) {
        Statement st;
        st.kind = kind;
        st.figure = s_.add_figure(s.at(i), s.span_of(i, after_unit), unit);
        st.year = year;
        st.section = section;
        st.sentence = s.span_of(first, last);
        s_.doc.figures[st.figure].qualifier = qualifier_before(s, i);
        s_.doc.statements.push_back(std::move(st));
        Extra e;
        e.paragraph = paragraph_;
        e.sentence = sentence_;
        extra_.push_back(std::move(e));
        return s_.doc.statements.size() - 1;
    };

    for (std::size_t i = first; i < last; ++i) {
        if (!s.is_number(i) || !s_.unclassified(s.at(i))) continue;
        std::size_t after = i + 1;
        // A marker glued to the figure is not part of what it counts: "170.000* zaken",
        // "170.000 [1] zaken".
        if (s.is_punct(after, "*") && s.at(after).gap_before == 0) ++after;
        if (s.is_punct(after, "[") && s.is_number(after + 1) && s.at(after + 1).bracketed) after += 3;
        Unit unit = Unit::count;
        double scale = 1;
        if (s.is_punct(after, "%") || (s.is_word(after) && (s.word(after) == "procent" || s.word(after) == "pct"))) {
            unit = Unit::percent;
            ++after;
        } else {
            if (s.is_word(after)) {
                const auto w = s.word(after);
                if (w == "miljoen" || w == "mln") scale = 1e6;
                else if (w == "miljard" || w == "mld") scale = 1e9;
                else if (w == "duizend") scale = 1e3;
                if (scale != 1) ++after;
            }
            if ((s.is_word(after) && s.word(after) == "euro") || (i > first && s.is_punct(i - 1, "€"))) {
                unit = Unit::money;
                if (s.is_word(after)) ++after;
            }
        }

        if (unit == Unit::percent) {
            if (const auto change = read_change(s, i, after)) {
                const auto id = add(i, after, unit, Statement::Kind::change);
                auto& st = s_.doc.statements[id];
                st.direction = change->direction;
                read_change_years(s, st);
                // What changed: the words around the figure, without the change words.
                auto words = s.stems(change->before_from, change->before_to);
                const auto after_words = s.stems(change->after_from, change->after_to);
                words.insert(words.end(), after_words.begin(), after_words.end());
                for (auto& w : words)
                    if (change_verb_direction({w}) == 0 && change_noun_direction({w}) == 0 &&
                        comparative_direction({w}) == 0)
                        st.words.push_back(w);
                auto phrase = change_phrase(s, change->after_from, change->after_to);
                if (phrase.first == phrase.second) phrase = change_phrase(s, change->before_from, change->before_to);
                if (phrase.first < phrase.second)
                    st.noun_phrase = collapse_spaces(s_.text_of(s.span_of(phrase.first, phrase.second)));
                continue;
            }
            const auto id = add(i, after, unit, Statement::Kind::share);
            auto& e = extra_.back();
            const auto clause = s.clause_start(i);
            e.subject = s.stems(clause, i);
            e.demonstrative = s.is_word(clause) && one_of(s.word(clause), demonstratives) && e.subject.empty();
            s_.doc.statements[id].noun_phrase = clause < i ? collapse_spaces(s_.text_of(s.span_of(clause, i))) : "";
            s_.doc.statements[id].words = e.subject;
            // "... van het totaal aantal uitgestroomde misdrijfzaken bij het OM: 195.300"
            if (s.is_word(after) && s.word(after) == "van") {
                std::size_t end = after + 1;
                while (!s.ends_phrase(end) && end - after <= max_phrase_words + 3) ++end;
                if (end > after + 1) {
                    e.whole = s.stems(after + 1, end);
                    s_.doc.statements[id].whole_phrase = collapse_spaces(s_.text_of(s.span_of(after + 1, end)));
                }
                if (s.is_punct(end, ":") && s.is_number(end + 1) && s_.unclassified(s.at(end + 1))) {
                    const auto whole_words = e.whole;
                    const auto phrase = s_.doc.statements[id].whole_phrase;
                    const auto total = add(end + 1, end + 2, Unit::count, Statement::Kind::stated_total);
                    s_.doc.statements[total].words = whole_words;
                    s_.doc.statements[total].noun_phrase = phrase;
                    extra_[id].whole_in_sentence = total;
                }
            }
            continue;
        }

        if (i > first && s.is_punct(i - 1, ":")) {
            // "Het totaal aantal zaken: 195.300"
            const auto from = s.clause_start(i - 1);
            if (from < i - 1) {
                const auto id = add(i, after, unit, Statement::Kind::stated_total);
                s_.doc.statements[id].words = s.stems(from, i - 1);
                s_.doc.statements[id].noun_phrase = collapse_spaces(s_.text_of(s.span_of(from, i - 1)));
                s_.doc.figures[s_.doc.statements[id].figure].scale = scale;
                continue;
            }
        }

        std::size_t end = after;
        while (!s.ends_phrase(end) && end - after < max_phrase_words) ++end;
        if (end == after) {
            // "een uurtarief van 150 euro.": nothing after the amount, so what it is is said
            // before it, in the same clause. A bare number without a unit stays unclassified.
            if (unit != Unit::money) continue;
            const auto from = s.clause_start(i);
            const auto id = add(i, after, unit, Statement::Kind::count);
            s_.doc.statements[id].words = s.stems(from, i);
            s_.doc.statements[id].noun_phrase = from < i ? collapse_spaces(s_.text_of(s.span_of(from, i))) : "";
            s_.doc.figures[s_.doc.statements[id].figure].scale = scale;
            continue;
        }
        const auto id = add(i, after, unit, Statement::Kind::count);
        // What is counted is said after the figure and sometimes before it, in the same
        // clause: "het OM seponeerde onvoorwaardelijk 3.000 misdrijfzaken".
        auto words = s.stems(s.clause_start(i), i);
        const auto after_words = s.stems(after, end);
        words.insert(words.end(), after_words.begin(), after_words.end());
        s_.doc.statements[id].words = std::move(words);
        s_.doc.statements[id].noun_phrase = collapse_spaces(s_.text_of(s.span_of(after, end)));
        s_.doc.figures[s_.doc.statements[id].figure].scale = scale;
    }

    // "een derde", "de helft", "ruim de helft", "twee derde", "een kwart": a share written in
    // words. Its figure has a value but no digits, so it is no numeric token.
    for (std::size_t k = first; k + 1 < last; ++k) {
        const auto fraction = word_fraction(s, k);
        if (!fraction) continue;
        const auto end = k + 2;
        Figure f;
        f.number.span = s.span_of(k, end);
        f.number.value = *fraction;
        f.span = f.number.span;
        f.unit = Unit::percent;
        f.qualifier = qualifier_before(s, k);
        // A fraction in words is never exact: "een derde" of 31% is still a third.
        if (f.qualifier == Qualifier::none) f.qualifier = Qualifier::approximately;
        s_.doc.figures.push_back(std::move(f));
        Statement st;
        st.kind = Statement::Kind::share;
        st.figure = s_.doc.figures.size() - 1;
        st.year = year;
        st.section = section;
        st.sentence = s.span_of(first, last);
        Extra e;
        e.paragraph = paragraph_;
        e.sentence = sentence_;
        const auto clause = s.clause_start(k);
        e.subject = s.stems(clause, k);
        e.demonstrative = s.is_word(clause) && one_of(s.word(clause), demonstratives) && e.subject.empty();
        st.words = e.subject;
        st.noun_phrase = clause < k ? collapse_spaces(s_.text_of(s.span_of(clause, k))) : "";
        if (s.is_word(end) && s.word(end) == "van") {
            std::size_t to = end + 1;
            while (!s.ends_phrase(to) && to - end <= max_phrase_words + 3) ++to;
            if (to > end + 1) {
                e.whole = s.stems(end + 1, to);
                st.whole_phrase = collapse_spaces(s_.text_of(s.span_of(end + 1, to)));
            }
        }
        s_.doc.statements.push_back(std::move(st));
        extra_.push_back(std::move(e));
        k = end - 1;
    }
}

void StatementReader::link() {
    auto& st = s_.doc.statements;
    auto same_year = [](const Statement& a, const Statement& b) { return !a.year || !b.year || *a.year == *b.year; };
    auto overlap = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
        int n = 0;
        for (const auto& w : a)
            if (std::find(b.begin(), b.end(), w) != b.end()) ++n;
        return n;
    };
    for (std::size_t i = 0; i < st.size(); ++i) {
        if (st[i].kind != Statement::Kind::share) continue;
        const auto& e = extra_[i];
        // The part: "Dit" is the count just before; otherwise the count in the same
        // paragraph whose noun phrase shares most words with the share's subject.
        if (e.demonstrative) {
            for (std::size_t j = i; j-- > 0;)
                if (extra_[j].paragraph == e.paragraph && st[j].kind == Statement::Kind::count) {
                    st[i].part = j;
                    break;
                }
        } else {
            int best = 0;
            bool tie = false;
            for (std::size_t j = 0; j < st.size(); ++j) {
                if (st[j].kind != Statement::Kind::count || extra_[j].paragraph != e.paragraph || !same_year(st[i], st[j]))
                    continue;
                const int score = overlap(e.subject, st[j].words);
                if (score > best) {
                    best = score;
                    tie = false;
                    st[i].part = j;
                } else if (score == best && score > 0) {
                    tie = true;
                }
            }
            if (tie) st[i].part.reset();  // two counts fit equally: not guessed
        }
        // The whole: stated in the sentence, or a stated total elsewhere with the same
        // noun phrase and year, or (elliptical: "en de voorwaardelijke 5 procent") the
        // whole of the share before it in the same sentence.
        if (e.whole_in_sentence) {
            st[i].whole = e.whole_in_sentence;
        } else if (!e.whole.empty()) {
            const std::set<std::string> want(e.whole.begin(), e.whole.end());
            std::optional<std::size_t> found;
            int matches = 0;
            for (std::size_t j = 0; j < st.size(); ++j) {
                if (st[j].kind != Statement::Kind::stated_total || !st[j].year || !st[i].year || *st[j].year != *st[i].year)
                    continue;
                if (std::set<std::string>(st[j].words.begin(), st[j].words.end()) == want) {
                    found = j;
                    ++matches;
                }
            }
            if (matches == 1) st[i].whole = found;
        } else {
            for (std::size_t j = i; j-- > 0;)
                if (st[j].kind == Statement::Kind::share && extra_[j].sentence == e.sentence) {
                    st[i].whole = st[j].whole;
                    st[i].whole_phrase = st[j].whole_phrase;
                    break;
                }
        }
    }
}

}  // namespace cijfer
