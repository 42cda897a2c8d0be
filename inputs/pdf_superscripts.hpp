#pragma once
#include <string>
#include <vector>

namespace cijfer::inputs {

/// A footnote number set in superscript, as poppler's word boxes show it: the digits, the
/// word it is glued to (a reference: "OM.", "2") or the word after it (the footnote itself:
/// "1", "De").
struct Superscript {
    std::string before;  ///< the word just before on the same line; empty at a line start
    std::string digits;
    std::string after;   ///< the word after, for a superscript that starts a line
};

/// Physical layout writes a superscript reference after a full stop with a space ("OM. 2")
/// and a footnote's own number glued to its text ("1De stroom"). Rewrites both as a typist
/// would ("OM.2", "1 De stroom"), so that the grammar knows markers and footnotes as it
/// does in any text; each superscript is looked for after the previous one.
std::string repair_superscripts(std::string page_text, const std::vector<Superscript>& marks);

}  // namespace cijfer::inputs
