import gzip, json, glob, os, random
gold = set()
for f in glob.glob('/work/main/tests/data/gold/*/*'):
    b = os.path.basename(f).split('.')[0]
    if b.isdigit(): gold.add(int(b))
draw4 = set(int(l.split('\t')[2]) for l in open('/work/main/tests/eval/draws/draw4.tsv') if l.strip())
audit = set(int(f) for f in open('/work/main/tests/eval/draws/audit-stop12.txt') if f.strip())
excluded = gold | draw4 | audit
endors, rest, texts, meta = [], [], {}, {}
with gzip.open('/work/shared/corpus/allsides-abp-2016-2020/articles.jsonl.gz', 'rt') as f:
    for line in f:
        r = json.loads(line)
        idx = int(r['idx'])
        if idx in excluded: continue
        t = (r.get('title') or '') + "\n\n" + (r.get('text') or '')
        if not (1500 <= len(t) <= 9000): continue
        texts[idx] = t
        meta[idx] = r
        (endors if 'endors' in t.lower() else rest).append(idx)
endors.sort(); rest.sort()
rng = random.Random(5)
rng.shuffle(endors); rng.shuffle(rest)
with open('/tmp/draw5.txt', 'w') as out:
    for name, lst in (('endors', endors), ('rest', rest)):
        for pos, i in enumerate(lst[:60], 1):
            r = meta[i]
            out.write(f"{name}\t{pos}\t{i}\t{r.get('source','')}\t{r.get('bias','')}\t{r.get('date','')}\t{len(texts[i])}\t{(r.get('title') or '')[:70]}\n")
            open(f'/tmp/check2/{i}.txt', 'w').write(texts[i])
print(len(excluded), len(gold), len(draw4), len(audit), len(endors), len(rest))
