# Draw 11: the candidates of the ENDORSES dev set check8 (stop 21; only its endors bucket is used) (see draws.py for the rule
# and tests/eval/README.md for how the set was taken from them).
# usage: python3 draw11.py [OUT_DIR]   (default /tmp/check8)
import sys
import draws

out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check8'
endors, rest = draws.write_draw(draws.load_records(), 11, out_dir)
print(f'{len(endors)} endors and {len(rest)} rest candidates; the first 60 of each in {out_dir}/draw11.txt')
