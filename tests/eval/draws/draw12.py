# Draw 12: the candidates of the second ENDORSES-only dev set check9 (stop 26; only its endors
# bucket is used) (see draws.py for the rule and tests/eval/README.md for how the set was taken
# from them).
# usage: python3 draw12.py [OUT_DIR]   (default /tmp/check9)
import sys
import draws

out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check9'
endors, rest = draws.write_draw(draws.load_records(), 12, out_dir)
print(f'{len(endors)} endors and {len(rest)} rest candidates; the first 60 of each in {out_dir}/draw12.txt')
