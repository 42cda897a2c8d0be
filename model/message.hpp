#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace cijfer {

/// One named argument of a message: text taken from the document (a label, a figure as
/// written), or a computed number that the renderer writes in the reader's language.
struct MessageArg {
    std::string name;
    std::string text;              ///< used when `number` is empty
    std::optional<double> number;  ///< computed value, formatted per language
    int decimals = 0;
    bool show_sign = false;        ///< "+12" / "−304" for differences
};

/// A user-facing message as data: a catalogue key and its named arguments, rendered in
/// Dutch or English by the reporters (report/catalogue.cpp).
struct Message {
    std::string key;
    std::vector<MessageArg> args;

    Message& text(std::string name, std::string value) {
        args.push_back({std::move(name), std::move(value), std::nullopt, 0, false});
        return *this;
    }
    Message& number(std::string name, double value, int decimals = 0, bool show_sign = false) {
        args.push_back({std::move(name), {}, value, decimals, show_sign});
        return *this;
    }
};

}  // namespace cijfer
