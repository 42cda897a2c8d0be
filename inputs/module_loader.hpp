#pragma once
#include <string>

namespace cijfer::inputs {

/// Loads `file` (a module such as "cijfer_pdf.so": next to the executable, else in the
/// install directory) with dlopen, once, and returns `symbol` from it; null with `error`
/// set when either cannot be found.
void* module_symbol(const std::string& file, const char* symbol, std::string& error);

}  // namespace cijfer::inputs
