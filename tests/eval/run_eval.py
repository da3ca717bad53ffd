#!/usr/bin/env python3
"""Runs `kg extract --format json` on an evaluation set and scores it.

usage: run_eval.py --kg BIN --set seeds|corpus|check|check2|...|check18 [--min MEASURE=F1 ...]
                   [--repo DIR] [--keep DIR]

  seeds   articles <repo>/seeds/*.txt, gold tests/data/gold/seeds/
  corpus  articles materialised from the AllSides corpus
          (<repo>/../shared/corpus/allsides-abp-2016-2020/articles.jsonl.gz,
          or $KG_CORPUS_DIR, see below), gold tests/data/gold/corpus/.
          Each article is title + "\\n\\n" + text.
  check   like corpus, gold tests/data/gold/check/: articles held aside
          from rule development, to see whether the rules generalise.
  check2 ... check7  more sets, drawn by tests/eval/draws/draw5.py ...
          draw10.py. check ... check3 were held out until stop 16 and are
          dev sets from stop 17 on (see tests/eval/README.md).
  check8  a dev set annotated for ENDORSES only (stop 21, draws/draw11.py,
          articles that mention "endors"): kg's statements and other
          relation types are dropped before scoring, so only its ENDORSES
          line means anything.
  check9  a second ENDORSES-only dev set, made the same way (stop 26,
          draws/draw12.py).
  check10 a third, made the same way (stop 27, draws/draw13.py).
  check11 a fourth, made the same way (stop 27, draws/draw14.py).
  check12 a fifth and check13 a sixth (stop 28, draws/draw15.py, draw16.py).
  check14 a seventh (stop 28, draws/draw17.py), scored at the stop's end.
  check15 an eighth (stop 29, draws/draw18.py), likewise.
  check16 a ninth (stop 30, draws/draw19.py), likewise.
  check17 a tenth (stop 31, draws/draw20.py: longer articles and articles
          with a backing cue but no "endors").
  check18 an eleventh (stop 32, draws/draw21.py: more of draw 20's longer
          articles), scored blind at the stop's end.

Prints the scorer's verbose output (tests/eval/score.py -v). Exit codes:
0 all minimums met, 1 an F1 below its minimum (or kg failed),
77 corpus not found (CTest SKIP_RETURN_CODE), 2 usage error.

MEASURE is one of the scorer's measures: entities, ENDORSES, HAS_ROLE,
statements. KG_CORPUS_DIR may name either the corpus root (the folder holding
allsides-abp-2016-2020/) or the folder holding articles.jsonl.gz itself.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import materialize_corpus  # noqa: E402

SKIP = 77
CORPUS_SUBDIR = "allsides-abp-2016-2020"
CORPUS_FILE = "articles.jsonl.gz"


def corpus_path(repo):
    base = os.environ.get("KG_CORPUS_DIR") or os.path.join(repo, "..", "shared", "corpus")
    base = os.path.normpath(base)
    if os.path.isfile(os.path.join(base, CORPUS_FILE)):
        return os.path.join(base, CORPUS_FILE)
    return os.path.join(base, CORPUS_SUBDIR, CORPUS_FILE)


# Sets whose gold holds ENDORSES edges and their ends only. score.py (kept
# unchanged from shared/eval) scores statements and every relation type it
# is given, so the other predictions are removed rather than counted false.
ENDORSES_ONLY_SETS = {"check8", "check9", "check10", "check11", "check12", "check13", "check14", "check15", "check16", "check17", "check18"}


def keep_only_endorsements(pred_path):
    with open(pred_path, encoding="utf-8") as f:
        records = [json.loads(line) for line in f if line.strip()]
    with open(pred_path, "w", encoding="utf-8") as out:
        for r in records:
            r["relations"] = [x for x in r.get("relations", []) if str(x.get("type", "")).upper() == "ENDORSES"]
            r["statements"] = []
            out.write(json.dumps(r, ensure_ascii=False) + "\n")


def parse_min(items):
    mins = {}
    for it in items:
        m = re.fullmatch(r"\s*([A-Za-z_]+)\s*=\s*([0-9.]+)\s*", it)
        if not m:
            raise SystemExit(f"bad --min {it!r}: expected MEASURE=F1, e.g. entities=0.95")
        mins[m.group(1)] = float(m.group(2))
    return mins


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kg", required=True, help="the kg binary")
    ap.add_argument("--set", required=True, choices=["seeds", "corpus", "check", "check2", "check3", "check4", "check5", "check6", "check7", "check8", "check9", "check10", "check11", "check12", "check13", "check14", "check15", "check16", "check17", "check18"], dest="which",
                    help="seeds, corpus, check, check2, check3, check8 ... check18 (dev sets, tuned on), check4 ... check7 (corpus articles held aside)")
    ap.add_argument("--min", action="append", default=[], metavar="MEASURE=F1",
                    help="fail when the F1 of MEASURE is below F1 (repeatable)")
    ap.add_argument("--repo", default=os.path.normpath(os.path.join(HERE, "..", "..")),
                    help="repository root (default: two levels above this script)")
    ap.add_argument("--keep", metavar="DIR", help="keep the predictions (and corpus texts) in DIR")
    args = ap.parse_args()
    mins = parse_min(args.min)

    repo = os.path.abspath(args.repo)
    gold_dir = os.path.join(repo, "tests", "data", "gold", args.which)
    work = args.keep or tempfile.mkdtemp(prefix=f"kg-eval-{args.which}-")
    os.makedirs(work, exist_ok=True)
    try:
        if args.which == "seeds":
            files = sorted(glob.glob(os.path.join(repo, "seeds", "*.txt")))
            if not files:
                print(f"no seed articles in {os.path.join(repo, 'seeds')}", file=sys.stderr)
                return 1
        else:
            cz = corpus_path(repo)
            if not os.path.isfile(cz):
                print(f"SKIPPED: corpus not found at {cz}")
                return SKIP
            files = materialize_corpus.materialize(cz, gold_dir, os.path.join(work, "articles"))
        pred = os.path.join(work, "out.jsonl")
        cmd = [args.kg, "extract", "--format", "json"] + files
        print(f"# {args.kg} extract --format json <{len(files)} {args.which} articles> > {pred}", flush=True)
        with open(pred, "w", encoding="utf-8") as out:
            r = subprocess.run(cmd, stdout=out)
        if r.returncode != 0:
            print(f"FAIL: kg extract exited with code {r.returncode}")
            return 1
        if args.which in ENDORSES_ONLY_SETS:
            keep_only_endorsements(pred)
        sc = subprocess.run([sys.executable, os.path.join(HERE, "score.py"), gold_dir, pred, "-v"],
                            stdout=subprocess.PIPE, text=True)
        sys.stdout.write(sc.stdout)
        if sc.returncode != 0:
            print(f"FAIL: score.py exited with code {sc.returncode}")
            return 1
        summary = [l for l in sc.stdout.splitlines() if l.startswith("summary ")]
        if not summary:
            print("FAIL: no summary line from score.py")
            return 1
        f1 = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)", summary[-1])}
        failed = False
        for k, lo in mins.items():
            if k not in f1:
                print(f"FAIL: unknown measure {k!r} (have {', '.join(f1)})")
                failed = True
            elif f1[k] < lo:
                print(f"FAIL: {k} F1={f1[k]:.3f} < {lo:.3f}")
                failed = True
            else:
                print(f"ok: {k} F1={f1[k]:.3f} >= {lo:.3f}")
        return 1 if failed else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
