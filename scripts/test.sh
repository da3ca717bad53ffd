#!/usr/bin/env bash
# The test command (CI's `.ci/run`): sets up (scripts/setup.sh) and builds,
# runs every test with CTest (fuzz targets' replay of their seed and
# regression inputs included), then builds and runs the whole suite again
# under AddressSanitizer and UndefinedBehaviorSanitizer (scripts/sanitize.sh)
# and fuzzes each libFuzzer target for FUZZ_SECONDS (default 60, two targets
# at a time: scripts/fuzz.sh). KG_QUICK_TESTS=1 stops after the plain suite,
# for a quick local check. Each part's wall time is printed at the end; on
# CI's 2 cores the whole run must stay under 30 minutes (docs/reliability.md
# has the measured times).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
times=()
timed() {  # timed NAME command...: runs it, remembers how long it took
  local name=$1 start=$SECONDS
  shift
  "$@"
  times+=("$name: $((SECONDS - start)) s")
}
report() {
  local t
  for t in "${times[@]}"; do echo "test.sh: $t"; done
}
trap report EXIT

timed "setup and build" "$here/scripts/setup.sh"
timed "tests" bash -c "cd '${BUILD_DIR:-$here/build}' && ctest --output-on-failure -j '$(nproc)' --timeout 900"
if [[ "${KG_QUICK_TESTS:-0}" != 1 ]]; then
  timed "sanitised build" "$here/scripts/sanitize.sh" --build-only
  timed "sanitised tests" "$here/scripts/sanitize.sh" --test-only
  timed "fuzzing" "$here/scripts/fuzz.sh" "${FUZZ_SECONDS:-60}"
fi
