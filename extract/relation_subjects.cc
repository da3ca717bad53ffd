// The subject of a verb, for RelationFinder (relation_finder.h): the mention
// right before it through auxiliaries and adverbs ("X has officially
// endorsed"), the head of a relative clause or apposition ("X, a group
// that", "X (D-N.Y.), another critic of the letter, is backing"), else the
// first person or organisation of its clause. Shared by the ENDORSES and
// HAS_ROLE rules.
#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/description_titles.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The first person or organisation of the clause that ends at `v` ("So when
// the union of 5,000 agents voted to endorse" -> the union).
int RelationSubjects::SubjectBefore(uint32_t sb, uint32_t v) const {
  uint32_t b = v;
  while (b > sb && !Boundary(b - 1)) --b;
  // "X praised the union -- which Z leads -- and endorsed Y": a relative
  // clause set off by dashes or commas has closed before "and VERB", so
  // the verb is the clause's before the relative pronoun, not Z's.
  if (b >= sb + 3 && In(d_.Lower(b - 1), {"which", "who", "whom", "that"}) && !in_quote_[b - 1]) {
    const auto aside = [&](uint32_t k) {
      return In(d_.Text(k), {",", "\xe2\x80\x94", "\xe2\x80\x93", "-", "--"});
    };
    uint32_t a = v;
    while (a > b && SkippableBeforeVerb(a - 1)) --a;
    if (a > b + 2 && d_.Lower(a - 1) == "and" && aside(a - 2) && aside(b - 2) &&
        d_.Text(a - 2).substr(0, 1) == d_.Text(b - 2).substr(0, 1))
      return SubjectBefore(sb, b - 2);
  }
  // "Y, who is running for governor, has gotten more support, with ...": a
  // relative clause closed before the verb is about the name before it
  // (relative_asides.cc).
  if (b >= sb + 3 && d_.Text(b - 2) == ",") {
    for (uint32_t c = b; c < v; ++c) {
      if (d_.Text(c) != ",") continue;
      if (const int head = CommaRelativeSubject(sb, c + 1, c + 1); head >= 0) return head;
      break;
    }
  }
  for (uint32_t t = b; t < v; ++t) {
    int e = Ent(t);
    if (in_quote_[t] != in_quote_[v]) continue;  // a name quoted before the verb
    if (e >= 0 && AgentOfParticiple(t)) {
      t = MentionEnd(t) - 1;
      continue;
    }
    if (e >= 0) {
      // "Y's former rival, X, endorsed Y": the possessor describes the
      // subject the apposition names.
      if (MentionEnd(t) < v && d_.tokens[MentionEnd(t)].kind == TokKind::kPossessive) {
        uint32_t c = v;
        while (c > sb && SkippableBeforeVerb(c - 1)) --c;
        if (const int named = c > sb ? PossessedApposition(sb, c - 1) : -1; named >= 0)
          return named;
      }
      // "House Speaker X endorsed", "Acme CEO X endorsed": the person with
      // the title is the subject, not the organisation before it.
      uint32_t k = MentionEnd(t);
      if (IsType(e, EntityType::kOrganization) && k < v && TitleAt(k) >= 0) {
        k = m_.titles[TitleAt(k)].tok_end;
        if (k < v && IsType(Ent(k), EntityType::kPerson)) return Ent(k);
      }
      return e;
    }
    uint32_t len = 0;
    int r = ResolveReference(d_, m_, &in_quote_, t, &len);
    if (r >= 0) return r;
  }
  return -1;
}

// "(after) Y's former rival (for the nomination), X, endorsed": the person X
// between the comma `c` right before the verb and a comma after a
// description that opens with a possessor: up to ten words with no other
// punctuation or name, the first lower-case ("Y's former rival"); else -1.
int RelationSubjects::PossessedApposition(uint32_t sb, uint32_t c) const {
  if (c < sb + 6 || d_.Text(c) != "," || !MentionEndsAt(c) || in_quote_[c]) return -1;
  const int x = Ent(c - 1);
  uint32_t b = MentionBegin(c - 1);
  while (b > sb && Ent(b - 1) < 0 && m_.title_at[b - 1] >= 0) --b;  // "Sen. X"
  if (!IsType(x, EntityType::kPerson) || b < sb + 4 || d_.Text(b - 1) != ",") return -1;
  for (uint32_t k = b - 1; k > sb + 1 && k + 12 > b; --k) {
    if (d_.tokens[k - 1].kind == TokKind::kPossessive) {
      return k + 1 < b && Ent(k - 2) >= 0 && d_.tokens[k].kind == TokKind::kWord &&
                     !d_.tokens[k].cap
                 ? x
                 : -1;
    }
    if (d_.tokens[k - 1].kind != TokKind::kWord || Ent(k - 1) >= 0) return -1;
  }
  return -1;
}

// Words between a subject and its verb that do not change who acts.
bool IsAuxiliary(std::string_view w) {
  return In(w,
            {"has",        "have",     "had",        "also", "officially", "formally", "publicly",
             "quickly",    "already",  "just",       "will", "then",       "later",    "since",
             "never",      "recently", "both",       "all",  "each",       "now",      "finally",
             "reportedly", "once",     "previously", "too"});
}

// An adverb between a subject and its verb ("steadfastly", "enthusiastically"),
// or a word that does not change who acts (IsAuxiliary).
bool RelationSubjects::SkippableBeforeVerb(uint32_t t) const {
  std::string_view w = d_.Lower(t);
  // "X, who still backs Y": a standing endorsement is still one; "Mr. X
  // first endorsed Y".
  // "Y even has the backing of X".
  if (IsAuxiliary(w) || w == "still" || w == "first" || w == "even") return true;
  // 'X "enthusiastically" endorsed Y', 'X, who called Y "a fighter,"
  // endorsed him': the marks of a narrated fragment (endorsement_fragments.cc).
  if ((d_.tokens[t].kind == TokKind::kOpenQuote || d_.tokens[t].kind == TokKind::kCloseQuote) &&
      !in_quote_[t])
    return true;
  // "X, who has not only endorsed Y but ...".
  if ((w == "only" && t > 0 && d_.Lower(t - 1) == "not") ||
      (w == "not" && t + 1 < d_.tokens.size() && d_.Lower(t + 1) == "only"))
    return true;
  // "X, who's endorsed Y", "he's backing Y": a contracted "has" or "is".
  if (d_.tokens[t].kind == TokKind::kPossessive)
    return t > 0 && In(d_.Lower(t - 1), {"who", "he", "she", "that", "which"});
  return w.size() > 4 && w.ends_with("ly") && d_.tokens[t].kind == TokKind::kWord &&
         !d_.tokens[t].cap && !In(w, {"family", "ally", "rally", "assembly", "supply", "anomaly"});
}

// "Newspaper Owned By X Endorses Y": a mention right after "by" is the
// agent of a participle, not the subject of a later verb.
bool RelationSubjects::AgentOfParticiple(uint32_t t) const {
  uint32_t b = MentionBegin(t);
  // A headline mention may cover the surname only ("By Jane Doe Endorses").
  for (uint32_t k = b; k > 0 && k + 3 > b; --k) {
    if (d_.Lower(k - 1) == "by") return true;
    if (!d_.tokens[k - 1].cap || (Ent(k - 1) >= 0 && Ent(k - 1) != Ent(t))) return false;
  }
  return false;
}

// People who vote for or cheer a candidate without endorsing one ("X, a
// Democratic voter who backed Y").
static bool IsVoterNoun(std::string_view w) {
  return In(w, {"voter", "caucusgoer", "caucus-goer", "resident", "supporter", "attendee",
                "student", "retiree", "fan"});
}

// The entity an appositive relative clause ending before `t` is about: "X,
// who", "X, which", "X, a group that", "X, the union which".
int RelationSubjects::RelativeHead(uint32_t sb, uint32_t t) const {
  if (t <= sb + 2 || !In(d_.Lower(t - 1), {"who", "which", "that"})) return -1;
  uint32_t k = t - 1;
  if (d_.Text(k - 1) != ",") {
    // A short description: "a (far-right) group", "the union".
    uint32_t w = k;
    // An acronym may describe too: "an upstart PAC that".
    auto acronym = [&](uint32_t x) {
      std::string_view a = d_.Text(x);
      return a.size() <= 4 &&
             std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    while (w > sb && w + 4 > k && d_.tokens[w - 1].kind == TokKind::kWord &&
           (!d_.tokens[w - 1].cap || acronym(w - 1)) && !d_.Has(w - 1, kFunctionWord) &&
           Ent(w - 1) < 0)
      --w;
    // A name that only modifies the noun: "X, an ardent Z critic who".
    if (w < k && w > sb + 2 && MentionEndsAt(w) && d_.tokens[w - 1].kind == TokKind::kWord) {
      uint32_t x = MentionBegin(w - 1);
      while (x > sb && x + 2 > MentionBegin(w - 1) && d_.tokens[x - 1].kind == TokKind::kWord &&
             !d_.tokens[x - 1].cap && !d_.Has(x - 1, kFunctionWord) && Ent(x - 1) < 0)
        --x;
      // "X, a rank-and-file Democratic voter who backed Y" voted.
      if (x > sb + 2 && In(d_.Lower(x - 1), {"a", "an"}) && !IsVoterNoun(d_.Lower(k - 1))) w = x;
    }
    if (w == k || w <= sb + 2 || !In(d_.Lower(w - 1), {"a", "an", "the"})) {
      // A longer one: "a Missouri state senator and congressional candidate".
      w = k;
      while (w > sb && w + 9 > k && d_.tokens[w - 1].kind == TokKind::kWord && Ent(w - 1) < 0 &&
             !In(d_.Lower(w - 1), {"a", "an", "the", "another"}) &&
             (!d_.Has(w - 1, kFunctionWord) || In(d_.Lower(w - 1), {"and", "of", "for", "in"})))
        --w;
      if (w == k || w <= sb + 2 || !In(d_.Lower(w - 1), {"a", "an", "the", "another"})) return -1;
      // "X, a Democratic voter who backed Y" voted: no endorsement.
      if (IsVoterNoun(d_.Lower(k - 1))) return -1;
    }
    k = w - 1;
    // "X — a group that backed Y": a dash opens the apposition too.
    uint32_t dash = k - 1;
    if (dash > sb && d_.Text(dash) == "-" && d_.Text(dash - 1) == "-") --dash;
    if (dash > sb && In(d_.Text(k - 1), {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93"}) &&
        (d_.Text(k - 1) != "-" || dash < k - 1) && MentionEndsAt(dash))
      return Ent(dash - 1);
  } else if (d_.Lower(k) == "that") {
    return -1;  // ", that ..." opens a clause, not a relative
  }
  if (k < sb + 2 || d_.Text(k - 1) != ",") return -1;
  // "Sen. X (D) of Oregon, who": past a party tag and a home state.
  if (!MentionEndsAt(k - 1)) {
    uint32_t x = k - 1;
    uint32_t p = x;  // a home state, which may be a place mention
    while (p > sb && p + 3 > x && d_.tokens[p - 1].cap && d_.tokens[p - 1].kind == TokKind::kWord &&
           !MentionEndsAt(p))
      --p;
    if (p < x && p > sb && d_.Lower(p - 1) == "of") x = p - 1;
    x = SkipNameTail(sb, x);
    if (x < k - 1 && MentionEndsAt(x)) return Ent(x - 1);
  }
  return Ent(k - 2);
}

// The subject of the verb at `v`: the mention right before it (through
// auxiliaries, "X, who has endorsed"), else the first of its clause.
int RelationSubjects::SubjectOf(uint32_t sb, uint32_t v, bool first_of_clause) const {
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  // "Speaker X (R-Wis.) has already backed Y": the name before a party tag.
  if (t >= sb + 4 && d_.Text(t - 1) == ")" && !in_quote_[t - 1]) {
    uint32_t o = t - 1;
    while (o > sb && o + 6 > t && d_.Text(o - 1) != "(") --o;
    if (o > sb + 1 && d_.Text(o - 1) == "(" && MentionEndsAt(o - 1)) {
      const std::string_view tag = d_.Text(o);
      if (IsPartyTag(tag) && IsType(Ent(o - 2), EntityType::kPerson)) return Ent(o - 2);
    }
  }
  // "X on Monday -- who was a major Z backer in 2016 -- also endorsed Y":
  // the name before a dash-enclosed aside (stop 29).
  if (const int x = DashAsideSubject(sb, t); x >= 0) return x;
  // "Y, who is running for governor, was endorsed by X" (relative_asides.cc).
  if (const int x = CommaRelativeSubject(sb, t, v); x >= 0) return x;
  // "X, who is seeking re-election, was", "X, a Democrat, dropped out":
  // the name before a comma-enclosed aside or a party tag (stop 32).
  if (const int x = TrailedName(sb, t); x >= 0) return x;
  if (t > sb) {
    // A pronoun that names no one here: "they will back Y" is not about
    // the first name of the sentence.
    if (In(d_.Lower(t - 1), {"they", "we", "you", "i"}) && !in_quote_[t - 1]) return -1;
    // "those backing Y", "X (R-Ky.) backing Y" (endorsement_participle_heads.cc).
    if (PronounHeadsParticiple(sb, t, v)) return -1;
    if (const int tagged = TaggedParticipleSubject(sb, t, v); tagged >= 0) return tagged;
    int head = RelativeHead(sb, t);
    if (head < 0) head = CoordinatedRelativeHead(sb, t - 1);
    if (head >= 0) return head;
    // "X said that it is endorsing Y": "it" is the organisation the
    // sentence is about.
    if (d_.Lower(t - 1) == "it" && !in_quote_[t - 1]) {
      for (uint32_t k = sb; k + 1 < t; ++k) {
        if (Ent(k) < 0) continue;
        if (IsType(Ent(k), EntityType::kOrganization)) return Ent(k);
        break;
      }
      // "Z spoke when the Q announced it was backing Y" (endorsement_org_ends.cc).
      if (const int r = ReportedItSubject(sb, t - 1); r >= 0) return r;
      // "The Q Club endorsed A. It also endorsed B" (endorsement_org_anaphora.cc).
      return ItOrgAntecedent(t - 1, 1);  // "it" is never a person
    }
    int e = Ent(t - 1);
    if (e >= 0 && AgentOfParticiple(t - 1)) return -1;
    if (e >= 0 && !m_.mentions[m_.mention_at[t - 1]].descriptor) return e;
    if (e >= 0 && t - 1 == MentionBegin(t - 1)) return e;
    // "Though she backed Y, X attacked him" (endorsement_cataphora.cc).
    if (const int ahead = FrontedClausePronoun(sb, t - 1); ahead >= 0) return ahead;
    uint32_t len = 0;
    int r = ResolveReference(d_, m_, &in_quote_, t - 1, &len);
    if (r >= 0) return r;
    if (t >= 2 && d_.Lower(t - 2) == "the") {
      r = ResolveReference(d_, m_, &in_quote_, t - 2, &len);
      if (r >= 0) return r;
    }
    // "The former senator has the backing of X", "the South Bend, Ind.,
    // mayor has won X's endorsement": a longer description of an office,
    // ending right before the verb.
    for (uint32_t the = t - 1; the > sb && the + 7 > t;) {
      --the;
      if (!d_.IsWord(the, "the") || the + 2 >= t) continue;
      std::string title;
      if (!DescriptionTitle(d_, the, &title, &len) || the + len != t) break;
      r = ResolveReference(d_, m_, &in_quote_, the, &len);
      if (r >= 0 && the + len == t) return r;
      break;
    }
    // "The front-runner has the backing of X", "the activist was endorsed
    // by X": what a person is, opening its clause (endorsement_descriptions.cc).
    r = DescribedSubject(sb, v);
    if (r >= 0) return r;
  }
  // "after Y's former rival, X, gave Y his endorsement": the apposition on
  // a description that opens with its possessor.
  if (t > sb + 4) {
    if (const int named = PossessedApposition(sb, t - 1); named >= 0) return named;
  }
  if (first_of_clause) return SubjectBefore(sb, v);
  return t > sb && d_.Text(t - 1) == "," ? AppositionSubject(sb, t - 1) : -1;
}

// The named subject before a dash-enclosed aside that ends right before
// `t` ("X -- who was a major Z backer in 2016 --", "X on Monday -- a former
// rival --"): the aside is up to 20 tokens with no sentence punctuation,
// and a day or time phrase may stand between the name and the first dash;
// -1 otherwise.
int RelationSubjects::DashAsideSubject(uint32_t sb, uint32_t t) const {
  const auto dash = [&](uint32_t k) {
    return In(d_.Text(k), {"\xe2\x80\x94", "\xe2\x80\x93"}) ||
           (d_.Text(k) == "-" && k > sb && d_.Text(k - 1) == "-");
  };
  if (t < sb + 4 || !dash(t - 1) || in_quote_[t - 1]) return -1;
  uint32_t close = t - 1;
  if (d_.Text(close) == "-") --close;  // "--"
  for (uint32_t o = close; o > sb + 1 && o + 22 > close;) {
    --o;
    const std::string_view p = d_.Text(o);
    if (p == "." || p == ";" || p == ":" || p == "," || in_quote_[o]) return -1;
    if (!dash(o)) continue;
    uint32_t k = d_.Text(o) == "-" ? o - 1 : o;
    // "X on Monday --", "X last week --".
    while (k > sb && k + 4 > o &&
           (d_.Has(k - 1, kMonthOrDay) ||
            In(d_.Lower(k - 1), {"on", "last", "this", "week", "today", "yesterday"})))
      --k;
    if (!MentionEndsAt(k) || m_.mentions[m_.MentionAt(k - 1)].descriptor) return -1;
    return Ent(k - 1);
  }
  return -1;
}

// The entity before an apposition that ends with the comma at `c`: "X (D-N.Y.),
// another critic of the letter, is backing Y" -> X.
int RelationSubjects::AppositionSubject(uint32_t sb, uint32_t c) const {
  for (uint32_t k = c; k > sb + 1 && k + 16 > c; --k) {
    std::string_view p = d_.Text(k - 1);
    if (p == ";" || p == "." || in_quote_[k - 1]) return -1;
    if (p != ",") continue;
    // "X, 45, has the backing of Y": an age alone is an apposition too.
    const bool age = d_.tokens[k].kind == TokKind::kNumber && d_.Text(k).size() <= 3 && k + 1 == c;
    if (!age && !In(d_.Lower(k), {"a", "an", "another", "the", "one"})) return -1;
    uint32_t x = k - 1;
    if (x > sb && d_.Text(x - 1) == ")") {  // a party tag
      while (x > sb && x + 6 > k && d_.Text(x - 1) != "(") --x;
      if (x > sb) --x;
    }
    return x > sb && MentionEndsAt(x) ? Ent(x - 1) : -1;
  }
  return -1;
}

// The start of what trails a name before `t`: a party tag "(R-Ohio)" and a
// place "of New Hampshire" ("Sen. Kelly Ayotte of New Hampshire").
uint32_t RelationSubjects::SkipNameTail(uint32_t sb, uint32_t t) const {
  if (t > sb + 1 && d_.Text(t - 1) == ")") {
    uint32_t c = t - 1;
    while (c > sb && c + 6 > t && d_.Text(c) != "(") --c;
    if (d_.Text(c) == "(") t = c;
  }
  uint32_t k = t;
  while (k > sb && k + 3 > t && d_.tokens[k - 1].cap && d_.tokens[k - 1].kind == TokKind::kWord &&
         Ent(k - 1) < 0)
    --k;
  if (k < t && k > sb && d_.Lower(k - 1) == "of") t = k - 1;
  return t;
}

// An office after "for" ("for president", "for the Senate", "for Speaker").
bool RelationSubjects::OfficeAt(uint32_t k, uint32_t se) const {
  if (k < se && d_.Lower(k) == "the") ++k;
  return k < se && In(d_.Lower(k), {"president",   "presidency", "vice",   "senate",   "senator",
                                    "governor",    "congress",   "mayor",  "speaker",  "reelection",
                                    "re-election", "nomination", "office", "chair",    "chairman",
                                    "chairwoman",  "leader",     "house",  "attorney", "sheriff"});
}

// The token after an office phrase at `k` ("president", "the Senate",
// "state treasurer", "lieutenant governor"), else `k`.
uint32_t RelationSubjects::OfficePhraseEnd(uint32_t k, uint32_t se) const {
  uint32_t o = k < se && d_.Lower(k) == "the" ? k + 1 : k;
  if (o < se && In(d_.Lower(o), {"state", "lieutenant", "u.s.", "city", "county", "district"})) {
    if (o + 1 < se &&
        In(d_.Lower(o + 1), {"treasurer", "comptroller", "auditor", "controller", "council",
                             "assembly", "legislature", "secretary", "senate", "house", "attorney",
                             "governor", "judge", "court"}))
      return o + 2 + (o + 2 < se && d_.Lower(o + 1) == "attorney" && d_.Lower(o + 2) == "general");
    return k;
  }
  if (!OfficeAt(o, se)) return k;
  // "vice president", "attorney general", "House Speaker".
  if (o + 1 < se && In(d_.Lower(o + 1), {"president", "general", "speaker"})) return o + 2;
  return o + 1;
}

}  // namespace kg::extract::internal
