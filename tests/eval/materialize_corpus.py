#!/usr/bin/env python3
"""Writes the corpus articles that the dev-set gold files refer to.

usage: materialize_corpus.py CORPUS_GZ GOLD_DIR OUT_DIR

For every GOLD_DIR/*.json whose "article" is "<idx>.txt", writes
OUT_DIR/<idx>.txt containing exactly

    title + "\\n\\n" + text

of the corpus line with that `idx` (UTF-8, no trailing newline added, the
title not stripped). This is the text the gold was annotated on: the
harness feeds these files to `kg extract`. The article texts are the
publishers' copyright and are never committed; only the gold is.
"""
import gzip
import json
import os
import sys


def article_text(rec):
    """The text of one corpus record as annotated and as fed to the extractor."""
    return rec["title"] + "\n\n" + rec["text"]


def wanted_idx(gold_dir):
    """idx -> gold file name, for every gold file of the form <idx>.txt."""
    want = {}
    for f in sorted(os.listdir(gold_dir)):
        if not f.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, f), encoding="utf-8") as fh:
            g = json.load(fh)
        stem = os.path.splitext(os.path.basename(g["article"]))[0]
        if not stem.isdigit():
            raise SystemExit(f"{f}: article {g['article']!r} is not <idx>.txt")
        want[int(stem)] = f
    return want


def materialize(corpus_gz, gold_dir, out_dir):
    """Writes OUT_DIR/<idx>.txt for every gold file; returns the written paths in idx order."""
    want = wanted_idx(gold_dir)
    os.makedirs(out_dir, exist_ok=True)
    written = {}
    with gzip.open(corpus_gz, "rt", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["idx"] in want:
                path = os.path.join(out_dir, f"{rec['idx']}.txt")
                with open(path, "w", encoding="utf-8", newline="") as out:
                    out.write(article_text(rec))
                written[rec["idx"]] = path
                if len(written) == len(want):
                    break
    missing = sorted(set(want) - set(written))
    if missing:
        raise SystemExit(f"idx not found in {corpus_gz}: {missing}")
    return [written[i] for i in sorted(written)]


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    for p in materialize(argv[1], argv[2], argv[3]):
        print(p)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
