#!/usr/bin/env bash
# The test command: sets up (scripts/setup.sh) and builds, then runs every
# test with CTest (fuzz targets' replay of their seed and regression inputs
# included). With KG_FULL_TESTS=1 it then runs the whole suite again under
# AddressSanitizer and UndefinedBehaviorSanitizer (scripts/sanitize.sh) and
# FUZZ_SECONDS (default 60) of fuzzing per target (scripts/fuzz.sh): not yet
# in CI, because their time on CI's 2 cores has not been measured. Each
# part's wall time is printed at the end. See docs/reliability.md.
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
if [[ "${KG_FULL_TESTS:-0}" == 1 ]]; then
  timed "sanitised build and tests" "$here/scripts/sanitize.sh"
  timed "fuzzing" "$here/scripts/fuzz.sh" "${FUZZ_SECONDS:-60}"
fi
