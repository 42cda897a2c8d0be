#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`, clang 14) and runs each for a bounded time,
# one after the other, at the lowest priority. Outside CI: see docs/fuzzing.md.
#
#   bash scripts/fuzz.sh [SECONDS] [TARGET...]   # default 600 s each, all targets
#
# New inputs go to build/fuzz/corpus/<target> (seeded from fuzz/corpus, datasets/ and the
# tests); crashes to build/fuzz/crashes/<target>. `bash scripts/fuzz.sh merge` minimises
# the corpora into fuzz/corpus/ to commit.
set -euo pipefail
cd "$(dirname "$0")/.."

readonly all_targets=(document number rule_file yaml_screen expression dataset)
readonly build=build/fuzz

say() { printf 'fuzz: %s\n' "$*"; }

build_targets() {
  cmake --preset fuzz >"$build-configure.log" 2>&1 || { cat "$build-configure.log"; exit 1; }
  local names=()
  for target in "${all_targets[@]}"; do names+=("fuzz_$target"); done
  nice -n 19 cmake --build --preset fuzz -j 2 --target "${names[@]}"
}

# The committed corpus plus the inputs of the project that fit the target.
seed() {
  local target=$1 dir=$build/corpus/$1
  mkdir -p "$dir"
  cp -n fuzz/corpus/"$target"/* "$dir"/ 2>/dev/null || true
  case $target in
    document|number)
      for f in datasets/*/*.txt checker/kinds/*/*.txt; do cp -n "$f" "$dir/seed-$(echo "$f" | tr / _)"; done ;;
    rule_file|yaml_screen)
      for f in rules/*.yaml datasets/*/*.yaml tests/bad-inputs/*/rules.yaml; do
        if [[ $(stat -c %s "$f") -lt 65536 ]]; then cp -n "$f" "$dir/seed-$(echo "$f" | tr / _)"; fi
      done ;;
    expression)
      # The expressions of the shipped and test rule files, one per seed.
      grep -rhoE --include="*.yaml" "expression: *'[^']+'" rules datasets checker/kinds tests 2>/dev/null |
        sed -E "s/^expression: *'//; s/'$//" | sort -u | while IFS= read -r e; do
          printf '%s' "$e" >"$dir/seed-$(printf '%s' "$e" | sha1sum | cut -c1-16)"
        done ;;
    dataset)
      for f in datasets/*/*.yaml; do
        if [[ $(stat -c %s "$f") -lt 65536 ]]; then cp -n "$f" "$dir/seed-$(echo "$f" | tr / _)"; fi
      done ;;
  esac
}

run() {
  local target=$1 seconds=$2
  seed "$target"
  mkdir -p "$build/crashes/$target"
  say "running $target for $seconds s"
  # -rss_limit_mb and -timeout turn an out-of-memory or a hang into a finding. The log goes
  # to build/fuzz/<target>.log, so that several targets may run at once (one per core).
  local status=0
  nice -n 19 "$build/fuzz/fuzz_$target" "$build/corpus/$target" fuzz/regressions/"$target" \
    -max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$build/crashes/$target/" -print_final_stats=1 >"$build/$target.log" 2>&1 || status=$?
  tail -n 8 "$build/$target.log"
  say "$target: exit $status"
  return "$status"
}

merge() {
  for target in "${all_targets[@]}"; do
    local out=fuzz/corpus/$target
    # Inputs are cut so that the committed corpora stay small and CI replays them quickly
    # under the sanitizers: documents to 600 bytes (each is parsed and checked), others to 2 KB.
    local max_len=2048
    if [[ $target == document ]]; then max_len=600; fi
    rm -rf "$out.new" && mkdir -p "$out.new"
    "$build/fuzz/fuzz_$target" -merge=1 -max_len="$max_len" "$out.new" "$build/corpus/$target" >/dev/null 2>&1
    rm -rf "$out" && mv "$out.new" "$out"
    say "$target: $(ls "$out" | wc -l) inputs, $(du -sh "$out" | cut -f1)"
  done
}

main() {
  if [[ ${1-} == merge ]]; then merge; return; fi
  local seconds=${1-600}
  shift || true
  local targets=("$@")
  ((${#targets[@]})) || targets=("${all_targets[@]}")
  build_targets
  for target in "${targets[@]}"; do run "$target" "$seconds"; done
}

main "$@"
