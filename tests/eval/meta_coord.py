"""Coordination rewrites for metamorphic.py: each ADDS a second endorser or endorsee to a sentence
kg already reads ("X endorsed Y" -> "X and Sen. Tobias Marchetti endorsed Y", "X endorsed Y, as
did Rep. Tobias Marchetti", "X endorsed both Y and Delphine Vukovich"), so the sentence's meaning
grows by one known edge. The case is kept only when kg draws BOTH the original edge and the new
one. Unlike the meaning-preserving rewrites, these test whether the coordination rules (`and`,
`along with`, `as did`, `joined by`, `both ... and`) hold wherever the construction is grammatical.

A rewrite applies only where it is grammatical: the source's name directly before a finite past
(or present) endorse/back/support verb for the endorser ones, the endorsee a person directly after
endorse/back/support for the endorsee ones, and no quotation or second clause for the ones added
at the sentence's end.
"""
import re

NEW_SOURCE = ("Tobias Marchetti", "person:tobias-marchetti")
NEW_TARGET = ("Delphine Vukovich", "person:delphine-vukovich")

FINITE = re.compile(r"(?<= )(endorsed|endorses|backed|backs|supported|supports|threw|throws)\b")
GERUND = {"endorsed": "endorsing", "backed": "backing", "supported": "supporting", "threw": "throwing"}
PERSON_OBJECT_VERBS = ("endorsed", "endorses", "backed", "backs", "supported", "supports")
BETWEEN = ("also", "formally", "officially", "publicly", "quickly", "later", "then", "recently",
           "eventually", "ultimately", "has", "had")
CLAUSE_WORDS = re.compile(r"\b(said|says|who|which|that|but|while|when|because|although|and)\b|[\"\u201c\u201d;:]")


def _plain(sent):
    """A body sentence (a full stop at its end) without a MORE link's run-on names."""
    s = sent.rstrip()
    return s.endswith(".") and not s.endswith("..") and " MORE " not in sent


def _source_verb(sent, src, past_only=False):
    """The endorse verb directly after the source's name, where that name stands alone."""
    m = FINITE.search(sent)
    if not _plain(sent):
        return None
    if not m:
        return None
    before = sent[:m.start()].rstrip()
    # "X also endorsed Y", "X has endorsed Y": one adverb or auxiliary between.
    words = before.rsplit(" ", 1)
    if len(words) == 2 and words[1] in BETWEEN and words[0].endswith(src):
        before = words[0]
    if not before.endswith(src):
        return None
    lead = before[:-len(src)]
    if re.search(r"(,|\band|\bor|&)\s*(\S+\s+){0,3}$", lead) or lead.count('"') % 2:
        return None
    if "\u201c" in lead and lead.count("\u201c") > lead.count("\u201d"):
        return None
    if past_only and m.group(1) not in GERUND:
        return None
    return m


def add_source(kind, title):
    name = title + " " + NEW_SOURCE[0]

    def rewrite(sent, src, tgt, src_type, tgt_type):
        m = _source_verb(sent, src, past_only=kind in ("and", "joined"))
        if not m:
            return None
        i = sent[:m.start()].rstrip().rfind(src)
        head, verb_on = sent[:i + len(src)], sent[m.start():]
        between = sent[i + len(src):m.start()].strip()
        if kind == "and":
            between = {"has": "have", "is": "are", "was": "were"}.get(between, between)
            return head + " and " + name + " " + (between + " " if between else "") + verb_on
        if kind == "along":
            return head + ", along with " + name + ", " + sent[i + len(src):].lstrip()
        if between and kind == "joined":
            return None
        if kind == "joined":
            return head + " was joined by " + name + " in " + GERUND[m.group(1)] + verb_on[len(m.group(1)):]
        # "as did" / trailing "along with": added before the full stop of a one-clause sentence.
        s = sent.rstrip()
        rest = s[m.end():]
        if CLAUSE_WORDS.search(rest) or "," in rest:
            return None
        if tgt not in rest:
            return None
        if kind == "as-did":
            aux = between if between in ("has", "had") else "did" if m.group(1) in GERUND else "does"
            return s[:-1] + ", as " + aux + " " + name + "." + sent[len(s):]
        return s[:-1] + ", along with " + name + "." + sent[len(s):]
    return rewrite


def add_target(kind):
    def rewrite(sent, src, tgt, src_type, tgt_type):
        m = FINITE.search(sent)
        if tgt_type != "person" or not m or m.group(1) not in PERSON_OBJECT_VERBS or not _plain(sent):
            return None
        after = sent[m.end():]
        if not after.startswith(" " + tgt):
            return None
        rest = after[1 + len(tgt):]
        if rest[:1] in ("'", "\u2019", "-") or re.match(r"\s*(,|and\b|or\b|&|\(|[A-Z])", rest):
            return None
        both = " both" if kind == "both" else ""
        return sent[:m.end()] + both + " " + tgt + " and " + NEW_TARGET[0] + rest
    return rewrite


def shared_verb(words):
    """A second verb of support sharing the object: "X endorsed and campaigned for Y" (the
    original edge must survive; no new one)."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        m = FINITE.search(sent)
        if tgt_type != "person" or not m or m.group(1) not in ("endorsed", "backed") or not _plain(sent):
            return None
        if not sent[m.end():].startswith(" " + tgt):
            return None
        return sent[:m.end()] + " and " + words + sent[m.end():]
    return rewrite


# name -> (rewrite, which end the new person takes (None: no new person))
COORD = {
    "coord-and-source": (add_source("and", "Sen."), "source"),
    "coord-along-source": (add_source("along", "Gov."), "source"),
    "coord-joined-by": (add_source("joined", "Sen."), "source"),
    "coord-as-did": (add_source("as-did", "Rep."), "source"),
    "coord-along-after": (add_source("along-after", "Sen."), "source"),
    "coord-and-target": (add_target("and"), "target"),
    "coord-both-target": (add_target("both"), "target"),
    "coord-shared-verb": (shared_verb("campaigned for"), None),
}


def keys(name, key):
    """The edges that must all be drawn for a case of rewrite `name` built on edge `key`."""
    end = COORD[name][1]
    if end is None:
        return [key]
    new_id = NEW_SOURCE[1] if end == "source" else NEW_TARGET[1]
    return [key, (new_id, key[1]) if end == "source" else (key[0], new_id)]
