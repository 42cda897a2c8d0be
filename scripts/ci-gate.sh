#!/usr/bin/env bash
# The CI gate on a datasets folder (docs/ci.md). Checks every document of every dataset
# (DATASETS/*/*.txt) with the dataset's own rule file (DATASETS/*/rules.yaml, when there
# is one) on top of the built-in rules, and writes per document a SARIF report
# (REPORTS/<dataset>--<document>.sarif) and a JUnit report (….junit.xml). The log shows
# each document in CIJFER_LOG_FORMAT (text, or github for annotations on GitHub).
#
#   scripts/ci-gate.sh DATASETS REPORTS [check options, e.g. --fail-on warning --lang nl]
#
# Exit status: 2 when any document or rule file could not be read, else 1 when any
# document has a finding at or above --fail-on, else 0. Every document is checked, also
# after a failing one, so that the reports are complete.
set -uo pipefail

if (($# < 2)); then
  printf 'usage: scripts/ci-gate.sh DATASETS REPORTS [cijfercheck check options]\n' >&2
  exit 2
fi
datasets=${1%/}
reports=${2%/}
shift 2
cijfercheck=${CIJFERCHECK:-cijfercheck}
log_format=${CIJFER_LOG_FORMAT:-text}
mkdir -p "$reports" || exit 2

status=0
note() { # keeps the worst status: 2 over 1 over 0
  if (($1 == 2 || (status == 0 && $1 == 1))); then status=$1; fi
}

documents=0
for dataset in "$datasets"/*/; do
  dataset=${dataset%/}
  rules=()
  if [[ -f $dataset/rules.yaml ]]; then rules=(--rules "$dataset/rules.yaml"); fi
  for document in "$dataset"/*.txt; do
    [[ -f $document ]] || continue
    documents=$((documents + 1))
    name="$(basename "$dataset")--$(basename "$document" .txt)"
    "$cijfercheck" check "$document" "${rules[@]}" "$@" --format sarif --output "$reports/$name.sarif"
    note $?
    "$cijfercheck" check "$document" "${rules[@]}" "$@" --format junit --output "$reports/$name.junit.xml"
    note $?
    "$cijfercheck" check "$document" "${rules[@]}" "$@" --format "$log_format"
    note $?
  done
done

if ((documents == 0)); then
  printf 'ci-gate: no documents (*.txt) in %s/*/\n' "$datasets" >&2
  exit 2
fi
printf 'ci-gate: %d documents checked, exit status %d\n' "$documents" "$status"
exit "$status"
