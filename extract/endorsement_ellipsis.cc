// Endorsers named in an elliptical clause that repeats an endorsement said
// just before: "X endorsed Y, and so did Z", "X threw her support behind Y,
// as did Z", "X endorsed Y. Z did too." (also `did the same|likewise|so|as
// well`), "X endorsed Y on Thursday. Sens. A and B followed suit on
// Monday." The clause has no verb of its own to start an endorsement rule
// from, so the endorsee is the one of the endorsement found before it: in
// the same sentence before the cue, else, for a clause that opens its
// sentence, in the sentence right before. Kept apart from relations.cc,
// which is near its size limit.
#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// The rules whose endorsement is an act an elliptical clause can repeat: a
// verb or a verb idiom ("endorsed", "backs", "threw her support behind",
// "came out for"); not a passive ("Y was endorsed by X, and so was Z" is
// about Z endorsed) nor an endorsement held ("Y has the backing of X").
bool RepeatableRule(std::string_view rule) {
  return In(rule, {"endorse.verbal", "endorse.backs", "endorse.support", "endorse.pronoun",
                   "endorse.came_out", "endorse.described"});
}

}  // namespace

// The endorsees of the repeatable endorsements of sentence `s` (the facts
// whose evidence starts where the sentence does); empty when they name more
// than one endorsee ("X endorsed Y and backed Z, as did W" is unclear).
std::vector<int> RelationFinder::RepeatableEndorsees(uint32_t s) const {
  std::vector<int> out;
  const uint32_t b = d_.SentenceStart(s);
  for (const RelationFact& f : out_) {
    if (f.relation.type != "ENDORSES" || f.relation.evidence.span.start != b ||
        !RepeatableRule(f.relation.evidence.rule))
      continue;
    if (std::find(out.begin(), out.end(), f.target) == out.end()) out.push_back(f.target);
  }
  if (out.size() > 1) out.clear();
  return out;
}

// The clause cue at `k` ("did", "does", "suit", "same", "likewise") and the
// endorsers it names: "so|as did Z" (Z after it), "Z did too|likewise|the
// same|so|as well", "Z followed suit", "Z has done the same" (Z before it).
// *opens is whether the clause opens the sentence (the cue's endorsement may
// then be in the sentence before); *clause is where the clause's own words
// start (its "so|as", its first subject).
std::vector<int> RelationFinder::EllipsisSubjects(uint32_t sb, uint32_t se, uint32_t k, bool* opens,
                                                  uint32_t* clause) const {
  std::vector<int> out;
  const std::string_view w = d_.Lower(k);
  if (in_quote_[k]) return out;
  // "X is backing Y, and so is Z", "X has endorsed Y, as has Z": the
  // auxiliary of a progressive or perfect endorsement repeated.
  const bool aux = In(w, {"is", "are", "has", "have"});
  if ((w == "did" || w == "does" || aux) && k > sb && In(d_.Lower(k - 1), {"so", "as"})) {
    // "..., and so did Z", "..., as did Z", "So did Z." at the sentence start.
    const uint32_t c = k - 1;
    const bool start = c == sb;
    if (!start) {
      std::string_view p = d_.Lower(c - 1);
      if (p == "and" && c >= sb + 2) p = d_.Lower(c - 2);  // ", and so did"
      if (!In(p, {",", ";"}) && !(d_.Lower(c) == "so" && d_.Lower(c - 1) == "and")) return out;
    }
    // The auxiliary repeats the endorsement's own: "is backing Y, and so is
    // Z", "has endorsed Y, as has Z" (not "endorsed Y, and so is Z").
    if (aux) {
      bool same_form = false;
      for (uint32_t j = sb + 1; j < c && !same_form; ++j) {
        const std::string_view v = d_.Lower(j);
        same_form = In(w, {"is", "are"})
                        ? In(v, {"endorsing", "backing", "supporting"})
                        : In(v, {"endorsed", "backed", "supported"}) &&
                              (In(d_.Lower(j - 1), {"has", "have", "had"}) ||
                               (j > sb + 1 && In(d_.Lower(j - 2), {"has", "have", "had"})));
      }
      if (!same_form) return out;
    }
    // "as did his former rival Z": a description before the name.
    uint32_t f = k + 1;
    while (f < se && f < k + 6 && Ent(f) < 0 && d_.tokens[f].kind == TokKind::kWord &&
           !IsVerbLike(d_.Lower(f)) &&
           (In(d_.Lower(f), {"the", "his", "her", "its", "their"}) || !d_.Has(f, kFunctionWord)))
      ++f;
    if (f >= se || MentionBegin(f) != f) return out;
    for (int e : Coordinated(f, se, true)) {
      if (IsType(e, EntityType::kPerson) || IsType(e, EntityType::kOrganization)) out.push_back(e);
    }
    *opens = start;
    *clause = c;
    return out;
  }
  // The verb of a clause whose subject stands before it.
  uint32_t v = k;  // where the subject's verb group ends
  if (w == "did" || w == "does") {
    // "Z did too.", "Z did the same", "Z did likewise", "Z did so", "Z did
    // as well"; the clause ends there (punctuation or a time phrase), so
    // "Z did the same job" or "Z did so much" is no ellipsis.
    uint32_t a = k + 1;
    if (a < se && d_.Lower(a) == "the" && a + 1 < se && d_.Lower(a + 1) == "same")
      a += 2;
    else if (a < se && In(d_.Lower(a), {"too", "likewise", "so"}))
      a += 1;
    else if (a + 1 < se && d_.Lower(a) == "as" && d_.Lower(a + 1) == "well")
      a += 2;
    else
      return out;
    if (a < se && d_.Lower(a) == "too") ++a;  // "did so too"
    if (a < se && d_.tokens[a].kind != TokKind::kPunct &&
        !In(d_.Lower(a), {"on", "last", "this", "later", "after", "in", "days", "weeks", "hours",
                          "shortly", "soon", "minutes", "the"}))
      return out;
  } else if (w == "suit") {
    if (k == sb || !In(d_.Lower(k - 1), {"followed", "follows"})) return out;
    v = k - 1;
  } else if (w == "same" || w == "likewise") {
    // "Z has done the same", "Z has done likewise".
    uint32_t a = w == "same" ? k - 1 : k;
    if (w == "same" && (a <= sb || d_.Lower(a) != "the")) return out;
    if (a <= sb || d_.Lower(a - 1) != "done") return out;
    v = a - 1;
  } else {
    return out;
  }
  // The subject: a name right before the verb (through "also", "soon",
  // "has"); a denial or a hedge before it ("Z did not", "Z may follow
  // suit", "Z is expected to do the same") is none.
  uint32_t t = v;
  while (t > sb && (SkippableBeforeVerb(t - 1) || In(d_.Lower(t - 1), {"soon", "quickly"}))) --t;
  if (t == sb || HedgedBefore(sb, v)) return out;
  // "Sens. A (D-Ind.) and B (D-W.Va.) followed suit", "Sen. A of Ohio did
  // the same": past a bracketed party tag or a home state.
  if (Ent(t - 1) < 0) {
    const uint32_t x = SkipNameTail(sb, t);
    if (x < t && MentionEndsAt(x)) t = x;
  }
  int e = Ent(t - 1);
  if (e >= 0 && m_.mentions[m_.mention_at[t - 1]].descriptor) return out;
  if (e >= 0) {
    out = Subjects(sb, t, e);
  } else if (ClosedRelativeBefore(sb, t)) {
    // "and Z, who dropped out of the race last month, followed suit": the
    // person a closed relative clause describes.
    uint32_t who = t - 2;
    while (d_.Lower(who) != "who") --who;  // ClosedRelativeBefore found one
    e = Ent(SkipNameTail(sb, who - 1) - 1);
    if (e >= 0) out.push_back(e);
  }
  std::erase_if(out, [&](int x) {
    return !IsType(x, EntityType::kPerson) && !IsType(x, EntityType::kOrganization);
  });
  if (out.empty()) return out;
  // The clause opens the sentence when its subject list does, after at most
  // titles and an introductory phrase with no name or verb ("On Monday, Sens.
  // A and B followed suit"; not "After Y lost, Z did the same").
  uint32_t first = MentionBegin(t - 1);
  for (uint32_t j = sb; j < first; ++j) {
    if (Ent(j) >= 0 && std::find(out.begin(), out.end(), Ent(j)) != out.end()) {
      first = MentionBegin(j);
      break;
    }
  }
  bool opens_sentence = true;
  for (uint32_t j = sb; j < first && opens_sentence; ++j)
    opens_sentence = m_.title_at[j] >= 0 ||
                     (Ent(j) < 0 && !IsVerbLike(d_.Lower(j)) &&
                      !In(d_.Lower(j), {"who", "which", "that", "after", "when", "because", "while",
                                        "since", "as", "if", "although", "though", "before", "once",
                                        "but", "and", "said", "says"}));
  *opens = opens_sentence;
  *clause = first;
  return out;
}

// Whether the endorsee `y` named before the elliptical clause that starts
// at `clause` ends the endorsing clause: from its last mention (or the
// pronoun object standing for it) to the clause, a short phrase with one
// coordination at most, no verb, subject pronoun, clause word or quotation
// ("X endorsed Y for governor on Monday, and so did Z"; not "X endorsed Y and
// won her race, and so did Z" nor "X endorsed Y, and she won, as did Z",
// where Z won).
bool RelationFinder::ClauseAfterEndorsee(uint32_t sb, uint32_t clause, int y) const {
  uint32_t from = clause;
  for (uint32_t j = clause; j-- > sb && from == clause;) {
    if (Ent(j) == y) from = MentionEnd(j);
  }
  // "X endorsed him on Monday, and so did Z": an object pronoun ("her" not
  // before a noun: "her race" is a possessive).
  for (uint32_t j = clause; j-- > sb && from == clause;) {
    if (Ent(j) < 0 && !in_quote_[j] && In(d_.Lower(j), {"him", "her"}) && j + 1 < clause &&
        (d_.tokens[j + 1].kind == TokKind::kPunct ||
         In(d_.Lower(j + 1), {"on", "in", "for", "last", "this", "after", "before", "early"})))
      from = j + 1;
  }
  if (from >= clause || clause > from + 14) return false;
  int ands = 0;
  bool boundary = false;
  for (uint32_t j = from; j < clause; ++j) {
    const std::string_view w = d_.Lower(j);
    if (in_quote_[j] || (w == "and" && ++ands > 1)) return false;
    boundary |= w == "," || w == ";" || w == "and";
    if (d_.tokens[j].kind == TokKind::kWord &&
        (IsVerbLike(w) || In(w, {"who",  "which", "that",     "but",    "while", "when",  "because",
                                 "said", "says",  "although", "though", "whom",  "whose", "where",
                                 "he",   "she",   "they",     "it",     "we",    "i"})))
      return false;
  }
  return boundary;
}

// "Z joined X in endorsing Y", "Z joins A and Gov. B in backing Y", "Z was
// joined by X in endorsing Y": the
// ones joined, listed between "joined" and "in" before the gerund at `t`,
// share the endorsement (the subject, Z, is found as the gerund's). Not
// "joined 44 Democrats in backing the bill" (no entity). *hedged: the join is
// hedged or denied ("refused to join X in endorsing Y"), and so is the
// gerund's endorsement.
std::vector<int> RelationFinder::JoinedEndorsers(uint32_t sb, uint32_t t, bool* hedged) const {
  std::vector<int> out;
  *hedged = false;
  if (t < sb + 3 || !d_.Lower(t).ends_with("ing") || d_.Lower(t - 1) != "in" || in_quote_[t])
    return out;
  const uint32_t in = t - 1;
  uint32_t v = in;
  while (v > sb && v + 24 > in && !In(d_.Lower(v - 1), {"joined", "joins", "join", "joining"})) {
    const std::string_view w = d_.Lower(v - 1);
    if (in_quote_[v - 1] || w == ";" || w == ":" || IsVerbLike(w)) return out;
    --v;
  }
  if (v == sb || !In(d_.Lower(v - 1), {"joined", "joins", "join", "joining"})) return out;
  *hedged = HedgedBefore(sb, v - 1);
  if (*hedged) return out;
  // "X was joined by Z in endorsing Y": the passive names the ones joined
  // after "by", as the active names them after "joined".
  if (v < in && d_.Lower(v - 1) == "joined" && d_.Lower(v) == "by") ++v;
  uint32_t f = v;
  // "joined other former contenders like A and B", "joined fellow senators
  // A and B": the group the names are examples of.
  uint32_t g = f;
  while (g < in && g < v + 5 && d_.tokens[g].kind == TokKind::kWord && Ent(g) < 0 &&
         (m_.title_at[g] < 0 || d_.Lower(g) == "fellow") &&
         ((!d_.tokens[g].cap &&
           (!d_.Has(g, kFunctionWord) || In(d_.Lower(g), {"other", "the", "several", "fellow"}))) ||
          In(d_.Lower(g), {"democrats", "republicans"})) &&
         !In(d_.Lower(g), {"like", "including"}))
    ++g;
  if (g > f && g + 1 < in && In(d_.Lower(g), {"like", "including"})) {
    f = g + 1;
  } else if (g > f && g + 2 < in && d_.Lower(g) == "such" && d_.Lower(g + 1) == "as") {
    f = g + 2;
  } else if (g > f && g < in && (d_.Lower(g - 1).ends_with("s") || m_.title_at[g] >= 0)) {
    f = g;  // "fellow Democrats A and B", "fellow Sens. A and B"
  }
  if (f < in && d_.Lower(f) == "the") ++f;
  while (f < in && Ent(f) < 0 && m_.title_at[f] >= 0) ++f;
  if (f >= in || MentionBegin(f) != f ||
      !(IsType(Ent(f), EntityType::kPerson) || IsType(Ent(f), EntityType::kOrganization)))
    return out;
  const uint32_t last = SkipNameTail(sb, in);
  if (!MentionEndsAt(last)) return out;
  const std::vector<int> list = Coordinated(f, d_.sentences[d_.sentence_of[t]].tok_end, true);
  if (std::find(list.begin(), list.end(), Ent(last - 1)) == list.end()) return out;
  return list;
}

// Whether the bare verb at `t` follows "continue(s|d|ing) to": "Priebus,
// McConnell and Ryan continue to support Y", "was continuing to back Y" (a
// standing endorsement, like "will back Y"; hedges apply as to any verb).
bool RelationFinder::ContinuedVerb(uint32_t t, uint32_t sb) const {
  return t >= sb + 2 && d_.Lower(t - 1) == "to" &&
         In(d_.Lower(t - 2), {"continue", "continues", "continued", "continuing"});
}

// Sentence `s`: endorsers of elliptical clauses, each given the endorsee of
// the endorsement the clause repeats.
void RelationFinder::EllipsisEndorsers(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t k = sb; k < se; ++k) {
    if (!In(d_.Lower(k), {"did", "does", "suit", "same", "likewise", "is", "are", "has", "have"}))
      continue;
    bool opens = false;
    uint32_t clause = k;
    const std::vector<int> endorsers = EllipsisSubjects(sb, se, k, &opens, &clause);
    if (endorsers.empty()) continue;
    // The endorsement repeated: this sentence's, else, for a clause opening
    // its sentence, the previous body sentence's.
    std::vector<int> endorsees = RepeatableEndorsees(s);
    if (!endorsees.empty() && !ClauseAfterEndorsee(sb, clause, endorsees[0])) continue;
    if (endorsees.empty() && opens && s > 0 &&
        d_.paragraphs[d_.sentences[s - 1].para].kind == LineKind::kBody)
      endorsees = RepeatableEndorsees(s - 1);
    for (int y : endorsees) {
      for (int x : endorsers) Add("ENDORSES", x, y, s, "endorse.ellipsis");
    }
  }
}

}  // namespace kg::extract::internal
