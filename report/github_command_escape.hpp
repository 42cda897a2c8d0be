#pragma once
#include <string>
#include <string_view>

namespace cijfer {

/// Escaping of GitHub Actions workflow commands (`::error file=F,line=L::MESSAGE`), as the
/// runner (actions/toolkit, command.ts) undoes it.

/// The message after `::`: `%` → %25, CR → %0D, LF → %0A.
std::string escape_command_data(std::string_view text);
/// A property value (`file=`, `title=`): as the message, and also `:` → %3A, `,` → %2C,
/// which would otherwise end the value.
std::string escape_command_property(std::string_view text);

}  // namespace cijfer
