// HAS_ROLE for "X of [the] Y": the bare affiliation news gives a person
// quoted or cited for an organisation ("said Jane Roe of the Kestrel
// Institute", "Jane Roe, of the Kestrel Institute, said", "reporters Jane
// Roe and John Doe of the Pinecrest Times"). No title word is written, so
// the edge carries none. A pool count found some 360 such phrases with no
// edge, nearly all employees or fellows. Not after a title (role.title_of
// reads "President X of the Y"; a courtesy "Rep. X of the Y Caucus" is a
// member at most), not a party or a legislature (membership, not a
// position), not a name that modifies a noun or owns the next body. "at"
// and "with" count only for a source speaking ("said X at the Y", "X with
// the Y said"): they also say where one is ("met X at the White House").
// Also "CNN's X" (PossessedRoles below).
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

void RoleRules::OfRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // The word `t` follows a person's mention or the comma after it: the
  // mention ends of the sentence are visited, not its every token. Each
  // `t` comes from the one end the test below reads it from, in order.
  const uint32_t* const last = mention_ends_.data() + mention_ends_.size();
  for (const uint32_t* it = EdgeFrom(mention_ends_, sb + 1); it != last && *it + 1 < se; ++it) {
    const uint32_t t = d_.Text(*it) == "," ? *it + 1 : *it;
    if (t + 1 >= se || (t == *it && d_.Text(t - 1) == ",")) continue;
    const uint32_t len = d_.tokens[t].end - d_.tokens[t].start;
    if ((len != 2 && len != 4) || in_quote_[t] || d_.tokens[t].kind != TokKind::kWord) continue;
    // "at" and "with" also say where one is ("met X at the White House"):
    // only a source speaking ("said X at the Y.", "X with the Y said").
    const bool at = d_.Lower(t) == "at" || d_.Lower(t) == "with";
    if (!at && d_.Lower(t) != "of") continue;
    // "X of the Y" or "X, of the Y, said".
    const bool comma = d_.Text(t - 1) == ",";
    const uint32_t pe = comma ? t - 1 : t;
    if (pe <= sb || !IsType(Ent(pe - 1), EntityType::kPerson) || MentionEnd(pe - 1) != pe) continue;
    const int p = Ent(pe - 1);
    const uint32_t pb = MentionBegin(pe - 1);
    if (pb > sb && m_.title_at[pb - 1] >= 0) continue;
    uint32_t o = t + 1;
    if (o < se && d_.Lower(o) == "the") ++o;
    if (o >= se || !IsType(Ent(o), EntityType::kOrganization) || MentionBegin(o) != o) continue;
    const int org = Ent(o);
    const uint32_t oe = MentionEnd(o);
    if (comma && (oe >= se || d_.Text(oe) != ",")) continue;
    if (oe < se &&
        (d_.tokens[oe].kind == TokKind::kPossessive || d_.tokens[oe].kind == TokKind::kSingleQuote))
      continue;
    if (IsModifierOrg(oe, se) || IsLegislature(org)) continue;
    // "Jane Roe of Mansfield Center, Connecticut": a town taken for a body,
    // its state after a comma closing the phrase.
    if (o == t + 1 && oe + 1 < se && d_.Text(oe) == ",") {
      uint32_t k = oe + 1;
      while (k < se && d_.tokens[k].cap && d_.Has(k, kPlaceWord)) ++k;
      if (k > oe + 1 && (k >= se || d_.tokens[k].kind == TokKind::kPunct)) continue;
    }
    const std::string_view name = m_.entities[org].name;
    if (name.ends_with(" Party") || name == "GOP") continue;
    if (at) {
      // Not "told X at the Y" (X is addressed), nor "who joined X at the Y,
      // said" (another speaker).
      auto speech = [&](uint32_t k) {
        return k < se && In(d_.Lower(k), {"said", "says", "wrote", "writes"});
      };
      const bool before = pb > sb && speech(pb - 1);
      const bool after = speech(oe) || (oe < se && In(d_.Lower(oe), {"told", "tells"}));
      // The name ends the sentence or the clause after a speech verb.
      const bool ends = oe >= se || d_.tokens[oe].kind == TokKind::kPunct;
      if (!((before && ends) || after)) continue;
    }
    Add("HAS_ROLE", p, org, s, "role.of");
  }
}

}  // namespace kg::extract::internal

namespace kg::extract::internal {

// "CNN's Jane Roe asked", "the Kestrel Institute's Jane Roe said": an
// organisation's possessive right before a person's full name names the
// body the person works for (the dev gold gives these edges, most of them
// journalists'). Not a party or a legislature ("the GOP's X", "the
// Senate's X": membership), not a one-word name ("CNN's Roe"), which may be
// someone the body wrote about.
void RoleRules::PossessedRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // The possessive ends an organisation's mention: only mention ends are
  // visited.
  const uint32_t* const last = mention_ends_.data() + mention_ends_.size();
  for (const uint32_t* it = EdgeFrom(mention_ends_, sb + 1); it != last && *it + 2 < se; ++it) {
    const uint32_t t = *it;
    const TokKind kind = d_.tokens[t].kind;
    if (kind != TokKind::kPossessive && kind != TokKind::kSingleQuote) continue;
    if (in_quote_[t] || !IsType(Ent(t - 1), EntityType::kOrganization) || MentionEnd(t - 1) != t)
      continue;
    // A bare apostrophe only after "s" ("Fox News' Jane Roe").
    if (kind == TokKind::kSingleQuote && !d_.Lower(t - 1).ends_with("s")) continue;
    const int org = Ent(t - 1);
    const uint32_t pb = t + 1;
    if (!IsType(Ent(pb), EntityType::kPerson) || MentionBegin(pb) != pb || MentionEnd(pb) < pb + 2)
      continue;
    if (IsLegislature(org)) continue;
    const std::string_view name = m_.entities[org].name;
    if (name.ends_with(" Party") || name == "GOP") continue;
    // The name modifies a noun: "the Air Force's Barry Goldwater live-fire
    // range", "ICE's Los Angeles field office", "the agency's Jane Roe email
    // probe".
    const uint32_t pe = MentionEnd(pb);
    if (pe < se && d_.tokens[pe].kind == TokKind::kWord && !d_.tokens[pe].cap &&
        (d_.Has(pe, kOrgHead) || d_.Text(pe).find('-') != std::string_view::npos ||
         In(d_.Lower(pe), {"field", "range", "desk", "staff", "team", "campaign", "administration",
                           "era", "years", "division", "unit", "probe", "investigation", "inquiry",
                           "case", "email", "emails"}) ||
         ShowNoun(pe)))
      continue;
    // A show or newsletter named like a person ("MSNBC's Morning Joe"): a
    // time of day or week as the first word, or what the article says of the
    // name elsewhere. (A common word before a first name is no sign: "Trip
    // Gabriel", "Poppy Harlow".)
    if (In(d_.Lower(pb), {"morning", "evening", "tonight", "today", "weekend", "nightly", "daily",
                          "weekly", "night", "late", "sunday", "saturday"}))
      continue;
    if (ShowNamed(Ent(pb))) continue;
    Add("HAS_ROLE", Ent(pb), org, s, "role.possessed");
  }
}

}  // namespace kg::extract::internal

namespace kg::extract::internal {

// A noun that names a broadcast or a publication's part: "the Jane Roe
// show", "MSNBC's Morning Joe host".
bool RoleRules::ShowNoun(uint32_t t) const {
  return t < d_.tokens.size() && d_.tokens[t].kind == TokKind::kWord && !d_.tokens[t].cap &&
         In(d_.Lower(t), {"show", "program", "programme", "segment", "host", "co-host", "podcast",
                          "newsletter", "episode"});
}

// Whether the article treats person entity `p` as a show, a programme or a
// newsletter rather than someone who works for the organisation owning it
// (role.possessed): a mention after "on" where one speaks or appears
// ("said on MSNBC's Morning Joe", "an appearance on Morning Joe", "On
// MSNBC's Morning Joe, ..."), after "at" with a person or a staff noun
// before it ("Jane Roe at the University's Crystal Ball", "the crew at
// MSNBC's Morning Joe"), after a show noun and "of" ("co-host of MSNBC's
// Morning Joe", "a recent installment of"), before "host" ("Morning Joe
// host Jane Roe"), or a full name alone in quotation marks ("told
// \"Morning Joe\""). A mention before another show noun, a capitalised
// word, a number or a possessive is no sign either way: shows are named
// after their hosts ("on the Jane Roe Show", "Jane Roe 360", "on Jane Roe's
// show").
bool RoleRules::ShowNamed(int p) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  for (const Mention& mention : m_.mentions) {
    if (mention.entity != p) continue;
    const uint32_t t = mention.tok_begin, e = mention.tok_end;
    if (e < n && (d_.Lower(e) == "host" || d_.Lower(e) == "co-host")) return true;
    if (e < n && (ShowNoun(e) || d_.tokens[e].cap || d_.tokens[e].kind == TokKind::kNumber ||
                  d_.tokens[e].kind == TokKind::kPossessive))
      continue;
    if (t > 0 && e < n && e >= t + 2 && d_.tokens[t - 1].kind == TokKind::kOpenQuote &&
        d_.tokens[e].kind == TokKind::kCloseQuote)
      return true;
    // Past an owner's possessive and "the": "on [the] MSNBC's Morning Joe".
    uint32_t b = t;
    if (b >= 2 &&
        (d_.tokens[b - 1].kind == TokKind::kPossessive ||
         d_.tokens[b - 1].kind == TokKind::kSingleQuote) &&
        IsType(Ent(b - 2), EntityType::kOrganization))
      b = MentionBegin(b - 2);
    if (b > 0 && d_.Lower(b - 1) == "the") --b;
    if (b == 0) continue;
    const std::string_view w = d_.Lower(b - 1);
    // "called on CNN's Jane Roe", "an attack on": "on" after a word of
    // speaking or appearing only, or opening a clause.
    const bool opens = b < 2 || d_.tokens[b - 2].kind == TokKind::kPunct ||
                       d_.tokens[b - 2].kind == TokKind::kOpenQuote;
    const std::string_view v = b >= 2 ? d_.Lower(b - 2) : std::string_view();
    if (w == "on" &&
        (opens || In(v, {"said", "says", "say", "saying", "appeared", "appears", "appear",
                         "appearing", "appearance", "interview", "interviewed", "spoke", "speaking",
                         "remarks", "comments", "made", "guest", "aired", "live"})))
      return true;
    if (b < 2) continue;
    if (w == "at" && ((IsType(Ent(b - 2), EntityType::kPerson) && MentionEnd(b - 2) == b - 1) ||
                      In(v, {"crew", "staff", "team", "editors", "producers", "panel"})))
      return true;
    if ((w == "of" || w == "from") &&
        (ShowNoun(b - 2) || In(v, {"installment", "edition", "anchor"})))
      return true;
  }
  return false;
}

}  // namespace kg::extract::internal
