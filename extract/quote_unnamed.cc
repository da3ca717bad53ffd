// Unnamed people as speakers (see quote_attribution.h): a person noun after
// a determiner ("a senior official said", "one member of Congress told")
// names nobody, except a spokesperson, who speaks for the organisation; a
// person or organisation named only as whom an unnamed one is close to or
// belongs to ("a source close to X", "a member of Congress") is not the
// speaker; and a described subject right before the verb ("the president
// said", "Sanders's lawyer said") resolves to a person or to nobody.
#include <string_view>

#include "extract/quote_attribution.h"
#include "extract/references.h"

namespace kg::extract {
namespace {

// People named by what they are rather than by name: "a senior official",
// "one member of Congress", "a managing editor".
bool IsPersonNoun(std::string_view w) {
  static constexpr std::string_view kNouns[] = {
      "official",     "officials", "source",      "sources",        "aide",      "aides",
      "operative",    "adviser",   "advisor",     "staffer",        "lawmaker",  "member",
      "strategist",   "insider",   "analyst",     "expert",         "observer",  "person",
      "employee",     "resident",  "voter",       "supporter",      "critic",    "donor",
      "activist",     "organizer", "participant", "witness",        "friend",    "ally",
      "colleague",    "editor",    "reporter",    "executive",      "leader",    "worker",
      "spokesperson", "spokesman", "spokeswoman", "representative", "lawyer",    "attorney",
      "officer",      "agent",     "diplomat",    "negotiator",     "confidant", "confidante",
      "loyalist",     "backer",    "surrogate",   "associate",      "pollster",  "consultant",
      "fundraiser",   "delegate",  "volunteer",   "acquaintance",   "relative",  "neighbor",
      "insiders"};
  for (std::string_view n : kNouns) {
    if (w == n) return true;
  }
  return false;
}

bool IsPartyNoun(std::string_view w) {
  return w == "republican" || w == "democrat" || w == "independent" || w == "libertarian";
}

// An unnamed spokesperson speaks for the organisation (the gold convention):
// "a Facebook spokesperson said" is Facebook's.
bool IsSpokesNoun(std::string_view w) {
  return w == "spokesperson" || w == "spokesman" || w == "spokeswoman" || w == "representative" ||
         w == "spokespeople" || w == "spokesmen" || w == "spokeswomen";
}

}  // namespace

int Attributor::UnnamedSpeaker(uint32_t b, uint32_t e) const {
  if (b >= e || in_quote_[b]) return -1;
  const std::string_view det = d_.Lower(b);
  const bool indefinite = det == "a" || det == "an" || det == "one" || det == "another";
  if (!indefinite && det != "the") return -1;
  // Modifiers (words, names used as modifiers: "a Facebook spokesperson",
  // "the Trump campaign official"), then the person noun.
  // "said another House Democrat": after a, an, one or another a party noun
  // names nobody either.
  auto is_head = [&](uint32_t t) {
    return IsPersonNoun(d_.Lower(t)) || (indefinite && IsPartyNoun(d_.Lower(t)));
  };
  uint32_t head = b + 1;
  while (head < e && head < b + 6 && !in_quote_[head] && d_.tokens[head].kind == TokKind::kWord &&
         !is_head(head))
    ++head;
  if (head >= e || head >= b + 6 || !is_head(head)) return -1;
  if (d_.tokens[head].cap && !IsPartyNoun(d_.Lower(head))) return -1;
  int org = -1;
  for (uint32_t t = b + 1; t < e && t < head + 6; ++t) {
    if (in_quote_[t]) break;
    const int en = m_.EntityAt(t);
    if (en < 0) continue;
    // A person right after the noun or in an apposition names it: "a
    // spokesman, John Doe", "One person at the meeting, Jane Roe," (not "one
    // operative now supporting Clinton").
    const bool names = t == head + 1 || d_.Text(t - 1) == ",";
    if (names && m_.entities[en].type == EntityType::kPerson) return -1;
    if (org < 0 && m_.entities[en].type == EntityType::kOrganization) org = en;
  }
  if (IsSpokesNoun(d_.Lower(head))) {
    if (org >= 0) return org;
    if (indefinite) return Unresolved();
    // "A spokesman for the NFL said ... "...," the spokesman said.": the
    // one the last unnamed spokesperson spoke for.
    return head == b + 1 ? SpokespersonPrincipal(b) : -1;
  }
  // "the Rubio backer said", "the Cruz source said": a person named only as
  // whom the unnamed one backs or works for does not speak.
  if (!indefinite && org < 0) {
    for (uint32_t t = b + 1; t < head; ++t) {
      const int en = m_.EntityAt(t);
      if (en >= 0 && m_.entities[en].type == EntityType::kPerson) return Unresolved();
    }
  }
  // "a State Department official told X": an official named only by the
  // organisation right before the noun speaks for it, as a spokesperson
  // does ("an official at the agency", "a senior administration official"
  // do not).
  if (indefinite && org >= 0 && (d_.IsWord(head, "official") || d_.IsWord(head, "officials")) &&
      m_.mention_at[head - 1] >= 0 && m_.mentions[m_.mention_at[head - 1]].entity == org) {
    // "a former State Department official" speaks for nobody.
    bool former = false;
    for (uint32_t t = b + 1; t < head; ++t) {
      former |= d_.IsWord(t, "former") || d_.IsWord(t, "retired") || d_.Lower(t).starts_with("ex-");
    }
    if (!former) return org;
  }
  // "the senator", "the spokesman": descriptions the reference resolver
  // knows stay with it; only affiliations and indefinite persons stop here.
  if (!indefinite && org < 0) return -1;
  return Unresolved();
}

int Attributor::SpokespersonPrincipal(uint32_t the) const {
  const uint32_t here = SentenceBeforeQuotation(the);
  const uint32_t first = here >= 3 ? here - 3 : 0;
  const uint32_t stop = d_.sentences[first].tok_begin;
  for (uint32_t t = the; t-- > stop;) {
    if (in_quote_[t] || d_.tokens[t].cap || !IsSpokesNoun(d_.Lower(t))) continue;
    // "NFL spokesman Brian McCarthy", "a spokeswoman, Jane Roe,": a named
    // spokesperson, whom the reference resolver knows.
    uint32_t n = t + 1;
    if (n < d_.tokens.size() && d_.Text(n) == ",") ++n;
    if (n < d_.tokens.size() && m_.EntityAt(n) >= 0 &&
        m_.entities[m_.EntityAt(n)].type == EntityType::kPerson)
      return -1;
    // "a spokesman for (the) NFL", "a spokesperson for the personal finance
    // company NerdWallet", "a spokeswoman for Sen. X": the name ending its
    // phrase, an organisation or the person represented.
    const uint32_t n_tok = static_cast<uint32_t>(d_.tokens.size());
    if (t + 2 < n_tok && (d_.IsWord(t + 1, "for") || d_.IsWord(t + 1, "at"))) {
      uint32_t o = t + 2;
      if (d_.IsWord(o, "the") && o + 1 < n_tok) ++o;
      for (uint32_t k = 0;
           k < 3 && o + 1 < n_tok && m_.EntityAt(o) < 0 && d_.tokens[o].kind == TokKind::kWord &&
           !d_.Has(o, kFunctionWord) && (!d_.tokens[o].cap || title_at_[o] >= 0);
           ++k)
        ++o;
      const int en = m_.EntityAt(o);
      if (en < 0 || m_.mentions[m_.mention_at[o]].tok_begin != o) return -1;
      const uint32_t end = m_.mentions[m_.mention_at[o]].tok_end;
      if (end < n_tok && d_.tokens[end].kind == TokKind::kPossessive) return -1;
      return en;
    }
    // "an NFL spokesman", "a Schiff spokesperson", "Kushner's spokesperson":
    // the name right before the noun.
    uint32_t b = t;
    if (b >= 2 && d_.tokens[b - 1].kind == TokKind::kPossessive) --b;
    if (b > 0 && !in_quote_[b - 1] && m_.EntityAt(b - 1) >= 0) return m_.EntityAt(b - 1);
    return -1;
  }
  return -1;
}

int Attributor::SpokespersonAt(uint32_t the) const {
  if (!d_.IsWord(the, "the") || the + 1 >= d_.tokens.size() || in_quote_[the] ||
      !IsSpokesNoun(d_.Lower(the + 1)))
    return -1;
  // "the spokesman, Dmitri Peskov, said": named, so his own words.
  uint32_t n = the + 2;
  if (n < d_.tokens.size() && d_.Text(n) == ",") ++n;
  if (n < d_.tokens.size() && m_.EntityAt(n) >= 0) return -1;
  return SpokespersonPrincipal(the);
}

bool Attributor::PersonOfUnnamed(uint32_t sb, uint32_t pb) const {
  uint32_t k = pb;
  if (k < sb + 3) return false;
  const std::string_view prep = d_.Lower(k - 1);
  if (prep != "to" && prep != "of" && prep != "for" && prep != "with") return false;
  --k;
  // "close to X", "familiar with X".
  if (k > sb && (d_.IsWord(k - 1, "close") || d_.IsWord(k - 1, "familiar"))) --k;
  if (k < sb + 2) return false;
  const std::string_view noun = d_.Lower(k - 1);
  if (d_.tokens[k - 1].cap || !IsPersonNoun(noun) || IsSpokesNoun(noun)) return false;
  // The noun's determiner, over up to three modifiers: "one senior adviser".
  for (uint32_t j = k - 1; j-- > sb && j + 5 > k;) {
    const std::string_view w = d_.Lower(j);
    if (w == "a" || w == "an" || w == "one" || w == "another" || w == "two" || w == "some")
      return true;
    if (d_.tokens[j].kind != TokKind::kWord || d_.tokens[j].cap || m_.EntityAt(j) >= 0)
      return false;
  }
  return false;
}

bool Attributor::AffiliationOfUnnamed(uint32_t ob) const {
  uint32_t k = ob;
  if (k > 0 && d_.IsWord(k - 1, "the")) --k;
  if (k < 2) return false;
  const std::string_view prep = d_.Lower(k - 1);
  if (prep != "of" && prep != "for" && prep != "from" && prep != "at" && prep != "with" &&
      prep != "in")
    return false;
  const std::string_view noun = d_.Lower(k - 2);
  return d_.tokens[k - 2].kind == TokKind::kWord && !d_.tokens[k - 2].cap && IsPersonNoun(noun) &&
         !IsSpokesNoun(noun) && m_.EntityAt(k - 2) < 0;
}

int Attributor::DescribedSubject(uint32_t sb, uint32_t v) const {
  v = SkipAdverbsBack(sb, v);
  if (v < sb + 2 || d_.tokens[v - 1].kind != TokKind::kWord || d_.tokens[v - 1].cap ||
      m_.EntityAt(v - 1) >= 0 || in_quote_[v - 1])
    return -1;
  const std::string_view noun = d_.Lower(v - 1);
  if (!d_.Has(v - 1, kTitleWord) && !IsPersonNoun(noun)) return -1;
  for (uint32_t k = v - 2; k >= sb && k + 3 >= v; --k) {
    // "Sanders's lawyer said": an unnamed role holder, not the owner (an
    // organisation's spokesperson speaks for it).
    if (d_.tokens[k].kind == TokKind::kPossessive) {
      const int owner = k > sb ? m_.EntityAt(k - 1) : -1;
      if (owner >= 0 && m_.entities[owner].type == EntityType::kOrganization && IsSpokesNoun(noun))
        return owner;
      return Unresolved();
    }
    const std::string_view w = d_.Lower(k);
    if (w == "the") {
      uint32_t len = 0;
      const int r = ResolveReference(d_, m_, &in_quote_, k, &len);
      if (r >= 0 && k + len == v) return r;
      uint32_t end = 0;
      const int p = DescribedPerson(k, &end);
      if (p >= 0 && end == v) return p;
      const int ep = EpithetPerson(k, v);
      return ep >= 0 ? ep : Unresolved();
    }
    // "A Facebook spokeswoman said:": the body an unnamed spokesperson
    // speaks for.
    if (w == "a" || w == "an" || w == "one" || w == "another") {
      const int body = UnnamedSpeaker(k, v);
      return body >= 0 ? body : Unresolved();
    }
    if (k == sb) break;
  }
  return -1;
}

bool Attributor::UnnamedAntecedent(uint32_t pronoun) const {
  if (pronoun == 0 ||
      (d_.Text(pronoun - 1) != "," && d_.tokens[pronoun - 1].kind != TokKind::kCloseQuote))
    return false;
  // A reply answers the unnamed person ('A reporter pushed back. "...," he
  // replied').
  if (pronoun + 1 < d_.tokens.size()) {
    const std::string_view v = d_.Lower(pronoun + 1);
    if (v == "replied" || v == "responded" || v == "answered" || v == "countered" ||
        v == "retorted")
      return false;
  }
  const uint32_t here = SentenceBeforeQuotation(pronoun);
  const uint32_t sb = d_.sentences[here].tok_begin;
  if (here == 0 || !(in_quote_[sb] || d_.tokens[sb].kind == TokKind::kOpenQuote)) return false;
  const Sentence& prev = d_.sentences[here - 1];
  if (prev.para + 1 < d_.sentences[here].para || !IsBody(d_, prev.para)) return false;
  uint32_t t = prev.tok_begin;
  if (t < prev.tok_end && (d_.IsWord(t, "but") || d_.IsWord(t, "and"))) ++t;
  if (t >= prev.tok_end || in_quote_[t]) return false;
  const std::string_view det = d_.Lower(t);
  if (det != "a" && det != "an" && det != "one" && det != "another") return false;
  // Up to three lower-case modifiers, then the noun: "A respected political
  // insider", "One woman".
  // Nobody else the pronoun could stand for: no named person, and the noun
  // phrase is no fronted apposition ('An associate professor in history, he
  // said ...').
  bool comma = false;
  for (uint32_t k = t; k < prev.tok_end; ++k) {
    const int e = in_quote_[k] ? -1 : m_.EntityAt(k);
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) return false;
    if (!comma && d_.Text(k) == ",") {
      comma = true;
      if (d_.IsWord(k + 1, "he") || d_.IsWord(k + 1, "she")) return false;
    }
  }
  for (uint32_t k = t + 1; k < prev.tok_end && k < t + 5; ++k) {
    if (d_.tokens[k].kind != TokKind::kWord || d_.tokens[k].cap || m_.EntityAt(k) >= 0 ||
        in_quote_[k] || d_.Has(k, kFunctionWord))
      return false;
    const std::string_view w = d_.Lower(k);
    if (IsSpokesNoun(w)) return false;
    if (!IsPersonNoun(w) && w != "man" && w != "woman") continue;
    // Named in an apposition: "A longtime aide, Jane Roe, said".
    if (k + 2 < prev.tok_end && d_.Text(k + 1) == "," && m_.EntityAt(k + 2) >= 0) return false;
    return true;
  }
  return false;
}

}  // namespace kg::extract
