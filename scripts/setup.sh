#!/usr/bin/env bash
# Installs kg's Debian 12 build and test dependencies when any is missing,
# then configures and builds. Safe to run any number of times: apt is only
# touched when a package is absent, and the build is incremental.
#
# usage: scripts/setup.sh [--no-build]
#   BUILD_DIR (default: build) and BUILD_TYPE (default: Release) may be set.
set -euo pipefail

PACKAGES=(
  build-essential cmake pkg-config git python3
  librocksdb-dev        # the embedded store
  libcereal-dev         # record serialisation
  libre2-dev            # context patterns in the extractor
  libboost-graph-dev    # traversal algorithms
  catch2                # unit tests (v2)
  libcli11-dev          # argument parsing
  nlohmann-json3-dev    # JSON output and parsing
  libssl-dev            # SHA-256 of article bytes (libcrypto, linked statically)
  zlib1g-dev            # gzip'd corpora read directly
  libsimdjson-dev       # fast JSON Lines record decoding (nlohmann kept as exact fallback)
  libmimalloc-dev       # the allocator of the kg binaries (glibc malloc cost 6 % of extraction)
  libgraphviz-dev       # in-process SVG/PNG rendering
  graphviz              # `dot`, used by tests to check our DOT renders
  python3-networkx      # tests: networkx must load our GraphML and agree on PageRank
  python3-scipy         # networkx's pagerank() needs scipy (and numpy)
  python3-numpy
  libtext-names-perl    # US Census first names / surnames gazetteer source
  wamerican-large       # English word list: common words vs proper nouns
  iso-codes             # country/state names: the place-word gazetteer
  tzdata                # time-zone cities: the place-word gazetteer
  clang                 # tests: the sanitised build and the libFuzzer targets (scripts/fuzz.sh)
  libclang-rt-14-dev    # clang's ASan/UBSan/libFuzzer runtimes
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  SUDO=""
  if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ "${1:-}" == "--no-build" ]]; then exit 0; fi

here=$(cd "$(dirname "$0")/.." && pwd)
build_dir="${BUILD_DIR:-$here/build}"
cmake_args=(-S "$here" -B "$build_dir" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}")
if [[ "${CI:-}" == "true" ]]; then cmake_args+=(-DKG_WERROR=ON); fi
cmake "${cmake_args[@]}" >/dev/null
cmake --build "$build_dir" -j "$(nproc)"
