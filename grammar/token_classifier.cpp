#include "grammar/token_classifier.hpp"

#include <array>
#include <string>

#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

using namespace std::string_view_literals;

constexpr std::array months = {"januari"sv, "februari"sv, "maart"sv, "april"sv, "mei"sv, "juni"sv, "juli"sv,
                               "augustus"sv, "september"sv, "oktober"sv, "november"sv, "december"sv,
                               "jan"sv, "feb"sv, "mrt"sv, "apr"sv, "jun"sv, "jul"sv, "aug"sv, "sep"sv, "sept"sv,
                               "okt"sv, "nov"sv, "dec"sv};
constexpr std::array time_units = {"jaar"sv, "jaren"sv, "maand"sv, "maanden"sv, "week"sv, "weken"sv, "dag"sv,
                                   "dagen"sv, "uur"sv, "kwartaal"sv, "eeuw"sv};
/// Words after which the numbers up to the end of the sentence cite a publication.
constexpr std::array citation_words = {"kamerstukken"sv, "kamerstuk"sv, "handelingen"sv, "aanhangsel"sv,
                                       "staatsblad"sv, "stb"sv, "staatscourant"sv, "stcrt"sv, "trb"sv,
                                       "ecli"sv, "vergaderjaar"sv};

template <std::size_t N>
bool one_of(WordView word, const std::array<std::string_view, N>& words) {
    for (std::string_view w : words)
        if (word == w) return true;
    return false;
}

bool is_integer(const NumberLiteral& n) {
    return n.shape == NumberShape::plain && !n.negative;
}

class Classifier {
public:
    Classifier(ReadState& state, const std::vector<LexRef>& block) : s_(state), block_(block) {}

    void run() {
        bool citing = false;
        for (std::size_t i = 0; i < block_.size(); ++i) {
            const auto& lx = s_.at(block_[i]);
            if (lx.kind == LexKind::punct && ends_sentence(i)) citing = false;
            if (lx.kind == LexKind::word && one_of(word(i), citation_words)) citing = true;
            if (lx.kind != LexKind::number || !s_.unclassified(lx)) continue;
            const auto& n = *lx.number;
            if (lx.bracketed && is_integer(n)) s_.mark(lx, NonStatistical::footnote_marker);  // "170.000 [1]"
            else if (citing) s_.mark(lx, NonStatistical::reference);
            else if (is_footnote_marker(i)) s_.mark(lx, NonStatistical::footnote_marker);
            else if (is_date_day(i)) mark_date(i);
            else if (after_word(i, {"nr", "nummer", "nrs", "no", "bijlage", "bijlagen", "bijl", "hoofdstuk", "hfdst",
                                    "paragraaf", "par", "tabel", "figuur", "fig", "grafiek", "pagina", "blz",
                                    "bladzijde", "p", "pp"}))
                s_.mark(lx, NonStatistical::reference);
            else if (after_word(i, {"art", "artikel", "artikelen", "lid", "leden"})) s_.mark(lx, NonStatistical::article);
            else if (after_word(i, {"vraag", "vragen"}) || continues_list(i, NonStatistical::question_number))
                mark_list(i, NonStatistical::question_number);
            else if (continues_list(i, NonStatistical::article)) s_.mark(lx, NonStatistical::article);
            else if (is_year_literal(n)) mark_year(i);
            else if (is_integer(n) && n.value <= 120 && next_word_in(i, time_units)) s_.mark(lx, NonStatistical::duration);
        }
    }

private:
    WordView word(std::size_t i) const { return {s_.text_of(s_.at(block_[i]))}; }

    bool is_punct(std::size_t i, char c) const {
        const auto& lx = s_.at(block_[i]);
        return lx.kind == LexKind::punct && s_.text[lx.span.begin] == c;
    }

    /// An en dash or figure dash: "2025–2026".
    bool is_dash(std::size_t i) const {
        const auto& lx = s_.at(block_[i]);
        if (lx.kind != LexKind::punct) return false;
        const auto p = s_.text_of(lx);
        return p == "\xE2\x80\x93" || p == "\xE2\x80\x92";
    }

    bool ends_sentence(std::size_t i) const {
        return (is_punct(i, '.') || is_punct(i, '?') || is_punct(i, '!')) && i + 1 < block_.size() &&
               s_.at(block_[i + 1]).kind == LexKind::word && s_.at(block_[i + 1]).gap_before > 0 &&
               std::isupper(static_cast<unsigned char>(s_.text[s_.at(block_[i + 1]).span.begin]));
    }

    /// The word before the number (skipping an abbreviation's full stop) is one of `words`.
    bool after_word(std::size_t i, std::initializer_list<std::string_view> words) const {
        if (i == 0) return false;
        std::size_t j = i - 1;
        if (is_punct(j, '.') && j > 0) --j;
        if (s_.at(block_[j]).kind != LexKind::word) return false;
        const auto w = word(j);
        for (auto candidate : words)
            if (w == candidate) return true;
        return false;
    }

    template <std::size_t N>
    bool next_word_in(std::size_t i, const std::array<std::string_view, N>& words) const {
        return i + 1 < block_.size() && s_.at(block_[i + 1]).kind == LexKind::word && one_of(word(i + 1), words);
    }

    // "tabellen8", "jaar.1", "maken10)": glued to a word that ends in a lower-case letter
    // (upper case, as in "HP22", is a code). Not "257a": a letter after it makes a code.
    bool is_footnote_marker(std::size_t i) const {
        const auto& lx = s_.at(block_[i]);
        if (!lx.glued_to_word || lx.followed_by_letter || !is_integer(*lx.number) || lx.number->value > 999)
            return false;
        std::size_t j = i - 1;
        if (is_punct(j, '.')) {
            if (j == 0) return false;
            --j;
            return true;  // "OM.2": a marker after the sentence's full stop
        }
        const auto w = s_.text_of(s_.at(block_[j]));
        const char last = w.back();
        return !(last >= 'A' && last <= 'Z') && !(last >= '0' && last <= '9');
    }

    bool is_date_day(std::size_t i) const {
        const auto& n = *s_.at(block_[i]).number;
        return is_integer(n) && n.value >= 1 && n.value <= 31 && next_word_in(i, months);
    }

    void mark_date(std::size_t i) {
        s_.mark(s_.at(block_[i]), NonStatistical::date);
        // "16 maart 2026", also when the year is on the next line.
        if (i + 2 < block_.size()) {
            const auto& year = s_.at(block_[i + 2]);
            if (year.kind == LexKind::number && is_year_literal(*year.number)) s_.mark(year, NonStatistical::date);
        }
    }

    void mark_year(std::size_t i) {
        s_.mark(s_.at(block_[i]), NonStatistical::year);
        // "2025-2026", "2025/26": the second half of a year range.
        if (i + 2 < block_.size() && (is_punct(i + 1, '-') || is_punct(i + 1, '/') || is_dash(i + 1))) {
            const auto& next = s_.at(block_[i + 2]);
            if (next.kind == LexKind::number && next.gap_before == 0 && s_.at(block_[i + 1]).gap_before == 0 &&
                is_integer(*next.number))
                s_.mark(next, NonStatistical::year);
        }
    }

    /// "vragen 3 en 5", "artikel 12, 13 en 14": numbers listed after the first.
    bool continues_list(std::size_t i, NonStatistical why) const {
        if (i < 2) return false;
        const auto& sep = s_.at(block_[i - 1]);
        const bool joined = is_punct(i - 1, ',') || (sep.kind == LexKind::word && (word(i - 1) == "en" || word(i - 1) == "of"));
        if (!joined) return false;
        const auto& before = s_.at(block_[i - 2]);
        if (before.kind != LexKind::number || before.token < 0) return false;
        const auto& t = s_.doc.tokens[static_cast<std::size_t>(before.token)];
        return t.role == TokenRole::non_statistical && t.why == why;
    }

    void mark_list(std::size_t i, NonStatistical why) { s_.mark(s_.at(block_[i]), why); }

    ReadState& s_;
    const std::vector<LexRef>& block_;
};

}  // namespace

bool is_year_literal(const NumberLiteral& n) {
    return n.shape == NumberShape::plain && !n.negative && n.integer_digits == 4 && n.value >= 1800 && n.value <= 2199;
}

void classify_non_statistical(ReadState& state, const std::vector<LexRef>& block) {
    Classifier(state, block).run();
}

}  // namespace cijfer
