#pragma once
#include <string>
#include <string_view>

namespace cijfer {

/// `text` with everything XML 1.0 cannot hold replaced by U+FFFD: invalid UTF-8, control
/// characters other than tab, LF and CR, surrogates, U+FFFE and U+FFFF. A document's own
/// bytes reach the JUnit report through messages, and one stray byte would make the whole
/// file unreadable to the CI. (pugixml escapes markup but passes such bytes through.)
std::string xml_safe_text(std::string_view text);

}  // namespace cijfer
