#pragma once
#include <string_view>

namespace cijfer {

/// The documentation of a rule kind (checker/kinds/<kind>/<kind>.md, compiled in at build
/// time); empty for an unknown id.
std::string_view kind_doc(std::string_view id);

}  // namespace cijfer
