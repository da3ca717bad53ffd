# Draw 5: the candidates of the held-out set check2 (see draws.py for the rule
# and tests/eval/README.md for how the set was taken from them).
# usage: python3 draw5.py [OUT_DIR]   (default /tmp/check2)
import sys
import draws

out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check2'
endors, rest = draws.write_draw(draws.load_records(), 5, out_dir)
print(f'{len(endors)} endors and {len(rest)} rest candidates; the first 60 of each in {out_dir}/draw5.txt')
