#pragma once
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace cijfer::cli {

/// Renders JSON as block-style YAML with the same content: strings that YAML would read
/// as another type ("2023", "true", "") are quoted, numbers keep their JSON spelling.
std::string json_to_yaml(const nlohmann::json& value);

}  // namespace cijfer::cli
