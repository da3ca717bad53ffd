#!/usr/bin/env python3
"""Generates the extractor's gazetteers from Debian data files at build time.

usage: gen_gazetteer.py NAMES_PM WORDLIST OUT_INC ISO_JSON_DIR ZONE_TAB

NAMES_PM is Text/Names.pm (libtext-names-perl): US Census first names and
surnames in heredocs. WORDLIST is /usr/share/dict/american-english-large.
ISO_JSON_DIR is /usr/share/iso-codes/json (iso-codes): country names and the
subdivisions (states, provinces) of the English-speaking countries whose
news the corpus is; ZONE_TAB is /usr/share/zoneinfo/zone1970.tab (tzdata):
the world's main cities; iso3166.tab beside it gives the countries' short
names ("Russia"). Their words make the place list, which keeps
"Texas" and "New York" from being taken for organisations.
OUT_INC receives C++ string-literal blobs (one entry per line) that
gazetteer.cc parses into hash sets once per process. Nothing here lists
entities by hand: the data comes from the packages, so the lists stay
general and reviewable.
"""
import json
import os
import re
import sys


def heredoc_freq(text, var):
    """Name -> its frequency (percent of the Census sample) in one heredoc."""
    m = re.search(r"\$" + var + r" = <<ENDNAMES;\n(.*?)\nENDNAMES", text, re.S)
    if not m:
        sys.exit(f"gen_gazetteer: {var} not found")
    pairs = re.findall(r"([A-Z][A-Z'\-]+)\s+([0-9.]+)\s+[0-9.]+\s+[0-9]+", m.group(1))
    return {n.capitalize(): float(f) for n, f in pairs}


def heredoc(text, var):
    m = re.search(r"\$" + var + r" = <<ENDNAMES;\n(.*?)\nENDNAMES", text, re.S)
    if not m:
        sys.exit(f"gen_gazetteer: {var} not found")
    # Lines look like "JAMES  3.318  3.318  1"; a few hold two records.
    return re.findall(r"([A-Z][A-Z'\-]+)\s+[0-9.]+\s+[0-9.]+\s+[0-9]+", m.group(1))


def blob(name, words):
    out = [f"constexpr const char {name}[] ="]
    line = ""
    for w in sorted(words):
        piece = w.replace("\\", "\\\\").replace('"', '\\"') + "\\n"
        if len(line) + len(piece) > 90:
            out.append(f'    "{line}"')
            line = ""
        line += piece
    out.append(f'    "{line}";')
    return "\n".join(out) + "\n"


# Subdivisions only of the countries whose news is in English: elsewhere
# they are too many and too obscure to be worth the collisions.
SUBDIVISION_COUNTRIES = ("US", "CA", "GB", "AU", "NZ", "IE")


def place_words(iso_dir, zone_tab):
    names = []
    countries = json.load(open(f"{iso_dir}/iso_3166-1.json", encoding="utf-8"))["3166-1"]
    for c in countries:
        names += [c["name"], c.get("common_name", "")]
    subdivisions = json.load(open(f"{iso_dir}/iso_3166-2.json", encoding="utf-8"))["3166-2"]
    names += [s["name"] for s in subdivisions if s["code"][:2] in SUBDIVISION_COUNTRIES]
    for line in open(os.path.join(os.path.dirname(zone_tab), "iso3166.tab"), encoding="utf-8"):
        if not line.startswith("#") and "\t" in line:
            names.append(line.split("\t", 1)[1].strip())
    for line in open(zone_tab, encoding="utf-8"):
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 3:
            continue
        names.append(fields[2].strip().rsplit("/", 1)[-1].replace("_", " "))
    words = set()
    for name in names:
        # "Korea, Republic of": the part before the comma is the name.
        for w in re.split(r"[\s\-&]+", name.split(",")[0]):
            w = w.strip("().")
            if len(w) > 1 and w[0].isupper() and w[1:].islower() and w.isalpha():
                words.add(w)
    return words


def main():
    names_pm, wordlist, out_path, iso_dir, zone_tab = sys.argv[1:6]
    text = open(names_pm, encoding="latin-1").read()
    male_rank = {n.capitalize(): i for i, n in enumerate(heredoc(text, "COMMON_MALE_FIRSTNAMES"))}
    female_rank = {n.capitalize(): i for i, n in enumerate(heredoc(text, "COMMON_FEMALE_FIRSTNAMES"))}
    # A name on both lists goes to the one where it is more common (Paul is
    # male, Paula female), so "Mrs." and "she" can tell people apart.
    male = {n for n, r in male_rank.items() if r <= female_rank.get(n, 1 << 30)}
    female = {n for n, r in female_rank.items() if r < male_rank.get(n, 1 << 30)}
    # Names borne by both sexes, the rarer at least a third as often as the
    # commoner (Pat, Jamie, Casey, Leslie, Dana, Kerry, Taylor): "he" and
    # "she" may both stand for their bearers (references.cc). Only names
    # of at least one bearer in 5,000: the rare ones on both lists are
    # mostly transliterations and place words (Hong, Chi, Paris).
    male_freq = heredoc_freq(text, "COMMON_MALE_FIRSTNAMES")
    female_freq = heredoc_freq(text, "COMMON_FEMALE_FIRSTNAMES")
    unisex = {
        n
        for n, a in male_freq.items()
        if min(a, female_freq.get(n, 0.0)) * 3 >= max(a, female_freq.get(n, 0.0))
        and max(a, female_freq.get(n, 0.0)) >= 0.02
    }
    surnames = {n.capitalize() for n in heredoc(text, "COMMON_SURNAMES")}
    lower, proper, acronyms = set(), set(), set()
    for w in open(wordlist, encoding="utf-8", errors="replace"):
        w = w.strip()
        if not w or "'" in w or len(w) > 20:
            continue
        if w.islower():
            lower.add(w)
        elif w[0].isupper() and w[1:].islower():
            proper.add(w)
        elif len(w) >= 2 and w.isalpha() and w.isupper():
            acronyms.add(w)  # "NATO", "ISIS": the dictionary's own acronyms
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("// Generated by extract/gen_gazetteer.py; do not edit.\n")
        f.write(blob("kMaleFirstNames", male))
        f.write(blob("kFemaleFirstNames", female))
        f.write(blob("kUnisexFirstNames", unisex))
        f.write(blob("kSurnames", surnames))
        f.write(blob("kLowercaseWords", lower))
        f.write(blob("kProperNouns", proper))
        f.write(blob("kDictAcronyms", acronyms))
        f.write(blob("kPlaceWords", place_words(iso_dir, zone_tab)))


if __name__ == "__main__":
    main()
