// Heading lines (Spirit X3): keywords are case-insensitive and must end at a word boundary.
#include "grammar/heading_grammar.hpp"

#include <boost/spirit/home/x3.hpp>

namespace cijfer {
namespace {

namespace x3 = boost::spirit::x3;
using x3::lit;
using x3::no_case;

/// Headings are ASCII; X3's character classes must never see a byte above 127 (they
/// assert on it), so any other line is no heading.
bool ascii(std::string_view line) {
    for (char c : line)
        if (static_cast<unsigned char>(c) > 127) return false;
    return true;
}

template <typename Parser>
auto keyword(Parser p) {
    return x3::lexeme[no_case[p] >> !x3::alnum];
}

}  // namespace

std::optional<Heading> parse_heading(std::string_view line) {
    // Every heading starts with "vraag", "vragen" or "antwoord": skip other lines cheaply.
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos || ((line[start] | 0x20) != 'v' && (line[start] | 0x20) != 'a') ||
        !ascii(line))
        return std::nullopt;
    Heading h;
    auto set_answer = [&h](auto&) { h.is_answer = true; };
    auto add_question = [&h](auto& ctx) { h.questions.push_back(x3::_attr(ctx)); };

    const auto numbers = x3::int_[add_question] % (lit(',') | keyword(lit("en")));
    const auto question = (keyword(lit("vragen")) | keyword(lit("vraag"))) >> -lit('(') >> numbers >> -lit(')');
    const auto answer = keyword(lit("antwoord"))[set_answer] >> -keyword(lit("op")) >> -keyword(lit("de")) >> -question;
    const auto heading = (answer | question) >> -lit(':') >> x3::eoi;

    auto first = line.begin();
    if (!x3::phrase_parse(first, line.end(), heading, x3::space)) return std::nullopt;
    return h;
}

std::optional<int> parse_year_line(std::string_view line) {
    const auto start = line.find_first_not_of(" \t");
    if (start == std::string_view::npos || line[start] < '1' || line[start] > '2' || !ascii(line))
        return std::nullopt;
    int year = 0;
    auto first = line.begin();
    const auto rule = x3::uint_parser<int, 10, 4, 4>{} >> -lit('*') >> x3::eoi;
    if (!x3::phrase_parse(first, line.end(), rule, x3::space, year)) return std::nullopt;
    if (year < 1800 || year > 2199) return std::nullopt;
    return year;
}

}  // namespace cijfer
