#!/usr/bin/env bash
# Runs the benchmark of docs/performance.md and prints its figures as
# "key value" lines.
#
# usage: bench/run_bench.sh [--smoke] [--jobs N] BUILD_DIR CORPUS...
#   BUILD_DIR holds kg and kg_bench; CORPUS is what `kg ingest` reads (e.g.
#   ../shared/corpus/allsides-abp-2016-2020/articles.jsonl.gz). --smoke (CI)
#   only checks that every step runs and reports its figures.
set -euo pipefail
smoke=0
jobs=2
while [[ $# -gt 0 && $1 == --* ]]; do
  case $1 in
    --smoke) smoke=1 ;;
    --jobs) jobs=$2; shift ;;
    *) echo "usage: $0 [--smoke] [--jobs N] BUILD_DIR CORPUS..." >&2; exit 2 ;;
  esac
  shift
done
build=$1; shift
kg=$build/kg
bench=$build/kg_bench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
report=$work/report

step() { echo "# $*" >&2; }

step "extraction alone, one core"
"$bench" extract "$@" | tee -a "$report"

step "kg extract --jobs $jobs (whole pipeline, output to /dev/null)"
"$bench" run --stdout /dev/null -- "$kg" extract --jobs "$jobs" "$@" >"$work/run" 2>"$work/extract.err" || true
grep '^run\.' "$work/run" | sed 's/^run\./extract_pipeline./' | tee -a "$report"

step "kg ingest --jobs $jobs"
"$bench" run --stdout "$work/ingest.out" -- "$kg" --db "$work/kg.db" ingest --jobs "$jobs" --timing "$@" >"$work/run" 2>"$work/ingest.err" || true
grep '^run\.' "$work/run" | sed 's/^run\./ingest./' | tee -a "$report"
cat "$work/ingest.out" >&2
articles=$(sed -n 's/^ingested \([0-9]*\) articles.*/\1/p' "$work/ingest.out")
wall=$(sed -n 's/^ingest.wall_s //p' "$report")
echo "ingest.articles $articles" | tee -a "$report"
awk -v a="$articles" -v w="$wall" 'BEGIN { printf "ingest.articles_per_s %.0f\n", (w > 0 ? a / w : 0) }' | tee -a "$report"
echo "ingest.failed_lines $(wc -l <"$work/ingest.err")" | tee -a "$report"

step "queries, in-process"
samples=1000
[[ $smoke -eq 1 ]] && samples=20
"$bench" queries --db "$work/kg.db" --samples "$samples" | tee -a "$report"

if [[ $smoke -eq 1 ]]; then
  for key in extract.mb_per_cpu_s extract_pipeline.wall_s ingest.wall_s ingest.peak_rss_mb db.size_mb \
             neighbors.p50_us statements.p99_us path.p50_us; do
    grep -q "^$key " "$report" || { echo "bench: no $key in the report" >&2; exit 1; }
  done
  [[ $(sed -n 's/^ingest.exit //p' "$report") -eq 0 ]] || { cat "$work/ingest.err" >&2; exit 1; }
  echo "bench smoke: ok" >&2
fi
