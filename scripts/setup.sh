#!/usr/bin/env bash
# Sets up cijfercheck on Debian 12 (run as root on a fresh machine, or as a user once the
# packages are there). Idempotent: installs only missing packages, rebuilds incrementally.
#
#   bash scripts/setup.sh run    # install what is missing, build, check the bundled dataset
#   bash scripts/setup.sh test   # install what is missing, build with g++ and clang, run all tests
#                                # (and the whole suite again under ASan + UBSan: preset asan)
set -euo pipefail

readonly packages=(
  cmake ninja-build g++ clang
  libboost-dev libboost-test-dev libfmt-dev libyaml-cpp-dev libcli11-dev nlohmann-json3-dev
  python3 python3-jsonschema libxml2-utils
  pkg-config libpoppler-cpp-dev libzip-dev libpugixml-dev nettle-dev chromium
)
readonly jobs=2  # the build machines have two cores; Spirit grammars take ~350 MB each

cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }

usage() {
  printf 'usage: bash scripts/setup.sh run|test\n' >&2
  exit 2
}

install_missing_packages() {
  local missing=()
  for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$package")
    fi
  done
  if ((${#missing[@]} == 0)); then
    say "all ${#packages[@]} packages present"
    return
  fi
  say "installing: ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then sudo=(sudo); fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Runs a command with its output in a log; shows the log only when the command fails.
quietly() {
  local log=$1
  shift
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    say "failed: $* (log: $log)"
    exit 1
  fi
}

build() {
  local preset=$1
  say "building preset '$preset' in build/$preset"
  mkdir -p build
  quietly "build/$preset-configure.log" cmake --preset "$preset"
  quietly "build/$preset-build.log" cmake --build --preset "$preset" -j "$jobs"
}

run_dataset() {
  local dataset=datasets/om-sepots-2026
  say "checking $dataset/antwoord.txt"
  local status=0
  build/gcc/cli/cijfercheck check "$dataset/antwoord.txt" --rules "$dataset/rules.yaml" || status=$?
  case $status in
    0) say "cijfercheck exit status 0: no findings at or above error" ;;
    1) say "cijfercheck exit status 1: findings at or above error (expected for this dataset)" ;;
    *) say "cijfercheck exit status $status: usage or input error"; exit "$status" ;;
  esac
}

# Runs both suites even when the first fails, so one CI run shows every failure.
run_tests() {
  local failed=()
  for preset in gcc clang asan; do
    say "running the tests of preset '$preset'"
    ctest --preset "$preset" -j "$jobs" || failed+=("$preset")
  done
  if ((${#failed[@]} > 0)); then
    say "tests failed with: ${failed[*]}"
    exit 1
  fi
  say "all tests passed with g++ and clang, and under ASan + UBSan"
}

main() {
  (($# == 1)) || usage
  case $1 in
    run)
      install_missing_packages
      build gcc
      run_dataset
      ;;
    test)
      install_missing_packages
      build gcc
      build clang
      build asan
      run_tests
      ;;
    *) usage ;;
  esac
}

main "$@"
