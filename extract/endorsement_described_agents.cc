// Described agents of the passive endorsement clause (endorsement_passive.cc):
// "Y was endorsed by the president", "Y is backed by his former political
// guru, X". PassiveAgent wants a name right after "by"; news often names the
// endorser by a title description that points back to a person named
// earlier (resolved as the active "The president endorsed Y" is, by
// ResolveReference), or by a description closed by an apposition that
// names the person. Both end the agent phrase, so "by the president of the
// union" or "by his aide, X, and Z" (a list) give nothing here.
#include <initializer_list>
#include <string_view>

#include "extract/references.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Words that may follow a complete agent phrase: a time phrase, a place, a
// relative clause ("by the president, who ...") or the sentence's end.
bool EndsAgent(const Document& d, uint32_t t, uint32_t se) {
  if (t >= se) return true;
  if (d.tokens[t].kind == TokKind::kPunct) return d.Text(t) != "'";
  return In(d.Lower(t), {"on", "in", "last", "this", "after", "before", "earlier", "at", "during",
                         "over", "when", "while", "as", "since"});
}

// "a fellow Democrat", "her fellow Republican": a party's member or word.
bool PartyNoun(std::string_view w) {
  return In(w, {"democrat", "democratic", "republican", "gop", "independent", "libertarian"});
}

// A dash token, or "--" written as two hyphens (then `*len` is 2).
bool IsDash(const Document& d, uint32_t t, uint32_t se, uint32_t* len) {
  *len = 1;
  if (In(d.Text(t), {"--", "\xe2\x80\x94", "\xe2\x80\x93"})) return true;
  *len = 2;
  return d.Text(t) == "-" && t + 1 < se && d.Text(t + 1) == "-";
}

// Kin and household words: "supported by his wife, X" is a family's help.
bool KinNoun(std::string_view w) {
  return In(w, {"wife",       "husband",   "son",     "daughter", "mother",  "father",  "brother",
                "sister",     "family",    "parents", "children", "partner", "fiancee", "fiance",
                "girlfriend", "boyfriend", "spouse",  "friend",   "doctor",  "doctors"});
}

}  // namespace

// Whether the agent phrase whose name ends before `e` is complete: the
// sentence's end or ";", a comma and a lower-case word other than "and|or",
// or (since stop 31) a comma and "and|but" opening the subject's next
// predicate ("by his predecessor, X, and has donated to ...": a verb-like
// word, no person named in the next four tokens, so "and retired judge Z" is
// a list), and a dash-enclosed aside on the name before any of these ("X --
// now the party's villain -- and has donated").
bool RelationFinder::DescribedAgentCloses(uint32_t e, uint32_t se, bool aside, bool kin) const {
  if (e >= se || d_.Text(e) == "." || d_.Text(e) == ";") return true;
  // The longer shapes only with the passive's subject named in the sentence
  // ("Y was supported by his predecessor, X, and has ..."): a pronoun there
  // may stand for someone a description named ("The billionaire governed
  // ... He was supported by"), whom the pronoun search does not find.
  const auto subject_named = [&]() {
    for (uint32_t k = d_.sentences[d_.sentence_of[e - 1]].tok_begin; k < e; ++k) {
      if (d_.IsWord(k, "by")) break;
      if (IsType(Ent(k), EntityType::kPerson) && !in_quote_[k]) return true;
    }
    return false;
  };
  const auto next_predicate = [&](uint32_t c) {
    if (c + 1 >= se || !In(d_.Lower(c), {"and", "but"}) || !subject_named()) return false;
    const std::string_view w = d_.Lower(c + 1);
    if (d_.tokens[c + 1].kind != TokKind::kWord || d_.tokens[c + 1].cap ||
        !(IsVerbLike(w) || w.ends_with("ed") ||
          In(w, {"have", "later", "then", "also", "went", "won", "lost", "gave", "ran"})))
      return false;
    for (uint32_t k = c + 1; k < se && k < c + 5; ++k) {
      if (IsType(Ent(k), EntityType::kPerson)) return false;
    }
    return true;
  };
  if (d_.Text(e) == "," && e + 1 < se && d_.tokens[e + 1].kind == TokKind::kWord &&
      !d_.tokens[e + 1].cap)
    return !In(d_.Lower(e + 1), {"and", "or"}) || (!kin && next_predicate(e + 1));
  uint32_t open = 0, close = 0;
  if (!aside && IsDash(d_, e, se, &open) && !kin && subject_named()) {
    for (uint32_t c = e + open; c < se && c < e + 15; ++c) {
      if (In(d_.Text(c), {".", ";", ":", "(", "\""}) || in_quote_[c]) return false;
      if (IsDash(d_, c, se, &close))
        return c > e + open &&
               (next_predicate(c + close) || DescribedAgentCloses(c + close, se, true, kin));
    }
  }
  return false;
}

// The person "by" at `by` describes: "by the president" (a title that
// resolves to a person named before), or "by his|her|their|the|a (former)
// political guru, (Sen.) X" followed by the sentence's end, a comma and a
// lower-case word (not "and"), or a time phrase; else -1.
int RelationFinder::DescribedPassiveAgent(uint32_t by, uint32_t se) const {
  const uint32_t a = by + 1;
  if (a + 1 >= se || in_quote_[a] || d_.tokens[a].kind != TokKind::kWord) return -1;
  // "by his former political guru, X": up to five lower-case words with no
  // name, then a comma and the person.
  if (In(d_.Lower(a), {"his", "her", "their", "the", "a", "an"})) {
    uint32_t k = a + 1;
    // "the state's largest union": a possessive inside the description.
    while (k < se && k < a + 6 &&
           ((d_.tokens[k].kind == TokKind::kWord && Ent(k) < 0 &&
             (!d_.tokens[k].cap || PartyNoun(d_.Lower(k))) &&
             !In(d_.Lower(k), {"and", "or", "of", "who", "that", "which"})) ||
            (d_.tokens[k].kind == TokKind::kPossessive && k > a + 1)))
      ++k;
    if (k > a + 1 && k + 1 < se && d_.Text(k) == ",") {
      uint32_t n = k + 1;
      if (n + 1 < se && d_.IsWord(n, "the") && IsType(Ent(n + 1), EntityType::kOrganization)) ++n;
      while (n < se && Ent(n) < 0 && TitleAt(n) >= 0) ++n;  // "Sen. X"
      // "a longtime ally, House Speaker X": the person, not the chamber.
      const int x = n < se ? TitledPersonAfterOrg(Ent(n), &n, se) : -1;
      if (IsType(x, EntityType::kPerson) || IsType(x, EntityType::kOrganization)) {
        if (DescribedAgentCloses(MentionEnd(n), se, false, KinNoun(d_.Lower(k - 1)))) return x;
      }
    }
  }
  // "by several groups, including X", "by the Democratic leadership,
  // including Sen. X": a description of many, then a list opened by
  // "including|such as" whose first name endorses too. The description holds
  // no clause ("by groups that oppose X" stays silent).
  const int listed = IncludedAgent(a, se);
  if (listed >= 0) return listed;
  // "by the president": a title of a person named before.
  if (d_.Lower(a) != "the") return -1;
  uint32_t len = 0;
  const int r = ResolveReference(d_, m_, &in_quote_, a, &len);
  if (!IsType(r, EntityType::kPerson) || len < 2) return -1;
  return EndsAgent(d_, a + len, se) ? r : -1;
}

// The first person or organisation of an "including|such as" list after a
// description of many at `a` (up to six plain words, a party word or a
// possessive, no name, no clause word), perhaps set off by a comma; -1 for
// none.
int RelationFinder::IncludedAgent(uint32_t a, uint32_t se) const {
  uint32_t k = a;
  while (k < se && k < a + 6 &&
         ((d_.tokens[k].kind == TokKind::kWord && Ent(k) < 0 && !in_quote_[k] &&
           (!d_.tokens[k].cap || PartyNoun(d_.Lower(k))) && !IsVerbLike(d_.Lower(k)) &&
           !In(d_.Lower(k), {"and", "or", "who", "that", "which", "including", "such", "like",
                             "whose", "to", "against", "for", "with", "than"})) ||
          (d_.tokens[k].kind == TokKind::kPossessive && k > a)))
    ++k;
  if (k == a || k + 1 >= se) return -1;
  if (d_.Text(k) == ",") ++k;
  if (k + 1 < se && d_.IsWord(k, "such") && d_.IsWord(k + 1, "as")) {
    ++k;
  } else if (k >= se || !d_.IsWord(k, "including")) {
    return -1;
  }
  uint32_t n = k + 1;
  if (n + 1 < se && d_.IsWord(n, "the") && IsType(Ent(n + 1), EntityType::kOrganization)) ++n;
  while (n < se && Ent(n) < 0 && TitleAt(n) >= 0) ++n;  // "Sen. X"
  if (n >= se || Ent(n) < 0 || in_quote_[n]) return -1;
  const int x = TitledPersonAfterOrg(Ent(n), &n, se);
  if (!IsType(x, EntityType::kPerson) && !IsType(x, EntityType::kOrganization)) return -1;
  // "including X's allies": someone X has, not X.
  const uint32_t end = MentionEnd(n);
  if (end < se &&
      (d_.tokens[end].kind == TokKind::kPossessive || In(d_.Text(end), {"'", "\xe2\x80\x99"})))
    return -1;
  return x;
}

}  // namespace kg::extract::internal
