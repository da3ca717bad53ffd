# Draw 14: the candidates of the fourth ENDORSES-only dev set check11 (stop 27; only its endors
# bucket is used) (see draws.py for the rule and tests/eval/README.md for how the set was taken
# from them).
# usage: python3 draw14.py [OUT_DIR]   (default /tmp/check11)
import sys
import draws

out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check11'
endors, rest = draws.write_draw(draws.load_records(), 14, out_dir)
print(f'{len(endors)} endors and {len(rest)} rest candidates; the first 60 of each in {out_dir}/draw14.txt')
