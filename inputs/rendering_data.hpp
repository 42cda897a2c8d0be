#pragma once
#include <string>
#include <utility>
#include <vector>

#include "source/layout.hpp"
#include "source/source_text.hpp"

namespace cijfer::inputs {

/// What a structured-document reader gives back (plain data, so that it can cross from the
/// office module into the executable): the UTF-8 rendering, its places and laid-out tables.
struct Rendering {
    std::string text;
    std::vector<Place> places;
    std::vector<LaidOutTable> tables;
};

inline SourceText make_source(std::string name, Rendering rendering, InputInfo info) {
    SourceText source(std::move(name), std::move(rendering.text));
    source.set_info(std::move(info));
    source.set_places(std::move(rendering.places));
    source.set_laid_out_tables(std::move(rendering.tables));
    return source;
}

}  // namespace cijfer::inputs
