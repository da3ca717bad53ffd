// The speaker phrases of the quotation rules: names, pronouns and descriptions
// of people, organisations and documents (see quote_attribution.h).
#include <algorithm>
#include <string>

#include "extract/party_marks.h"
#include "extract/quote_attribution.h"
#include "extract/references.h"

namespace kg::extract {
namespace {

// A preposition before a name makes it an object, not a subject.
bool IsPreposition(std::string_view w) {
  return w == "to" || w == "with" || w == "on" || w == "in" || w == "at" || w == "for" ||
         w == "from" || w == "of" || w == "by" || w == "about" || w == "against" || w == "into";
}

bool IsAdverb(std::string_view w) {
  return w == "also" || w == "later" || w == "then" || w == "has" || w == "had" || w == "have" ||
         w == "previously" || w == "recently" || w == "once" || w == "again" || w == "simply" ||
         w == "further" || w == "reportedly" || w == "publicly" || w == "repeatedly" ||
         w == "flatly" || w == "frequently" || w == "often" || w == "had" || w == "would" ||
         // "Rubio himself told supporters".
         w == "himself" || w == "herself" ||
         // "May will say", "she could tell": modal speech is still the speaker's.
         w == "will" || w == "could" || w == "might" || w == "must" || w == "should" ||
         w == "may" || w == "can" || w == "shall";
}

// "bitterly remarked", "flatly said": a lower-case -ly word before the verb,
// except the nouns that end like adverbs ("the family said").
bool IsLyAdverb(std::string_view w) {
  return w.size() > 4 && w.ends_with("ly") && w != "family" && w != "rally" && w != "assembly" &&
         w != "supply" && w != "reply" && w != "daily" && w != "weekly" && w != "monopoly" &&
         w != "bully" && w != "italy" && w != "july";
}

// "expected to say", "plans to tell": a speech still to come is the
// speaker's (prepared remarks).
bool IsIntentionVerb(std::string_view w) {
  return w == "expected" || w == "plans" || w == "planned" || w == "planning" || w == "set" ||
         w == "scheduled" || w == "due" || w == "intends" || w == "going";
}

// "He went on to say", "X was quick to say", "X took to Twitter to say":
// verbs that lead into the speech verb, whose subject then speaks.
// Refusals ("declined to say") are not among them.
bool IsLeadInVerb(std::string_view w) {
  return w == "went" || w == "goes" || w == "go" || w == "took" || w == "takes" ||
         w == "continued" || w == "continues" || w == "tried" || w == "tries" || w == "wanted" ||
         w == "wants" || w == "sought" || w == "began" || w == "begins" || w == "started" ||
         w == "decided" || w == "chose" || w == "rushed" || w == "hastened" || w == "moved" ||
         w == "quick";
}

bool IsConjunction(std::string_view w) {
  return w == "but" || w == "and" || w == "yet" || w == "so";
}

}  // namespace

bool IsNameParticle(std::string_view w) {
  return w == "de" || w == "del" || w == "della" || w == "da" || w == "di" || w == "du" ||
         w == "dos" || w == "van" || w == "von" || w == "der" || w == "den" || w == "bin" ||
         w == "ibn" || w == "al" || w == "la" || w == "le" || w == "ter";
}

uint32_t Attributor::MainClauseStart(uint32_t sb, uint32_t limit, bool strict) const {
  uint32_t c = sb;
  if (c + 1 < limit && IsConjunction(d_.Lower(c))) ++c;
  // Strict: no "As X, a senior fellow, puts it", and time adverbs only with
  // a comma soon after them ("Later X backed the plan, saying ..." opens
  // with its subject).
  uint32_t reach = c < limit ? IntroductoryReach(d_.Lower(c)) : 0;
  if (!strict && (reach > 0 || d_.IsWord(c, "as"))) reach = 23;
  if (reach > 0) {
    for (uint32_t k = c + 1; k < limit && k <= c + reach; ++k) {
      if (in_quote_[k] || SentenceEnd(k) || Verb(k)) break;
      if (d_.Text(k) == ",") {
        c = k + 1;
        break;
      }
    }
  }
  return c;
}

uint32_t Attributor::ParticleOfName(uint32_t t) const {
  auto particle = [&](uint32_t k) {
    return k < d_.tokens.size() && d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap &&
           IsNameParticle(d_.Text(k));
  };
  if (!particle(t)) return 0;
  // "de la Vega", "van der Roe": two particles.
  const uint32_t n = particle(t + 1) ? 2 : 1;
  if (t + n >= d_.tokens.size()) return 0;
  const int m = m_.mention_at[t + n];
  if (m < 0 || m_.mentions[m].tok_begin != t + n) return 0;
  const EntityInfo& e = m_.entities[m_.mentions[m].entity];
  if (e.type != EntityType::kPerson) return 0;
  // The full name holds the particles before this word: "Bill de Blasio".
  std::string inner = " ";
  for (uint32_t k = t; k <= t + n; ++k) {
    inner += d_.Text(k);
    inner += k < t + n ? " " : "";
  }
  return e.name.find(inner) != std::string::npos ? n : 0;
}

int Attributor::FirstMention(uint32_t b, uint32_t e, EntityType type) const {
  for (uint32_t t = b; t < e; ++t) {
    if (in_quote_[t]) continue;
    int en = m_.EntityAt(t);
    if (en >= 0 && m_.entities[en].type == type) return en;
  }
  return -1;
}

int Attributor::SpeakerIn(uint32_t b, uint32_t e) const {
  {
    const int principal = SpokespersonAt(b);
    if (principal >= 0) return principal;
  }
  // "said the Kentucky Republican".
  for (uint32_t t = b; t < e && t < b + 2; ++t) {
    uint32_t end = 0;
    const int r = DescribedPerson(t, &end);
    if (r >= 0 && end <= e) return r;
  }
  {
    // '"...," the Vermont senator said' of a person no place was given.
    const int r = UnplacedPerson(b, e);
    if (r >= 0) return r;
  }
  const int unnamed = UnnamedSpeaker(b, e);
  if (unnamed != -1) return unnamed == kUnresolved ? -1 : unnamed;
  // "said Cruz's state chairman Rep. Ken Buck": the possessor is not the
  // speaker when a person follows.
  for (uint32_t t = b; t < e; ++t) {
    if (m_.EntityAt(t) < 0 || in_quote_[t]) continue;
    const uint32_t end = m_.mentions[m_.mention_at[t]].tok_end;
    if (end < e && d_.tokens[end].kind == TokKind::kPossessive) {
      // Only a role phrase between them: "Cruz's state chairman Rep. X".
      bool titled = false;
      uint32_t k = end + 1;
      while (k < e && k < end + 6 && m_.EntityAt(k) < 0 && d_.tokens[k].kind == TokKind::kWord) {
        titled |= title_at_[k] >= 0;
        ++k;
      }
      // "Ted Cruz's campaign manager, Jeff Roe, said".
      if (titled && k + 1 < e && d_.Text(k) == ",") ++k;
      if (titled && k < e && m_.EntityAt(k) >= 0 &&
          m_.entities[m_.EntityAt(k)].type == EntityType::kPerson)
        b = k;
    } else {
      // "Trump ideologist Roger Stone asked", "Clinton aide X said": one or
      // two role nouns between the names (not a verb: "Trump told X").
      uint32_t k = end;
      while (k < e && k < end + 2 && m_.EntityAt(k) < 0 && d_.tokens[k].kind == TokKind::kWord &&
             !d_.tokens[k].cap && !Verb(k) && !d_.Lower(k).ends_with("ed") &&
             !d_.Lower(k).ends_with("s") && !d_.Has(k, kFunctionWord))
        ++k;
      if (k > end && k < e && m_.EntityAt(k) >= 0 &&
          m_.entities[m_.EntityAt(k)].type == EntityType::kPerson)
        b = k;
    }
    break;
  }
  int s = FirstMention(b, e, EntityType::kPerson);
  if (s < 0) s = FirstMention(b, e, EntityType::kOrganization);
  if (s < 0) {
    for (uint32_t t = b; t < e && t < b + 3; ++t) {
      if ((d_.IsWord(t, "he") || d_.IsWord(t, "she")) && UnnamedAntecedent(t)) {
        Unresolved();
        return -1;
      }
      uint32_t len = 0;
      s = ResolveReference(d_, m_, &in_quote_, t, &len);
      if (s < 0) s = DescribedSpeaker(t);
      // '"...," his memo said', '"...," it read'.
      if (s < 0 && (d_.IsWord(t, "his") || d_.IsWord(t, "her") || d_.IsWord(t, "it")))
        s = DocumentAuthor(std::min(t + 2, e));
      if (s >= 0) break;
    }
  }
  // '"...," the real estate mogul said', 'the senator also said' (stop 32).
  if (s < 0) s = EpithetPerson(b, SkipAdverbsBack(b, e));
  return s;
}

uint32_t Attributor::SkipTitles(uint32_t n, uint32_t end) const {
  // "West Virginia Democrat X", "Texas Republican Rep. X": a state's words
  // and a party label before the name (or its title) are no name either.
  uint32_t p = n;
  while (p < end && p < n + 3 && d_.tokens[p].cap && d_.Has(p, kPlaceWord) && m_.EntityAt(p) < 0)
    ++p;
  if (p < end && d_.tokens[p].cap && m_.EntityAt(p) < 0 &&
      internal::PartyOfWord(d_.Lower(p)) != internal::Party::kNone)
    n = p + 1;
  while (n < end && title_at_[n] >= 0 && m_.EntityAt(n) < 0) ++n;
  if (n < end && !in_quote_[n] && m_.EntityAt(n) >= 0 &&
      m_.entities[m_.EntityAt(n)].type == EntityType::kOrganization) {
    const uint32_t oe = m_.mentions[m_.mention_at[n]].tok_end;
    if (oe < end && title_at_[oe] >= 0 && m_.EntityAt(oe) < 0) {
      n = oe;
      while (n < end && title_at_[n] >= 0 && m_.EntityAt(n) < 0) ++n;
    }
  }
  return n;
}

int Attributor::NearestSubject(uint32_t sb, uint32_t v) const {
  const uint32_t a = SkipAdverbsBack(sb, v);
  uint32_t t = SkipTimeBack(sb, a);
  // Past a phrase of time only a name that is no object: in 'spoke with the
  // Post on Monday said', 'sent a letter to X on Friday saying' the name
  // before it is not the subject.
  if (t != a && t > sb && m_.EntityAt(t - 1) >= 0) {
    uint32_t b = m_.mentions[m_.mention_at[t - 1]].tok_begin;
    while (b > sb && title_at_[b - 1] >= 0 && m_.EntityAt(b - 1) < 0) --b;
    if (b > sb && (d_.IsWord(b - 1, "the") || d_.Text(b - 1) == "#")) --b;  // "with the Post"
    if (b > sb && IsPreposition(d_.Lower(b - 1))) t = a;
  }
  // 'Lee (D-Ohio) said' (quote_asides.cc); after the test above, which is
  // about a phrase of time only ('a spokesman for Lee (D-Ohio) said').
  t = SkipAsideBack(sb, t);
  if (t == sb || in_quote_[t - 1]) return -1;
  int e = m_.EntityAt(t - 1);
  if (e >= 0) {
    // "a source close to X said", "an aide to X told": X is not the speaker.
    if (PersonOfUnnamed(sb, m_.mentions[m_.mention_at[t - 1]].tok_begin)) return Unresolved();
    // "a member of Congress said": the organisation is not the speaker.
    const bool org = m_.entities[e].type == EntityType::kOrganization;
    const uint32_t ob = m_.mentions[m_.mention_at[t - 1]].tok_begin;
    if (org && AffiliationOfUnnamed(ob)) return Unresolved();
    // "X of the Brookings Institution said": X.
    const int person = org ? AffiliatedPerson(sb, ob) : -1;
    return person >= 0 ? person : e;
  }
  // "his campaign manager, Faiz Shakir, said": the name in the apposition;
  // "Rep. Diane Black, R-Tenn., a nurse and member of X, called": the name
  // the sentence opens with, before its appositions.
  if (d_.Text(t - 1) == "," && t >= sb + 2) {
    e = m_.EntityAt(t - 2);
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson && !in_quote_[t - 2]) {
      const uint32_t mb = m_.mentions[m_.mention_at[t - 2]].tok_begin;
      uint32_t before = mb;
      // The mention table's titles, without 'former': 'attacked her
      // husband, former President X, saying' names the one attacked, and
      // this test cannot tell a subject's apposition from an object's.
      while (before > sb && m_.title_at[before - 1] >= 0 && m_.EntityAt(before - 1) < 0) --before;
      // "his running mate, Indiana Gov. X, said": the office's state or
      // city before the title.
      if (before < mb)
        while (before > sb + 1 && d_.tokens[before - 1].cap && d_.Has(before - 1, kPlaceWord) &&
               m_.EntityAt(before - 1) < 0)
          --before;
      if (before > sb && d_.Text(before - 1) == ",") return e;
    }
    // "Senate Minority Leader X, D-N.Y., said": an organisation before a
    // title is part of the title.
    const uint32_t n = SkipTitles(sb, t);
    e = n < t && !in_quote_[n] ? m_.EntityAt(n) : -1;
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) {
      const uint32_t me = m_.mentions[m_.mention_at[n]].tok_end;
      bool clean = me < t && d_.Text(me) == ",";
      for (uint32_t k = me; clean && k + 1 < t; ++k)
        clean = !in_quote_[k] && !SentenceEnd(k) && !Verb(k);
      if (clean) return e;
    }
    e = SubjectBeforeAside(sb, t);
    if (e >= 0) return e;
  }
  // "Gov. X, who said that "..."": the relative pronoun stands for the
  // name before its comma.
  if (d_.IsWord(t - 1, "who") && t >= sb + 3 && d_.Text(t - 2) == "," && !in_quote_[t - 3]) {
    e = m_.EntityAt(t - 3);
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) return e;
    // "The chamber's top Republican, who said ...".
    e = DescribedPersonBefore(sb, t - 2);
    if (e >= 0) return e;
  }
  uint32_t len = 0;
  e = ResolveReference(d_, m_, &in_quote_, t - 1, &len);
  if (e < 0) e = DescribedSpeaker(t - 1);
  if (e < 0) e = DescribedPersonBefore(sb, t);
  return e;
}

// "Trump on Monday told reporters that ...", "X late last week said": a
// phrase of time between a subject and its verb, whose start is returned
// (else t): "on", "last", "this", "earlier", "late", "early" and up to three
// words of days, months, dates and time nouns, then adverbs before it
// ("also on Monday").
uint32_t Attributor::SkipTimeBack(uint32_t sb, uint32_t t) const {
  uint32_t k = t;
  while (k > sb && k + 3 > t) {
    const uint32_t w = k - 1;
    const std::string_view x = d_.Lower(w);
    const bool time_word = d_.Has(w, kMonthOrDay) || d_.tokens[w].kind == TokKind::kNumber ||
                           x == "week" || x == "month" || x == "year" || x == "weekend" ||
                           x == "night" || x == "morning" || x == "afternoon" || x == "evening";
    if (!time_word || in_quote_[w]) break;
    --k;
  }
  if (k == t || k <= sb) return t;
  const std::string_view opener = d_.Lower(k - 1);
  if (opener == "last" || opener == "this" || opener == "late" || opener == "early" ||
      opener == "earlier") {
    --k;
    if (k > sb && d_.IsWord(k - 1, "late")) --k;  // "late last week"
  } else if (opener == "on") {
    --k;
  } else {
    return t;
  }
  return SkipAdverbsBack(sb, k);
}

bool Attributor::AdverbAt(uint32_t t) const {
  if (d_.tokens[t].kind != TokKind::kWord || d_.tokens[t].cap) return false;
  const std::string_view w = d_.Lower(t);
  return IsAdverb(w) || IsLyAdverb(w);
}

uint32_t Attributor::SkipAdverbsBack(uint32_t sb, uint32_t v) const {
  uint32_t t = v;
  while (t > sb && t + 3 > v && AdverbAt(t - 1)) --t;
  // "X is expected to say", "X plans to tell": a speech still to come.
  if (t > sb + 2 && d_.IsWord(t - 1, "to") && IsIntentionVerb(d_.Lower(t - 2))) {
    t -= 2;
    if (t > sb + 1 && (d_.IsWord(t - 1, "is") || d_.IsWord(t - 1, "was") ||
                       d_.IsWord(t - 1, "are") || d_.IsWord(t - 1, "were")))
      --t;
    for (int i = 0; i < 2 && t > sb && AdverbAt(t - 1); ++i) --t;  // "is also expected to"
    return t;
  }
  // "He went on to say", "Trump took to Twitter to say", "X was quick to
  // say": the lead-in verb, its particle and a place ("to Twitter").
  if (t > sb + 2 && d_.IsWord(t - 1, "to")) {
    uint32_t k = t - 2;
    if (d_.IsWord(k, "on") && k > sb) {
      --k;
    } else if (d_.IsWord(k, "as") && k > sb + 3 && d_.IsWord(k - 1, "far") &&
               d_.IsWord(k - 2, "so")) {  // "went so far as to declare"
      k -= 3;
    } else if (d_.tokens[k].cap && k > sb + 2) {
      uint32_t j = k;
      while (j > sb + 1 && j + 2 > k && d_.tokens[j - 1].cap) --j;
      if (d_.IsWord(j - 1, "to") && j >= sb + 3) k = j - 2;
    }
    // "quick" only after its copula: "was quick to".
    const bool quick = d_.IsWord(k, "quick");
    const bool copula = k > sb + 1 && (d_.IsWord(k - 1, "was") || d_.IsWord(k - 1, "is") ||
                                       d_.IsWord(k - 1, "were") || d_.IsWord(k - 1, "are"));
    if (!d_.tokens[k].cap && IsLeadInVerb(d_.Lower(k)) && (!quick || copula)) {
      t = quick ? k - 1 : k;
      for (int i = 0; i < 2 && t > sb && AdverbAt(t - 1); ++i) --t;  // "then went on to"
    }
  }
  return t;
}

bool Attributor::SubjectEndsAt(uint32_t c, uint32_t v) const {
  const uint32_t t = SkipAdverbsBack(c, v);
  uint32_t n = c;
  if (d_.IsWord(n, "and") || d_.IsWord(n, "but") || d_.IsWord(n, "then")) ++n;
  n = SkipTitles(n, t);
  if (n >= t) return false;
  uint32_t end;
  if (m_.EntityAt(n) >= 0) {
    end = m_.mentions[m_.mention_at[n]].tok_end;
    if (end < t && d_.Text(end) == "(") {  // "(R-Ala.)"
      while (end < t && d_.Text(end) != ")") ++end;
      ++end;
    }
  } else if (d_.IsWord(n, "he") || d_.IsWord(n, "she") || d_.IsWord(n, "they")) {
    end = n + 1;
  } else if (d_.IsWord(n, "the") || d_.IsWord(n, "a") || d_.IsWord(n, "an")) {
    end = n + 1;
    while (end < t && end < n + 6 && d_.tokens[end].kind == TokKind::kWord) ++end;
  } else {
    return false;
  }
  if (end == t) return true;
  // "Lee, a senator from Ohio, said".
  if (end < t && d_.Text(end) == "," && d_.Text(t - 1) == "," && t - end < 14) {
    for (uint32_t k = end + 1; k + 1 < t; ++k) {
      if (SentenceEnd(k) || d_.tokens[k].kind == TokKind::kOpenQuote) return false;
    }
    return true;
  }
  return false;
}

int Attributor::ClauseSubject(uint32_t sb, uint32_t v) const {
  auto subject_at = [&](uint32_t n) {
    // "And then moderator X", "Earlier Wednesday X", "even X".
    while (n < v && !in_quote_[n] && m_.EntityAt(n) < 0 &&
           (title_at_[n] >= 0 || d_.Has(n, kMonthOrDay) || AdverbAt(n) || d_.IsWord(n, "and") ||
            d_.IsWord(n, "but") || d_.IsWord(n, "so") || d_.IsWord(n, "even") ||
            d_.IsWord(n, "earlier") || d_.IsWord(n, "former") || d_.IsWord(n, "on")))
      ++n;
    if (n >= v || in_quote_[n]) return -1;
    const int e = m_.EntityAt(n);
    if (e >= 0) {
      if (m_.entities[e].type == EntityType::kPerson) return e;
      // "ICE spokesman X", "National Review's X", "the X Party and its
      // leader X": the person the organisation's phrase leads to.
      const uint32_t oe = m_.mentions[m_.mention_at[n]].tok_end;
      for (uint32_t k = oe; k < v && k < n + 10; ++k) {
        const int p = m_.EntityAt(k);
        if (p >= 0 && m_.entities[p].type == EntityType::kPerson) return p;
        // "CNN legal analyst X": up to three lower-case role words.
        const bool role_word = k < oe + 3 && d_.tokens[k].kind == TokKind::kWord &&
                               !d_.tokens[k].cap && !d_.Has(k, kFunctionWord) && !Verb(k) &&
                               !d_.Lower(k).ends_with("ed");
        const bool joins = title_at_[k] >= 0 || p >= 0 || in_quote_[k] || role_word ||
                           d_.tokens[k].kind == TokKind::kPossessive || d_.IsWord(k, "and") ||
                           d_.IsWord(k, "its") || d_.tokens[k].kind == TokKind::kCloseQuote;
        if (!joins) break;
      }
      return e;
    }
    uint32_t len = 0;
    int r = ResolveReference(d_, m_, &in_quote_, n, &len);
    if (r < 0 && d_.IsWord(n, "the")) r = DescribedSpeaker(n);
    return r;
  };
  int s = subject_at(sb);
  if (s >= 0) return s;
  // "Despite X's attempt ..., Trump held fast, insisting ...": only a
  // person, since an organisation there more often opens an apposition
  // ("X, ICE's acting director at the time, ...").
  for (uint32_t k = sb; k < v && k < sb + 30; ++k) {
    if (in_quote_[k] || d_.Text(k) != ",") continue;
    s = subject_at(k + 1);
    return s >= 0 && m_.entities[s].type == EntityType::kPerson ? s : -1;
  }
  return -1;
}

int Attributor::DescribedPersonBefore(uint32_t sb, uint32_t t) const {
  for (uint32_t k = t; k-- > sb && k + 8 > t;) {
    if (in_quote_[k] || d_.tokens[k].kind != TokKind::kWord) return -1;
    if (!d_.IsWord(k, "the")) continue;
    uint32_t end = 0;
    const int r = DescribedPerson(k, &end);
    return r >= 0 && end == t ? r : -1;
  }
  return -1;
}

}  // namespace kg::extract
