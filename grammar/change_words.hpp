#pragma once
#include "grammar/text_utils.hpp"

namespace cijfer {

/// The words with which Dutch prose states a relative change. Each returns the direction
/// the word gives (-1 a decrease, +1 an increase) or 0 when it is not such a word.

/// A verb of change before "met": "daalde met", "nam toe met", "is gestegen met".
int change_verb_direction(WordView word);
/// A noun of change before "van": "een stijging van", "een daling van".
int change_noun_direction(WordView word);
/// A comparative after the figure, before "dan": "34% minder dan", "12% hoger dan".
int comparative_direction(WordView word);

}  // namespace cijfer
