#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace cijfer {

/// A section heading of a parliamentary answer: "Vraag 1", "Vraag (1):",
/// "Antwoord op vraag 2", "Antwoord op vragen 3 en 5", "Antwoord:".
struct Heading {
    bool is_answer = false;
    std::vector<int> questions;
};

/// Parses a whole line as a heading; nullopt when the line is anything else.
std::optional<Heading> parse_heading(std::string_view line);

/// A line that holds only a year, possibly provisional: "2023", "2018*".
std::optional<int> parse_year_line(std::string_view line);

}  // namespace cijfer
