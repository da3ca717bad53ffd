#!/usr/bin/env bash
# Tests of the corpus inputs and the scale-out path, on the seeds:
# --jobs 1 and 2 give identical databases and extract output; JSON Lines, CSV
# and gzip'd input; one-line errors naming file and line for bad records;
# and `kg extract | kg load` builds the same graph as `kg ingest`, whatever
# the order the shards are loaded in.
# usage: scale_test.sh KG_BINARY REPO_ROOT
set -u
kg=$1
repo=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
passes=0

ok() { passes=$((passes + 1)); }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
expect_rc() {  # expect_rc WANT DESCRIPTION -- command...
  local want=$1 what=$2; shift 3
  "$@" >"$work/out" 2>"$work/err"
  local rc=$?
  if [[ $rc -ne $want ]]; then fail "$what: exit $rc, want $want; stderr: $(head -c 300 "$work/err")"; else ok; fi
}
same_file() {  # same_file A B DESCRIPTION
  if cmp -s "$1" "$2"; then ok; else fail "$3: $(diff "$1" "$2" | head -c 400)"; fi
}
export_json() {  # export_json DB OUT
  "$kg" --db "$1" export --format json -o "$2" || fail "export of $1"
}

# The seeds as a JSON Lines corpus with ids and metadata, and as CSV.
python3 - "$repo/seeds" "$work" <<'PY'
import csv, json, os, sys
seeds, work = sys.argv[1], sys.argv[2]
names = sorted(n for n in os.listdir(seeds) if n.endswith(".txt"))
with open(os.path.join(work, "seeds.jsonl"), "w") as out:
    for i, n in enumerate(names):
        text = open(os.path.join(seeds, n), encoding="utf-8").read()
        out.write(json.dumps({"id": "seed-%d" % i, "title": "Title %d" % i, "date": "2017-01-0%d" % (i + 1),
                              "authors": ["A. Writer", "B. Writer"], "url": "https://example.com/%d" % i,
                              "source": "Example", "bias": "center", "text": text}) + "\n")
with open(os.path.join(work, "seeds.csv"), "w", newline="") as out:
    w = csv.writer(out)
    w.writerow(["title", "body", "subject", "key"])
    for i, n in enumerate(names):
        w.writerow(["Title %d" % i, open(os.path.join(seeds, n), encoding="utf-8").read(), "news", "seed-%d" % i])
PY
n_seeds=$(wc -l <"$work/seeds.jsonl")

# --jobs: the same database and the same extract output for any N.
expect_rc 0 "ingest --jobs 1" -- "$kg" --db "$work/j1.db" ingest --jobs 1 "$repo/seeds"
expect_rc 0 "ingest --jobs 2" -- "$kg" --db "$work/j2.db" ingest --jobs 2 "$repo/seeds"
export_json "$work/j1.db" "$work/j1.json"
export_json "$work/j2.db" "$work/j2.json"
same_file "$work/j1.json" "$work/j2.json" "export differs between --jobs 1 and --jobs 2"
expect_rc 0 "extract --jobs 1" -- "$kg" extract --jobs 1 --input jsonl "$work/seeds.jsonl"
mv "$work/out" "$work/x1.jsonl"
expect_rc 0 "extract --jobs 2" -- "$kg" extract --jobs 2 --input jsonl "$work/seeds.jsonl"
mv "$work/out" "$work/x2.jsonl"
same_file "$work/x1.jsonl" "$work/x2.jsonl" "extract output differs between --jobs 1 and 2"

# jsonl: the id becomes `article`, the metadata replaces what the extractor guessed.
python3 - "$work/x1.jsonl" "$n_seeds" <<'PY' && ok || fail "extract of jsonl: ids or metadata not kept"
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert len(rows) == int(sys.argv[2]), len(rows)
for i, r in enumerate(rows):
    assert r["article"] == "seed-%d" % i, r["article"]
    assert r["title"] == "Title %d" % i and r["date"] == "2017-01-0%d" % (i + 1), r
    assert r["byline"] == "A. Writer, B. Writer" and r["url"].endswith("/%d" % i), r
    assert len(r["sha256"]) == 64 and r["size"] > 0
    assert isinstance(r["entities"], list) and isinstance(r["statements"], list)
PY
expect_rc 0 "scorer reads the extended format" -- \
  python3 "$repo/tests/eval/score.py" "$repo/tests/data/gold/seeds" "$work/x1.jsonl"

# Auto-detection by extension, gzip read directly, and stdin.
gzip -c "$work/seeds.jsonl" >"$work/seeds.jsonl.gz"
expect_rc 0 "extract .jsonl.gz" -- "$kg" extract --jobs 2 "$work/seeds.jsonl.gz"
same_file "$work/x1.jsonl" "$work/out" "extract of .jsonl.gz differs from .jsonl"
expect_rc 0 "extract jsonl on stdin" -- bash -c "'$kg' extract --input jsonl - < '$work/seeds.jsonl'"
same_file "$work/x1.jsonl" "$work/out" "extract of stdin differs from the file"
expect_rc 0 "extract gzip'd jsonl on stdin" -- bash -c "'$kg' extract --input jsonl - < '$work/seeds.jsonl.gz'"
same_file "$work/x1.jsonl" "$work/out" "extract of gzip'd stdin differs from the file"

# CSV, with quoted multi-line fields and chosen columns.
expect_rc 0 "extract csv" -- "$kg" extract --text-column body --id-column key --title-column title "$work/seeds.csv"
python3 - "$work/out" "$work/x1.jsonl" <<'PY' && ok || fail "csv extract differs from jsonl extract"
import json, sys
a = [json.loads(l) for l in open(sys.argv[1])]
b = [json.loads(l) for l in open(sys.argv[2])]
assert [r["article"] for r in a] == [r["article"] for r in b]
assert [r["sha256"] for r in a] == [r["sha256"] for r in b]
assert [r["entities"] for r in a] == [r["entities"] for r in b]
assert a[0]["title"] == "Title 0"
PY
expect_rc 1 "csv without the text column" -- "$kg" extract "$work/seeds.csv"
[[ $(wc -l <"$work/err") -eq 1 ]] && grep -q "^kg: $work/seeds.csv:1: no column \"text\"" "$work/err" && ok ||
  fail "missing csv column: $(cat "$work/err")"

# A record's title is the title: its text's first line is the lede, mined
# even when a quotation closes it ('... "they never listen."'), not a
# headline; the output's title stays the record's.
lede='Senator Marlo Quint said Thursday that the new plan is proof that \"they never listen.\"\n\nThe vote is next week.'
printf '{"id": "lede", "title": "A vote next week", "text": "%s"}\n' "$lede" >"$work/lede.jsonl"
printf 'key,title,body\nlede,A vote next week,"%s"\n' "$(printf "$lede" | sed 's/"/""/g')" >"$work/lede.csv"
expect_rc 0 "extract jsonl lede" -- "$kg" extract --format json "$work/lede.jsonl"
cp "$work/out" "$work/lede_jsonl.out"
expect_rc 0 "extract csv lede" -- "$kg" extract --format json --id-column key --text-column body \
  --title-column title "$work/lede.csv"
cp "$work/out" "$work/lede_csv.out"
python3 - "$work/lede_jsonl.out" "$work/lede_csv.out" <<'PY' && ok || fail "a record's lede ending in a quotation yields no statement"
import json, sys
for path in sys.argv[1:]:
    r = json.loads(open(path).readline())
    assert r["title"] == "A vote next week", r.get("title")
    names = {e["id"]: e["name"] for e in r["entities"]}
    said = [(names[s["speaker"]], s["text"]) for s in r["statements"]]
    assert ("Marlo Quint", "they never listen.") in said, (path, said)
PY

# Bad records: one line each naming file and line; the others go on.
{
  sed -n 1p "$work/seeds.jsonl"
  echo '{"id": "broken", "text": "unterminated'
  echo '{"id": "no-text", "title": "nothing"}'
  printf '{"id": "bad-utf8", "text": "caf\xc3 au lait"}\n'
  echo ''
  sed -n 2p "$work/seeds.jsonl"
} >"$work/bad.jsonl"
expect_rc 1 "ingest jsonl with bad lines" -- "$kg" --db "$work/bad.db" ingest "$work/bad.jsonl"
[[ $(wc -l <"$work/err") -eq 3 ]] && ok || fail "want 3 error lines, got: $(cat "$work/err")"
for line in 2 3 4; do
  grep -q "^kg: $work/bad.jsonl:$line: " "$work/err" && ok || fail "no error for line $line: $(cat "$work/err")"
done
grep -q "2 new, 0 skipped, 3 failed" "$work/out" && ok || fail "bad jsonl summary: $(cat "$work/out")"
expect_rc 1 "extract jsonl with bad lines" -- "$kg" extract "$work/bad.jsonl"
[[ $(wc -l <"$work/out") -eq 2 && $(wc -l <"$work/err") -eq 3 ]] && ok ||
  fail "extract with bad lines: $(wc -l <"$work/out") results, errors: $(cat "$work/err")"

# extract | load == ingest, in any shard order, gzip'd or not.
expect_rc 0 "ingest jsonl" -- "$kg" --db "$work/ingest.db" ingest --jobs 2 "$work/seeds.jsonl"
export_json "$work/ingest.db" "$work/ingest.json"
head -n 2 "$work/x1.jsonl" >"$work/part-00000"
tail -n +3 "$work/x1.jsonl" | gzip -c >"$work/part-00001.gz"
expect_rc 0 "load shards" -- "$kg" --db "$work/load_ab.db" load "$work/part-00000" "$work/part-00001.gz"
grep -q "^loaded $n_seeds articles: $n_seeds new, 0 skipped, 0 failed" "$work/out" && ok ||
  fail "load summary: $(cat "$work/out")"
expect_rc 0 "load shards reversed" -- "$kg" --db "$work/load_ba.db" load --jobs 1 "$work/part-00001.gz" "$work/part-00000"
export_json "$work/load_ab.db" "$work/load_ab.json"
export_json "$work/load_ba.db" "$work/load_ba.json"
same_file "$work/ingest.json" "$work/load_ab.json" "extract | load differs from ingest"
same_file "$work/ingest.json" "$work/load_ba.json" "loading the shards in another order differs from ingest"
expect_rc 0 "pipe extract into load" -- bash -c \
  "'$kg' extract --input jsonl - < '$work/seeds.jsonl' | '$kg' --db '$work/pipe.db' load -"
export_json "$work/pipe.db" "$work/pipe.json"
same_file "$work/ingest.json" "$work/pipe.json" "extract | load on a pipe differs from ingest"
expect_rc 0 "re-load is a no-op" -- "$kg" --db "$work/load_ab.db" load "$work/part-00000"
grep -q "0 new, 2 skipped, 0 failed" "$work/out" && ok || fail "re-load summary: $(cat "$work/out")"

# load: bad lines are reported with file and line, the rest is stored.
{ sed -n 1p "$work/x1.jsonl"; echo 'not json'; echo '{"article": "x", "entities": []}'; } >"$work/badshard.jsonl"
expect_rc 1 "load bad shard" -- "$kg" --db "$work/badload.db" load "$work/badshard.jsonl"
grep -q "^kg: $work/badshard.jsonl:2: " "$work/err" && grep -q "^kg: $work/badshard.jsonl:3: " "$work/err" &&
  [[ $(wc -l <"$work/err") -eq 2 ]] && ok || fail "bad shard errors: $(cat "$work/err")"
grep -q "1 new, 0 skipped, 2 failed" "$work/out" && ok || fail "bad shard summary: $(cat "$work/out")"

# Usage errors and help.
expect_rc 2 "unknown --input" -- "$kg" extract --input xml "$work/seeds.jsonl"
expect_rc 2 "negative --jobs" -- "$kg" --db "$work/x.db" ingest --jobs -1 "$repo/seeds"
for cmd in ingest extract load; do
  expect_rc 0 "$cmd --help" -- "$kg" "$cmd" --help
  grep -q -- "--jobs" "$work/out" && ok || fail "$cmd --help does not describe --jobs"
done

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
