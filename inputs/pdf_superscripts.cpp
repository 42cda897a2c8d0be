#include "inputs/pdf_superscripts.hpp"

namespace cijfer::inputs {

std::string repair_superscripts(std::string text, const std::vector<Superscript>& marks) {
    std::size_t cursor = 0;
    for (const auto& m : marks) {
        if (!m.before.empty()) {
            // "OM.   2" -> "OM.2"
            for (std::size_t at = text.find(m.before, cursor); at != std::string::npos; at = text.find(m.before, at + 1)) {
                std::size_t gap = at + m.before.size();
                std::size_t digits = gap;
                while (digits < text.size() && text[digits] == ' ') ++digits;
                if (text.compare(digits, m.digits.size(), m.digits) != 0) continue;
                const std::size_t end = digits + m.digits.size();
                if (end < text.size() && text[end] >= '0' && text[end] <= '9') continue;
                text.erase(gap, digits - gap);
                cursor = gap + m.digits.size();
                break;
            }
        } else if (!m.after.empty()) {
            // "1De stroom" at a line start -> "1 De stroom"
            const std::string glued = m.digits + m.after;
            for (std::size_t at = text.find(glued, cursor); at != std::string::npos; at = text.find(glued, at + 1)) {
                if (at > 0 && text[at - 1] != '\n' && text[at - 1] != ' ') continue;
                text.insert(text.begin() + static_cast<std::ptrdiff_t>(at + m.digits.size()), ' ');
                cursor = at + glued.size() + 1;
                break;
            }
        }
    }
    return text;
}

}  // namespace cijfer::inputs
