#include "model/token.hpp"

namespace cijfer {

const char* to_string(NonStatistical why) {
    switch (why) {
    case NonStatistical::year: return "year";
    case NonStatistical::date: return "date";
    case NonStatistical::footnote_marker: return "footnote-marker";
    case NonStatistical::footnote_number: return "footnote-number";
    case NonStatistical::reference: return "reference";
    case NonStatistical::article: return "article";
    case NonStatistical::url: return "url";
    case NonStatistical::duration: return "duration";
    case NonStatistical::question_number: return "question-number";
    case NonStatistical::row_code: return "row-code";
    case NonStatistical::ordinal: return "ordinal";
    case NonStatistical::scale_note: return "scale-note";
    case NonStatistical::front_matter: return "front-matter";
    }
    return "unknown";
}

}  // namespace cijfer
