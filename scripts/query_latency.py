#!/usr/bin/env python3
"""Whole-process latency of kg's query commands: median wall time of N runs.

usage: query_latency.py [--runs N] --db DB [--neighbors NAME] [--path FROM TO]... KG...

Runs `kg --version`, `kg neighbors NAME` and each `kg path FROM TO`, round
robin over the commands and the binaries given (so that a busy machine
slows them all alike), and prints the median and minimum wall time of each.
Compare binaries, and a query with --version, within one run: on a shared
machine the absolute figures move with the load, the ratios much less.
"""
import argparse
import os
import statistics
import subprocess
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--db", required=True)
    parser.add_argument("--neighbors", default="Donald Trump")
    parser.add_argument("--path", nargs=2, action="append", default=[], metavar=("FROM", "TO"))
    parser.add_argument("kg", nargs="+")
    args = parser.parse_args()

    def commands(kg):
        found = {"--version": [kg, "--version"],
                 "neighbors": [kg, "--db", args.db, "neighbors", args.neighbors]}
        for i, (a, b) in enumerate(args.path):
            found["path %d" % (i + 1)] = [kg, "--db", args.db, "path", a, b]
        return found

    times = {}
    with open(os.devnull, "w") as devnull:
        for _ in range(args.runs):
            for kg in args.kg:
                for name, command in commands(kg).items():
                    start = time.perf_counter()
                    rc = subprocess.call(command, stdout=devnull, stderr=devnull)
                    elapsed = (time.perf_counter() - start) * 1000
                    if rc != 0:
                        raise SystemExit("exit %d: %s" % (rc, " ".join(command)))
                    times.setdefault((kg, name), []).append(elapsed)
    for kg in args.kg:
        print(kg)
        for name in commands(kg):
            runs = times[(kg, name)]
            print("  %-10s median %6.1f ms  min %6.1f ms  (%d runs)" %
                  (name, statistics.median(runs), min(runs), len(runs)))


if __name__ == "__main__":
    main()
