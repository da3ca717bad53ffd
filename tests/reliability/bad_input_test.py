#!/usr/bin/env python3
"""Bad input, through the real kg binary: every kind of input a user or the
web can hand kg either gets one clear `kg: PATH...: reason` line or is
processed within a time bound; the rest of the batch goes on; the exit
status says whether anything failed; and nothing already stored changes.

usage: bad_input_test.py KG_BINARY REPO_ROOT
"""

import json
import os
import shutil
import struct
import sys
import tempfile
import time
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kgtest  # noqa: E402

# Generous for a loaded 2-core CI machine; a quadratic blow-up on these
# inputs takes minutes.
SECONDS_PER_INPUT = 20 * kgtest.TIME_SCALE


def png_image():
    """A real 16x16 PNG, made here."""
    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))
    raw = b"".join(b"\x00" + bytes([x * 16, 128, 255 - x * 16]) * 16 for x in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)
    return path


def good_text(n):
    return ("Council vote %d\n\nRIVERSIDE — Ann Whitfield, the president of the National Teachers "
            "Union, endorsed Carlos Moreno on Tuesday. \"We are proud to stand with Moreno,\" "
            "Whitfield said.\n" % n).encode()


# Inputs that must be refused: (file name, bytes, words the message must hold).
REFUSED = [
    ("empty.txt", b"", "empty"),
    ("image.png", png_image(), "binary"),
    ("invalid.txt", b"caf\xc3 au lait and \xff\xfe more", "UTF-8"),
    ("utf16.txt", "\ufeffAnn Whitfield said \"yes\".\n".encode("utf-16-le"), ""),
    ("huge.txt", b"word " * (10 * 1024 * 1024), "larger than"),  # 50 MB, one line
]

# Hostile but valid text: processed, within the time bound.
PROCESSED = [
    ("crlf.txt", good_text(1).replace(b"\n", b"\r\n")),
    ("page.html", b"<!DOCTYPE html><html><head><title>Council vote</title><script>var q = \"<p>\";"
     b"</script></head><body><p>Ann Whitfield, the president of the <b>National Teachers Union</b>"
     b", said &quot;we are proud&quot; on Tuesday.</p>" + b"<div><span>x</span></div>" * 20000 +
     b"</body></html>\n"),
    ("unclosed_quote.txt", b"Ann Whitfield said: \"this never ends " + b"and on and on " * 50000),
    ("nested.txt", b"Ann Whitfield said (" * 1 + b"([{" * 100000 + b"x" + b"}])" * 100000 + b".\n"),
    ("name_run.txt", b"Yesterday " + b" ".join(b"Abcde%s" % bytes([65 + i % 26]) for i in
                                                range(1430)) + b" said \"hello\".\n"),
    ("one_long_line.txt", (b"Ann Whitfield said \"we are proud\" of Carlos Moreno, " * 60000)),
    ("utf8_bom.txt", b"\xef\xbb\xbf" + good_text(2)),
]


def one_line_naming(err, name):
    lines = err.strip().splitlines()
    return len(lines) == 1 and lines[0].startswith("kg: ") and name in lines[0]


def export(kg, db):
    return kgtest.run(kg, "--db", db, "export", "--format", "json")[1]


def main():
    kg = os.path.abspath(sys.argv[1])
    repo = sys.argv[2]
    checks = kgtest.Checks()
    work = tempfile.mkdtemp(prefix="kg-bad-input-")
    try:
        db = os.path.join(work, "seeds.db")
        rc, _, err = kgtest.run(kg, "--db", db, "ingest", "-q", os.path.join(repo, "seeds"))
        checks.ok(rc == 0, "seed ingest: %s" % err)
        seeds_export = export(kg, db)

        # Each refused input alone: exit 1, one line naming it, nothing changed.
        for name, data, words in REFUSED:
            path = write(os.path.join(work, "refused", name), data)
            start = time.monotonic()
            rc, out, err = kgtest.run(kg, "--db", db, "ingest", path)
            seconds = time.monotonic() - start
            checks.ok(rc == 1 and one_line_naming(err, path) and words in err,
                      "%s: exit %d, want 1 and one line naming it with %r; stderr %r" %
                      (name, rc, words, err[:300]))
            checks.ok(seconds < SECONDS_PER_INPUT, "%s took %.1f s" % (name, seconds))
        missing = os.path.join(work, "missing.txt")
        rc, out, err = kgtest.run(kg, "--db", db, "ingest", missing)
        checks.ok(rc == 1 and one_line_naming(err, missing),
                  "missing path: exit %d, stderr %r" % (rc, err))
        # Unreadable: a file whose read fails (root reads any mode, so use
        # an I/O error too), and a mode-000 file when not root.
        unreadable = ["/proc/self/mem"]
        if os.geteuid() != 0:
            locked = write(os.path.join(work, "locked.txt"), good_text(3))
            os.chmod(locked, 0)
            unreadable.append(locked)
        for path in unreadable:
            rc, out, err = kgtest.run(kg, "--db", db, "ingest", path)
            checks.ok(rc == 1 and one_line_naming(err, path),
                      "unreadable %s: exit %d, stderr %r" % (path, rc, err))
        checks.ok(export(kg, db) == seeds_export, "refused input changed the stored graph")

        # Hostile text alone: processed in time, exit 0.
        for name, data in PROCESSED:
            path = write(os.path.join(work, "processed", name), data)
            scratch = os.path.join(work, "scratch.db")
            start = time.monotonic()
            rc, out, err = kgtest.run(kg, "--db", scratch, "ingest", "-q", path,
                                      timeout=SECONDS_PER_INPUT * 3)
            seconds = time.monotonic() - start
            checks.ok(rc == 0 and not err, "%s: exit %d, stderr %r" % (name, rc, err[:300]))
            checks.ok(seconds < SECONDS_PER_INPUT, "%s took %.1f s" % (name, seconds))
            shutil.rmtree(scratch, ignore_errors=True)

        # CRLF text gives the same entities as the same text with LF.
        names = {}
        for name, data in (("lf.txt", good_text(1)), ("crlf.txt", PROCESSED[0][1])):
            path = write(os.path.join(work, "eol", name), data)
            rc, out, err = kgtest.run(kg, "extract", "--format", "json", path)
            entities = json.loads(out)["entities"] if rc == 0 else []
            names[name] = sorted(e["name"] for e in entities)
        checks.ok(names["lf.txt"] and names["lf.txt"] == names["crlf.txt"],
                  "CRLF changes the entities: %s vs %s" % (names["lf.txt"], names["crlf.txt"]))

        # A directory of everything at once: the batch goes on, each bad
        # file is one line, the good ones are stored, and the exit is 1.
        mixed = os.path.join(work, "mixed")
        for name, data, _ in REFUSED[:4]:
            write(os.path.join(mixed, name), data)
        for name, data in PROCESSED[:3]:
            write(os.path.join(mixed, "deeper", name), data)
        write(os.path.join(mixed, "good1.txt"), good_text(11))
        write(os.path.join(mixed, "sub", "good2.txt"), good_text(12))
        write(os.path.join(mixed, ".hidden.txt"), b"\x00hidden files are not read")
        os.symlink("/proc/self/mem", os.path.join(mixed, "unreadable.txt"))
        rc, out, err = kgtest.run(kg, "--db", db, "ingest", mixed)
        lines = err.strip().splitlines()
        checks.ok(rc == 1, "mixed directory: exit %d, want 1" % rc)
        checks.ok(len(lines) == 5 and all(line.startswith("kg: " + mixed) for line in lines),
                  "mixed directory: want 5 lines naming files, got %r" % lines)
        checks.ok("5 new" in out and "5 failed" in out, "mixed directory summary: %r" % out)
        rc, out, err = kgtest.run(kg, "--db", db, "check")
        checks.ok(rc == 0, "check after the mixed batch: %s" % err)
        rc, out, err = kgtest.run(kg, "--db", db, "stats")
        checks.ok("articles 10" in " ".join(out.split()), "stats after the mixed batch: %r" % out)
        # The seeds' articles are untouched.
        after = {a["id"] for a in json.loads(export(kg, db))["articles"]}
        checks.ok(all(a["id"] in after for a in json.loads(seeds_export)["articles"]),
                  "a seed article vanished")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    checks.finish()


if __name__ == "__main__":
    main()
