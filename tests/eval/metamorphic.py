#!/usr/bin/env python3
"""Metamorphic check of ENDORSES edges: does an edge kg finds survive a change of wording that
keeps the meaning?

For every ENDORSES edge kg draws on the dev sets, the sentence it cites is rewritten in one of
several ways (an adverb before the verb, a time phrase before the sentence, a relative clause or
an apposition after either end, a party tag, another tense), spliced back into the whole article,
and kg is run again on the changed article. The edge survives when kg draws it again with
evidence overlapping the changed sentence. Dev scores only tell us about the wordings the dev
sets happen to use; unseen articles use the same constructions with other words in between,
so a lost edge here is a brittle rule, without the need to read any held-out text.

Some rewrites are not grammatical in every sentence (a name inside a headline, a quotation);
the script skips the common cases (names in lists, compounds and quotations) and `--show`
prints the lost ones so that a person can tell a brittle rule from a broken rewrite.

Only dev sets are read; the held-out sets check4 ... check7 are never touched.

usage: metamorphic.py --kg BIN [--sets corpus,check8,...] [--show REWRITE|all] [--work DIR] [--coord]

--coord runs meta_coord.py's rewrites instead, which add a second endorser or endorsee (both
edges must then be drawn).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import materialize_corpus  # noqa: E402
import meta_coord  # noqa: E402
import meta_distant  # noqa: E402
import meta_names  # noqa: E402
import run_eval  # noqa: E402

DEV_SETS = ("corpus check check2 check3 check8 check9 check10 check11 check12 check13 check14 "
            "check15 check16 check17").split()

# Finite forms only: an adverb goes before `endorsed`, not inside `the backing`.
FINITE_VERB = re.compile(r"(?<= )(endorsed|endorses|backed|backs|supported|supports|threw|throws)\b")
NOT_BEFORE_ADVERB = re.compile(r"\b(the|a|an|his|her|their|its|of|in|by|to|was|were|been|be|is|are|"
                               r"being|has|have|had|will|would|who|which|that|and|or|also)\s*$", re.I)
PAST_VERB = re.compile(r"(?<= )(endorsed|backed|supported|threw)\b")
PRESENT = {"endorsed": "endorses", "backed": "backs", "supported": "supports", "threw": "throws"}


def adverb(word):
    def rewrite(sent, src, tgt, src_type, tgt_type):
        m = FINITE_VERB.search(sent)
        if not m or NOT_BEFORE_ADVERB.search(sent[:m.start()]) or sent[:m.start()].rstrip().endswith(","):
            return None
        return sent[:m.start()] + word + " " + sent[m.start():]
    return rewrite


def tense(change):
    """The verb right after the source's name, in another tense."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        m = PAST_VERB.search(sent)
        if not m or not sent[:m.start()].rstrip().endswith(src):
            return None
        return sent[:m.start()] + change(m.group(1)) + sent[m.end():]
    return rewrite


# A sentence opening with a function word or its own adverbial takes it in lower case after a
# prefix ('On Tuesday, the group endorsed ...', 'Meanwhile, once Biden became ...').
PREFIX_LOWER = re.compile(r"(The|A|An|His|Her|Their|Its|This|That|These|Those|As|Once|When|While|"
                          r"After|Before|Since|Although|Though|If|Because|Unlike|Like|With|"
                          r"Without|In|On|At|For|By|During|Despite|Still|But|And)\b")


def prefix(words):
    def rewrite(sent, src, tgt, src_type, tgt_type):
        # Not a headline (no final stop).
        if not sent[:1].isupper() or not sent.rstrip().endswith((".", "\"", "\u201d")):
            return None
        m = PREFIX_LOWER.match(sent)
        return words + (sent[:m.end()].lower() + sent[m.end():] if m else sent)
    return rewrite


def after_name(end, person_text, org_text=None):
    """Text after one end's name, where that name stands alone (not in a list, a compound or a
    quotation, and not already followed by punctuation)."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        name, kind = (src, src_type) if end == "source" else (tgt, tgt_type)
        text = person_text if kind == "person" else org_text
        i = sent.find(name)
        if text is None or i < 0:
            return None
        j = i + len(name)
        before, after = sent[:i], sent[j:]
        if after[:1] in (",", "'", "\u2019", "(", "-", ":", "\u2014") or after.startswith(" ("):
            return None
        if re.match(r"\s+(and|or|&)\b", after) or re.search(r"(,|\band|\bor|&)\s*(\S+\s+){0,3}$", before):
            return None
        if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
            return None
        return before + name + text + after
    return rewrite


def suffix(words):
    """Words before the sentence's final full stop."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        s = sent.rstrip()
        return s[:-1] + words + "." + sent[len(s):] if s.endswith(".") and not s.endswith("..") else None
    return rewrite


def rename(end, shape=""):
    """Marks the case for a whole-article rename of a person end (done in main by meta_names)."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        kind = src_type if end == "source" else tgt_type
        return "RENAME:%s:%s" % (end, shape) if kind == "person" else None
    return rewrite


REWRITES = {
    "also": adverb("also"),
    "formally": adverb("formally"),
    "prefix-on-tuesday": prefix("On Tuesday, "),
    "prefix-meanwhile": prefix("Meanwhile, "),
    "prefix-in-2018": prefix("In 2018, "),
    "tense-perfect": tense(lambda v: "has " + v),
    "tense-present": tense(lambda v: PRESENT[v]),
    "source-apposition": after_name("source", ", a Democrat,", ", a national group,"),
    "source-relative": after_name("source", ", who is seeking re-election,", ", which is based in Washington,"),
    "source-party-tag": after_name("source", " (D-Ohio)"),
    "target-apposition": after_name("target", ", a former state senator,"),
    "target-relative": after_name("target", ", who is running for governor,"),
    "suffix-on-tuesday": suffix(" on Tuesday"),
}

# NAMES: the person at either end renamed through the article to an invented name of each shape
# (meta_names.py: a middle initial, a hyphenated surname, Jr., an English-word first name, three
# words, an accented letter).
REWRITES.update({"%s-rename%s" % (end, shape): rename(end, shape)
                 for shape in meta_names.SHAPES for end in ("source", "target")})

# TARGET SIDE (stop 32): more asides after the endorsee's name, each set off so that the sentence
# keeps its meaning: a longer apposition with an `of` phrase, an age, a party tag, a relative
# clause that names someone else, a `whose` clause (and their organisation forms).
REWRITES.update({
    "target-apposition-of": after_name("target", ", the former mayor of Springfield,",
                                       ", a coalition of local unions,"),
    "target-age": after_name("target", ", 45,"),
    "target-party-tag": after_name("target", " (D-Ohio)"),
    "target-relative-named": after_name("target", ", who once worked for Gov. Tobias Marchetti,",
                                        ", which Tobias Marchetti founded in 1990,"),
    "target-whose": after_name("target", ", whose campaign is based in Columbus,",
                               ", whose members live in Ohio,"),
})


# DESCRIBED AND DISTANT ENDS (meta_distant.py): a description, an 'including|such as' list or a
# time/place phrase between the cue and the far end ('endorsed by a longtime ally, X',
# 'the endorsement of several groups, including X', 'X endorsed the campaign of Y').
REWRITES.update(meta_distant.REWRITES)


# Source side (stop 32, m1): longer asides between the endorser and its predicate (an apposition
# with an "of" phrase, an age, a comma party tag) and a title before an untitled endorser.
def before_name(end, text):
    """`text` (a title) before one end's person name where no capitalised word precedes it."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        name, kind = (src, src_type) if end == "source" else (tgt, tgt_type)
        i = sent.find(name)
        if kind != "person" or i < 0 or re.search(r"[A-Z][\w.'\u2019-]*\s+$|[\"\u201c(]$", sent[:i]):
            return None
        if i == 0:
            return text[:1].upper() + text[1:] + sent
        return sent[:i] + text + sent[i:] if sent[i - 1] == " " else None
    return rewrite


REWRITES.update({
    "source-apposition-of": after_name("source", ", the former governor of Ohio,",
                                       ", a group based in Washington,"),
    "source-ally": after_name("source", ", a longtime ally of the president,"),
    "source-age": after_name("source", ", 72,"),
    "source-party-comma": after_name("source", ", D-Ohio,"),
    "source-title": before_name("source", "former Gov. "),
})


def run_kg(kg, files_or_jsonl, jsonl=False):
    cmd = [kg, "extract", "--format", "json"]
    cmd += ["--input", "jsonl", "--jobs", "2", files_or_jsonl] if jsonl else files_or_jsonl
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines()]


def edge_cases(record, raw):
    """(source id, target id, start, end, source surface, target surface, types) per edge."""
    entities = {e["id"]: e for e in record["entities"]}
    seen = set()
    for rel in record["relations"]:
        key = (rel["source"], rel["target"])
        if rel["type"] != "ENDORSES" or key in seen:
            continue
        seen.add(key)
        b0, b1 = rel["evidence"]["start"], rel["evidence"]["end"]

        def surface(eid):
            for m in entities[eid]["mentions"]:
                if b0 <= m["start"] and m["end"] <= b1:
                    return raw[m["start"]:m["end"]].decode("utf-8", "replace")
            return None
        src, tgt = surface(key[0]), surface(key[1])
        if src and tgt:
            yield key, b0, b1, src, tgt, entities[key[0]]["type"], entities[key[1]]["type"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kg", required=True)
    ap.add_argument("--sets", default=",".join(DEV_SETS))
    ap.add_argument("--show", help="print the lost edges of one rewrite (or all)")
    ap.add_argument("--work", help="keep the articles here (default: a temporary folder)")
    ap.add_argument("--coord", action="store_true",
                    help="run meta_coord's rewrites instead: each adds a second endorser or endorsee "
                    "and both edges must be drawn")
    args = ap.parse_args()
    rewrites = {k: v[0] for k, v in meta_coord.COORD.items()} if args.coord else REWRITES
    repo = os.path.normpath(os.path.join(HERE, "..", ".."))
    work = args.work or tempfile.mkdtemp(prefix="kg-metamorphic-")
    cz = run_eval.corpus_path(repo)
    if not os.path.isfile(cz):
        print(f"SKIPPED: corpus not found at {cz}")
        return 0
    cases = []
    for name in args.sets.split(","):
        if name not in DEV_SETS:
            sys.exit(f"metamorphic.py: {name} is not a dev set")
        gold = os.path.join(repo, "tests", "data", "gold", name)
        files = materialize_corpus.materialize(cz, gold, os.path.join(work, name))
        for record in run_kg(args.kg, files):
            raw = open(record["article"], "rb").read()
            entities = {e["id"]: e for e in record["entities"]}
            for key, b0, b1, src, tgt, st, tt in edge_cases(record, raw):
                sent = raw[b0:b1].decode("utf-8", "replace")
                for rewrite_name, rewrite in rewrites.items():
                    new = rewrite(sent, src, tgt, st, tt)
                    if new and new.startswith("RENAME:"):
                        end, shape = new.split(":")[1:]
                        eid = key[0] if end == "source" else key[1]
                        changed, marker = meta_names.renamed_article(raw, entities[eid], end, shape)
                        if changed is None:
                            continue
                        new_key = (marker, key[1]) if end == "source" else (key[0], marker)
                        # The sentence moves when the name's length changes: find it again.
                        cases.append((rewrite_name, name, record["article"], new_key, changed,
                                      0, len(changed), "(whole article renamed) " + sent))
                        continue
                    if new and new != sent:
                        nb = new.encode("utf-8")
                        cases.append((rewrite_name, name, record["article"], key,
                                      raw[:b0] + nb + raw[b1:], b0, b0 + len(nb), new))
    changed = os.path.join(work, "changed.jsonl")
    with open(changed, "w", encoding="utf-8") as f:
        for k, c in enumerate(cases):
            f.write(json.dumps({"id": str(k), "text": c[4].decode("utf-8", "replace")}) + "\n")
    results = {int(r["article"]): r for r in run_kg(args.kg, changed, jsonl=True)}
    total, lost = collections.Counter(), collections.Counter()
    for k, (rewrite_name, set_name, article, key, _, s0, s1, new) in enumerate(cases):
        r = results.get(k, {"relations": []})
        need = meta_coord.keys(rewrite_name, key) if args.coord else [key]
        ends = [meta_names.resolve(k, r) for k in need]  # a renamed end: the matching entities
        kept = all(any(x["type"] == "ENDORSES" and x["source"] in e[0] and x["target"] in e[1] and
                       x["evidence"]["start"] < s1 and s0 < x["evidence"]["end"] for x in r["relations"])
                   for e in ends)
        total[rewrite_name] += 1
        if not kept:
            lost[rewrite_name] += 1
            if args.show in (rewrite_name, "all"):
                print(f"LOST {rewrite_name} {set_name} {os.path.basename(article)} "
                      f"{key[0]} -> {key[1]}\n    {new[:400]}")
    print_table(rewrites, total, lost, 24)
    return 0


def print_table(rewrites, total, lost, width):
    """One line per rewrite that applied anywhere, then the sum (shared with
    metamorphic_statements.py)."""
    for rewrite_name in rewrites:
        n = total[rewrite_name]
        if n:
            print(f"{rewrite_name:{width}s} {n - lost[rewrite_name]:4d}/{n:4d} kept ({lost[rewrite_name]} lost)")
    n, m = sum(total.values()), sum(lost.values())
    print(f"{'all':{width}s} {n - m:4d}/{n:4d} kept ({m} lost)")


if __name__ == "__main__":
    sys.exit(main())
