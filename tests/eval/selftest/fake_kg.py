#!/usr/bin/env python3
"""Stand-ins for `kg extract --format json`, to test the harness itself.

usage: fake_kg.py {gold|empty} extract --format json FILE...

gold   prints, for each FILE, the gold of the same basename from
       tests/data/gold/*/ turned into a prediction (must score 1.0)
empty  prints an article line with no entities, relations or statements
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "..", "..", "data", "gold")


def gold_by_article():
    out = {}
    for f in glob.glob(os.path.join(GOLD, "*", "*.json")):
        with open(f, encoding="utf-8") as fh:
            g = json.load(fh)
        out[os.path.basename(g["article"])] = g
    return out


def as_prediction(path, g):
    ents = [{"id": e["name"], "type": e["type"], "name": e["name"],
             "aliases": e.get("aliases", [])} for e in g["entities"]]
    rels = [{"type": r["type"], "source": r["source"], "target": r["target"],
             "title": r.get("title")} for r in g["relations"]]
    sts = [{"speaker": s["speaker"], "text": s["text"]} for s in g["statements"]]
    return {"article": path, "entities": ents, "relations": rels, "statements": sts}


def main(argv):
    mode, rest = argv[1], argv[2:]
    if rest[:3] != ["extract", "--format", "json"]:
        print("usage: fake_kg.py {gold|empty} extract --format json FILE...", file=sys.stderr)
        return 2
    golds = gold_by_article() if mode == "gold" else {}
    for path in rest[3:]:
        g = golds.get(os.path.basename(path))
        if g is None:
            rec = {"article": path, "entities": [], "relations": [], "statements": []}
        else:
            rec = as_prediction(path, g)
        print(json.dumps(rec, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
