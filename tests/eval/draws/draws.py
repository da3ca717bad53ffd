"""Shared code of the held-out draws (draw5.py ... draw10.py).

Candidates are the corpus records whose article text (title + "\\n\\n" +
text) has 1,500-9,000 characters and whose idx is not excluded; they go into
the bucket `endors` when the lower-cased text contains "endors", else `rest`;
each bucket, in idx order, is shuffled with one random.Random(seed) (endors
first). A draw's exclusions use the gold that existed when it was made, so
every draw stays reproducible after later gold sets are added.
"""
import glob
import gzip
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
CORPUS = os.path.join(REPO, '../shared/corpus/allsides-abp-2016-2020/articles.jsonl.gz')
# Gold sets in the order they were drawn: a draw excludes the gold of every
# set but its own and the later ones. A new set must be added to every
# earlier draw's list, or those draws stop reproducing (check8 was missing
# from draws 5-11 until stop 26: draw 11 no longer listed its own articles).
LATER_SETS = {
    5: ['check2', 'check3', 'check4', 'check5', 'check6', 'check7', 'check8', 'check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    6: ['check3', 'check4', 'check5', 'check6', 'check7', 'check8', 'check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    7: ['check4', 'check5', 'check6', 'check7', 'check8', 'check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    8: ['check5', 'check6', 'check7', 'check8', 'check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    9: ['check6', 'check7', 'check8', 'check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    10: ['check7', 'check8', 'check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    11: ['check8', 'check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    12: ['check9', 'check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    13: ['check10', 'check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    14: ['check11', 'check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    15: ['check12', 'check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    16: ['check13', 'check14', 'check15', 'check16', 'check17', 'check18'],
    17: ['check14', 'check15', 'check16', 'check17', 'check18'],
    18: ['check15', 'check16', 'check17', 'check18'],
    19: ['check16', 'check17', 'check18'],
    20: ['check17', 'check18'],
    21: ['check18'],
}


def gold_of(sets):
    ids = set()
    for s in sets:
        for f in glob.glob(os.path.join(REPO, 'tests/data/gold', s, '*')):
            b = os.path.basename(f).split('.')[0]
            if b.isdigit():
                ids.add(int(b))
    return ids


def all_gold():
    return gold_of(os.path.basename(d) for d in glob.glob(os.path.join(REPO, 'tests/data/gold/*')))


def gold_before(draw):
    return all_gold() - gold_of(LATER_SETS[draw])


def draw4_and_audit():
    draw4 = set(int(l.split('\t')[2]) for l in open(os.path.join(HERE, 'draw4.tsv')) if l.strip())
    audit = set(int(f) for f in open(os.path.join(HERE, 'audit-stop12.txt')) if f.strip())
    return draw4 | audit


def load_records():
    with gzip.open(CORPUS, 'rt') as f:
        return [json.loads(line) for line in f]


def article_text(r):
    return (r.get('title') or '') + "\n\n" + (r.get('text') or '')


def shuffled_buckets(records, excluded, seed):
    endors, rest = [], []
    for r in records:
        idx = int(r['idx'])
        if idx in excluded:
            continue
        t = article_text(r)
        if not (1500 <= len(t) <= 9000):
            continue
        (endors if 'endors' in t.lower() else rest).append(idx)
    endors.sort()
    rest.sort()
    rng = random.Random(seed)
    rng.shuffle(endors)
    rng.shuffle(rest)
    return endors, rest


def first3000(records):
    return set(int(r['idx']) for r in records[:3000])


_candidates_cache = {}


def candidates(records, draw):
    """The shuffled buckets of draw 5 ... 17, exactly as each was made.
    Memoised: each draw excludes every earlier draw's first 60, so without
    the cache draw N recomputes draw 5 2**(N-5) times (draw 16: minutes)."""
    key = (id(records), draw)
    if key not in _candidates_cache:
        _candidates_cache[key] = _candidates(records, draw)
    return _candidates_cache[key]


def _candidates(records, draw):
    excluded = gold_before(draw) | draw4_and_audit()
    for earlier in range(5, draw):
        e, r = candidates(records, earlier)
        excluded |= set(e[:60]) | set(r[:60])
    if draw >= 6:  # rule writers sampled the first 3,000 records from stop 14 on
        excluded |= first3000(records)
    return shuffled_buckets(records, excluded, draw)


def write_draw(records, draw, out_dir):
    """Writes drawN.txt (bucket, position, idx, outlet, bias, date, chars,
    title) and each listed article's text as <idx>.txt into out_dir."""
    endors, rest = candidates(records, draw)
    meta = {int(r['idx']): r for r in records}
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, f'draw{draw}.txt'), 'w') as out:
        for name, lst in (('endors', endors), ('rest', rest)):
            for pos, i in enumerate(lst[:60], 1):
                r = meta[i]
                t = article_text(r)
                out.write(f"{name}\t{pos}\t{i}\t{r.get('source','')}\t{r.get('bias','')}\t"
                          f"{r.get('date','')}\t{len(t)}\t{(r.get('title') or '')[:70]}\n")
                with open(os.path.join(out_dir, f'{i}.txt'), 'w') as a:
                    a.write(t)
    return endors, rest
