#include "checker/stable_name_lookup.hpp"

#include <memory>
#include <string>
#include <unordered_map>

#include "model/figure_names.hpp"

namespace cijfer {

FigureLookup stable_name_lookup(const Document& doc) {
    using Index = std::unordered_map<std::string, FigureId>;
    auto index = std::make_shared<std::unique_ptr<Index>>();
    return [&doc, index](std::string_view name, std::optional<int> year) -> std::optional<FigureId> {
        if (!*index) {
            *index = std::make_unique<Index>();
            const auto names = figure_names(doc);
            for (FigureId id = 0; id < names.size(); ++id) (*index)->emplace(names[id], id);
        }
        std::string key(name);
        if (year) key += "." + std::to_string(*year);
        const auto found = (*index)->find(key);
        if (found == (*index)->end()) return std::nullopt;
        return found->second;
    };
}

}  // namespace cijfer
