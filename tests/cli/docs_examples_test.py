#!/usr/bin/env python3
"""Runs every example of docs/cli.md and compares its output with the docs.

usage: docs_examples_test.py KG REPO [--update]

An example is a ```console block: lines starting with "$ " are commands,
the lines after each command are its expected output (standard output, then
standard error), and a last line "(exit N)" states a non-zero exit status.
Commands run in document order with bash in REPO, with `kg` on PATH being
KG, and KG_DB naming a fresh database, so the first example (kg ingest
seeds/) builds the seed database the others query.

What legitimately varies is normalised on both sides before comparing:
durations ("0.24 s"), the temporary directory, and runs of spaces (column
widths of a table move when an elided row is longer). A line "..." in the
expected output stands for any number of lines. Everything else must match.

--update rewrites the outputs in the docs from the actual run (keeping the
first 20 lines of each, then "..."), for a human to review with git diff.
"""
import os
import re
import subprocess
import sys
import tempfile

FENCE = "```console"
MAX_UPDATE_LINES = 20


def parse_examples(lines):
    """[(line index of the command, command, expected lines, exit code, end index)]"""
    examples = []
    i = 0
    while i < len(lines):
        if lines[i].strip() != FENCE:
            i += 1
            continue
        i += 1
        current = None
        while i < len(lines) and lines[i].strip() != "```":
            line = lines[i]
            if line.startswith("$ "):
                if current:
                    examples.append(current)
                current = {"at": i, "command": line[2:], "expected": [], "exit": 0, "end": i + 1}
            elif current is not None:
                m = re.fullmatch(r"\(exit (\d+)\)", line.strip())
                if m:
                    current["exit"] = int(m.group(1))
                else:
                    current["expected"].append(line)
                current["end"] = i + 1
            i += 1
        if current:
            examples.append(current)
        i += 1
    return examples


def normalise(line, tmp):
    line = line.replace(tmp, "$TMP")
    line = re.sub(r"\b\d+(\.\d+)? ?(s|ms)\b", "N s", line)
    line = re.sub(r"\s+", " ", line).strip()
    return line


def matches(expected, actual):
    """Line-by-line match where an expected "..." absorbs any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def run(command, kg, repo, env):
    result = subprocess.run(["bash", "-c", command], cwd=repo, env=env, capture_output=True,
                            text=True, timeout=300)
    lines = (result.stdout + result.stderr).splitlines()
    return lines, result.returncode


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    kg, repo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    update = "--update" in sys.argv[3:]
    doc_path = os.path.join(repo, "docs", "cli.md")
    with open(doc_path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    examples = parse_examples(lines)
    if not examples:
        sys.exit(f"FAIL: no ```console examples in {doc_path}")
    with tempfile.TemporaryDirectory() as tmp:
        bin_dir = os.path.join(tmp, "bin")
        os.makedirs(bin_dir)
        os.symlink(kg, os.path.join(bin_dir, "kg"))
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"],
                   KG_DB=os.path.join(tmp, "kg.db"), TMP=tmp, LC_ALL="C.UTF-8")
        failures = 0
        replacements = []
        for ex in examples:
            actual, rc = run(ex["command"], kg, repo, env)
            want = [normalise(l, tmp) for l in ex["expected"]]
            got = [normalise(l, tmp) for l in actual]
            if update:
                shown = [l.replace(tmp, "$TMP") for l in actual]
                if len(shown) > MAX_UPDATE_LINES:
                    shown = shown[:MAX_UPDATE_LINES] + ["..."]
                if rc != 0:
                    shown.append(f"(exit {rc})")
                replacements.append((ex["at"] + 1, ex["end"], shown))
                continue
            if rc != ex["exit"] or not matches(want, got):
                failures += 1
                print(f"FAIL: docs/cli.md:{ex['at'] + 1}: $ {ex['command']}")
                print(f"  exit {rc}, documented {ex['exit']}")
                print("  documented output:")
                for l in ex["expected"]:
                    print("    | " + l)
                print("  actual output:")
                for l in actual[:40]:
                    print("    | " + l.replace(tmp, "$TMP"))
            else:
                print(f"ok: $ {ex['command']}")
        if update:
            for start, end, shown in reversed(replacements):
                lines[start:end] = shown
            with open(doc_path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            print(f"updated {len(replacements)} examples in {doc_path}")
            return 0
        print(f"{len(examples) - failures} examples ok, {failures} failed")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
