#include "grammar/statement_reader.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>
#include <string>

#include "grammar/text_utils.hpp"
#include "grammar/token_classifier.hpp"

namespace cijfer {
namespace {

using namespace std::string_view_literals;

constexpr std::size_t max_phrase_words = 8;

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
    /// punctuation mark or a conjunction.
    std::size_t clause_start(std::size_t i) const {
        for (std::size_t j = i; j > first_; --j) {
            const auto k = j - 1;
            if (is_punct(k, ",") || is_punct(k, ";") || is_punct(k, ":") || is_punct(k, "(")) return j;
            if (is_word(k) && (word(k) == "en" || word(k) == "maar")) return j;
        }
        return first_;
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
        if (s.is_word(i) && s.word(i) == "in" && s.is_number(i + 1) && is_year_literal(*s.at(i + 1).number))
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
        if (end == after) continue;  // no noun phrase: the number stays unclassified
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
