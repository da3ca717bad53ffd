"""Shared helpers of the reliability tests: run the real kg binary, count
passes and failures, and write generated articles (never corpus text)."""

import os
import random
import subprocess
import sys

FIRST = ["Ann", "Carlos", "Maria", "James", "Wei", "Fatima", "Olga", "Samuel", "Priya", "Tomas",
         "Helen", "Kwame", "Laura", "Mehmet", "Rosa", "Daniel"]
LAST = ["Whitfield", "Okafor", "Lindqvist", "Moreno", "Tanaka", "Brennan", "Kowalski", "Haddad",
        "Ferreira", "Novak", "Castellano", "Abernathy", "Iverson", "Petrakis", "Delacroix", "Yilmaz"]
ORGS = ["National Teachers Union", "Federal Housing Agency", "Riverside Water Authority",
        "Coastal Farmers Association", "United Transit Workers", "State Medical Board"]
ROLES = ["president", "spokeswoman", "director", "chairman", "treasurer"]


# Wall-clock bounds are multiplied by this. scripts/sanitize.sh sets it:
# code built with AddressSanitizer, UndefinedBehaviorSanitizer and libFuzzer's
# coverage runs several times slower. The inputs and assertions stay the same.
TIME_SCALE = float(os.environ.get("KG_TEST_TIME_SCALE", "1"))


class Checks:
    """Counts assertions; prints each failure on one line."""

    def __init__(self):
        self.passed = 0
        self.failed = 0

    def ok(self, condition, what):
        if condition:
            self.passed += 1
        else:
            self.failed += 1
            print("FAIL: " + what, flush=True)
        return condition

    def finish(self):
        print("%d passed, %d failed" % (self.passed, self.failed))
        sys.exit(1 if self.failed else 0)


def run(kg, *args, timeout=120, **kwargs):
    """Runs kg; returns (exit code, stdout, stderr) with text decoded leniently."""
    try:
        p = subprocess.run([kg, *args], capture_output=True, timeout=timeout, **kwargs)
    except subprocess.TimeoutExpired:
        return (-1, "", "timed out after %d s" % timeout)
    return (p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace"))


def generated_article(rng, index):
    """A plausible news article about made-up people, with quotations,
    endorsements and roles, so that every part of the graph is exercised."""
    def person():
        return "%s %s" % (rng.choice(FIRST), rng.choice(LAST))

    a, b, c = person(), person(), person()
    org = rng.choice(ORGS)
    paragraphs = [
        "Council vote %d draws a crowd" % index,
        "By %s" % person(),
        "RIVERSIDE — %s, the %s of the %s, said on Tuesday that %s had earned the "
        "group's support in race number %d." % (a, rng.choice(ROLES), org, b, index),
        "\"We have watched this campaign closely and we are proud to stand with %s,\" %s said "
        "in a statement. \"Item %d on our list is housing.\"" % (b.split()[1], a.split()[1], index),
        "%s endorsed %s for the council seat, and %s, a %s at the %s, called the plan "
        "\"a serious answer to a hard problem.\"" % (org, b, c, rng.choice(ROLES), org),
        "%s said the vote would come in %d weeks. \"Nobody should take it for granted,\" "
        "%s added." % (c, rng.randint(2, 9), c.split()[1]),
    ]
    filler = ("Residents filled the hall and many spoke about rents, schools and the new bus "
              "line that opened last spring. ")
    paragraphs.append(filler * rng.randint(2, 8))
    return "\n\n".join(paragraphs) + "\n"


def write_articles(directory, count, seed=1):
    """Writes `count` generated articles as NNNNN.txt; returns their paths in
    the order kg reads a directory (sorted)."""
    rng = random.Random(seed)
    os.makedirs(directory, exist_ok=True)
    paths = []
    for i in range(count):
        path = os.path.join(directory, "%05d.txt" % i)
        with open(path, "w", encoding="utf-8") as f:
            f.write(generated_article(rng, i))
        paths.append(path)
    return paths
