# Draw 9: the candidates of the held-out set check6 (see draws.py for the rule
# and tests/eval/README.md for how the set was taken from them).
# usage: python3 draw9.py [OUT_DIR]   (default /tmp/check6)
import sys
import draws

out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check6'
endors, rest = draws.write_draw(draws.load_records(), 9, out_dir)
print(f'{len(endors)} endors and {len(rest)} rest candidates; the first 60 of each in {out_dir}/draw9.txt')
