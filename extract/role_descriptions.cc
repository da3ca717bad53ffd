// Words between a title and its organisation that describe the person or
// the work, not the organisation: "X, a senior fellow and trade expert at
// Y", "X, a professor who studies voting at Y", "X, a fellow in Governance
// Studies at Y". The apposition chain (role_appositions.cc) asks this when
// no organisation follows the title directly.
#include <string_view>

#include "extract/mention_finder.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Present-tense verbs of a researcher's or a practitioner's subject: "who
// studies X at Y" says what the person does where they work. Past forms
// ("who worked at", "who was a fellow at") may be long past and are left
// out, as are verbs of motion or speech.
bool SubjectVerb(std::string_view w) {
  return In(
      w, {"studies", "focuses", "specializes", "specialises", "researches", "teaches", "covers",
          "tracks", "writes", "heads", "directs", "leads", "runs", "oversees", "manages", "works"});
}

}  // namespace

// The position of the "at|for|with" that introduces the organisation of the
// title ending at `k`, past a description of the person, else `k`:
//  * "and" and one to four lower-case words that are no title ("a senior
//    fellow and public opinion polling expert at Y"; a coordinated title is
//    the chain's own business);
//  * "who" and a present verb of the person's subject, then up to six words
//    before "at" ("a law professor who specializes in government ethics at
//    Y");
//  * "in" and up to four words of a field that name nothing ("a senior
//    fellow in Governance Studies at Y").
uint32_t RoleRules::DescriptionBeforeOrg(uint32_t k, uint32_t se, bool long_field) const {
  if (k + 2 >= se) return k;
  auto plain = [&](uint32_t w) {
    return d_.tokens[w].kind == TokKind::kWord && !d_.tokens[w].cap && Ent(w) < 0 &&
           TitleAt(w) < 0 && !d_.Has(w, kFunctionWord) && !IsVerbLike(d_.Lower(w)) &&
           !IsPastOrFuture(d_.Lower(w)) && !d_.Lower(w).ends_with("ly") &&
           !In(d_.Lower(w), {"who", "and", "or", "said", "says"});
  };
  const std::string_view first = d_.Lower(k);
  uint32_t w = k + 1;
  if (first == "and") {
    // "and a|an ...": a new apposition, which the chain does not join.
    while (w < se && w < k + 5 && plain(w)) ++w;
    if (w == k + 1 || w >= se || !In(d_.Lower(w), {"at", "for", "with"})) return k;
    return w;
  }
  if (first == "who") {
    if (!SubjectVerb(d_.Lower(w))) return k;
    // "who works for Y" is the employment rule's (role.leads).
    if (d_.IsWord(w, "works") && !d_.IsWord(w + 1, "on")) return k;
    ++w;
    const uint32_t limit = w + 6;
    while (w < se && w < limit && d_.tokens[w].kind == TokKind::kWord && Ent(w) < 0 &&
           !d_.tokens[w].cap && !In(d_.Lower(w), {"at", "who", "and", "for", "with"}) &&
           !IsPastOrFuture(d_.Lower(w)))
      ++w;
    return w < se && d_.IsWord(w, "at") ? w : k;
  }
  if (first == "in") {
    // Field words may be capitalised ("in Governance Studies") when they
    // name no entity and are no title or organisation word.
    while (w < se && w < k + 5 && d_.tokens[w].kind == TokKind::kWord && Ent(w) < 0 &&
           TitleAt(w) < 0 && !d_.Has(w, kOrgHead) &&
           (!d_.Has(w, kFunctionWord) || d_.IsWord(w, "and")) && !d_.IsWord(w, "at") &&
           !IsVerbLike(d_.Lower(w)))
      ++w;
    if (w > k + 1 && !d_.IsWord(w - 1, "and") && w < se && d_.IsWord(w, "at")) return w;
  }
  return long_field ? LongFieldEnd(k, se) : k;
}

// The position of the "at|with|for|of" before the organisation of a title
// whose field is a longer phrase, else `k`: "X, the director of global
// health and HIV policy with the Y", "X, vice president for industry, labor
// and economics at Y", "X, director of the center for religious liberty at
// the conservative Y", "X, a fellow on governance at Y", "X, a senior
// fellow in the governance studies program at Y". The field opens with
// of|for|on|in (and "the"), holds words that name nothing (lower case, or a
// capital such as "HIV" that is no place), joined by "and", "of|for" and
// commas of a list that "and" closes; no title, verb, function word, past
// word or name; at most 14 tokens. "of" ends the field only when it opened
// with of|for and holds no capital: "a judge on the District of Y" and
// "a spokeswoman for the Department of Y" are cut names, not fields.
uint32_t RoleRules::LongFieldEnd(uint32_t k, uint32_t se) const {
  if (k + 3 >= se || !In(d_.Lower(k), {"of", "for", "on", "in"})) return k;
  // "the board of directors of Y" is role.board's (title "board member").
  if (d_.Lower(k + 1) == "board" || (d_.Lower(k + 1) == "the" && d_.Lower(k + 2) == "board"))
    return k;
  // The organisation follows the preposition at `p` directly (past
  // describing words), not after a second field: "director of harbour
  // safety at a small firm for the Y" names no employer.
  auto OneHop = [&](uint32_t p, uint32_t end) {
    for (uint32_t x = p + 1; x < end && x < se; ++x) {
      if (Ent(x) < 0 && In(d_.Lower(x), {"at", "for", "with", "of", "to"})) return false;
    }
    return true;
  };
  // "the special agent in charge of the Y's Dallas office": the idiom names
  // what the person runs, an "of" field.
  if (d_.Lower(k) == "in" && d_.Lower(k + 1) == "charge" && d_.Lower(k + 2) == "of") {
    uint32_t end = 0;
    if (OrgAfterTitle(k + 2, se, &end) >= 0) return k + 2;
    const uint32_t f = LongFieldEnd(k + 2, se);
    return f > k + 2 ? f : k;
  }
  auto field_word = [&](uint32_t x) {
    const Token& t = d_.tokens[x];
    if (t.kind != TokKind::kWord || Ent(x) >= 0 || TitleAt(x) >= 0 || d_.Has(x, kFunctionWord))
      return false;
    if (t.cap && d_.Has(x, kPlaceWord)) return false;  // "the Chancellor of Germany, spoke"
    const std::string_view l = d_.Lower(x);
    return !IsVerbLike(l) && !IsPastOrFuture(l) && !d_.Has(x, kSpeechVerb) &&
           !In(l, {"who", "said", "says", "and", "or"});
  };
  const bool of_may_end = In(d_.Lower(k), {"of", "for"});
  bool capital = false;
  uint32_t w = k + 1;
  if (d_.Lower(w) == "the") ++w;
  uint32_t words = 0;
  for (; w < se && w < k + 14; ++w) {
    const std::string_view l = d_.Lower(w);
    if (words > 0 && In(l, {"at", "with", "for", "of"})) {
      uint32_t end = 0;
      if ((l != "of" || (of_may_end && !capital)) && OrgAfterTitle(w, se, &end) >= 0 &&
          OneHop(w, end))
        return w;
      // An unnamed body after at|with is where the person works: no role.
      if (In(l, {"at", "with"})) return k;
      // "the center for religious liberty", "the department of politics".
      uint32_t n = w + 1;
      if (n < se && d_.Lower(n) == "the") ++n;
      if (n >= se || !field_word(n)) return k;
      w = n - 1;
      continue;
    }
    if (words > 0 && l == "and") {
      if (w + 1 >= se || !field_word(w + 1)) return k;  // "health and HIV policy"
      continue;
    }
    if (words > 0 && d_.Text(w) == ",") {
      // "industry, labor and economics": a list that "and" closes.
      if (w + 1 < se && d_.Lower(w + 1) == "and") continue;  // "practice, and research"
      uint32_t n = w + 1;
      while (n < se && n < w + 4 && field_word(n)) ++n;
      if (n == w + 1 || n >= se || !(d_.Lower(n) == "and" || d_.Text(n) == ",")) return k;
      if (d_.Text(n) == "," && !(n + 1 < se && d_.Lower(n + 1) == "and")) return k;
      continue;
    }
    if (!field_word(w)) return k;
    capital = capital || d_.tokens[w].cap;
    ++words;
  }
  return k;
}

// The start of the title after a region or a country that names the
// person's beat, else `k`: "X, a Middle East analyst at Y", "X, a Russia
// analyst with Y", "X, Europe and Central Asia director at Y", "X, a
// senior U.S. economist at Y". One to four capitalised place words (or
// "U.S."), "and" between them, no entity or title among them, then up to
// two lower-case modifiers and a lower-case title.
uint32_t RoleRules::RegionFieldEnd(uint32_t k, uint32_t se) const {
  uint32_t w = k;
  // "a senior U.S. economist": modifiers before the place too.
  while (w < se && w < k + 2 && d_.tokens[w].kind == TokKind::kWord && !d_.tokens[w].cap &&
         TitleAt(w) < 0 && Ent(w) < 0 && In(d_.Lower(w), {"senior", "chief", "top", "lead"}))
    ++w;
  const uint32_t places = w;
  while (
      w < se && w < places + 4 && Ent(w) < 0 && TitleAt(w) < 0 &&
      ((d_.tokens[w].cap && d_.tokens[w].kind == TokKind::kWord &&
        (d_.Has(w, kPlaceWord) ||
         // Continents and regions no gazetteer lists as places: "an
         // Asia analyst at Y", "Europe and Central Asia director at Y".
         In(d_.Text(w), {"U.S.", "US", "Middle", "East", "Latin", "America", "Americas", "Asia",
                         "Europe", "Africa", "Eurasia", "Pacific", "Asia-Pacific", "Central"}))) ||
       (w > places && d_.IsWord(w, "and") && w + 1 < se && d_.tokens[w + 1].cap)))
    ++w;
  if (w == places || d_.IsWord(w - 1, "and")) return k;
  const uint32_t mods = w;
  while (w < se && w < mods + 2 && TitleAt(w) < 0 && d_.tokens[w].kind == TokKind::kWord &&
         !d_.tokens[w].cap && !d_.Has(w, kFunctionWord | kOrgHead) && !IsVerbLike(d_.Lower(w)) &&
         !IsPastOrFuture(d_.Lower(w)))
    ++w;
  if (w >= se || TitleAt(w) < 0 || d_.tokens[w].cap) return k;
  // "the U.S. ambassador to the European Union" serves the country, not the
  // body after "to".
  const std::string_view head = d_.Lower(m_.titles[TitleAt(w)].tok_end - 1);
  if (head == "ambassador" || head == "envoy") return k;
  return w;
}

// The person who opens the sentence when an apposition of it ends at the
// copula `is` at `t`: "X, a former attorney, is the host of Y", "X, author
// of Z, is a member of Y's board". The apposition holds no person, no
// quotation, no speech verb and no other verb of being (it would be a
// clause of its own), and is at most 30 tokens. Else -1.
int RoleRules::BioSubject(uint32_t sb, uint32_t t) const {
  if (t < sb + 4 || d_.Text(t - 1) != "," || in_quote_[t]) return -1;
  uint32_t b = sb;
  if (d_.tokens[b].kind == TokKind::kPunct && In(d_.Text(b), {"\xe2\x80\xa2", "-", "*"})) ++b;
  while (b < t && TitleAt(b) >= 0 && d_.tokens[b].cap) b = m_.titles[TitleAt(b)].tok_end;
  const int p = Ent(b);
  if (!IsType(p, EntityType::kPerson) || MentionBegin(b) != b) return -1;
  const uint32_t c = MentionEnd(b);
  if (c + 2 >= t || d_.Text(c) != "," || t - c > 30) return -1;
  for (uint32_t k = c + 1; k + 1 < t; ++k) {
    if (in_quote_[k] || d_.tokens[k].kind == TokKind::kOpenQuote ||
        In(d_.Lower(k), {"is", "was", "are", "were", "said", "says", "told", "has", "had"}) ||
        (Ent(k) >= 0 && IsType(Ent(k), EntityType::kPerson)))
      return -1;
  }
  return p;
}

}  // namespace kg::extract::internal

namespace kg::extract::internal {

// The position of an organisation named after a description of what it is,
// the description starting at `o` (past "the"), else `o`: "the French
// newspaper Y", "the liberal think tank Y", "Democratic polling firm Y", "the
// conservative news site Y". Up to four words that are lower case (no
// function word, verb, title or past word) or a nationality, party or place
// ("French", "Democratic", "Texas", "Washington-based"); the last one a noun
// that says what an organisation is (mention_internal::OrgNoun: group, firm,
// newspaper, site, nonprofit, ...), right before the organisation's mention.
uint32_t RelationSubjects::OrgDescriptionEnd(uint32_t o, uint32_t se) const {
  // A name the mention finder cut short goes on past its mention: "the
  // pro-net neutrality group Fight for the Future", "the advocacy group Make
  // the Road New York", "the streaming station Agenda 21 Radio".
  auto CutName = [&](uint32_t e, uint32_t end) {
    if (e >= end) return false;
    const Token& t = d_.tokens[e];
    if (t.kind == TokKind::kNumber || (t.kind == TokKind::kWord && t.cap)) return true;
    if (!In(d_.Lower(e), {"for", "the", "of", "to", "and"})) return false;
    uint32_t n = e + 1;
    if (n < end && d_.Lower(n) == "the") ++n;
    return n < end && d_.tokens[n].kind == TokKind::kWord && d_.tokens[n].cap;
  };
  // Cheap first: an organisation's mention must start within five tokens.
  bool org_ahead = false;
  for (uint32_t w = o + 1; w < se && w <= o + 4 && !org_ahead; ++w)
    org_ahead = IsType(Ent(w), EntityType::kOrganization) && MentionBegin(w) == w;
  if (!org_ahead) return o;
  for (uint32_t w = o; w + 1 < se && w < o + 4; ++w) {
    if (d_.tokens[w].kind != TokKind::kWord || Ent(w) >= 0 || TitleAt(w) >= 0) return o;
    const std::string_view l = d_.Lower(w);
    if (d_.Has(w, kFunctionWord) || IsVerbLike(l) || IsPastOrFuture(l) ||
        (l.ends_with("ly") && !mention_internal::OrgNoun(l)))
      return o;
    if (d_.tokens[w].cap && !mention_internal::LooksNational(l) &&
        !mention_internal::PartyWord(l) && !d_.Has(w, kPlaceWord) && !l.ends_with("-based"))
      return o;
    if (!d_.tokens[w].cap && mention_internal::OrgNoun(l) &&
        IsType(Ent(w + 1), EntityType::kOrganization) && MentionBegin(w + 1) == w + 1)
      return CutName(MentionEnd(w + 1), se) ? o : w + 1;
  }
  return o;
}

}  // namespace kg::extract::internal
