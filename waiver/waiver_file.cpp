#include "waiver/waiver_file.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "checker/yaml_screen.hpp"

namespace cijfer {
namespace {

class WaiverReader {
public:
    explicit WaiverReader(const SourceText& file) : file_(file) {}

    WaiverFileResult read() {
        // Duplicate keys and alias cycles, which yaml-cpp accepts silently (checker/yaml_screen.hpp).
        for (auto& p : screen_yaml(file_.bytes(), YamlLimits{}))
            result_.errors.push_back({{p.line, p.column}, std::move(p.message)});
        if (!result_.errors.empty()) return std::move(result_);
        YAML::Node root;
        try {
            root = YAML::Load(std::string(file_.bytes()));
            document(root);
        } catch (const YAML::Exception& e) {
            result_.errors.push_back({at(e.mark), e.msg});
        }
        return std::move(result_);
    }

private:
    Location at(const YAML::Mark& mark) const {
        if (mark.pos >= 0 && static_cast<std::size_t>(mark.pos) <= file_.bytes().size())
            return file_.locate(static_cast<std::uint32_t>(mark.pos));
        return {std::max(mark.line, 0) + 1, std::max(mark.column, 0) + 1};
    }
    void error(const YAML::Node& node, std::string message) { result_.errors.push_back({at(node.Mark()), std::move(message)}); }
    Span span_of(const YAML::Node& node) const {
        auto begin = static_cast<std::uint32_t>(std::max(node.Mark().pos, 0));
        const auto bytes = file_.bytes();
        if (begin < bytes.size() && (bytes[begin] == '"' || bytes[begin] == '\'')) ++begin;
        const auto size = node.IsScalar() ? node.Scalar().size() : 1;
        return {begin, static_cast<std::uint32_t>(std::min<std::size_t>(begin + size, bytes.size()))};
    }

    std::optional<std::string> required_text(const YAML::Node& map, const char* key) {
        const auto node = map[key];
        if (!node || !node.IsScalar() || node.Scalar().empty()) {
            error(node && !node.IsNull() ? node : map, fmt::format("a waiver needs '{}' (a text)", key));
            return std::nullopt;
        }
        return node.Scalar();
    }

    void document(const YAML::Node& root) {
        if (!root.IsMap()) {
            error(root, "a waiver file is a mapping with 'version: 1' and 'waivers:'");
            return;
        }
        for (const auto& entry : root) {
            const auto key = entry.first.Scalar();
            if (key != "version" && key != "waivers")
                error(entry.first, fmt::format("unknown key '{}' in a waiver file (expected one of: version, waivers)", key));
        }
        int version = 0;
        if (!root["version"] || !YAML::convert<int>::decode(root["version"], version) || version != 1) {
            error(root["version"] ? root["version"] : root, "a waiver file starts with 'version: 1'");
            return;
        }
        const auto list = root["waivers"];
        if (!list || !list.IsSequence()) {
            error(list ? list : root, "'waivers' must be a list");
            return;
        }
        for (const auto& node : list) waiver(node);
    }

    void waiver(const YAML::Node& node) {
        if (!node.IsMap()) {
            error(node, "a waiver must be a mapping");
            return;
        }
        constexpr std::string_view keys[] = {"rule", "figures", "reason", "accepted_by", "expires"};
        for (const auto& entry : node)
            if (std::find(std::begin(keys), std::end(keys), entry.first.Scalar()) == std::end(keys))
                error(entry.first, fmt::format("unknown key '{}' in a waiver (expected one of: rule, figures, reason, "
                                               "accepted_by, expires)", entry.first.Scalar()));
        Waiver w;
        const auto rule = required_text(node, "rule");
        const auto reason = required_text(node, "reason");
        const auto by = required_text(node, "accepted_by");
        const auto expires = required_text(node, "expires");
        if (!rule || !reason || !by || !expires) return;
        w.rule = *rule;
        w.span = span_of(node["rule"]);
        w.reason = *reason;
        w.accepted_by = *by;
        const auto date = parse_date(*expires);
        if (!date) {
            error(node["expires"], fmt::format("'expires' must be a date written YYYY-MM-DD, not '{}'", *expires));
            return;
        }
        w.expires = *date;
        const auto figures = node["figures"];
        if (!figures || !figures.IsMap() || figures.size() == 0) {
            error(figures ? figures : node,
                  "'figures' must map each figure's stable name to its value as accepted, e.g. "
                  "antwoord-op-vraag-2.aantal-misdrijfzaken-1.eindtotaal.2023: \"65.496\"");
            return;
        }
        for (const auto& entry : figures) {
            if (!entry.second.IsScalar() || entry.second.Scalar().empty()) {
                error(entry.second, fmt::format("the accepted value of '{}' must be the figure as written, e.g. \"65.496\"",
                                                entry.first.Scalar()));
                return;
            }
            w.figures.push_back({entry.first.Scalar(), entry.second.Scalar(), span_of(entry.first)});
        }
        result_.waivers.push_back(std::move(w));
    }

    const SourceText& file_;
    WaiverFileResult result_;
};

}  // namespace

std::optional<std::chrono::year_month_day> parse_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    int parts[3] = {0, 0, 0};
    const std::size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p)
        for (std::size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9') return std::nullopt;
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    const std::chrono::year_month_day date{std::chrono::year(parts[0]), std::chrono::month(static_cast<unsigned>(parts[1])),
                                           std::chrono::day(static_cast<unsigned>(parts[2]))};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::string date_text(std::chrono::year_month_day day) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                       static_cast<unsigned>(day.day()));
}

std::chrono::year_month_day utc_day(std::int64_t epoch_seconds) {
    using namespace std::chrono;
    return year_month_day{floor<days>(sys_seconds{seconds{epoch_seconds}})};
}

WaiverFileResult read_waivers(const SourceText& file) { return WaiverReader(file).read(); }

}  // namespace cijfer
