#!/usr/bin/env bash
# Measures cijfercheck's speed and memory (docs/performance.md): a release build with the
# Google Benchmark binary, instruction counts under callgrind (stable on a busy machine),
# and a corpus of thousands of documents checked by one process, with its peak memory.
#
#   bash scripts/bench.sh           # everything below
#   COPIES=100 bash scripts/bench.sh   # a smaller corpus (default 500 copies of 6 documents)
#
# Needs: libbenchmark-dev, valgrind, GNU time (apt-get install libbenchmark-dev valgrind time).
set -euo pipefail
cd "$(dirname "$0")/.."

readonly build=build/bench
readonly copies=${COPIES:-500}
readonly documents=(datasets/*/document.txt datasets/om-sepots-2026/antwoord.txt)

say() { printf 'bench: %s\n' "$*"; }

say "configuring a release build with benchmarks in $build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCIJFER_BUILD_BENCHMARKS=ON >"$build.log" 2>&1 ||
  { cat "$build.log"; exit 1; }
cmake --build "$build" -j 2 --target cijfercheck pipeline_bench >>"$build.log" 2>&1 || { cat "$build.log"; exit 1; }
readonly tool=$build/cli/cijfercheck

say "Google Benchmark (wall and CPU time per iteration)"
"$build/bench/pipeline_bench" --benchmark_min_time=0.5

say "instructions per process, cijfercheck check (callgrind; includes start-up and rule loading)"
for document in "${documents[@]}"; do
  out=$(mktemp)
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$tool" check "$document" --fail-on none \
    >/dev/null 2>"$out" || true
  printf '  %-70s %6s bytes %15s instructions\n' "$document" "$(stat -c %s "$document")" \
    "$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$out")"
  rm -f "$out"
done

say "corpus: $copies copies of ${#documents[@]} documents, one process"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
for ((i = 0; i < copies; ++i)); do
  for document in "${documents[@]}"; do
    cp "$document" "$corpus/$i-$(basename "$(dirname "$document")").txt"
  done
done
files=$(find "$corpus" -name '*.txt' | wc -l)
bytes=$(du -sb "$corpus" | cut -f1)
/usr/bin/time -f '%e s wall, %U s user, %S s system, %M KB peak resident' \
  "$tool" check "$corpus"/*.txt --fail-on none --format json --output /dev/null 2>&1 | tail -1 |
  sed "s/^/  $files files, $bytes bytes: /"
