// Google Benchmark of the pipeline on the seed document: the grammar alone, the checker
// alone, and both; and every dataset. Run: bash scripts/bench.sh (see docs/performance.md).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "checker/checker.hpp"
#include "checker/rule_loader.hpp"
#include "grammar/parse.hpp"

namespace {

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

const std::string& seed_text() {
    static const std::string text = read(std::string(CIJFER_SOURCE_DIR) + "/datasets/om-sepots-2026/antwoord.txt");
    return text;
}

const cijfer::RuleSet& seed_rules() {
    static const cijfer::RuleSet rules = [] {
        cijfer::RuleSet set;
        std::vector<cijfer::RuleFileError> errors;
        for (const char* file : {"/rules/default.yaml", "/datasets/om-sepots-2026/rules.yaml"}) {
            const std::string path = std::string(CIJFER_SOURCE_DIR) + file;
            cijfer::add_rule_file(set, path, cijfer::load_rule_file(path), errors);
        }
        return set;
    }();
    return rules;
}

void parse_seed(benchmark::State& state) {
    const cijfer::SourceText source("antwoord.txt", seed_text());
    for (auto _ : state) benchmark::DoNotOptimize(cijfer::parse_document(source));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * seed_text().size()));
}
BENCHMARK(parse_seed);

void check_seed(benchmark::State& state) {
    const cijfer::SourceText source("antwoord.txt", seed_text());
    const auto doc = cijfer::parse_document(source);
    for (auto _ : state) benchmark::DoNotOptimize(cijfer::run_checks(doc, seed_rules()));
}
BENCHMARK(check_seed);

void parse_and_check_seed(benchmark::State& state) {
    for (auto _ : state) {
        const cijfer::SourceText source("antwoord.txt", seed_text());
        const auto doc = cijfer::parse_document(source);
        benchmark::DoNotOptimize(cijfer::run_checks(doc, seed_rules()));
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * seed_text().size()));
}
BENCHMARK(parse_and_check_seed);

/// Every document in datasets/ with the default rules: the documents of other kinds (CBS
/// exports, cell-per-line tables) cost differently from the seed.
void parse_and_check_each_dataset(benchmark::State& state) {
    static const std::vector<std::pair<std::string, std::string>> documents = [] {
        std::vector<std::pair<std::string, std::string>> out;
        for (const char* name : {"01-om-jaarinverhaal-2023-kerncijfers-instroom/document.txt",
                                 "02-jenv-jaarverslag2019-vragen-fte-inhuur/document.txt",
                                 "06-cbs-zorguitgaven-aanbieders-85548NED/document.txt",
                                 "11-cbs-gemeenterekeningen-taakvelden-84413NED/document.txt",
                                 "13-verkiezingen-tk2002-percentages-groningen/document.txt",
                                 "om-sepots-2026/antwoord.txt"})
            out.emplace_back(name, read(std::string(CIJFER_SOURCE_DIR) + "/datasets/" + name));
        return out;
    }();
    static const cijfer::RuleSet rules = [] {
        cijfer::RuleSet set;
        std::vector<cijfer::RuleFileError> errors;
        const std::string path = std::string(CIJFER_SOURCE_DIR) + "/rules/default.yaml";
        cijfer::add_rule_file(set, path, cijfer::load_rule_file(path), errors);
        return set;
    }();
    std::int64_t bytes = 0;
    for (const auto& d : documents) bytes += static_cast<std::int64_t>(d.second.size());
    for (auto _ : state)
        for (const auto& [name, text] : documents) {
            const cijfer::SourceText source(name, text);
            const auto doc = cijfer::parse_document(source);
            benchmark::DoNotOptimize(cijfer::run_checks(doc, rules));
        }
    state.SetBytesProcessed(state.iterations() * bytes);
    state.counters["documents"] = benchmark::Counter(static_cast<double>(state.iterations() * documents.size()),
                                                     benchmark::Counter::kIsRate);
}
BENCHMARK(parse_and_check_each_dataset);

}  // namespace

BENCHMARK_MAIN();
