// A relative introduced by a first name after a named person's possessive
// or "and|with his|her": "Billy Graham's son Franklin", "Biden's son,
// Hunter", "Romney's wife Ann", "Joe Biden and his son Hunter".
// News names a relative so to spare the shared surname, which the
// relative's name carries (Franklin Graham, Hunter Biden, Ann Romney). The
// name rules take such a word alone at most ("Franklin said" becomes a
// person "Franklin"), or not at all when it is a common word ("Hunter",
// "Track"); this names the relative in full. Not: a word that is no first
// name nor a word no list knows ("Dalton's wife Saturday", "Jacob's son,
// Dr."), a name that goes on ("son Donald Trump Jr." names itself) or a
// word before a rank ("son, Marine 1st Lt. X"), an
// owner known only by a first name ("John's brother Tony").
#include <string>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

bool KinNoun(std::string_view w) {
  return w == "son" || w == "daughter" || w == "wife" || w == "husband" || w == "brother" ||
         w == "sister" || w == "father" || w == "mother" || w == "grandson" ||
         w == "granddaughter" || w == "nephew" || w == "niece";
}

}  // namespace

void Finder::FindKinFirstNames() {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // Every token is tested: through local pointers, and a token that is no
  // possessive goes on only when it has three bytes starting with "h".
  const Token* const tokens = d_.tokens.data();
  const char* const lower = d_.lower_text.data();
  for (uint32_t p = 1; p + 2 < n; ++p) {
    // The owner's surname `o` before "'s" at `p`, or before "and|with
    // his|her" ("Joe Roe and his son Hunter", "X, with her husband Y").
    uint32_t o = p - 1;
    Gender pronoun = Gender::kUnknown;
    if (tokens[p].kind != TokKind::kPossessive) {
      if (tokens[p].end - tokens[p].start != 3 || lower[tokens[p].start] != 'h') continue;
      if (p < 2 || !Word(p) || d_.tokens[p].cap || d_.tokens[p].end - d_.tokens[p].start != 3 ||
          !(d_.IsWord(p, "his") || d_.IsWord(p, "her")) ||
          !(d_.IsWord(p - 1, "and") || d_.IsWord(p - 1, "with")))
        continue;
      pronoun = d_.IsWord(p, "his") ? Gender::kMale : Gender::kFemale;
      o = p - 2;
      if (Punct(o, ",") && o > 0) --o;
      if (!CapWord(o)) continue;
    }
    if (!Word(p + 1) || d_.tokens[p + 1].cap || !KinNoun(d_.Lower(p + 1))) continue;
    uint32_t f = p + 2;
    if (Punct(f, ",")) ++f;
    if (f >= n || !CapWord(f) || d_.tokens[f].allcaps || d_.tokens[f].abbrev || CapWord(f + 1) ||
        !d_.IsFact(f))
      continue;
    // "son, Marine 1st Lt. Robert Kelly": a word before a rank or a title
    // describes the relative the name after it names.
    if (f + 1 < n && (d_.tokens[f + 1].kind == TokKind::kNumber || out_.title_at[f + 1] >= 0))
      continue;
    if (!(IsFirstName(f) || UnknownWord(f)) ||
        d_.Has(f, kMonthOrDay | kTitleWord | kPlaceWord | kFunctionWord | kOrgHead))
      continue;
    // The owner: a person whose name ends in this surname, not a first name
    // alone.
    const int om = out_.mention_at[o];
    if (om < 0) continue;
    const EntityInfo& owner = out_.entities[out_.mentions[om].entity];
    const std::string_view sur = d_.Text(o);
    if (owner.type != EntityType::kPerson || owner.name.size() <= sur.size() ||
        owner.name[owner.name.size() - sur.size() - 1] != ' ' || !owner.name.ends_with(sur))
      continue;
    // "Jane Roe and his son X": the pronoun is someone else's.
    if (pronoun != Gender::kUnknown && owner.gender != Gender::kUnknown && !owner.unisex &&
        owner.gender != pronoun)
      continue;
    // "Joseph R. Roe Jr. and his son Hunter" is Hunter Roe.
    const uint32_t family = IsNameSuffix(d_.Lower(o)) && o > 0 && CapWord(o - 1) ? o - 1 : o;
    if (family == o && IsNameSuffix(d_.Lower(o))) continue;
    const std::string full = std::string(d_.Text(f)) + " " + std::string(d_.Text(family));
    // The relative as someone already: the full name, or the first name
    // alone as a speech-slot rule took it ("Franklin said").
    int ent = -1;
    for (size_t i = 0; i < out_.entities.size() && ent < 0; ++i) {
      if (out_.entities[i].type == EntityType::kPerson && out_.entities[i].name == full)
        ent = static_cast<int>(i);
    }
    const int fm = out_.mention_at[f];
    if (fm >= 0) {
      EntityInfo& alone = out_.entities[out_.mentions[fm].entity];
      if (alone.type != EntityType::kPerson || alone.name != d_.Text(f) || ent >= 0) continue;
      alone.name = full;
      IndexSurname(out_.mentions[fm].entity);
      continue;
    }
    if (fm != -1) continue;
    if (ent < 0) {
      ent = AddEntity(EntityType::kPerson, full);
      person_first_seen_[ent] = f;
      out_.entities[ent].gender = d_.Has(f, kMaleName)     ? Gender::kMale
                                  : d_.Has(f, kFemaleName) ? Gender::kFemale
                                                           : Gender::kUnknown;
      IndexSurname(ent);
    }
    AddMention(f, f + 1, ent);
    // Its later lone uses ("Hunter said"): the first name alone, not inside
    // a capitalised run nor after an article.
    for (uint32_t t = NextCap(f + 1); t < n; t = NextCap(t + 1)) {
      if (d_.Text(t) != d_.Text(f) || out_.mention_at[t] != -1 || CapWord(t + 1) || !d_.IsFact(t))
        continue;
      if ((CapWord(t - 1) && out_.title_at[t - 1] < 0) || d_.IsWord(t - 1, "the") ||
          d_.IsWord(t - 1, "a") || d_.tokens[t - 1].kind == TokKind::kPossessive)
        continue;
      AddMention(t, t + 1, ent);
    }
  }
}

}  // namespace kg::extract::mention_internal
