"""Described and distant ends for metamorphic.py: rewrites that put a description, a list or a
time phrase BETWEEN the endorse cue and the far end, keeping the meaning ('endorsed by X' ->
'endorsed by a longtime ally, X', 'endorsed by several groups, including X', 'endorsed last week
in Des Moines by X', 'won the endorsement on Tuesday of X'; 'X endorsed Y' -> 'X endorsed the
campaign of Y', 'X endorsed Y's candidacy'). Edges whose endorser comes after a passive 'by' or
a received noun's 'of|from' ('won the endorsement of X'), and endorsees after the verb, are where
unseen articles put such material; the dev sets mostly name the end right after the cue.

Each rewrite applies only where the end's name (with any title words before it) directly follows
the cue, in a body sentence (a final full stop), outside a quotation.
"""
import re

# A title run before the name: 'former President', 'Sen.', 'the' (dropped with an apposition).
TITLES = r"(?:(?:[Ff]ormer|[A-Z][a-z]*\.?|[A-Z]{2,})\s+){0,3}"
SOURCE_CUE = re.compile(r"\b(endorsed|backed|supported)\s+by\s+|"
                        r"\b(endorsements?|backing|support)\s+(of|from)\s+")
TARGET_CUE = re.compile(r"(?<= )(endorsed|endorses|backed|backs|endorsing|backing)\s+")


def _plain(sent, i):
    s = sent.rstrip()
    if not s.endswith(".") or s.endswith("..") or " MORE " in sent:
        return False
    lead = sent[:i]
    return not (lead.count('"') % 2 or lead.count("\u201c") > lead.count("\u201d"))


def _find(cue, sent, name, allow_the=True):
    """(cue match, start of the name's phrase, end of the name) where `name` (after title words
    or 'the') directly follows a cue."""
    for m in cue.finditer(sent):
        rest = sent[m.end():]
        t = re.match(("(?:the\\s+)?" if allow_the else "") + TITLES + re.escape(name), rest)
        if t and _plain(sent, m.start()):
            return m, m.end(), m.end() + t.end()
    return None


def _stands_alone(sent, j):
    """The name is not the first of a list or compound ('X and Y', 'X's')."""
    after = sent[j:]
    return not (after[:1] in ("'", "\u2019", "-") or re.match(r"\s*(and|or|&)\b", after))


def _close(sent, j, text):
    """An apposition set off by a comma before the name ends with one after it, unless
    punctuation already follows the name."""
    if text.rstrip().endswith(",") and not re.match(r"[.,;:)\u2014]|\s+--|\s*$", sent[j:]):
        return sent[:j] + "," + sent[j:]
    return sent


def source_before(person_text, org_text, verbs_only=False, nouns_only=False):
    """Text between 'by|of|from' and the source's name."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        text = person_text if src_type == "person" else org_text
        f = _find(SOURCE_CUE, sent, src)
        if text is None or not f or not _stands_alone(sent, f[2]):
            return None
        m, i, j = f
        if (verbs_only and not m.group(1)) or (nouns_only and not m.group(2)) or text in sent:
            return None
        sent = _close(sent, j, text)
        return sent[:i] + text + sent[i:]
    return rewrite


def source_bare(person_text, org_text):
    """A description without commas: 'by the influential group X' (after 'the' where the name
    had one; not before title words)."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        text = person_text if src_type == "person" else org_text
        f = _find(SOURCE_CUE, sent, src)
        if not f or not _stands_alone(sent, f[2]):
            return None
        m, i, j = f
        phrase = sent[i:j]
        if phrase.startswith("the "):
            return sent[:i + 4] + text + sent[i + 4:] if phrase == "the " + src else None
        return sent[:i] + "the " + text + sent[i:] if phrase == src else None
    return rewrite


def source_time(text):
    """A time/place phrase between the passive verb and 'by'."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        f = _find(SOURCE_CUE, sent, src)
        if not f or not f[0].group(1):
            return None
        m = f[0]
        k = m.start(1) + len(m.group(1))
        return sent[:k] + " " + text + sent[k:]
    return rewrite


def source_noun_time(text):
    """A time phrase between a received noun and its 'of|from' holder."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        f = _find(SOURCE_CUE, sent, src)
        if not f or not f[0].group(2):
            return None
        k = f[0].start(2) + len(f[0].group(2))
        return sent[:k] + " " + text + sent[k:]
    return rewrite


def target_before(text):
    """Text between an active endorse/back verb and the endorsee (a person, no title)."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        f = _find(TARGET_CUE, sent, tgt, allow_the=False)
        if tgt_type != "person" or not f or f[2] - f[1] != len(tgt) or not _stands_alone(sent, f[2]):
            return None
        sent = _close(sent, f[2], text)
        return sent[:f[1]] + text + sent[f[1]:]
    return rewrite


def target_candidacy(text):
    """'endorsed Y' -> 'endorsed Y's candidacy' where the name ends a phrase."""
    def rewrite(sent, src, tgt, src_type, tgt_type):
        f = _find(TARGET_CUE, sent, tgt, allow_the=False)
        if tgt_type != "person" or not f or not _stands_alone(sent, f[2]):
            return None
        j = f[2]
        if not re.match(r"[.,;]|\s+(on|in|last|this|at|during|after|before|because|over)\b", sent[j:]):
            return None
        return sent[:j] + text + sent[j:]
    return rewrite


REWRITES = {
    "source-desc-comma": source_before("a longtime ally, ", "an influential group, "),
    "source-desc-rival": source_before("his former rival, ", "the state's largest union, "),
    "source-desc-bare": source_bare("former governor ", "influential group "),
    "source-desc-chair": source_before("the state party's chairman, ", None),
    "source-including": source_before("several leaders, including ", "several groups, including "),
    "source-such-as": source_before("prominent Democrats such as ", "groups such as "),
    "source-time-place": source_time("last week in Des Moines"),
    "source-noun-time": source_noun_time("on Tuesday"),
    "source-noun-time-week": source_noun_time("this week"),
    "target-desc-bare": target_before("the former state senator "),
    "target-desc-comma": target_before("a longtime friend, "),
    "target-campaign-of": target_before("the campaign of "),
    "target-bid-of": target_before("the re-election bid of "),
    "target-candidacy": target_candidacy("'s bid for governor"),
}
