// The slot finders of the HAS_ROLE rules: where a title's organisation is
// (after it: "TITLE of|at|for Y"; before it: "Y spokesman", "Y's founder"),
// who holds it ("X is the TITLE of Y", "X, ... TITLE"), and which entities
// cannot fill the slot (legislatures named by a title alone, a name that
// only modifies a noun). Shared by roles.cc and role_clauses.cc.
#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "extract/based_modifiers.h"
#include "extract/described_orgs.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Index of the title span starting at `t`, else -1.
int RelationSubjects::TitleAt(uint32_t t) const {
  if (t >= m_.title_at.size() || m_.title_at[t] < 0) return -1;
  int ti = m_.title_at[t];
  return m_.titles[ti].tok_begin == t ? ti : -1;
}

// The organisation a title at [.., te) belongs to when it follows it:
// "of|at|for|with [the] Y", also after a field ("professor of public policy
// at the Y"). Sets *org_end to the end of Y's mention.
int RoleRules::OrgAfterTitle(uint32_t te, uint32_t se, uint32_t* org_end, int* owned) const {
  if (owned != nullptr) *owned = -1;
  uint32_t o = te;
  for (int hop = 0; hop < 2 && o < se; ++hop) {
    if (!In(d_.Lower(o), {"of", "at", "for", "with", "to"})) return -1;  // "adviser to"
    ++o;
    if (o < se && d_.Lower(o) == "the") ++o;
    o = BasedModifierEnd(d_, o, se);  // "analyst at New York-based Y"
    // "editor of the conservative Weekly Standard": one adjective; "chairman
    // of the progressive group Y": two words describing what Y is.
    // "the French newspaper Y", "the liberal think tank Y": what Y is.
    if (const uint32_t x = OrgDescriptionEnd(o, se); x > o)
      o = x;
    else if (o + 1 < se && Ent(o) < 0 && d_.tokens[o].kind == TokKind::kWord && !d_.tokens[o].cap &&
             !d_.Has(o, kFunctionWord) && IsType(Ent(o + 1), EntityType::kOrganization))
      ++o;
    else if (o + 2 < se && Ent(o) < 0 && d_.tokens[o].kind == TokKind::kWord && !d_.tokens[o].cap &&
             !d_.Has(o, kFunctionWord) && d_.tokens[o + 1].kind == TokKind::kWord &&
             !d_.tokens[o + 1].cap && !d_.Has(o + 1, kFunctionWord) && TitleAt(o + 1) < 0 &&
             IsType(Ent(o + 2), EntityType::kOrganization))
      o += 2;  // "vice president at health plan Y", "partner at the law firm Y"
    // "president of the state's Nurses Association": the place a description
    // names owns the body as a name does (not a party: the state party).
    if (o + 2 < se && In(d_.Lower(o), {"state", "nation", "country", "city", "county"}) &&
        d_.tokens[o + 1].kind == TokKind::kPossessive &&
        IsType(Ent(o + 2), EntityType::kOrganization) && MentionBegin(o + 2) == o + 2 &&
        !std::string_view(m_.entities[Ent(o + 2)].name).ends_with(" Party"))
      o += 2;
    // "director of Britain's Centre for Economic Performance": a place that
    // owns the organisation (a name that is no entity, then a possessive);
    // not a party ("Ohio's Republican Party" is the state party, not the
    // national one the name resolves to).
    // A shouted owner is a body we did not name ("USA TODAY's Board of
    // Contributors"), whose unit is no employer of its own.
    for (uint32_t c = o; c < se && c < o + 3 && Ent(o) < 0 && d_.tokens[c].cap &&
                         !(d_.tokens[c].allcaps && !d_.tokens[c].abbrev && d_.Text(c).size() > 3) &&
                         d_.tokens[c].kind == TokKind::kWord && Ent(c) < 0 && TitleAt(c) < 0;
         ++c) {
      if (c + 2 < se && d_.tokens[c + 1].kind == TokKind::kPossessive &&
          IsType(Ent(c + 2), EntityType::kOrganization) && MentionBegin(c + 2) == c + 2 &&
          !std::string_view(m_.entities[Ent(c + 2)].name).ends_with(" Party")) {
        o = c + 2;
        break;
      }
    }
    // "president of the Acme-backed Y": the backer before a glued "-backed"
    // modifies Y (the tokenizer splits it off).
    if (o < se && d_.GluedEndorsement(MentionEnd(o)) && MentionEnd(o) + 1 < se)
      o = MentionEnd(o) + 1;
    if (o >= se) return -1;
    int e = Ent(o);
    if (IsType(e, EntityType::kOrganization)) {
      const uint32_t end = MentionEnd(o);
      // "professor at Acme University's law school": the owner, and the
      // owned organisation in *owned when it is named; a chamber owning a
      // committee ("chairman of the House's Y Committee") only the owned
      // one. "chairwoman of the Senate intelligence committee" is no role
      // in the Senate (the name is a modifier).
      if (end + 1 < se && d_.tokens[end].kind == TokKind::kPossessive) {
        const int sub = IsType(Ent(end + 1), EntityType::kOrganization) ? Ent(end + 1) : -1;
        *org_end = sub >= 0 ? MentionEnd(end + 1) : end;
        if (!IsLegislature(e)) {
          if (owned != nullptr) *owned = sub;
          return e;
        }
        return sub;
      }
      // "a reporter with Mother Jones magazine": a media noun that says what
      // the name is, ending the phrase, makes no modifier of it.
      if (IsModifierOrg(end, se) && !MediaNounAfter(end, se)) return -1;
      *org_end = end;
      return e;
    }
    // "chairman of the center": an organisation named earlier.
    if (e < 0 && (e = DescribedOrg(o, se)) >= 0) {
      *org_end = o + 1;
      return e;
    }
    if (e >= 0) return -1;
    // A field of lower-case words: "of public policy at", "of media and
    // religion at" ("and" only between two words of the field).
    // A field word may be a language or a nationality ("of Italian studies
    // at"), a capitalised word that names nothing.
    auto field_word = [&](uint32_t w) {
      return d_.tokens[w].kind == TokKind::kWord &&
             (!d_.tokens[w].cap || (Ent(w) < 0 && TitleAt(w) < 0 && !d_.Has(w, kOrgHead)));
    };
    uint32_t k = o;
    while (k < se && k < o + 4 && field_word(k) &&
           !In(d_.Lower(k), {"of", "at", "for", "with", "and", "who", "said", "says"}))
      ++k;
    // "of media and religion at", "of history and Italian studies at", "of
    // communications and the chief strategist at".
    uint32_t j0 = k + 1;
    if (j0 < se && In(d_.Lower(j0), {"the", "a", "an"})) ++j0;
    uint32_t j = j0;
    while (k > o && j < se && j < j0 + 2 && field_word(j) && !d_.Has(j, kFunctionWord)) ++j;
    if (k > o && j > j0 && j + 1 < se && d_.Lower(k) == "and" && TitleAt(k + 1) < 0 &&
        In(d_.Lower(j), {"at", "for"}))
      k = j;
    if (k == o) return -1;
    o = k;
  }
  return -1;
}

// Whether the word at `j` may stand between an organisation and a
// lower-case title as a modifier ("Fox News senior political analyst",
// "Politico media reporter"): not a verb ("CNN enabled Mrs. X", "the party
// will judge X"), not an organisation word other than a media beat ("the
// Senate intelligence committee chairman" holds no role in the Senate),
// not a word making the role a campaign's or a past one.
bool RoleRules::TitleModifier(uint32_t j) const {
  return !d_.tokens[j].cap && d_.tokens[j].kind == TokKind::kWord && !d_.Lower(j).ends_with("ed") &&
         !In(d_.Lower(j), {"will",   "would", "can",  "could", "may",   "might", "must",
                           "should", "has",   "have", "had",   "is",    "was",   "are",
                           "were",   "said",  "says", "told",  "tells", "did",   "does"}) &&
         Ent(j) < 0 && m_.title_at[j] < 0 && !d_.Has(j, kFunctionWord) &&
         (!d_.Has(j, kOrgHead) || In(d_.Lower(j), {"media", "news", "radio", "television"})) &&
         !In(d_.Lower(j), {"subcommittee", "panel", "office", "division", "unit", "administration",
                           "campaign", "former", "then", "ex", "late", "retired"});
}

// The organisation a title right after it belongs to: "CIA director",
// "Natural News' founder", "Infowars and its founder".
int RoleRules::OrgBeforeTitle(uint32_t sb, uint32_t tb, uint32_t* org_begin) const {
  if (tb <= sb) return -1;
  // "CBS News White House correspondent X" (role_media_beats.cc): the
  // outlet, not the beat, though the beat may be a body of its own.
  if (const int media = MediaBeatOrg(sb, tb, org_begin); media >= 0) return media;
  uint32_t k = tb - 1;
  const bool possessive =
      (d_.tokens[k].kind == TokKind::kPossessive || d_.tokens[k].kind == TokKind::kSingleQuote) &&
      k > sb;
  if (possessive) --k;
  int e = Ent(k);
  if (org_begin != nullptr) *org_begin = e >= 0 ? MentionBegin(k) : k;
  if (IsType(e, EntityType::kOrganization) && MentionEnd(k) == k + 1) return e;
  // "The organization's founder": an organisation named earlier.
  if (possessive && e < 0) {
    const int described = DescribedOrg(k, tb);
    if (described >= 0) return described;
  }
  // "department spokeswoman X said", "said union president X": a kind noun
  // as the title's modifier stands for the one organisation of that kind
  // named shortly before; not after an article or a modifier of its own
  // ("a union president", "local union president").
  // A title in capitals is an acronym ("the company CEO X"), not a
  // capitalised title opening a name.
  if (!possessive && e < 0 && (!d_.tokens[tb].cap || d_.tokens[tb].allcaps)) {
    const bool opener = k == sb || d_.tokens[k - 1].kind == TokKind::kPunct ||
                        d_.Lower(k - 1) == "the" ||
                        In(d_.Lower(k - 1), {"said", "says", "told", "and"});
    if (opener) {
      const int described = DescribedOrg(k, tb, /*bare=*/true);
      if (described >= 0) return described;
    }
  }
  // "Food and Drug Administration (FDA) Commissioner X": the name's acronym
  // in brackets between the name and the title.
  if (tb >= sb + 4 && d_.Text(tb - 1) == ")" && d_.Text(tb - 3) == "(" &&
      d_.tokens[tb - 2].allcaps && IsType(Ent(tb - 4), EntityType::kOrganization) &&
      MentionEnd(tb - 4) == tb - 3) {
    if (org_begin != nullptr) *org_begin = MentionBegin(tb - 4);
    return Ent(tb - 4);
  }
  // "AP Health Writer X": a capitalised beat between the name and the title.
  uint32_t j = tb - 1;
  while (j > sb && j + 2 >= tb && d_.tokens[j].cap && d_.tokens[j].kind == TokKind::kWord &&
         Ent(j) < 0 && m_.title_at[j] < 0)
    --j;
  if (j + 1 < tb && IsType(Ent(j), EntityType::kOrganization) && MentionEnd(j) == j + 1) {
    if (org_begin != nullptr) *org_begin = MentionBegin(j);
    return Ent(j);
  }
  // "Fox News senior political analyst X", "Politico media reporter X": up
  // to two lower-case modifiers before a lower-case title (a beat may be a
  // media word); not an organisation word ("the Senate
  // intelligence committee chairman X" holds no role in the Senate), not a
  // verb ("CNN enabled Mrs. X", "the party will judge X").
  j = tb - 1;
  const bool lower_title = !d_.tokens[tb].cap && !d_.tokens[tb].abbrev;
  while (lower_title && j > sb && j + 2 >= tb && TitleModifier(j)) --j;
  // "CNN's senior media correspondent X": the owner before the modifiers.
  // "Fox News' longtime chairman X": a bare apostrophe after "s" too.
  if (j + 1 < tb && j > sb &&
      (d_.tokens[j].kind == TokKind::kPossessive ||
       (d_.tokens[j].kind == TokKind::kSingleQuote && d_.Lower(j - 1).ends_with("s"))))
    --j;
  if (j + 1 < tb && IsType(Ent(j), EntityType::kOrganization) && MentionEnd(j) == j + 1) {
    if (org_begin != nullptr) *org_begin = MentionBegin(j);
    return Ent(j);
  }
  if (In(d_.Lower(tb - 1), {"its", "their"})) {
    for (uint32_t b = tb - 1; b > sb; --b) {
      int o = Ent(b - 1);
      if (IsType(o, EntityType::kOrganization)) return o;
    }
  }
  return -1;
}

// "X is|was|became [the] TITLE of Y", "X was named|elected [as] TITLE of Y":
// the end of X's mention when the words before the title at `k` are such a
// copula after a person, else `sb`.
uint32_t RoleRules::CopulaSubjectEnd(uint32_t sb, uint32_t k) const {
  uint32_t v = k;
  if (v > sb && d_.Lower(v - 1) == "as") --v;
  if (v <= sb + 1) return sb;
  std::string_view w = d_.Lower(v - 1);
  uint32_t x = v - 1;
  if (In(w, {"named", "appointed", "elected", "hired", "chosen", "tapped", "promoted"})) {
    if (x > sb && In(d_.Lower(x - 1), {"was", "is", "been", "be", "were"})) --x;
    if (x > sb && In(d_.Lower(x - 1), {"has", "had", "recently", "later"})) --x;
  } else if (!In(w, {"is", "was", "became", "becomes", "serves", "served", "remains"})) {
    return sb;
  }
  if (x > sb && In(d_.Lower(x - 1), {"now", "currently", "also", "still"})) --x;
  if (x > sb + 2 && d_.Lower(x - 1) == "who" && d_.Text(x - 2) == ",") x -= 2;
  if (x <= sb || in_quote_[x - 1]) return sb;
  // Not "he was director of Y": on the corpus the pronoun's person is too
  // often the wrong one (the copula's subject is rarely the previous one).
  return IsType(Ent(x - 1), EntityType::kPerson) ? x : sb;
}

// The end of a capitalised name that is not an entity, also with commas
// and "and"/"&" inside ("the Speech, Press, and Arts Project"), starting
// at `b`; `b` itself when there is none.
uint32_t RoleRules::SkipUnknownOrg(uint32_t b, uint32_t se) const {
  uint32_t j = b;
  if (j < se && d_.Lower(j) == "the") ++j;
  uint32_t end = b;
  for (; j < se && j < b + 12; ++j) {
    const Token& tok = d_.tokens[j];
    if (tok.cap && tok.kind == TokKind::kWord) {
      end = j + 1;  // a firm may carry a partner's name
      continue;
    }
    if (d_.Text(j) == "&" || d_.Lower(j) == "of") continue;
    // "and" / "," inside the name only when a capitalised word follows.
    if ((d_.Text(j) == "," || d_.Lower(j) == "and") && j + 1 < se && d_.tokens[j + 1].cap &&
        TitleAt(j + 1) < 0)
      continue;
    if (d_.Text(j) == "," && j + 2 < se && d_.Lower(j + 1) == "and" && d_.tokens[j + 2].cap &&
        TitleAt(j + 2) < 0)
      continue;
    break;
  }
  return end;
}

// A legislative chamber ("U.S. Senate", "House of Representatives"), whose
// committees are bodies of their own.
bool RelationSubjects::IsLegislature(int e) const {
  if (!IsType(e, EntityType::kOrganization)) return false;
  std::string_view name = m_.entities[e].name;
  const size_t sp = name.rfind(' ');
  std::string_view last = sp == std::string_view::npos ? name : name.substr(sp + 1);
  return In(last, {"Senate", "House", "Congress", "Representatives", "Parliament", "Legislature",
                   "Assembly"});
}

// Whether the word at `end`, right after an organisation's name, makes the
// name a modifier: "the House intelligence committee", "a Facebook page".
// A noun of media or groups at `end` that ends its phrase ("Mother Jones
// magazine,", "the Green Papers blog, which"): it says what the name before
// it is.
bool RoleRules::MediaNounAfter(uint32_t end, uint32_t se) const {
  if (end >= se || !In(d_.Lower(end), {"magazine", "newspaper", "blog", "website", "site",
                                       "journal", "network", "podcast", "newsletter"}))
    return false;
  return end + 1 >= se || d_.tokens[end + 1].kind != TokKind::kWord ||
         d_.Has(end + 1, kFunctionWord);
}

bool RoleRules::IsModifierOrg(uint32_t end, uint32_t se) const {
  // The name modifies a lower-case organisation word or title that follows
  // within a few words; a verb or preposition after it ends the name. A
  // group of people or an undertaking after it makes it one too ("a member
  // of the NASCAR community", "a leader of the Electoral College effort").
  for (uint32_t k = end; k < se && k < end + 3; ++k) {
    if (d_.tokens[k].kind != TokKind::kWord || d_.tokens[k].cap || d_.Has(k, kFunctionWord))
      return false;
    if (d_.Has(k, kOrgHead) || d_.Has(k, kTitleWord) ||
        In(d_.Lower(k),
           {"subcommittee", "panel", "office", "division", "unit", "administration", "campaign",
            "official", "officials", "staff", "page", "community", "effort"}))
      return true;
  }
  return false;
}

// The person an apposition at the comma `c` is about: "X, ...", also past a
// party tag "X (R-Minn.), ...".
int RoleRules::PersonBeforeComma(uint32_t sb, uint32_t c) const {
  uint32_t x = c;
  if (x > sb + 2 && d_.Text(x - 1) == ")") {
    uint32_t o = x - 1;
    while (o > sb && o + 6 > x && d_.Text(o) != "(") --o;
    if (d_.Text(o) != "(") return -1;
    x = o;
  } else {
    // "X, R-N.J., co-chairman of Y": an unbracketed party tag.
    for (uint32_t o = x; o > sb + 1 && o + 5 > x; --o) {
      if (d_.Text(o - 1) != ",") continue;
      std::string_view tag = d_.Text(o);
      if (o < x && tag.size() >= 3 && (tag[0] == 'R' || tag[0] == 'D' || tag[0] == 'I') &&
          tag[1] == '-')
        x = o - 1;
      break;
    }
    // "Rep. X of Georgia, the top Republican on Y": past the home state.
    if (x > sb && Ent(x - 1) < 0) x = SkipNameTail(sb, x);
  }
  return x > sb ? Ent(x - 1) : -1;
}

// The organisation a description "the NOUN" at `t` (the noun) stands for:
// the organisation of a fitting kind named in the last few sentences ("The
// National Constitution Center said ... X, chairman of the center"). -1
// when none, or when two different ones fit (the description is then
// ambiguous), or the noun is the start of a longer phrase ("the center
// aisle", "the group chat").
int RoleRules::DescribedOrg(uint32_t t, uint32_t se, bool bare) const {
  // A bare noun opening the sentence is capitalised ("Company CEO X said").
  const bool opens = bare && d_.sentences[d_.sentence_of[t]].tok_begin == t;
  // "the Tucson-based union": "the" before a Place-based modifier.
  bool the = t > 0 && d_.Lower(t - 1) == "the";
  for (uint32_t k = t > 4 ? t - 4 : 0; !the && t > 0 && k + 1 < t; ++k)
    the = d_.Lower(k) == "the" && BasedModifierEnd(d_, k + 1, se) == t;
  if (t == 0 || t >= se || (!the && !bare) || Ent(t) >= 0 || in_quote_[t] ||
      (d_.tokens[t].cap && !opens) || d_.tokens[t].kind != TokKind::kWord)
    return -1;
  if (t + 1 < se && d_.tokens[t + 1].kind == TokKind::kWord &&
      !(d_.Has(t + 1, kFunctionWord) && d_.Lower(t + 1) != "of"))
    return -1;
  const std::string_view noun = d_.Lower(t);
  const uint32_t sent = d_.sentence_of[t];
  // By the last word of the name first; else by what the article called
  // the body beside its name ("Kestrel Today magazine").
  for (const bool beside : {false, true}) {
    int found = -1;
    for (size_t i = m_.mentions.size(); i-- > 0;) {
      const Mention& mm = m_.mentions[i];
      if (mm.tok_begin >= t) continue;
      if (d_.sentence_of[mm.tok_begin] + 6 < sent) break;
      if (in_quote_[mm.tok_begin] || !IsType(mm.entity, EntityType::kOrganization)) continue;
      if (beside ? !NamedAsKind(d_, mm.tok_begin, mm.tok_end, noun)
                 : !FitsDescription(noun, m_.entities[mm.entity].name))
        continue;
      if (found >= 0 && found != mm.entity) return -1;
      found = mm.entity;
    }
    if (found >= 0) return found;
  }
  return -1;
}

}  // namespace kg::extract::internal
