// Organisation ends an endorsement names without their name
// (RelationFinder helpers for endorsement_nouns.cc and endorsement_ends.cc):
// news writing names a union or group once and then says what it holds
// with a verb and a particle ("Y has locked in the endorsement of X").
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/relation_finder.h"
#include "extract/word_lists.h"

namespace kg::extract::internal {
namespace {

// Whether `name` has `word` (lower case) as a whole word, in any case.
bool NameHasWord(std::string_view name, std::string_view word) {
  for (size_t i = 0; i + word.size() <= name.size(); ++i) {
    if (i > 0 && name[i - 1] != ' ') continue;
    size_t j = 0;
    while (j < word.size() && (name[i + j] | 0x20) == word[j]) ++j;
    if (j == word.size() && (i + j == name.size() || name[i + j] == ' ')) return true;
  }
  return false;
}

}  // namespace

// "Y has locked in|up the endorsement of X", "Y all but sewed up the
// backing of X": a verb and particle at `p` that mean Y secured it. Returns
// the token to stand for the receiving verb (through "all but", which says
// Y has it in hand: the subject search then starts before it), or 0.
uint32_t RelationFinder::PhrasalReceive(uint32_t sb, uint32_t p) const {
  if (p < sb + 2 || in_quote_[p] || !In(d_.Lower(p), {"in", "up"})) return 0;
  if (!In(d_.Lower(p - 1),
          {"locked", "locks", "locking", "sewed", "sewn", "sews", "wrapped", "wraps"}))
    return 0;
  uint32_t v = p - 1;
  if (v >= sb + 2 && d_.Lower(v - 1) == "but" && d_.Lower(v - 2) == "all") v -= 2;
  if (HedgedBefore(sb, v)) return 0;
  return v;
}

namespace {

// Last words of a labour organisation's name that say whom it organises
// ("American Federation of Teachers", "United Auto Workers").
bool MemberNoun(std::string_view w) {
  return In(w, {"workers", "employees", "teachers", "educators", "nurses", "firefighters",
                "fighters", "machinists", "teamsters", "steelworkers", "carpenters", "electricians",
                "pilots", "attendants", "laborers", "musicians", "actors"});
}

}  // namespace

// Whether organisation `e` can be what "the union" or "his union" names: a
// name with a union head ("Union", "Federation", "Brotherhood", ...; only the
// last word made is_union) or one that ends in its members ("Teachers").
bool RelationSubjects::LabourOrg(int e) const {
  if (!IsType(e, EntityType::kOrganization)) return false;
  const EntityInfo& info = m_.entities[e];
  if (info.is_union) return true;
  for (const std::string& k : info.key_tokens) {
    if (In(k, {"union", "federation", "brotherhood", "guild", "teamsters"})) return true;
  }
  return !info.key_tokens.empty() && MemberNoun(info.key_tokens.back());
}

// Whether organisation `e` is a newspaper, what "the paper" can name: its
// name's last word (or its hyphenated end) ends a newspaper's name
// ("Washington Post", "Times-Dispatch"), not a network's ("Fox News").
bool RelationSubjects::PaperOrg(int e) const {
  if (!IsType(e, EntityType::kOrganization)) return false;
  const std::string& name = m_.entities[e].name;
  const size_t space = name.find_last_of(' ');
  std::string last = name.substr(space == std::string::npos ? 0 : space + 1);
  for (char& c : last) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const size_t dash = last.find('-');
  return PaperNameEnd(last) ||
         (dash != std::string::npos && PaperNameEnd(std::string_view(last).substr(dash + 1)));
}

// The one newspaper the article names (in its body, outside quotations)
// before `k`: "the left-leaning paper, which has endorsed Y" paragraphs
// after "the Washington Post reported"; -1 for none or two.
int RelationSubjects::OnePaperBefore(uint32_t k) const {
  int found = -1;
  for (const Mention& mm : m_.mentions) {
    if (mm.tok_begin >= k) break;
    if (mm.entity < 0 || in_quote_[mm.tok_begin] || !PaperOrg(mm.entity)) continue;
    if (d_.paragraphs[d_.sentences[d_.sentence_of[mm.tok_begin]].para].kind != LineKind::kBody)
      continue;
    if (found >= 0 && found != mm.entity) return -1;
    found = mm.entity;
  }
  return found;
}

// Whether the words from `after` (right after an organisation's name) are
// a person's description before the person's name: one to three lower-case
// words (no function word) and a capitalised word ("data expert Nate", "Washington
// bureau chief Jane"). A verb ends the name's phrase instead: "The Q Club
// endorsed Jane Roe" has the club as its subject (a past form in -ed, or an
// endorsing verb in any form, is no describing word).
bool RelationSubjects::OrgBeforePersonNoun(uint32_t after, uint32_t se) const {
  const auto verb = [&](uint32_t o) {
    const std::string_view w = d_.Lower(o);
    return IsVerbLike(w) || w.ends_with("ed") ||
           In(w, {"endorses", "endorsing", "backs", "backing", "supports", "supporting"});
  };
  uint32_t o = after;
  while (o < se && o < after + 3 && d_.tokens[o].kind == TokKind::kWord && !d_.tokens[o].cap &&
         !d_.Has(o, kFunctionWord | kSpeechVerb) && !verb(o))
    ++o;
  return o > after && o < se && d_.tokens[o].kind == TokKind::kWord && d_.tokens[o].cap &&
         (Ent(o) < 0 || IsType(Ent(o), EntityType::kPerson));
}

// A description of an organisation whose noun is at `n` ("the group", "the
// advocacy organization", "the paper", "his union") stands for the one
// organisation named in the closest sentence that names one (this one before
// the description, or up to two back); -1 when that sentence names two. A
// news agency credited in the dateline ("Louisville, Ky. (CNN) X told the
// Q ...") is no rival.
int RelationSubjects::OrgDescriptionReferent(uint32_t sb, uint32_t n) const {
  if (n < sb + 1 || in_quote_[n] ||
      !In(d_.Lower(n),
          {"group", "organization", "organisation", "union", "association", "pac", "newspaper",
           "paper", "coalition", "federation", "council", "committee", "caucus", "board"}))
    return -1;
  const uint32_t t = n + 1;
  uint32_t a = n;
  while (a > sb && a + 3 > t && d_.tokens[a - 1].kind == TokKind::kWord && !d_.tokens[a - 1].cap &&
         !d_.Has(a - 1, kFunctionWord) && Ent(a - 1) < 0)
    --a;  // "the advocacy group", "the editorial board"
  // "the group", also "his union", "their paper".
  if (a == sb || !In(d_.Lower(a - 1), {"the", "his", "her", "its", "their"})) return -1;
  // "his union" is a union of someone's: only a labour organisation, and a
  // person's union only as "union".
  const bool union_word = d_.Lower(n) == "union";
  // "the paper" is a newspaper: other bodies named near it are no rivals,
  // and with none near, the one newspaper the article named before.
  const bool paper_word = In(d_.Lower(n), {"paper", "newspaper"});
  const bool kind_word = In(d_.Lower(n), {"committee", "caucus"});
  if (d_.Lower(a - 1) != "the" && !union_word) return -1;
  const uint32_t cs = d_.sentence_of[n];
  for (uint32_t s = cs + 1; s-- > 0 && cs - s <= 2;) {
    if (d_.paragraphs[d_.sentences[s].para].kind != LineKind::kBody) continue;
    const uint32_t b = d_.sentences[s].tok_begin;
    int found = -1;
    for (uint32_t k = b; k < d_.sentences[s].tok_end && k < a; ++k) {
      // "Activists associated with Everytown ... the group": a short form
      // the mention finder left unnamed still names the organisation.
      if (Ent(k) < 0 && k > b && !in_quote_[k]) {
        const int short_form = OrgShortForm(k);
        if (short_form >= 0 && (!paper_word || PaperOrg(short_form))) {
          if (found >= 0 && found != short_form) return -1;
          found = short_form;
          continue;
        }
      }
      const int e = Ent(k);
      if (!IsType(e, EntityType::kOrganization) || in_quote_[k]) continue;
      const uint32_t end = MentionEnd(k);
      // "The union" names no party or agency: only a labour organisation is
      // a candidate ("The AFT's members met at the Democratic Party's
      // office. The union endorsed Y").
      // "endorsed by the committee" after a sentence naming only the Senate:
      // a committee or caucus is one whose name says so.
      if ((union_word && !LabourOrg(e)) || (paper_word && !PaperOrg(e)) ||
          (kind_word && !NameHasWord(m_.entities[e].name, d_.Lower(n)))) {
        k = end - 1;
        continue;
      }
      // "(CNN)" early in a paragraph's first sentence: the dateline's credit.
      if (k > b && k < b + 8 && d_.Text(k - 1) == "(" && end < d_.sentences[s].tok_end &&
          d_.Text(end) == ")" && (s == 0 || d_.sentences[s - 1].para != d_.sentences[s].para)) {
        k = end;
        continue;
      }
      // "former New York Times data expert Nate Silver": the name only
      // describes a person named after it (lower-case nouns, then a name).
      if (OrgBeforePersonNoun(end, d_.sentences[s].tok_end)) {
        k = end - 1;
        continue;
      }
      if (found >= 0 && found != e) return -1;
      found = e;
      k = end - 1;
    }
    if (found >= 0) return union_word && !LabourOrg(found) ? -1 : found;
  }
  return paper_word ? OnePaperBefore(a) : -1;
}

// The organisation a description owns an endorsement noun at `k` through
// (the noun's own modifiers already skipped): "the union's endorsement of
// Y", "the group announced|gave its endorsement of|to Y" (the description
// the subject of the verb right before "its"). -1 otherwise.
int RelationFinder::DescribedOwner(uint32_t sb, uint32_t k) const {
  if (k <= sb || in_quote_[k - 1]) return -1;
  // "Its endorsement of Y came on Tuesday" after the sentence naming the
  // group (endorsement_org_anaphora.cc).
  if (d_.Lower(k - 1) == "its" && ItOpensSentence(k - 1)) return ItOrgAntecedent(k - 1, 1);
  if (k < sb + 3) return -1;
  if (d_.tokens[k - 1].kind == TokKind::kPossessive && Ent(k - 2) < 0)
    return OrgDescriptionReferent(sb, k - 2);
  if (d_.Lower(k - 1) != "its") return -1;
  const uint32_t v = k - 2;
  if (d_.tokens[v].kind != TokKind::kWord || d_.tokens[v].cap || d_.Has(v, kFunctionWord) ||
      HedgedBefore(sb, v))
    return -1;
  if (const int g = GroupSubject(sb, v); g >= 0) return g;
  // "It announced its endorsement of Y": the organisation "it" stands for.
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  return t > sb && d_.Lower(t - 1) == "it" ? ItOrgAntecedent(t - 1, 1) : -1;
}

// "endorsed by the newspaper", "won the endorsement of the union": a
// description starting at `from` ("the", up to two describing words, an
// organisation noun) that ends its phrase (punctuation, the sentence, a
// preposition or a conjunction; not "the union's leader", "the group of
// mayors"). The organisation as OrgDescriptionReferent finds it.
int RelationFinder::DescribedOrgAfter(uint32_t sb, uint32_t from, uint32_t se) const {
  if (from + 1 >= se || !d_.IsWord(from, "the") || in_quote_[from]) return -1;
  for (uint32_t n = from + 1; n < se && n < from + 4; ++n) {
    if (d_.tokens[n].kind != TokKind::kWord || d_.tokens[n].cap || Ent(n) >= 0) return -1;
    if (OrgDescriptionReferent(sb, n) < 0) {
      if (d_.Has(n, kFunctionWord)) return -1;
      continue;  // a describing word ("the Iowa-based", "the gun")
    }
    const uint32_t after = n + 1;
    if (after < se && !(d_.tokens[after].kind == TokKind::kPunct && d_.Text(after) != "'") &&
        !In(d_.Lower(after), {"on", "in", "for", "and", "but", "last", "this", "after", "before",
                              "earlier", "over", "since", "when", "while", "as", "at"}))
      return -1;
    return OrgDescriptionReferent(sb, n);
  }
  return -1;
}

// "Z spoke when the Q announced (on Saturday) (that) it was backing Y": the
// organisation that is the subject of a reporting verb right before the
// "it" at `it`, when the sentence opens with another name (SubjectOf takes
// the sentence's first organisation only when it opens the sentence).
int RelationSubjects::ReportedItSubject(uint32_t sb, uint32_t it) const {
  uint32_t v = it;
  if (v > sb && d_.IsWord(v - 1, "that")) --v;
  for (int i = 0;
       i < 3 && v > sb &&
       (d_.Has(v - 1, kMonthOrDay) || In(d_.Lower(v - 1), {"on", "night", "morning", "today"}));
       ++i)
    --v;  // "announced Saturday night it"
  if (v <= sb + 1 || in_quote_[v - 1] ||
      !In(d_.Lower(v - 1), {"announced", "said", "says", "announces", "declared", "confirmed",
                            "stated", "revealed"}))
    return -1;
  const uint32_t r = v - 1;
  if (!MentionEndsAt(r) || !IsType(Ent(r - 1), EntityType::kOrganization)) return -1;
  return Ent(r - 1);
}

// The organisation whose full name (three or more words) begins with the
// unnamed capitalised word at `k` ("Everytown" for "Everytown for Gun
// Safety"), when exactly one does and the word is no common first word of
// names ("National", "American": those need the rest); -1 otherwise.
int RelationSubjects::OrgShortForm(uint32_t k) const {
  const Token& tok = d_.tokens[k];
  if (tok.kind != TokKind::kWord || !tok.cap || m_.title_at[k] >= 0 || d_.Has(k, kFunctionWord) ||
      d_.Has(k, kPlaceWord) || d_.Has(k, kMonthOrDay))
    return -1;
  const std::string_view w = d_.Lower(k);
  if (w.size() < 5 || In(w, {"national", "american", "democratic", "republican", "united",
                             "federal", "international", "center", "centre", "council", "committee",
                             "association", "institute", "foundation"}))
    return -1;
  int found = -1;
  for (size_t e = 0; e < m_.entities.size(); ++e) {
    const EntityInfo& info = m_.entities[e];
    if (info.type != EntityType::kOrganization || info.key_tokens.size() < 3 ||
        info.key_tokens[0] != w)
      continue;
    if (found >= 0) return -1;
    found = static_cast<int>(e);
  }
  return found;
}

}  // namespace kg::extract::internal
