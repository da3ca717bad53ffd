#!/usr/bin/env bash
# End-to-end test of the kg binary over seeds/: ingest, idempotent re-ingest,
# queries, DOT rendered by the real Graphviz, and the one-line errors and exit
# codes promised for bad input.
# usage: end_to_end_test.sh KG_BINARY REPO_ROOT
set -u
kg=$1
repo=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KG_DB="$work/env.db"
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
stat_of() { awk -v k="$1" '$1 == k { print $2 }' "$2"; }

db="$work/seeds.db"
expect_rc 0 "ingest seeds" -- "$kg" ingest "$repo/seeds" --db "$db"
grep -q "5 new, 0 skipped, 0 failed" "$work/out" && ok || fail "first ingest summary: $(cat "$work/out")"

expect_rc 0 "stats" -- "$kg" --db "$db" stats
cp "$work/out" "$work/stats1"
for key in articles persons organizations statements edges ENDORSES HAS_ROLE; do
  v=$(stat_of "$key" "$work/stats1")
  [[ -n "$v" && "$v" -gt 0 ]] && ok || fail "stats: $key is '${v}', want > 0"
done
[[ $(stat_of articles "$work/stats1") -eq 5 ]] && ok || fail "stats: want 5 articles"

expect_rc 0 "re-ingest" -- "$kg" --db "$db" ingest "$repo/seeds"
grep -q "0 new, 5 skipped, 0 failed" "$work/out" && ok || fail "re-ingest summary: $(cat "$work/out")"
"$kg" --db "$db" stats >"$work/stats2"
cmp -s "$work/stats1" "$work/stats2" && ok || fail "stats changed after re-ingest"

# KG_DB is honoured when --db is absent.
expect_rc 0 "ingest via KG_DB" -- "$kg" ingest "$repo/seeds/000_6d08f2cd9fbed298.txt"
[[ -d "$KG_DB" ]] && ok || fail "KG_DB database not created"

# Queries.
expect_rc 0 "entities" -- "$kg" --db "$db" entities --type person
[[ -s "$work/out" ]] && ok || fail "entities printed nothing"
person=$("$kg" --db "$db" entities --type person --format csv | awk -F, 'NR==2 { print $2 }')
expect_rc 0 "show first person" -- "$kg" --db "$db" show "$person"
expect_rc 0 "neighbors first person" -- "$kg" --db "$db" neighbors "$person"
expect_rc 1 "show unknown" -- "$kg" --db "$db" show "Nobody Atall Xyzzy"
grep -q "^kg: no entity named" "$work/err" && ok || fail "unknown name message: $(cat "$work/err")"

# DOT renders with the real Graphviz, and shows an endorsement.
expect_rc 0 "export dot" -- "$kg" --db "$db" export --format dot -o "$work/seeds.dot"
expect_rc 0 "dot -Tsvg" -- dot -Tsvg -o "$work/seeds.svg" "$work/seeds.dot"
grep -q "<svg" "$work/seeds.svg" && ok || fail "no svg written"
grep -q "ENDORSES" "$work/seeds.svg" && ok || fail "svg shows no ENDORSES edge"
expect_rc 0 "export json" -- "$kg" --db "$db" export --format json -o "$work/seeds.json"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['nodes'] and d['edges']" \
  "$work/seeds.json" && ok || fail "json export does not parse or is empty"

# extract: JSON Lines that the scorer reads.
expect_rc 0 "extract" -- "$kg" extract --format json "$repo"/seeds/*.txt
[[ $(wc -l <"$work/out") -eq 5 ]] && ok || fail "extract: want 5 lines"
cp "$work/out" "$work/pred.jsonl"
expect_rc 0 "scorer runs" -- python3 "$repo/tests/eval/score.py" "$repo/tests/data/gold/seeds" "$work/pred.jsonl"

# Bad input: one-line error, non-zero exit, nothing stored lost.
printf '\x00\x01\x02binary' >"$work/binary.txt"
printf 'caf\xc3 invalid utf-8' >"$work/invalid.txt"
: >"$work/empty.txt"
for bad in binary invalid empty; do
  expect_rc 1 "ingest $bad" -- "$kg" --db "$db" ingest "$work/$bad.txt"
  [[ $(wc -l <"$work/err") -eq 1 ]] && grep -q "^kg: " "$work/err" && ok ||
    fail "$bad: want one 'kg:' line, got: $(cat "$work/err")"
done
expect_rc 1 "ingest missing file" -- "$kg" --db "$db" ingest "$work/missing.txt"
"$kg" --db "$db" stats >"$work/stats3"
cmp -s "$work/stats1" "$work/stats3" && ok || fail "stats changed after bad input"
expect_rc 1 "stats on missing db" -- "$kg" --db "$work/none.db" stats
[[ ! -e "$work/none.db" ]] && ok || fail "a read-only command created a database"
printf 'not a database' >"$work/file.db"
expect_rc 1 "db path is a file" -- "$kg" --db "$work/file.db" ingest "$repo/seeds"

# stdin
expect_rc 0 "ingest stdin" -- bash -c "'$kg' --db '$work/stdin.db' ingest - < '$repo/seeds/001_feea870089784fa4.txt'"

# Usage errors exit 2; help exits 0 everywhere.
expect_rc 2 "no command" -- "$kg"
expect_rc 2 "unknown command" -- "$kg" frobnicate
expect_rc 2 "bad format" -- "$kg" --db "$db" export --format pdf
expect_rc 0 "help" -- "$kg" --help
for cmd in ingest extract entities show neighbors stats export; do
  expect_rc 0 "$cmd --help" -- "$kg" "$cmd" --help
done

echo "$passes passed, $failures failed"
[[ $failures -eq 0 ]]
