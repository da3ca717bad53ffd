# Draw of the fourth held-out set, check4 (stop 16). Reproducible: random.Random(7).
# Excludes every gold idx, the draw-4, audit, draw-5 and draw-6 candidate lists, and
# the first 3,000 corpus records. Rule writers of stop 16 sample from the rest of the
# corpus, minus this draw's 120 candidates (so no check4 article is read for rules).
import gzip, json, glob, os, random, sys
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(os.path.dirname(here)))
def gold_of(sets):
    ids = set()
    for s in sets:
        for f in glob.glob(os.path.join(repo, 'tests/data/gold', s, '*')):
            b = os.path.basename(f).split('.')[0]
            if b.isdigit(): ids.add(int(b))
    return ids
all_sets = [os.path.basename(d) for d in glob.glob(os.path.join(repo, 'tests/data/gold/*'))]
gold = gold_of(all_sets)
draw4 = set(int(l.split('\t')[2]) for l in open(os.path.join(here, 'draw4.tsv')) if l.strip())
audit = set(int(f) for f in open(os.path.join(here, 'audit-stop12.txt')) if f.strip())
corpus = os.path.join(repo, '../shared/corpus/allsides-abp-2016-2020/articles.jsonl.gz')
records = []
with gzip.open(corpus, 'rt') as f:
    for line in f:
        records.append(json.loads(line))
first3000 = set(int(r['idx']) for r in records[:3000])
def candidates(excluded):
    endors, rest, texts = [], [], {}
    for r in records:
        idx = int(r['idx'])
        if idx in excluded: continue
        t = (r.get('title') or '') + "\n\n" + (r.get('text') or '')
        if not (1500 <= len(t) <= 9000): continue
        texts[idx] = t
        (endors if 'endors' in t.lower() else rest).append(idx)
    endors.sort(); rest.sort()
    return endors, rest, texts
def first60(excluded, seed):
    e, r, _ = candidates(excluded)
    rng = random.Random(seed); rng.shuffle(e); rng.shuffle(r)
    return set(e[:60]) | set(r[:60])
# Draws 5 and 6 recomputed with the gold that existed when each was made.
gold5 = gold - gold_of(['check2', 'check3', 'check4'])
draw5 = first60(gold5 | draw4 | audit, 5)
gold6 = gold - gold_of(['check3', 'check4'])
draw6 = first60(gold6 | draw4 | audit | draw5 | first3000, 6)
excluded = gold | draw4 | audit | draw5 | draw6 | first3000
endors, rest, texts = candidates(excluded)
rng = random.Random(7)
rng.shuffle(endors); rng.shuffle(rest)
meta = {int(r['idx']): r for r in records}
out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check4'
with open(os.path.join(out_dir, 'draw7.txt'), 'w') as out:
    for name, lst in (('endors', endors), ('rest', rest)):
        for pos, i in enumerate(lst[:60], 1):
            r = meta[i]
            out.write(f"{name}\t{pos}\t{i}\t{r.get('source','')}\t{r.get('bias','')}\t{r.get('date','')}\t{len(texts[i])}\t{(r.get('title') or '')[:70]}\n")
            open(os.path.join(out_dir, f'{i}.txt'), 'w').write(texts[i])
print(len(excluded), len(gold), len(draw5), len(draw6), len(endors), len(rest))
