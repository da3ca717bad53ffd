// Where the ends of an endorsement are when the verb's own phrase does not
// name them (RelationFinder helpers for relations.cc and
// endorsement_nouns.cc): pronouns ("X endorsed him"), descriptions ("the
// group"), appositions ("the first senator to endorse Y"), agents after "by"
// and organisations before a title ("House Democratic leader X"); relative
// clauses are in endorsement_clauses.cc, ordinal descriptions ("the first
// senator to endorse Y") in endorsement_one_of.cc. Moved out of endorsement_cues.cc to
// keep each file one family of rules.
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/references.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The one person a pronoun at `t` can stand for: of gender `want` or of
// unknown gender (a first name not in the Census lists), named (outside
// quotations) in the closest body sentence that names such a person (this
// one before `t`, or up to two back), and not in `exclude` (the endorsers:
// "X endorsed him" is never X). -1 when that sentence names two.
int RelationFinder::PronounReferent(uint32_t t, Gender want,
                                    const std::vector<int>& exclude) const {
  const uint32_t cs = d_.sentence_of[t];
  for (uint32_t s = cs + 1; s-- > 0 && cs - s <= 2;) {
    if (d_.paragraphs[d_.sentences[s].para].kind != LineKind::kBody) continue;
    int found = -1, subject = -1;
    for (uint32_t k = d_.sentences[s].tok_begin; k < d_.sentences[s].tok_end && k < t; ++k) {
      int e = Ent(k);
      // "... when she kissed Z. ... (it endorsed her)": a subject pronoun
      // of that gender stands for whom the text is about, who wins over a
      // named object; unresolved, nobody.
      const std::string_view w = d_.Lower(k);
      const bool pronoun =
          (w == "he" && want == Gender::kMale) || (w == "she" && want == Gender::kFemale);
      if (e < 0 && pronoun && !in_quote_[k]) {
        uint32_t len = 0;
        e = ResolveReference(d_, m_, &in_quote_, k, &len);
        if (e < 0 || (subject >= 0 && subject != e)) return -1;
        if (std::find(exclude.begin(), exclude.end(), e) == exclude.end()) subject = e;
        continue;
      }
      // '"Y is the leader we need," X said in endorsing him': a quotation
      // the pronoun's own clause attributes names whom it is about.
      const bool quoted = in_quote_[k] && (s != cs || in_quote_[t]);
      if (!IsType(e, EntityType::kPerson) || quoted ||
          std::find(exclude.begin(), exclude.end(), e) != exclude.end())
        continue;
      k = MentionEnd(k) - 1;
      const Gender g = m_.entities[e].gender;
      if (g != want && g != Gender::kUnknown) continue;  // "him" is no woman
      if (found >= 0 && found != e) found = -2;
      if (found != -2) found = e;
    }
    if (subject >= 0) found = subject;
    // Two people of that gender: the one opening the sentence as its
    // subject or its subject's possessor ("X's bid to upset Z got a boost
    // when Y endorsed him", "X won the vote, and Y endorsed her").
    if (found == -2) found = MainSubjectReferent(s, t, want, exclude);
    if (found == -2) return -1;
    if (found >= 0) {
      // "since X endorsed his candidacy, ... Mr. Y": a man named after the
      // pronoun in its sentence may be whom it means; not past a clause
      // coordinated after the pronoun's ("X endorsed him, and Z also
      // endorsed him": a pronoun does not point ahead into a later clause).
      for (uint32_t k = t + 1; k < d_.sentences[cs].tok_end; ++k) {
        if (d_.Text(k) == ";" || (d_.Text(k) == "," && k + 1 < d_.sentences[cs].tok_end &&
                                  In(d_.Lower(k + 1), {"and", "but"})))
          break;
        const int e = Ent(k);
        if (IsType(e, EntityType::kPerson) && e != found && !in_quote_[k] &&
            (m_.entities[e].gender == want || m_.entities[e].gender == Gender::kUnknown) &&
            std::find(exclude.begin(), exclude.end(), e) == exclude.end())
          return -1;
      }
      return found;
    }
  }
  return -1;
}

// The person a pronoun object at `t` stands for: "X endorsed him", "X is
// backing her.", "X endorsed her presidential bid", "X endorsed his
// candidacy". A "her" or "his" before any other noun is a possessive
// ("endorsed her opponent"): -1.
int RelationFinder::PronounObject(uint32_t t, uint32_t se, const std::vector<int>& src) const {
  if (t >= se || in_quote_[t]) return -1;
  std::string_view w = d_.Lower(t);
  if (w != "him" && w != "her" && w != "his") return -1;
  const bool bid = t + 1 < se && In(d_.Lower(t + 1), {"candidacy", "bid", "campaign", "reelection",
                                                      "re-election", "presidential", "nomination"});
  const bool ends =
      t + 1 >= se || d_.tokens[t + 1].kind == TokKind::kPunct ||
      In(d_.Lower(t + 1),
         {"on",       "in",       "for",       "as",      "after",   "before", "last",
          "this",     "early",    "earlier",   "over",    "because", "when",   "and",
          "but",      "at",       "since",     "again",   "anyway",  "too",    "during",
          "with",     "while",    "despite",   "instead", "then",    "today",  "yesterday",
          "publicly", "formally", "officially"});
  // "X backed her earlier statement": a determiner before an adjective;
  // "X endorsed her earlier this year|last week" is a time phrase.
  if (ends && w == "her" && t + 2 < se &&
      In(d_.Lower(t + 1), {"earlier", "early", "last", "this"}) &&
      d_.tokens[t + 2].kind == TokKind::kWord && !d_.tokens[t + 2].cap &&
      !In(d_.Lower(t + 2),
          {"this",   "that",      "last",   "in",     "on",      "week",  "month",   "year",
           "summer", "fall",      "spring", "winter", "morning", "night", "evening", "and",
           "but",    "when",      "after",  "before", "for",     "as",    "because", "during",
           "today",  "yesterday", "too",    "again",  "weekend"}))
    return -1;
  // "X endorsed her the next day": a time phrase, not her day.
  const bool when = t + 2 < se && d_.Lower(t + 1) == "the" &&
                    In(d_.Lower(t + 2), {"next", "following", "same", "day", "week", "month"});
  // "endorsed her Monday", "endorsed her Friday night": a day, not her
  // Monday rally.
  const bool day =
      t + 1 < se &&
      In(d_.Lower(t + 1),
         {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) &&
      (t + 2 >= se || d_.tokens[t + 2].kind != TokKind::kWord || d_.Has(t + 2, kFunctionWord) ||
       In(d_.Lower(t + 2), {"night", "morning", "afternoon", "evening"}));
  if ((w == "his" && !bid) || (w == "her" && !bid && !ends && !when && !day)) return -1;
  return PronounReferent(t, w == "her" ? Gender::kFemale : Gender::kMale, src);
}

// "The group has endorsed Y": a description of an organisation right before
// the verb at `v` ("the group", "the advocacy organization", "the paper")
// stands for the one organisation named in the closest sentence that names
// one (OrgDescriptionReferent, endorsement_org_ends.cc).
int RelationFinder::GroupSubject(uint32_t sb, uint32_t v) const {
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  if (t < sb + 2) return -1;
  return OrgDescriptionReferent(sb, t - 1);
}

// "Y is a sitting senator from Z who was endorsed by X": the subject of a
// copula whose description a relative clause at `who` ends.
int RelationFinder::CopulaRelativeHead(uint32_t sb, uint32_t who) const {
  for (uint32_t k = who; k > sb + 2 && k + 10 > who; --k) {
    if (Ent(k - 1) >= 0 || d_.tokens[k - 1].kind != TokKind::kWord || in_quote_[k - 1]) return -1;
    // "X, who is seeking re-election, is a ... who": past an aside on X.
    if (In(d_.Lower(k - 1), {"a", "an"}))
      return !In(d_.Lower(k - 2), {"is", "was"}) ? -1
             : MentionEndsAt(k - 2)              ? Ent(k - 3)
                                                 : TrailedName(sb, k - 2);
  }
  return -1;
}

// Whether the word before the verb at `v` (through auxiliaries) is a group
// noun that a name right before it modifies: "Acme officials endorsed Y"
// ("officials", not Acme, is the subject).
bool RelationFinder::ModifiedGroupNoun(uint32_t sb, uint32_t v) const {
  uint32_t k = v;
  while (k > sb && SkippableBeforeVerb(k - 1)) --k;
  return k >= sb + 2 && Ent(k - 1) < 0 && !in_quote_[k - 1] && MentionEndsAt(k - 1) &&
         In(d_.Lower(k - 1),
            {"members",    "officials",  "leaders",   "lawmakers", "employees", "workers",
             "staffers",   "executives", "activists", "delegates", "donors",    "voters",
             "supporters", "agents",     "officers",  "aides",     "advisers",  "advisors",
             "allies",     "alumni",     "veterans"});
}

// Whether "support" at `t` is followed by "from|among" and, within a few
// words and no name, "such as" ("support from big-name Democrats such as").
bool RelationFinder::SupportListFollows(uint32_t t, uint32_t se) const {
  if (t + 4 >= se || !In(d_.Lower(t + 1), {"from", "among"})) return false;
  for (uint32_t a = t + 2; a + 1 < se && a < t + 8; ++a) {
    if (Ent(a) >= 0 || d_.tokens[a].kind != TokKind::kWord) return false;
    if (d_.Lower(a) == "such" && d_.Lower(a + 1) == "as") return true;
  }
  return false;
}

// The token after the endorser named after "by" at `by`, through "by Ohio
// Senate President X" (the person after the organisation); -1 when no one
// is named there.
int RelationFinder::AgentMentionEnd(uint32_t by, uint32_t se) const {
  const int pos = ObjectPos(by + 1, se);
  if (pos < 0) return -1;
  uint32_t after = MentionEnd(static_cast<uint32_t>(pos));
  const int person = PersonAfterOrgTitle(Ent(pos), by + 1, se);
  while (person != Ent(pos) && after < se && Ent(after) != person) ++after;
  if (after < se && Ent(after) == person) after = MentionEnd(after);
  return static_cast<int>(after);
}

// Whether the endorser named after "by" at `by` ends its clause: a
// punctuation mark or a conjunction after it and its coordinated names, not
// an issue ("backed by X on the water bill").
bool RelationFinder::AgentEndsClause(uint32_t by, uint32_t se) const {
  const int end = AgentMentionEnd(by, se);
  if (end < 0) return false;
  uint32_t after = static_cast<uint32_t>(end);
  for (int i = 0; i < 6 && after + 1 < se && (d_.Lower(after) == "and" || d_.Text(after) == ",");
       ++i) {
    // "by A, B and C", "by A and conservative commentator B", "by A and
    // House Speaker B".
    uint32_t n = ListedDescriptionEnd(after + 1, se, d_.Lower(after) == "and");
    if (Ent(n) < 0) break;
    TitledPersonAfterOrg(Ent(n), &n, se);
    after = MentionEnd(n);
  }
  after = TrailingTimeEnd(after, se);  // "supported by X on Tuesday."
  return after >= se || d_.tokens[after].kind == TokKind::kPunct ||
         In(d_.Lower(after), {"and", "but", "as", "who", "which", "while"});
}

// Whether a race follows the endorser named after "by" at `by` ("supported
// by X in the Senate race"): the race names the candidacy the agent backs.
bool RelationFinder::RaceAfterAgent(uint32_t by, uint32_t se) const {
  const int end = AgentMentionEnd(by, se);
  return end >= 0 && RacePhraseAt(static_cast<uint32_t>(end), se);
}

// Whether the entity `e`, the first after `from` ("support from many Acme
// Caucus members"), only modifies a group noun after it: then some of the
// group's people, not the entity, endorsed.
bool RelationFinder::ModifierOnly(int e, uint32_t from, uint32_t se) const {
  if (e < 0) return false;  // else a token without a mention would match
  for (uint32_t k = from; k < se && k < from + 10; ++k) {
    if (Ent(k) != e) continue;
    const uint32_t after = MentionEnd(k);
    return after < se && In(d_.Lower(after),
                            {"members",    "member",     "leaders",   "leadership",    "officials",
                             "supporters", "voters",     "lawmakers", "delegates",     "activists",
                             "donors",     "staffers",   "star",      "stars",         "players",
                             "executives", "employees",  "workers",   "senators",      "candidates",
                             "allies",     "colleagues", "figures",   "conservatives", "liberals"});
  }
  return false;
}

// "from House Democratic leader X": the person after an organisation and
// a title, not the organisation, when `e` is one starting after `from`;
// also after a person's possessive ("by Y's former chief strategist X" is
// X's endorsement, not Y's).
int RelationSubjects::PersonAfterOrgTitle(int e, uint32_t from, uint32_t se) const {
  const bool owner = IsType(e, EntityType::kPerson);
  if (!IsType(e, EntityType::kOrganization) && !owner) return e;
  for (uint32_t k = from; k < se && k < from + 10; ++k) {
    if (Ent(k) != e) continue;
    uint32_t o = MentionEnd(k);
    if (owner && (o >= se || d_.tokens[o].kind != TokKind::kPossessive)) return e;
    if (owner) ++o;
    const uint32_t first = o;
    while (o < se && o < k + 8 && Ent(o) < 0 && d_.tokens[o].kind == TokKind::kWord &&
           (d_.tokens[o].cap || m_.title_at[o] >= 0 || d_.Has(o, kTitleWord) ||
            (owner && d_.IsWord(o, "former"))))
      ++o;
    if (o > first && o < se && IsType(Ent(o), EntityType::kPerson) &&
        (m_.title_at[o - 1] >= 0 || d_.Has(o - 1, kTitleWord)))
      return Ent(o);
    return e;
  }
  return e;
}

// "endorsements from members of Congress: A and Rep. B": the position of
// the first person listed after a colon that ends a short description
// without a person, starting at `from`; -1 when there is none.
int RelationFinder::ColonListAfter(uint32_t from, uint32_t se) const {
  for (uint32_t c = from; c + 1 < se && c < from + 8; ++c) {
    // "the backing of Z's old boss: X": a possessor describes the endorser.
    if (IsType(Ent(c), EntityType::kPerson) && !in_quote_[c] && MentionEnd(c) < se &&
        d_.tokens[MentionEnd(c)].kind == TokKind::kPossessive) {
      c = MentionEnd(c);
      continue;
    }
    if (in_quote_[c] || IsType(Ent(c), EntityType::kPerson)) return -1;
    if (d_.tokens[c].kind == TokKind::kPunct && d_.Text(c) != ":") return -1;
    if (d_.Text(c) != ":") continue;
    if (c == from) return -1;
    uint32_t o = c + 1;
    while (o < se && o < c + 4 && Ent(o) < 0 && m_.title_at[o] >= 0) ++o;
    // "...: Acme University President X": an organisation before the title.
    if (o < se && IsType(Ent(o), EntityType::kOrganization)) {
      uint32_t p = MentionEnd(o);
      const uint32_t titled = p;
      while (p < se && p < titled + 3 && Ent(p) < 0 && m_.title_at[p] >= 0) ++p;
      if (p > titled) o = p;
    }
    if (o < se && IsType(Ent(o), EntityType::kPerson) && !in_quote_[o]) return static_cast<int>(o);
    return -1;
  }
  return -1;
}

// The subject of the verb at `v` in a relative clause on an organisation
// that modifies its head noun: "the National Widget Association lobbying
// group, which has endorsed him" (the association); -1 otherwise.
int RelationFinder::OrgRelativeHead(uint32_t sb, uint32_t v) const {
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  if (t < sb + 4 || in_quote_[t - 1]) return -1;
  // "praising the gun advocacy group that endorsed his candidacy": a
  // description's restrictive clause, without the comma (only a
  // description: OrgDescriptionReferent finds the organisation).
  if (d_.Lower(t - 1) == "that" && d_.tokens[t - 2].kind == TokKind::kWord &&
      !d_.tokens[t - 2].cap && Ent(t - 2) < 0) {
    uint32_t w = t - 2;
    while (w > sb && w + 4 > t - 1 && d_.tokens[w - 1].kind == TokKind::kWord &&
           !d_.tokens[w - 1].cap && !d_.Has(w - 1, kFunctionWord) && Ent(w - 1) < 0)
      --w;
    return w > sb && d_.IsWord(w - 1, "the") ? OrgDescriptionReferent(sb, t - 2) : -1;
  }
  if (!In(d_.Lower(t - 1), {"which", "who"}) || d_.Text(t - 2) != ",") return -1;
  uint32_t w = t - 2;
  while (w > sb && w + 4 > t && d_.tokens[w - 1].kind == TokKind::kWord && !d_.tokens[w - 1].cap &&
         !d_.Has(w - 1, kFunctionWord) && Ent(w - 1) < 0)
    --w;
  // "The group, which has endorsed Y": a description (endorsement_org_ends.cc).
  if (w < t - 2 && !MentionEndsAt(w)) return OrgDescriptionReferent(sb, t - 3);
  if (w == t - 2 || !MentionEndsAt(w) || !IsType(Ent(w - 1), EntityType::kOrganization)) return -1;
  return Ent(w - 1);
}

// "Most of the state's Democratic leadership has endorsed Y, including Gov.
// A and B": the named members of a group that endorsed, after the object of
// the verb at `t` whose subject is a group noun.
// Also "Far more officials are publicly backing Y than four years ago,
// including steadfast supporters such as A, the majority leader, and B": an
// adverb before the verb, a phrase without names after the object, and a
// description of backers before "such as|like".
void RelationFinder::IncludedEndorsers(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  uint32_t a = t;
  while (a > sb && (SkippableBeforeVerb(a - 1) || In(d_.Lower(a - 1), {"are", "were"}) ||
                    (d_.Lower(a - 1).ends_with("ly") && !d_.tokens[a - 1].cap)))
    --a;
  if (a == sb || in_quote_[t] ||
      !In(d_.Lower(a - 1),
          {"leadership", "members", "lawmakers", "senators", "republicans", "democrats",
           "officials", "leaders", "governors", "delegation", "colleagues", "unions", "groups",
           "mayors", "legislators", "congressmen", "representatives", "establishment"}))
    return;
  const int pos = ObjectPos(t + 1, se);
  if (pos < 0 || !IsType(Ent(pos), EntityType::kPerson)) return;
  // Past a party tag or an aside after Y ("Y, who ..., than did").
  uint32_t k = PastNameAside(MentionEnd(static_cast<uint32_t>(pos)), se);
  // "... Y than did four years ago, including": lower-case words and numbers.
  for (uint32_t e = k; e < se && e < k + 8; ++e) {
    if (d_.Text(e) == ",") {
      k = e;
      break;
    }
    if (Ent(e) >= 0 || in_quote_[e] || d_.tokens[e].cap ||
        (d_.tokens[e].kind != TokKind::kWord && d_.tokens[e].kind != TokKind::kNumber))
      break;
  }
  if (k + 2 >= se || d_.Text(k) != "," || d_.Lower(k + 1) != "including") return;
  uint32_t o = k + 2;
  // "including steadfast supporters such as", "including party leaders
  // like": a description of backers, never of critics.
  for (uint32_t e = o; e + 1 < se && e < o + 8; ++e) {
    // "supporters such as Republican leaders like A": a party as modifier.
    if (Ent(e) >= 0 && IsType(Ent(e), EntityType::kOrganization) && MentionEnd(e) < se &&
        d_.tokens[MentionEnd(e)].kind == TokKind::kWord && !d_.tokens[MentionEnd(e)].cap) {
      e = MentionEnd(e) - 1;
      continue;
    }
    if (Ent(e) >= 0 || in_quote_[e] || d_.tokens[e].kind != TokKind::kWord) break;
    if (In(d_.Lower(e), {"critics", "opponents", "detractors", "skeptics", "foes", "rivals"}))
      return;
    if (d_.Lower(e) == "like" || (d_.Lower(e) == "such" && d_.Lower(e + 1) == "as")) {
      o = d_.Lower(e) == "like" ? e + 1 : e + 2;
      // "supporters such as Republican leaders like A".
      for (uint32_t f = o; f + 1 < se && f < o + 4; ++f) {
        if (Ent(f) >= 0 && IsType(Ent(f), EntityType::kOrganization) && MentionEnd(f) < se &&
            !d_.tokens[MentionEnd(f)].cap) {
          f = MentionEnd(f) - 1;
          continue;
        }
        if (Ent(f) >= 0 || d_.tokens[f].kind != TokKind::kWord) break;
        if (d_.Lower(f) == "like") o = f + 1;
      }
      break;
    }
  }
  const uint32_t names = o;
  while (o < se && o < names + 4 && Ent(o) < 0 &&
         (m_.title_at[o] >= 0 || d_.Lower(o) == "former" || d_.tokens[o].cap))
    ++o;
  if (o >= se || !IsType(Ent(o), EntityType::kPerson)) return;
  // "A, the Senate majority leader, and B and C": the list goes on after an
  // apposition that names no person.
  for (int round = 0; round < 3; ++round) {
    const std::vector<int> listed = Coordinated(o, se);
    for (int x : listed) Add("ENDORSES", x, Ent(pos), s, "endorse.verbal");
    uint32_t end = o;
    for (uint32_t e = o; e < se && e < o + 40; ++e) {
      if (Ent(e) == listed.back()) end = MentionEnd(e);
    }
    if (end + 3 >= se || d_.Text(end) != "," || !In(d_.Lower(end + 1), {"the", "a"})) return;
    uint32_t c = end + 2;
    while (c < se && c < end + 10 && d_.Text(c) != "," && !in_quote_[c] &&
           (d_.tokens[c].kind == TokKind::kWord || d_.tokens[c].kind == TokKind::kNumber) &&
           !IsType(Ent(c), EntityType::kPerson))
      ++c;
    if (c + 2 >= se || d_.Text(c) != "," || d_.Lower(c + 1) != "and") return;
    o = c + 2;
    while (o < se && o < c + 6 && Ent(o) < 0 &&
           (m_.title_at[o] >= 0 || d_.Lower(o) == "former" || d_.tokens[o].cap))
      ++o;
    if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return;
  }
}

}  // namespace kg::extract::internal
