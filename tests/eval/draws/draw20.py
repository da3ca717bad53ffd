# Draw 20: the candidates of the ENDORSES-only dev set check17 (stop 31). The `endors` bucket of
# the 1,500-9,000-character window ran out at draw 19, so this draw takes two new buckets from
# the records no earlier draw, gold set or rule-writing sample used (see draws.py):
# - `long`: articles of 9,001-14,000 characters that mention `endors`;
# - `cued`: articles of the usual window without `endors` but with a backing cue (`backed`,
#   `backers`, `threw her support behind`, `rallied behind`, `vote for`, ...) whose AllSides topic
#   is about elections or politics: endorsements written without the word.
# Each bucket, in idx order, is shuffled with random.Random(20); the first 60 of each are listed.
# usage: python3 draw20.py [OUT_DIR]   (default /tmp/check17)
import os
import random
import re
import sys

import draws

CUE = re.compile(r"\b(backed|backing|backs|backers?|threw (his|her|their|its) (support|weight)|"
                 r"support (for|behind)|supporters? of|vote for|rall(y|ied) behind|"
                 r"lined up behind)\b", re.I)
TOPICS = {'elections', 'politics', 'us_senate', 'us_house', 'us_congress', 'white_house',
          'campaign_finance', 'republican_party', 'democratic_party', 'polarization'}


def buckets(records):
    excluded = draws.gold_before(20) | draws.draw4_and_audit() | draws.first3000(records)
    for earlier in range(5, 20):
        e, r = draws.candidates(records, earlier)
        excluded |= set(e[:60]) | set(r[:60])
    long, cued = [], []
    for r in records:
        idx = int(r['idx'])
        if idx in excluded:
            continue
        t = draws.article_text(r)
        has_endors = 'endors' in t.lower()
        if has_endors and 9000 < len(t) <= 14000:
            long.append(idx)
        elif (not has_endors and 1500 <= len(t) <= 9000 and r.get('topic') in TOPICS and
              CUE.search(t)):
            cued.append(idx)
    long.sort()
    cued.sort()
    rng = random.Random(20)
    rng.shuffle(long)
    rng.shuffle(cued)
    return long, cued


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check17'
    records = draws.load_records()
    long, cued = buckets(records)
    meta = {int(r['idx']): r for r in records}
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, 'draw20.txt'), 'w') as out:
        for name, lst in (('long', long), ('cued', cued)):
            for pos, i in enumerate(lst[:60], 1):
                r = meta[i]
                t = draws.article_text(r)
                out.write(f"{name}\t{pos}\t{i}\t{r.get('source','')}\t{r.get('bias','')}\t"
                          f"{r.get('date','')}\t{len(t)}\t{(r.get('title') or '')[:70]}\n")
                with open(os.path.join(out_dir, f'{i}.txt'), 'w') as a:
                    a.write(t)
    print(f'{len(long)} long and {len(cued)} cued candidates; the first 60 of each in '
          f'{out_dir}/draw20.txt')


if __name__ == '__main__':
    main()
