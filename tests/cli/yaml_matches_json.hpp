#pragma once
#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace cijfer::test {

/// True when a YAML tree holds the same content as a JSON value: same keys in mappings,
/// same lengths of lists, strings equal, numbers and booleans with the same value.
inline bool yaml_matches_json(const YAML::Node& yaml, const nlohmann::json& value) {
    using nlohmann::json;
    switch (value.type()) {
        case json::value_t::object:
            if (!yaml.IsMap() || yaml.size() != value.size()) return false;
            for (const auto& [key, item] : value.items())
                if (!yaml[key] || !yaml_matches_json(yaml[key], item)) return false;
            return true;
        case json::value_t::array:
            if (!yaml.IsSequence() || yaml.size() != value.size()) return false;
            for (std::size_t i = 0; i < value.size(); ++i)
                if (!yaml_matches_json(yaml[i], value[i])) return false;
            return true;
        case json::value_t::null: return yaml.IsNull();
        case json::value_t::string: return yaml.IsScalar() && yaml.Scalar() == value.get<std::string>();
        case json::value_t::boolean: return yaml.IsScalar() && yaml.as<bool>() == value.get<bool>();
        default: return yaml.IsScalar() && yaml.as<double>() == value.get<double>();
    }
}

}  // namespace cijfer::test
