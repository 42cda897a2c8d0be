#include "report/github_command_escape.hpp"

namespace cijfer {

namespace {

std::string escape(std::string_view text, bool property) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '%': out += "%25"; break;
        case '\r': out += "%0D"; break;
        case '\n': out += "%0A"; break;
        case ':': out += property ? "%3A" : ":"; break;
        case ',': out += property ? "%2C" : ","; break;
        default: out += c;
        }
    }
    return out;
}

}  // namespace

std::string escape_command_data(std::string_view text) { return escape(text, false); }

std::string escape_command_property(std::string_view text) { return escape(text, true); }

}  // namespace cijfer
