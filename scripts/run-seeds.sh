#!/usr/bin/env bash
# The main job on the sample articles: set up and build, ingest seeds/ into
# the default database (./kg.db unless --db or $KG_DB says otherwise), then
# print what was found.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
kg="${BUILD_DIR:-$here/build}/kg"
"$kg" ingest "$here/seeds"
echo "== stats"
"$kg" stats
echo "== entities"
"$kg" entities
