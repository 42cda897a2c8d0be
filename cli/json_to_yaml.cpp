#include "cli/json_to_yaml.hpp"

#include <nlohmann/json.hpp>
#include <yaml-cpp/yaml.h>

namespace cijfer::cli {
namespace {

/// True when a plain YAML scalar with this text would not read back as this string.
bool needs_quotes(const std::string& text) {
    if (text.empty()) return true;
    try {
        const auto node = YAML::Load(text);
        if (!node.IsScalar() || node.Tag() != "?") return true;
        if (node.Scalar() != text) return true;
        // Plain scalars that YAML 1.1/1.2 resolvers read as numbers, booleans or null.
        bool as_bool = false;
        double as_number = 0;
        return YAML::convert<bool>::decode(node, as_bool) || YAML::convert<double>::decode(node, as_number) ||
               text == "~" || text == "null" || text == "Null" || text == "NULL";
    } catch (const YAML::Exception&) {
        return true;
    }
}

void emit(YAML::Emitter& out, const nlohmann::json& value) {
    switch (value.type()) {
        case nlohmann::json::value_t::object:
            out << YAML::BeginMap;
            for (const auto& [key, item] : value.items()) {
                out << YAML::Key;
                if (needs_quotes(key)) out << YAML::DoubleQuoted;
                out << key << YAML::Value;
                emit(out, item);
            }
            out << YAML::EndMap;
            break;
        case nlohmann::json::value_t::array:
            out << YAML::BeginSeq;
            for (const auto& item : value) emit(out, item);
            out << YAML::EndSeq;
            break;
        case nlohmann::json::value_t::string: {
            const auto& text = value.get_ref<const std::string&>();
            if (needs_quotes(text)) out << YAML::DoubleQuoted;
            out << text;
            break;
        }
        case nlohmann::json::value_t::null:
            out << YAML::Null;
            break;
        default:
            // numbers and booleans: JSON's spelling is also valid YAML and round-trips.
            out << value.dump();
            break;
    }
}

}  // namespace

std::string json_to_yaml(const nlohmann::json& value) {
    YAML::Emitter out;
    emit(out, value);
    return out.c_str();
}

}  // namespace cijfer::cli
