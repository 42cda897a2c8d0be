#include "source/source_text.hpp"

#include <algorithm>
#include <cstring>

namespace cijfer {

SourceText::SourceText(std::string name, std::string bytes)
    : name_(std::move(name)), bytes_(std::move(bytes)) {
    line_starts_.push_back(0);
    const char* data = bytes_.data();
    const std::size_t size = bytes_.size();
    // Without a CR, memchr finds the line ends (most texts: one pass at memory speed).
    if (std::memchr(data, '\r', size) == nullptr) {
        for (const char* at = data; (at = static_cast<const char*>(std::memchr(at, '\n', size - (at - data)))); ++at)
            line_starts_.push_back(static_cast<std::uint32_t>(at - data + 1));
        return;
    }
    for (std::uint32_t i = 0; i < size; ++i) {
        // CR LF, lone CR and LF all end a line.
        if (bytes_[i] == '\n' || (bytes_[i] == '\r' && (i + 1 >= size || bytes_[i + 1] != '\n')))
            line_starts_.push_back(i + 1);
    }
}

int count_code_points(std::string_view utf8) {
    return static_cast<int>(std::count_if(utf8.begin(), utf8.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

Location SourceText::locate(std::uint32_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const auto line_index = static_cast<int>(it - line_starts_.begin()) - 1;
    const auto start = line_starts_[line_index];
    const auto prefix = std::string_view(bytes_).substr(start, offset - start);
    return {line_index + 1, count_code_points(prefix) + 1};
}

const Place* SourceText::place_at(std::uint32_t offset) const {
    auto it = std::upper_bound(places_.begin(), places_.end(), offset,
                               [](std::uint32_t o, const Place& p) { return o < p.begin; });
    return it == places_.begin() ? nullptr : &*(it - 1);
}

int SourceText::end_column(Span span) const {
    return locate(span.begin).column + count_code_points(text(span));
}

std::string_view SourceText::line(int line_number) const {
    const auto start = line_starts_.at(line_number - 1);
    auto end = line_number < line_count() ? line_starts_[line_number] : static_cast<std::uint32_t>(bytes_.size());
    while (end > start && (bytes_[end - 1] == '\n' || bytes_[end - 1] == '\r')) --end;
    return std::string_view(bytes_).substr(start, end - start);
}

}  // namespace cijfer
