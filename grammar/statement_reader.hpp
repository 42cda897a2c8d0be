#pragma once
#include <optional>
#include <vector>

#include "grammar/read_state.hpp"

namespace cijfer {

/// Reads the figures of prose: counts with the noun phrase they count ("56.400
/// misdrijfzaken onvoorwaardelijk geseponeerd"), percentages with their subject and what
/// they are a share of ("29 procent van het totaal aantal uitgestroomde misdrijfzaken"),
/// and stated totals ("... bij het OM: 195.300"). Links are made afterwards, by meaning.
class StatementReader {
public:
    explicit StatementReader(ReadState& state) : s_(state) {}

    /// One paragraph of prose; `year` is the year its heading sets, if any.
    void read_paragraph(const std::vector<LexRef>& block, std::size_t section, std::optional<int> year);
    /// Links every share to its part (by subject words, or "Dit" to the previous count)
    /// and to its whole (a stated total with the same noun phrase and year).
    void link();

private:
    /// What the reader keeps about a statement beyond the model.
    struct Extra {
        std::size_t paragraph = 0;
        std::size_t sentence = 0;
        std::vector<std::string> subject;  ///< stems of a share's subject
        std::vector<std::string> whole;    ///< stems of a share's "van het totaal aantal ..."
        bool demonstrative = false;        ///< "Dit is 22 procent"
        std::optional<std::size_t> whole_in_sentence;
    };

    void read_sentence(const std::vector<LexRef>& block, std::size_t first, std::size_t last,
                       std::size_t section, std::optional<int> year);

    ReadState& s_;
    std::vector<Extra> extra_;
    std::size_t paragraph_ = 0;
    std::size_t sentence_ = 0;
};

}  // namespace cijfer
