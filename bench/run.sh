#!/usr/bin/env bash
# Whole-process benchmark for plumb.
#
#   bench/run.sh [RUNS]        RUNS timed runs per case (default 7), after one untimed warm-up
#
# Builds the jar if needed (via ./plumb), generates bench/out/corpus once, then times whole
# `plumb` processes and prints a Markdown table: median / min / max wall seconds and peak RSS.
# PLUMB="java -jar target/plumb.jar" bench/run.sh  compares another way of launching.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${1:-7}"
if [[ ! "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bench/run.sh [RUNS]   (RUNS: a positive integer, default 7)" >&2
  exit 2
fi
read -r -a PLUMB_CMD <<< "${PLUMB:-./plumb}"
CORPUS=bench/out/corpus
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

ROWS=()

fail() { # fail LABEL STATUS
  echo "bench/run.sh: '$1' exited with status $2; its stderr:" >&2
  cat "$WORK/stderr" >&2
  exit 1
}

# measure LABEL STDOUT_FILE CMD... : one warm-up run, then RUNS timed runs of CMD.
measure() {
  local label="$1" out="$2"
  shift 2
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

cpu="$(grep -m 1 -E '^(model name|Hardware|Processor|cpu model)' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
java_version="$(java -version 2>&1 | sed -n 1p)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo 'no commit')"
corpus_files="$(find "$CORPUS" -type f -name '*.yaml' | wc -l | tr -d ' ')"
corpus_mb="$(find "$CORPUS" -type f -name '*.yaml' -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1e6 }')"

echo
echo "| case | median s | min | max | peak RSS MiB |"
echo "|---|---:|---:|---:|---:|"
printf '%s\n' "${ROWS[@]}"
echo
echo "Machine: $(nproc) cores, ${cpu:-unknown CPU}; ${java_version}; $(date '+%Y-%m-%d %H:%M %Z')"
echo "Runs: $RUNS per case after one warm-up; corpus $corpus_files files, $corpus_mb MB; plumb ${PLUMB_CMD[*]} at $commit."
