# Draw of the third held-out set, check3 (stop 14). Reproducible: random.Random(6).
# Excludes every gold idx, the draw-4, audit and draw-5 candidate lists, and the
# first 3,000 corpus records (rule writers sample sentences from those, so an
# article there may have been read while writing rules).
import gzip, json, glob, os, random, subprocess, sys
here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(os.path.dirname(here))
repo = os.path.dirname(repo)
gold = set()
for f in glob.glob(os.path.join(repo, 'tests/data/gold/*/*')):
    b = os.path.basename(f).split('.')[0]
    if b.isdigit(): gold.add(int(b))
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
# draw 5's candidate lists, recomputed exactly as draw5.py did (its exclusions
# did not include check2, which did not exist yet).
gold_before5 = set(i for i in gold if not os.path.exists(os.path.join(repo, f'tests/data/gold/check2/{i}.json')))
e5, r5, _ = candidates(gold_before5 | draw4 | audit)
rng5 = random.Random(5); rng5.shuffle(e5); rng5.shuffle(r5)
draw5 = set(e5[:60]) | set(r5[:60])
excluded = gold | draw4 | audit | draw5 | first3000
endors, rest, texts = candidates(excluded)
rng = random.Random(6)
rng.shuffle(endors); rng.shuffle(rest)
meta = {int(r['idx']): r for r in records}
out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check3'
with open(os.path.join(out_dir, 'draw6.txt'), 'w') as out:
    for name, lst in (('endors', endors), ('rest', rest)):
        for pos, i in enumerate(lst[:60], 1):
            r = meta[i]
            out.write(f"{name}\t{pos}\t{i}\t{r.get('source','')}\t{r.get('bias','')}\t{r.get('date','')}\t{len(texts[i])}\t{(r.get('title') or '')[:70]}\n")
            open(os.path.join(out_dir, f'{i}.txt'), 'w').write(texts[i])
print(len(excluded), len(gold), len(draw4), len(audit), len(draw5), len(endors), len(rest))
