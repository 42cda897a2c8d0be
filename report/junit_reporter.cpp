#include <algorithm>
#include <ctime>
#include <map>
#include <ostream>
#include <tuple>
#include <unordered_map>

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <pugixml.hpp>

#include "report/catalogue.hpp"
#include "report/check_subject.hpp"
#include "report/finding_lines.hpp"
#include "report/reporters.hpp"
#include "report/summary_lines.hpp"
#include "report/tally.hpp"
#include "report/xml_text.hpp"

namespace cijfer {

namespace {

/// One test case: a rule on one subject, with the findings it made there.
struct TestCase {
    std::string rule_id;
    CheckSubject subject;
    std::vector<const Finding*> findings;
    const Finding* failure = nullptr;  ///< the most severe finding at or above --fail-on
};

/// Test cases in a stable order: the rule's place in the rule set, then the subject's
/// place in the document. Rule ids outside the rule set follow, in order of appearance.
class TestCases {
public:
    explicit TestCases(const RuleSet* rules) {
        if (rules)
            for (const auto& rule : rules->rules) rank_.emplace(rule.id, rank_.size());
    }

    TestCase& at(const std::string& rule_id, const CheckSubject& subject) {
        const std::size_t rank = rank_.emplace(rule_id, rank_.size()).first->second;
        const Key key{rank, subject.span.begin, static_cast<int>(subject.kind), subject.index};
        auto [it, added] = cases_.try_emplace(key);
        if (added) {
            it->second.rule_id = rule_id;
            it->second.subject = subject;
        }
        return it->second;
    }

    const auto& all() const { return cases_; }

private:
    using Key = std::tuple<std::size_t, std::uint32_t, int, std::size_t>;
    std::unordered_map<std::string, std::size_t> rank_;
    std::map<Key, TestCase> cases_;
};

std::string timestamp(std::int64_t seconds) {
    // The schema's pattern has no time zone and four year digits: UTC (as SOURCE_DATE_EPOCH
    // is), clamped to 1970..9999 so that gmtime cannot fail.
    constexpr std::int64_t last_second_of_9999 = 253402300799;
    const auto clamped = std::clamp<std::int64_t>(seconds, 0, last_second_of_9999);
    return fmt::format("{:%Y-%m-%dT%H:%M:%S}", fmt::gmtime(static_cast<std::time_t>(clamped)));
}

std::string fail_on_name(std::optional<Severity> fail_on) { return fail_on ? to_string(*fail_on) : "none"; }

void set(pugi::xml_node node, const char* name, std::string_view value) {
    node.append_attribute(name).set_value(xml_safe_text(value).c_str());
}

void add_property(pugi::xml_node properties, const char* name, std::string_view value) {
    auto property = properties.append_child("property");
    set(property, "name", name);
    set(property, "value", value);
}

std::string finding_block(const SourceText& source, const Finding& finding, Lang lang) {
    std::string block = finding_headline(source, finding, lang) + '\n';
    for (const auto& note : finding_notes(source, finding, lang)) block += "  " + note + '\n';
    return block;
}

TestCases test_cases(const CheckedInput& input, const ReportContext& ctx) {
    TestCases cases(ctx.rules);
    for (const auto& check : input.report->checks) cases.at(check.rule_id, subject_of(*input.doc, check.relation));
    for (const auto& finding : input.report->findings) {
        TestCase& c = cases.at(finding.rule_id, subject_at(*input.doc, finding.span));
        c.findings.push_back(&finding);
        const bool fails = ctx.fail_on && finding.severity >= *ctx.fail_on;
        if (fails && (!c.failure || finding.severity > c.failure->severity)) c.failure = &finding;
    }
    return cases;
}

void write_suite(pugi::xml_node suites, std::size_t id, const CheckedInput& input, const ReportContext& ctx) {
    const TestCases cases = test_cases(input, ctx);
    int failures = 0;
    for (const auto& [key, c] : cases.all()) failures += c.failure ? 1 : 0;

    auto suite = suites.append_child("testsuite");
    set(suite, "name", input.source->name());
    set(suite, "package", input.source->name());
    suite.append_attribute("id").set_value(static_cast<unsigned long long>(id));
    set(suite, "timestamp", timestamp(ctx.run_time));
    // Deliberately not the machine's name: reports are byte-identical wherever they are
    // made, and a workstation's name does not belong in a shared artifact. The schema
    // asks for "localhost" when the host name cannot be determined.
    set(suite, "hostname", "localhost");
    suite.append_attribute("tests").set_value(static_cast<unsigned long long>(cases.all().size()));
    suite.append_attribute("failures").set_value(failures);
    suite.append_attribute("errors").set_value(0);
    suite.append_attribute("skipped").set_value(0);
    // A document is checked in milliseconds; a measured time would only make two runs differ.
    set(suite, "time", "0");

    auto properties = suite.append_child("properties");
    add_property(properties, "cijfercheck.version", ctx.tool_version);
    add_property(properties, "lang", ctx.lang == Lang::nl ? "nl" : "en");
    add_property(properties, "fail-on", fail_on_name(ctx.fail_on));
    if (ctx.rules)
        for (const auto& file : ctx.rules->files) add_property(properties, "rule-file", file);

    for (const auto& [key, c] : cases.all()) {
        auto testcase = suite.append_child("testcase");
        set(testcase, "name", subject_name(*input.source, *input.doc, c.subject, ctx.lang));
        set(testcase, "classname", c.rule_id);
        set(testcase, "time", "0");
        if (!c.failure) continue;
        auto failure = testcase.append_child("failure");
        set(failure, "message", render(c.failure->message, ctx.lang));
        set(failure, "type", c.failure->message.key);
        std::string body;
        for (const Finding* f : c.findings)
            if (f->severity >= *ctx.fail_on) body += finding_block(*input.source, *f, ctx.lang);
        failure.text().set(xml_safe_text(body).c_str());
    }

    // What the text format would print besides the failures: the findings below
    // --fail-on (a failure's text holds the others), then the summary.
    std::string out;
    for (const auto& finding : input.report->findings) {
        const bool failed = ctx.fail_on && finding.severity >= *ctx.fail_on;
        if (!failed && listed(finding, ctx.verbose)) out += finding_block(*input.source, finding, ctx.lang);
    }
    for (const auto& line : summary_lines(input.source->name(), tally(*input.report), ctx.lang)) out += line + '\n';
    suite.append_child("system-out").text().set(xml_safe_text(out).c_str());
    suite.append_child("system-err");
}

}  // namespace

void write_junit(std::ostream& out, const ReportContext& ctx) {
    pugi::xml_document xml;
    auto declaration = xml.append_child(pugi::node_declaration);
    declaration.append_attribute("version").set_value("1.0");
    declaration.append_attribute("encoding").set_value("UTF-8");
    auto suites = xml.append_child("testsuites");
    for (std::size_t i = 0; i < ctx.inputs.size(); ++i) write_suite(suites, i, ctx.inputs[i], ctx);
    xml.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
}

}  // namespace cijfer
