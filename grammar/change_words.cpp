#include "grammar/change_words.hpp"

#include <array>
#include <string_view>

namespace cijfer {
namespace {

using namespace std::string_view_literals;

template <std::size_t N>
bool one_of(WordView w, const std::array<std::string_view, N>& list) {
    for (auto x : list)
        if (w == x) return true;
    return false;
}

// Finite forms and participles as written; "toe" and "af" are the separable particles of
// "nam toe", "neemt af".
constexpr std::array falling_verbs = {"daalde"sv, "daalden"sv, "daalt"sv, "dalen"sv, "gedaald"sv, "af"sv,
                                      "afgenomen"sv, "kromp"sv, "krimpt"sv, "gekrompen"sv, "verminderd"sv,
                                      "verminderde"sv, "verlaagd"sv, "zakte"sv, "gezakt"sv, "teruggelopen"sv,
                                      "terug"sv};
constexpr std::array rising_verbs = {"steeg"sv, "stegen"sv, "stijgt"sv, "stijgen"sv, "gestegen"sv, "toe"sv,
                                     "toegenomen"sv, "groeide"sv, "groeit"sv, "gegroeid"sv, "verhoogd"sv,
                                     "vermeerderd"sv};
constexpr std::array falling_nouns = {"daling"sv, "afname"sv, "vermindering"sv, "krimp"sv, "verlaging"sv,
                                      "achteruitgang"sv};
constexpr std::array rising_nouns = {"stijging"sv, "toename"sv, "groei"sv, "verhoging"sv, "vermeerdering"sv};
constexpr std::array falling_comparatives = {"minder"sv, "lager"sv, "kleiner"sv};
constexpr std::array rising_comparatives = {"meer"sv, "hoger"sv, "groter"sv};

}  // namespace

int change_verb_direction(WordView word) {
    if (one_of(word, falling_verbs)) return -1;
    if (one_of(word, rising_verbs)) return 1;
    return 0;
}

int change_noun_direction(WordView word) {
    if (one_of(word, falling_nouns)) return -1;
    if (one_of(word, rising_nouns)) return 1;
    return 0;
}

int comparative_direction(WordView word) {
    if (one_of(word, falling_comparatives)) return -1;
    if (one_of(word, rising_comparatives)) return 1;
    return 0;
}

}  // namespace cijfer
