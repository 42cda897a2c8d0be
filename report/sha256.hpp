#pragma once
#include <string>
#include <string_view>

namespace cijfer {

/// The SHA-256 digest of `bytes` as 64 lowercase hex digits (nettle), so an
/// auditor can show which exact input and rule files a report was made from.
std::string sha256_hex(std::string_view bytes);

}  // namespace cijfer
