#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz (through scripts/sanitize.sh's
# clang++ ASan+UBSan build) and runs each for SECONDS, two at a time. New
# interesting inputs accumulate in BUILD/fuzz-corpus/NAME (not committed);
# a crashing input is written to BUILD/fuzz-crashes/NAME/ and fails the
# run: minimise it, fix the bug, and commit the input to
# tests/fuzz/regressions/NAME/ so that CTest replays it from then on.
#
# usage: scripts/fuzz.sh [SECONDS (default 60)] [TARGET...]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir="${SANITIZE_BUILD_DIR:-$here/build-sanitize}"
seconds="${1:-60}"
shift || true
targets=("$@")
if ((${#targets[@]} == 0)); then
  targets=(extractor_fuzz jsonl_fuzz csv_fuzz query_fuzz)
fi

"$here/scripts/sanitize.sh" --build-only

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/tests/reliability/lsan.supp:print_suppressions=0}"
logs="$build_dir/fuzz-logs"
mkdir -p "$logs"

run_one() {  # run_one NAME: one bounded run; its log says what happened
  local name=$1
  local corpus="$build_dir/fuzz-corpus/$name" crashes="$build_dir/fuzz-crashes/$name/"
  mkdir -p "$corpus" "$crashes"
  # -timeout: an input slower than 10 s is a hang, a bug like a crash.
  "$build_dir/tests/fuzz/$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
    -max_len=16384 -print_final_stats=1 -artifact_prefix="$crashes" \
    "$corpus" "$here/tests/fuzz/corpus/$name" >"$logs/$name.log" 2>&1
}

pids=()
failed=0
for name in "${targets[@]}"; do
  run_one "$name" &
  pids+=($!)
  if ((${#pids[@]} == $(nproc))); then
    wait "${pids[0]}" || failed=1
    pids=("${pids[@]:1}")
  fi
done
for pid in "${pids[@]}"; do wait "$pid" || failed=1; done

for name in "${targets[@]}"; do
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$logs/$name.log" | grep -o '[0-9]*$' || echo "?")
  found=$(find "$build_dir/fuzz-crashes/$name" -type f | wc -l)
  echo "fuzz: $name: ${runs} executions in ${seconds} s, ${found} crashing inputs in $build_dir/fuzz-crashes/$name"
  if grep -q "ERROR: \|runtime error:" "$logs/$name.log"; then
    grep -m3 "ERROR: \|runtime error:\|SUMMARY" "$logs/$name.log" | sed "s/^/fuzz: $name: /"
  fi
done
exit $failed
