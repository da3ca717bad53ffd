#!/usr/bin/env bash
# Builds kg and every test with clang++ under AddressSanitizer and
# UndefinedBehaviorSanitizer (KG_FUZZ=ON, so this one build also holds the
# libFuzzer targets that scripts/fuzz.sh runs) and runs the whole CTest
# suite there. Any sanitizer report fails the test it happens in.
#
# usage: scripts/sanitize.sh [--build-only | --test-only]
#   SANITIZE_BUILD_DIR (default: build-sanitize) may be set.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build_dir="${SANITIZE_BUILD_DIR:-$here/build-sanitize}"

# -O1 is what the sanitizers recommend: fast enough, exact reports; line
# tables give symbolised stacks at little cost.
if [[ "${1:-}" != "--test-only" ]]; then
  cmake -S "$here" -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ -DKG_FUZZ=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
    >/dev/null
  cmake --build "$build_dir" -j "$(nproc)"
fi
if [[ "${1:-}" == "--build-only" ]]; then exit 0; fi

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# Third-party libraries' own leaks only (Graphviz, fontconfig): see the file.
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$here/tests/reliability/lsan.supp:print_suppressions=0}"
# Instrumented code runs several times slower: tests with wall-clock bounds
# multiply them by this (tests/reliability/kgtest.py), same inputs, same
# assertions.
export KG_TEST_TIME_SCALE="${KG_TEST_TIME_SCALE:-4}"
export KG_KILL_ARTICLES="${KG_KILL_ARTICLES:-100}"  # tests/reliability/kill_test.py
cd "$build_dir"
ctest --output-on-failure -j "$(nproc)" --timeout 900
