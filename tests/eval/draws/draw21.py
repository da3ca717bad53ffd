# Draw 21: the candidates of the ENDORSES-only dev set check18 (stop 32). It continues draw 20's
# `long` bucket (articles of 9,001-14,000 characters that mention `endors`, shuffled with
# random.Random(20)): positions 1-26 went to check17, so this draw lists positions 27-62 as its
# own positions 1-36. No article of 1,500 characters or fewer mentions `endors`, and the
# 1,500-9,000 window ran out at draw 19, so longer articles are what is left.
# usage: python3 draw21.py [OUT_DIR]   (default /tmp/check18)
import os
import sys

import draws
import draw20


def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check18'
    records = draws.load_records()
    long, _ = draw20.buckets(records)
    meta = {int(r['idx']): r for r in records}
    os.makedirs(out_dir, exist_ok=True)
    with open(os.path.join(out_dir, 'draw21.txt'), 'w') as out:
        for pos, i in enumerate(long[26:62], 1):
            r = meta[i]
            t = draws.article_text(r)
            out.write(f"long\t{pos}\t{i}\t{r.get('source','')}\t{r.get('bias','')}\t"
                      f"{r.get('date','')}\t{len(t)}\t{(r.get('title') or '')[:70]}\n")
            with open(os.path.join(out_dir, f'{i}.txt'), 'w') as a:
                a.write(t)
    print(f'{len(long[26:62])} candidates in {out_dir}/draw21.txt')


if __name__ == '__main__':
    main()
