"""Rename rewrites for metamorphic.py: a person at one end of an edge is renamed through the whole
article to an invented name of a given shape (two words, a middle initial, a hyphenated surname,
`Jr.`, a first name that is also an English word, three words, an accented letter), so that the
check tells whether kg's person recognition and resolution hold for names it has never seen,
rather than for the names the dev sets happen to contain.

The rename keeps the article consistent the way a real article about that person would be: the
invented first name has the person's sex (read from the article's honorifics and pronouns, since
`Mr. Vukovich ... he` after a female first name is a contradiction no article makes); every form
of the full name is renamed, also the Hill's hover-card names glued to their link text
(`Joe BidenPress: ...`) and a short or middle-initial form (`Mike X`, `Joseph R. X Jr.`); the
surname alone is renamed except where it is another person's first name (`Kelly Ayotte`).

An edge survives when kg draws it again between the other end and an entity whose name starts with
the invented first name and contains the invented surname (the entity's id is not predicted).
"""
import re

# The first-name lists kg's gazetteer is built from (US Census).
NAMES_PM = "/usr/share/perl5/Text/Names.pm"
_first_names = None

# (first, surname) by end and sex, then the shapes: each maps (first, surname, sex) to the full
# name written in the article and the surname used alone (None: the shape does not apply).
BASE = {("source", "male"): ("Ambrose", "Vukovich"), ("source", "female"): ("Delphine", "Vukovich"),
        ("target", "male"): ("Tobias", "Marchetti"), ("target", "female"): ("Rosalind", "Marchetti")}
WORD_FIRST = {"male": "Chase", "female": "Hope"}
ACCENTED = {"Vukovich": "Vukovi\u0107", "Marchetti": "Mar\u010deti\u0107"}
SHAPES = {
    "": lambda f, s, sex: (f + " " + s, s),
    "-initial": lambda f, s, sex: (f + " R. " + s, s),
    "-hyphen": lambda f, s, sex: (f + " " + s + "-Ferrante", s + "-Ferrante"),
    "-jr": lambda f, s, sex: (f + " " + s + " Jr.", s) if sex == "male" else (None, None),
    "-word": lambda f, s, sex: (WORD_FIRST[sex] + " " + s, s),
    "-three": lambda f, s, sex: (f + " Lindqvist " + s, s),
    "-accent": lambda f, s, sex: (f + " " + ACCENTED[s], ACCENTED[s]),
}


def first_names():
    """First name -> 'male' or 'female' by the Census frequency (None where unknown)."""
    global _first_names
    if _first_names is None:
        _first_names = {}
        try:
            text = open(NAMES_PM, encoding="latin-1").read()
        except OSError:
            return _first_names
        freq = {}
        for sex, var in (("male", "COMMON_MALE_FIRSTNAMES"), ("female", "COMMON_FEMALE_FIRSTNAMES")):
            m = re.search(r"\$" + var + r" = <<ENDNAMES;\n(.*?)\nENDNAMES", text, re.S)
            for name, f in re.findall(r"([A-Z][A-Z'\-]+)\s+([0-9.]+)\s+[0-9.]+\s+[0-9]+", m.group(1)):
                freq.setdefault(name.capitalize(), {})[sex] = float(f)
        for name, by_sex in freq.items():
            _first_names[name] = max(by_sex, key=by_sex.get)
    return _first_names


def sex_of(text, first, surname):
    """The person's sex as the article tells it: honorifics before the surname, then the Census
    sex of the first name, then the pronouns of the sentences that name the person."""
    s = re.escape(surname)
    male = len(re.findall(r"\bMr\. (?:[A-Z]\w* ){0,2}" + s, text))
    female = len(re.findall(r"\b(?:Mrs|Ms)\. (?:[A-Z]\w* ){0,2}" + s, text))
    if male != female:
        return "male" if male > female else "female"
    if first in first_names():
        return first_names()[first]
    for sent in re.split(r"(?<=[.!?])\s+", text):
        if re.search(r"\b" + s + r"\b", sent):
            male += len(re.findall(r"\b(?:he|him|his|himself)\b", sent, re.I))
            female += len(re.findall(r"\b(?:she|her|hers|herself)\b", sent, re.I))
    return "female" if female > male else "male"


def shape_names():
    return list(SHAPES)


SUFFIXES = ("Jr.", "Sr.", "II", "III", "IV")


def _surname(parts):
    """The surname words of a full name: without a suffix, with a particle ('de Le\u00f3n')."""
    if parts[-1] in SUFFIXES and len(parts) > 2:
        parts = parts[:-1]
    if len(parts) > 2 and parts[-2].islower():
        return " ".join(parts[-2:])
    return parts[-1]


def renamed_article(raw, entity, end, shape):
    """The article with every form of the person's name renamed, and the marker the check uses
    to find the renamed entity in kg's output; (None, None) where the shape does not apply."""
    parts = entity["name"].split()
    if len(parts) < 2:
        return None, None
    first, surname = parts[0], _surname(parts)
    text = raw.decode("utf-8", "replace")
    sex = sex_of(text, first, surname)
    new_first, new_surname = BASE[(end, sex)]
    full, alone = SHAPES[shape](new_first, new_surname, sex)
    if full is None:
        return None, None
    # A particle is capitalised at a sentence's start ('De Le\u00f3n').
    s = "(?:%s|%s)" % (re.escape(surname), re.escape(surname[:1].upper() + surname[1:]))
    end_ = r"(?![a-z\u00e0-\u00ff])"  # a hover card's headline may be glued on ('BidenPress: ...')
    # Neither a hover card's legal name nor a compound ('X-backed') carries a suffix.
    plain = re.sub(r" (?:Jr|Sr)\.$", "", full)

    def suffixed(m):
        return plain if text[m.end():m.end() + 1] == "-" or re.match(r"[A-Z0-9]", text[m.end():m.end() + 1]) \
            else full
    text = re.sub(r"(?<![\w-])" + re.escape(entity["name"]) + end_, suffixed, text)
    # Another form of the full name: a middle initial, a suffix, a short first name ('Mike').
    names = first_names()

    def full_form(m):
        word = m.group(1)
        return suffixed(m) if word == first or (word in names and word[:2] == first[:2]) else m.group(0)
    text = re.sub(r"(?<![\w-])([A-Z][a-z]+)(?: [A-Z]\.)? " + s + r"(?:,? (?:Jr|Sr)\.)?" + end_,
                  full_form, text)
    # A hover card's legal name glued to its headline ('Joseph (Joe) Robinette BidenPress: ...'),
    # after the display name (already renamed, so its words are not taken again).
    new_words = "|".join(re.escape(w) for w in full.split())
    word = r"(?!(?:%s)\b)(?:[A-Z][\w'\u2019-]*\.?|\([A-Z]\w*\))" % new_words
    text = re.sub(r"(?<![\w-])(?:%s ){1,4}%s(?=[A-Z0-9])" % (word, s), plain, text)
    # The surname alone, except as another person's first name ('Kelly Ayotte').
    as_first = surname in names

    def alone_form(m):
        if as_first and re.match(r" [A-Z][a-z]", text[m.end():m.end() + 3]):
            return m.group(0)
        return alone
    text = re.sub(r"(?<![\w-])" + s + end_, alone_form, text)
    return text.encode("utf-8"), "NAME:" + full.split()[0] + "|" + alone


def is_renamed(entity, marker):
    """Whether a result entity is the renamed person (by the marker renamed_article gave)."""
    first, alone = marker[len("NAME:"):].split("|")
    words = entity["name"].split()
    return entity["type"] == "person" and words[:1] == [first] and alone in entity["name"]


def resolve(key, record):
    """The key with a rename marker replaced by the ids of the entities that match it."""
    ids = []
    for end in key:
        if end.startswith("NAME:"):
            ids.append({e["id"] for e in record.get("entities", []) if is_renamed(e, end)})
        else:
            ids.append({end})
    return ids
