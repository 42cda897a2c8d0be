// Google Benchmark of the pipeline on the seed document: the grammar alone, the checker
// alone, and both. Run: build/gcc/bench/pipeline_bench (see docs/performance.md).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

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

}  // namespace

BENCHMARK_MAIN();
