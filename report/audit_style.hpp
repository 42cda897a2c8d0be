#pragma once
#include <string_view>

namespace cijfer {

/// The audit report's stylesheet: screen, and A4 paper (@page, @media print). It holds no
/// '<', '>' or '&', which the serialiser would escape inside <style>.
std::string_view audit_stylesheet();

}  // namespace cijfer
