# Draw 19: the candidates of the ENDORSES-only dev set check16 (stop 30; only its endors bucket
# is used) (see draws.py for the rule and tests/eval/README.md for how the set was taken from
# them).
# usage: python3 draw19.py [OUT_DIR]   (default /tmp/check16)
import sys
import draws

out_dir = sys.argv[1] if len(sys.argv) > 1 else '/tmp/check16'
endors, rest = draws.write_draw(draws.load_records(), 19, out_dir)
print(f'{len(endors)} endors and {len(rest)} rest candidates; the first 60 of each in {out_dir}/draw19.txt')
