#!/usr/bin/env bash
# Whole-process benchmark for plumb.
#
#   bench/run.sh [RUNS]        RUNS timed runs per case (default 7), after one untimed warm-up
#
# Builds the jar if needed (via ./plumb), generates bench/out/corpus (10k Kubernetes objects),
# bench/out/terraform (a 300-file Terraform repository) and bench/out/charts (25 Helm charts) once, then times whole `plumb` processes
# and prints a Markdown table: median / min / max wall seconds and peak RSS.
# PLUMB="java -jar target/plumb.jar" bench/run.sh  compares another way of launching;
# CASES="e f" bench/run.sh  times only the cases named (letters of the table).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${1:-7}"
if [[ ! "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bench/run.sh [RUNS]   (RUNS: a positive integer, default 7)" >&2
  exit 2
fi
read -r -a PLUMB_CMD <<< "${PLUMB:-./plumb}"
CORPUS=bench/out/corpus
TERRAFORM=bench/out/terraform
TERRAFORM_FILES=300
CHARTS=bench/out/charts
CHART_COUNT=25
CASES="${CASES:-a b c d e f g}"
HOMELAB=examples/homelab
TIME_BIN=/usr/bin/time
if [[ ! -x "$TIME_BIN" ]]; then
  echo "bench/run.sh needs GNU time at $TIME_BIN (Debian/Ubuntu: apt-get install time)" >&2
  exit 2
fi

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The first call builds the jar when it is missing or stale; keep that out of the timings.
"${PLUMB_CMD[@]}" --version >/dev/null

if [[ ! -f "$CORPUS/.plumb-bench-corpus" ]]; then
  echo "generating $CORPUS ..." >&2
  java bench/GenerateCorpus.java "$CORPUS" >&2
fi
if ! grep -qs "files=$TERRAFORM_FILES\$" "$TERRAFORM/.plumb-bench-corpus"; then
  echo "generating $TERRAFORM ..." >&2
  java bench/GenerateCorpus.java --terraform "$TERRAFORM" "$TERRAFORM_FILES" >&2
fi

if ! grep -qs "charts=$CHART_COUNT\$" "$CHARTS/.plumb-bench-corpus"; then
  echo "generating $CHARTS ..." >&2
  rm -rf "$CHARTS"
  java bench/GenerateCharts.java "$CHARTS" "$CHART_COUNT" >&2
fi

ROWS=()

fail() { # fail LABEL STATUS
  echo "bench/run.sh: '$1' exited with status $2; its stderr:" >&2
  cat "$WORK/stderr" >&2
  exit 1
}

# measure LABEL STDOUT_FILE CMD... : one warm-up run, then RUNS timed runs of CMD (if CASES names
# the letter in the label's "(x)").
measure() {
  local label="$1" out="$2"
  shift 2
  local letter="${label:1:1}"
  if [[ " $CASES " != *" $letter "* ]]; then
    return
  fi
  local -a ms=()
  local i start end status rss rss_max=0
  echo "timing: $label ($RUNS runs)" >&2
  status=0
  "$@" >"$out" 2>"$WORK/stderr" || status=$?
  if ((status != 0)); then fail "$label" "$status"; fi
  for ((i = 0; i < RUNS; i++)); do
    status=0
    start="$(date +%s%N)"
    "$TIME_BIN" -f %M -o "$WORK/rss" "$@" >"$out" 2>"$WORK/stderr" || status=$?
    end="$(date +%s%N)"
    if ((status != 0)); then fail "$label" "$status"; fi
    ms+=("$(((end - start) / 1000000))")
    rss="$(tail -n 1 "$WORK/rss")"
    if ((rss > rss_max)); then rss_max="$rss"; fi
  done
  local stats
  stats="$(printf '%s\n' "${ms[@]}" | sort -n | awk '
    { a[NR] = $1 }
    END {
      med = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2
      printf "%.3f | %.3f | %.3f", med / 1000, a[1] / 1000, a[NR] / 1000
    }')"
  ROWS+=("| $label | $stats | $(awk -v k="$rss_max" 'BEGIN { printf "%.0f", k / 1024 }') |")
}

measure "(a) scan 10k corpus, json" /dev/null \
  "${PLUMB_CMD[@]}" scan "$CORPUS" --format json --output /dev/null --fail-on none
measure "(b) parse-only 10k corpus" /dev/null \
  "${PLUMB_CMD[@]}" scan "$CORPUS" --parse-only --format json --output /dev/null --fail-on none
measure "(c) scan examples/homelab" /dev/null \
  "${PLUMB_CMD[@]}" scan "$HOMELAB" --fail-on none
measure "(d) --version (startup)" /dev/null \
  "${PLUMB_CMD[@]}" --version
measure "(e) scan 300-file Terraform repo, json" /dev/null \
  "${PLUMB_CMD[@]}" scan "$TERRAFORM" --format json --output /dev/null --fail-on none
measure "(f) parse-only 300-file Terraform repo" /dev/null \
  "${PLUMB_CMD[@]}" scan "$TERRAFORM" --parse-only --format json --output /dev/null --fail-on none
measure "(g) scan 25 Helm charts (Flux, Argo CD, defaults), json" /dev/null \
  "${PLUMB_CMD[@]}" scan "$CHARTS" --format json --output /dev/null --fail-on none

cpu="$(grep -m 1 -E '^(model name|Hardware|Processor|cpu model)' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
java_version="$(java -version 2>&1 | sed -n 1p)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo 'no commit')"
corpus_files="$(find "$CORPUS" -type f -name '*.yaml' | wc -l | tr -d ' ')"
corpus_mb="$(find "$CORPUS" -type f -name '*.yaml' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')"
tf_files="$(find "$TERRAFORM" -type f ! -name .plumb-bench-corpus | wc -l | tr -d ' ')"
tf_lines="$(find "$TERRAFORM" -type f \( -name '*.tf' -o -name '*.tfvars' \) -exec cat {} + | wc -l | tr -d ' ')"

echo
echo "| case | median s | min | max | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
echo
echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}; ${java_version}; $(date '+%Y-%m-%d %H:%M %Z')"
echo "Runs: $RUNS per case after one warm-up; corpus $corpus_files files, $corpus_mb MB; Terraform repo $tf_files files, $tf_lines lines; plumb ${PLUMB_CMD[*]} at $commit."
