// An endorser named only as a modifier inside the subject's noun phrase
// (RelationFinder helper for the check of new ENDORSES facts in
// endorsement_pronoun_ends.cc). The subject rules take the first name of the
// clause, so "The son of Sen. X is backing Y", "Two aides to X endorsed Y",
// "Voters loyal to X backed Y" and "X's former campaign manager endorsed Y"
// gave X, though the endorser is the head noun (the son, the aides, the
// voters, the manager), whom the article does not name: no edge. When the
// head is named in an apposition ("X's chief of staff, W, endorsed Y";
// "W, longtime ally of X, endorsed Y") the endorser is that name.
// Not touched: a name before the phrase ("X of Ohio endorsed Y"), a
// relative clause ("an aide to X, who endorsed Y": the who may be X), the
// nominal rules ("the endorsement of X", "X's endorsement of Y").
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// A verb that makes the phrase before it an endorser ("backed", "threw her
// support behind", "announced his support for").
bool HeadEndorserVerb(std::string_view w) {
  return w.starts_with("endors") ||
         In(w, {"back", "backs", "backed", "backing", "support", "supports", "supported",
                "supporting", "threw", "throws", "announced", "offered", "gave", "pledged"});
}

// Prepositions that join a head noun to the name that modifies it ("the
// wife of X", "a lawyer for X", "aides to X", "those close to X").
bool Joining(std::string_view w) { return In(w, {"of", "for", "to", "with"}); }

// Words that show the lower-case run is a clause or a nominal endorsement,
// not a noun phrase: "who is married to X", "the endorsement of X".
bool NotHeadWord(std::string_view w) {
  return w.starts_with("endors") ||
         In(w, {"who",  "which", "that", "whom", "whose", "is",      "was",     "are",    "were",
                "be",   "been",  "has",  "have", "had",   "support", "backing", "behalf", "help",
                "name", "said",  "says", "and",  "or",    "but",     "than",    "as",     "by",
                "in",   "on",    "at",   "from", "he",    "she",     "it",      "they",   "we",
                "i",    "you",   "not",  "to",   "with",  "for"});
}

// A noun for a person defined by another one ("Trump opponent Ted Cruz",
// "Obama ally X"): the name before it only modifies it.
bool CandidateRole(std::string_view w) {
  return In(w, {"opponent", "rival", "challenger", "ally", "aide", "adviser", "advisor", "foe",
                "critic", "loyalist", "protege", "confidant", "appointee", "nominee", "pick",
                "successor", "predecessor", "friend"});
}

}  // namespace

int RelationFinder::ModifierEndorser(uint32_t s, int src) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  auto lower_word = [&](uint32_t j) {
    return d_.tokens[j].kind == TokKind::kWord && !d_.tokens[j].cap && !in_quote_[j];
  };
  for (uint32_t k = sb; k < se; ++k) {
    if (Ent(k) != src || MentionBegin(k) != k || in_quote_[k]) continue;
    const uint32_t me = MentionEnd(k);
    // Left side: "<head words> of|for|to|with [title] X".
    uint32_t j = k;
    for (const TitleSpan& ts : m_.titles)
      if (ts.tok_end == j && ts.tok_begin >= sb) j = ts.tok_begin;
    if (j > sb && In(d_.Lower(j - 1), {"the", "former"})) --j;
    bool prep = j > sb + 1 && Joining(d_.Lower(j - 1)) &&
                (lower_word(j - 2) || (j - 2 == sb && d_.tokens[sb].kind == TokKind::kWord));
    // Right side: "X's <head words>".
    const bool poss = me < se && d_.tokens[me].kind == TokKind::kPossessive;
    // "Some of X's allies": the possessive decides.
    if (poss) prep = false;
    if (!prep && !poss) continue;
    // The head words: a short lower-case run, the sentence's first word may
    // be capitalised ("Members of X backed Y").
    uint32_t hb = 0, he = 0;
    if (prep) {
      he = j - 1;
      hb = he;
      // "X's chief of staff": an "of" inside the title.
      // The noun phrase starts at its determiner ("after the former leader
      // of X endorsed him": the phrase is "the former leader").
      while (hb > sb && he - hb < 5 && lower_word(hb - 1)) {
        --hb;
        if (In(d_.Lower(hb), {"the", "a", "an"})) break;
      }
      if (hb == sb + 1 && d_.tokens[sb].kind == TokKind::kWord && !in_quote_[sb]) hb = sb;
    } else {
      hb = me + 1;
      he = hb;
      // "X's super PAC, Q, endorsed Y": the acronym is part of the head.
      auto head_word = [&](uint32_t t) {
        if (d_.Text(t) == "PAC" && t > hb) return true;
        return lower_word(t) && !HeadEndorserVerb(d_.Lower(t)) && !SkippableBeforeVerb(t) &&
               !In(d_.Lower(t), {"is", "was", "are", "were"});
      };
      while (
          he < se && he - hb < 5 &&
          (head_word(he) || (he > hb && d_.Lower(he) == "of" && he + 1 < se && head_word(he + 1))))
        ++he;
    }
    if (hb >= he) continue;
    bool clause = false;
    for (uint32_t t = hb; t < he; ++t)
      clause |= NotHeadWord(d_.Lower(t)) && !(poss && d_.Lower(t) == "of");
    if (clause || SkippableBeforeVerb(he - 1)) continue;
    // The body that speaks for an organisation is the organisation ("the
    // editorial board of the Q Times endorsed Y").
    if (prep && IsType(src, EntityType::kOrganization) &&
        In(d_.Lower(he - 1),
           {"board", "leadership", "editors", "executive", "council", "chapter", "committee"}))
      continue;
    // The phrase must be the subject of an endorsing verb: after the name
    // (prep) or the head words (poss), past an apposition naming the head.
    uint32_t v = prep ? me : he;
    int named = -1;
    // "The head of X, W, endorsed Y": the head named in an apposition.
    if (prep && v + 2 < se && d_.Text(v) == "," && Ent(v + 1) >= 0 &&
        IsType(Ent(v + 1), EntityType::kPerson) && MentionBegin(v + 1) == v + 1 &&
        MentionEnd(v + 1) < se && d_.Text(MentionEnd(v + 1)) == ",") {
      named = Ent(v + 1);
      v = MentionEnd(v + 1) + 1;
    }
    // "The wife of X, a Democrat, endorsed Y": past an aside on X
    // (subject_asides.cc).
    for (uint32_t e = v + 2; prep && named < 0 && e < se && e < v + 28; ++e) {
      if (d_.Text(e - 1) != "," && d_.Text(e - 1) != ")") continue;
      if (AsideOpening(sb, e) == v) v = e;
      break;
    }
    if (poss && v + 2 < se && d_.Text(v) == ",") {
      uint32_t n = v + 1;
      // "X's running mate, Indiana Gov. W,": the office's state or city
      // before the title (only before one).
      uint32_t place = n;
      while (place < se && place < n + 3 && d_.tokens[place].cap && d_.Has(place, kPlaceWord) &&
             Ent(place) < 0)
        ++place;
      for (const TitleSpan& ts : m_.titles)
        if (ts.tok_begin == place && ts.tok_end < se) n = ts.tok_end;
      if (n < se && Ent(n) >= 0 && MentionBegin(n) == n && MentionEnd(n) < se &&
          d_.Text(MentionEnd(n)) == ",") {
        named = Ent(n);
        v = MentionEnd(n) + 1;
      }
    }
    while (v < se && (SkippableBeforeVerb(v) || In(d_.Lower(v), {"is", "was", "are", "were"}))) ++v;
    if (v >= se || d_.tokens[v].cap || !HeadEndorserVerb(d_.Lower(v))) continue;
    // The phrase opens the sentence or a clause ("On Monday, the wife of X
    // endorsed Y"; "Z said aides to X backed Y").
    // Also after a subordinator ("after the former leader of X endorsed him").
    if (prep && hb > sb && d_.Text(hb - 1) != "," && !Boundary(hb - 1) &&
        !In(d_.Lower(hb - 1), {"and", "after", "when", "before", "because", "since", "while",
                               "until", "once", "though", "although", "that"}))
      continue;
    // "X's speech endorsing Y": the medium speaks for X (endorsement_continued.cc).
    if (poss && MediumOwner(sb, v) == src) continue;
    return named;
  }
  return src;
}

int RelationFinder::PrepObjectEndorser(uint32_t s, int src, int dst) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  auto skip_title = [&](uint32_t n) {
    for (const TitleSpan& ts : m_.titles)
      if (ts.tok_begin == n && ts.tok_end < se) return ts.tok_end;
    return n;
  };
  for (uint32_t k = sb; k < se; ++k) {
    if (Ent(k) != src || MentionBegin(k) != k || in_quote_[k]) continue;
    uint32_t j = k;
    for (const TitleSpan& ts : m_.titles)
      if (ts.tok_end == j && ts.tok_begin >= sb) j = ts.tok_begin;
    if (j > sb && In(d_.Lower(j - 1), {"the", "former"})) --j;
    // "served under Z and X": back over the names coordinated before X.
    for (int names = 0;
         names < 6 && j > sb + 1 && In(d_.Text(j - 1), {"and", ","}) && MentionEndsAt(j - 1);
         ++names) {
      j = MentionBegin(j - 2);
      for (const TitleSpan& ts : m_.titles)
        if (ts.tok_end == j && ts.tok_begin >= sb) j = ts.tok_begin;
      if (j > sb && In(d_.Lower(j - 1), {"the", "former"})) --j;
    }
    // "served under X", "a lawyer for the family of X": X is the object of a
    // preposition that belongs to a word before it.
    if (j < sb + 2 || in_quote_[j - 1] ||
        !In(d_.Lower(j - 1), {"under", "for", "with", "to", "of", "from", "against", "about"}) ||
        d_.tokens[j - 2].kind != TokKind::kWord || d_.tokens[j - 2].cap)
      continue;
    // Past names coordinated with X and an apposition on the last one.
    uint32_t c = MentionEnd(k);
    while (c + 1 < se && (d_.Text(c) == "," || d_.Lower(c) == "and")) {
      const uint32_t n = skip_title(c + 1);
      if (n >= se || Ent(n) < 0 || MentionBegin(n) != n) break;
      c = MentionEnd(n);
    }
    if (c + 1 < se && d_.Text(c) == "," && In(d_.Lower(c + 1), {"a", "an", "the"})) {
      uint32_t e = c + 2;
      while (e < se && e < c + 30 && !In(d_.Text(e), {",", ";", ":"})) ++e;
      if (e >= se || d_.Text(e) != ",") continue;
      c = e + 1;
    }
    // The endorsing verb coordinated with the clause's verb ("... and endorsed
    // Y"), in the same clause.
    uint32_t v = 0;
    for (uint32_t t = c; t < se && t < c + 40; ++t) {
      if (Boundary(t) || in_quote_[t] || In(d_.Text(t), {";", ":"})) break;
      if (d_.Text(t) == "," && !(t + 1 < se && d_.Lower(t + 1) == "and")) break;
      if (d_.tokens[t].cap || !HeadEndorserVerb(d_.Lower(t))) continue;
      uint32_t a = t;
      while (a > c && SkippableBeforeVerb(a - 1)) --a;
      // "withdrew his support for Z and endorsed Y": the noun is passed.
      if (a > c && d_.Lower(a - 1) == "and") {
        v = t;
        break;
      }
    }
    if (v == 0) continue;
    bool object = false;
    for (uint32_t t = v + 1; t < se && t < v + 12; ++t) object |= Ent(t) == dst;
    if (!object) continue;
    // The clause's subject: a relative's head ("W, who served under X and
    // endorsed Y"), else an unnamed phrase.
    for (uint32_t t = j - 1; t > sb; --t) {
      if (!Boundary(t - 1)) continue;
      if (In(d_.Lower(t - 1), {"who", "which"}) && t >= sb + 3 && d_.Text(t - 2) == "," &&
          MentionEndsAt(t - 2))
        return Ent(t - 3);
      break;
    }
    return -1;
  }
  return src;
}

int RelationFinder::NewClauseEndorser(uint32_t s, int src, int dst) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t v = sb + 3; v < se; ++v) {
    if (in_quote_[v] || d_.tokens[v].cap || !HeadEndorserVerb(d_.Lower(v))) continue;
    // Its object, before the next clause (", and ...").
    bool object = false;
    for (uint32_t t = v + 1; t < se && t < v + 12 && !object; ++t) {
      if (Boundary(t) || (d_.Text(t) == "," && t + 1 < se && d_.Lower(t + 1) == "and")) break;
      object = Ent(t) == dst;
    }
    if (!object) continue;
    // The first endorsing verb before the endorsee decides.
    uint32_t a = v;
    while (a > sb && (SkippableBeforeVerb(a - 1) || In(d_.Lower(a - 1), {"is", "was", "has"}))) --a;
    int named = -1;
    uint32_t e = a;  // the subject phrase ends before e
    if (a > sb + 2 && d_.Text(a - 1) == "," && MentionEndsAt(a - 1)) {
      uint32_t n = MentionBegin(a - 2);
      for (const TitleSpan& ts : m_.titles)
        if (ts.tok_end == n && ts.tok_begin > sb) n = ts.tok_begin;
      if (n <= sb + 1 || d_.Text(n - 1) != ",") return src;
      named = Ent(a - 2);
      e = n - 1;
    }
    // Back to ", and": a determiner-led phrase with no clause word, lower-case
    // unless an apposition names it ("the political arm of Z's group, Q,").
    uint32_t b = e;
    while (b > sb && e - b < (named >= 0 ? 12u : 6u) && d_.Lower(b - 1) != "and") {
      const uint32_t t = b - 1;
      if (Boundary(t) || in_quote_[t] || d_.Text(t) == "," ||
          (named < 0 && (Ent(t) >= 0 || d_.tokens[t].cap)))
        return src;
      --b;
    }
    if (b >= e || b < sb + 2 || d_.Lower(b - 1) != "and" || d_.Text(b - 2) != "," ||
        !In(d_.Lower(b), {"the", "a", "an", "his", "her", "its", "their"}))
      return src;
    for (uint32_t t = b; t < e; ++t)
      if (Ent(t) == src) return src;
    if (named >= 0) return named;
    // "his wife": the pronoun is the owner, not the subject.
    if (!In(d_.Lower(b), {"the", "a", "an"})) return -1;
    uint32_t len = 0;
    return ResolveReference(d_, m_, &in_quote_, b, &len);
  }
  return src;
}

int RelationFinder::ModifierEndorsee(uint32_t s, int dst) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t k = sb + 1; k < se; ++k) {
    if (Ent(k) != dst || MentionBegin(k) != k || in_quote_[k]) continue;
    // Right after the endorsing word ("backed Trump opponent", "behind former
    // Obama aide").
    uint32_t b = k;
    if (b > sb && In(d_.Lower(b - 1), {"former", "fellow"})) --b;
    if (b <= sb || !(HeadEndorserVerb(d_.Lower(b - 1)) || d_.Lower(b - 1) == "behind")) continue;
    // The role noun, then the person it describes.
    uint32_t r = MentionEnd(k);
    if (r + 1 >= se || d_.tokens[r].cap || d_.tokens[r].kind != TokKind::kWord) continue;
    if (!CandidateRole(d_.Lower(r))) continue;
    uint32_t n = r + 1;
    for (const TitleSpan& ts : m_.titles)
      if (ts.tok_begin == n && ts.tok_end < se) n = ts.tok_end;
    if (n < se && IsType(Ent(n), EntityType::kPerson) && MentionBegin(n) == n) return Ent(n);
  }
  return dst;
}

}  // namespace kg::extract::internal
