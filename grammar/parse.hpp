#pragma once
#include "model/document.hpp"
#include "source/source_text.hpp"

namespace cijfer {

/// Reads a text document into the model in one pass over its bytes. Never throws on bad
/// input: what cannot be read becomes GrammarNotes and unclassified tokens.
Document parse_document(const SourceText& source);

}  // namespace cijfer
