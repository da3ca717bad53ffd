# Draw 10: the candidates of the held-out set check7 (see draws.py for the rule
# and tests/eval/README.md for how the set was taken from them).
# usage: python3 draw10.py [OUT_DIR]   (default /tmp/check7)
import sys
import draws

out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check7'
endors, rest = draws.write_draw(draws.load_records(), 10, out_dir)
print(f'{len(endors)} endors and {len(rest)} rest candidates; the first 60 of each in {out_dir}/draw10.txt')
