// The organisation slot of a role construction as evidence that a
// capitalised name without a head word is an organisation: "Harvard
// professor X", "the managing editor at Newsweek", "the Atlantic's national
// correspondent". The guards keep places (the place-word gazetteer),
// parties, nationalities, fields and people out of the slot. Called from
// cued_orgs.cc beside the cues of org_cues.cc.
#include <algorithm>
#include <string>

#include "extract/mention_finder.h"
#include "extract/unit_names.h"

namespace kg::extract::mention_internal {
namespace {

// A lower-case word that may stand between an organisation and its title
// ("Politico media reporter"): not a verb or an auxiliary, not a word that
// makes the title a campaign's, a unit's or a past one (organisation words
// other than media beats are left out by the caller).
bool ModifierBeforeTitle(std::string_view w) {
  static constexpr std::string_view kNot[] = {
      "will",      "would",      "can",   "could",    "may",        "might",
      "must",      "should",     "has",   "have",     "had",        "is",
      "was",       "are",        "were",  "said",     "says",       "told",
      "tells",     "did",        "does",  "campaign", "staff",      "former",
      "then",      "ex",         "late",  "retired",  "transition", "administration",
      "family",    "office",     "panel", "division", "unit",       "subcommittee",
      "committee", "department", "board", "council",  "caucus",     "agency",
      "bureau",    "commission", "party", "house",    "senate"};
  return !w.ends_with("ed") && !w.ends_with("ly") &&
         std::find(std::begin(kNot), std::end(kNot), w) == std::end(kNot);
}

// Last words of titles that people hold in a body they work for: "Harvard
// professor", "managing editor at Newsweek". Offices of places (governor,
// mayor, senator, ambassador, minister) are not among them.
bool EmployeeTitleWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {"president",
                                                "director",
                                                "chairman",
                                                "chairwoman",
                                                "chair",
                                                "ceo",
                                                "cfo",
                                                "coo",
                                                "executive",
                                                "professor",
                                                "counsel",
                                                "editor",
                                                "reporter",
                                                "correspondent",
                                                "columnist",
                                                "analyst",
                                                "economist",
                                                "researcher",
                                                "fellow",
                                                "anchor",
                                                "manager",
                                                "treasurer",
                                                "publisher",
                                                "writer",
                                                "contributor",
                                                "commentator",
                                                "scholar",
                                                "lecturer",
                                                "trustee",
                                                "founder",
                                                "co-founder",
                                                "cofounder",
                                                "partner",
                                                "dean",
                                                "provost",
                                                "staff",
                                                "officer",
                                                "vice-president",
                                                "editor-in-chief",
                                                "pollster",
                                                "scientist",
                                                "head"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Plural nouns that end firms' trade names ("Acme Policy Advisors").
bool FirmWord(std::string_view w) {
  return w == "advisors" || w == "advisers" || w == "partners" || w == "associates" ||
         w == "strategies" || w == "consulting";
}

// Titles of people who write or speak for an outlet ("staff writer for
// Politico"): after for|at they name the outlet.
bool MediaTitleWord(std::string_view w) {
  return w == "writer" || w == "reporter" || w == "correspondent" || w == "columnist" ||
         w == "contributor" || w == "commentator" || w == "anchor";
}

// Titles only a company or a founded body gives ("Twitter CEO X", "Acme
// co-founder X"): with them a one-word name that is also a dictionary word
// may be the body, as no field has a CEO.
bool CompanyTitleWord(std::string_view w) {
  return w == "ceo" || w == "founder" || w == "co-founder" || w == "cofounder";
}

// Whether a word shaped like a nationality (-an, -i) is made from a place
// word: "russian" (Russia), "italian" (Italy), "mexican" (Mexico), "german"
// (Germany), "israeli" (Israel), "belgian" (Belgium), "saudi". A name
// shaped so that is made from none ("Goldman", "Morgan").
bool FromPlaceWord(const Gazetteer& gz, std::string_view w) {
  if (w.size() < 4) return true;
  const std::string s(w);
  auto place = [&](const std::string& c) { return c.size() >= 4 && (gz.Flags(c) & kPlaceWord); };
  const std::string cut1 = s.substr(0, s.size() - 1), cut2 = s.substr(0, s.size() - 2);
  if (place(s) || place(cut1) || place(cut2) || place(cut1 + "s") || place(cut2 + "o") ||
      place(cut2 + "y") || place(cut2 + "um") || place(s + "a") || place(s + "y"))
    return true;
  if (!w.ends_with("ian")) return false;
  const std::string cut3 = s.substr(0, s.size() - 3);
  return place(cut3) || place(cut3 + "a") || place(cut3 + "e") || place(cut3 + "y");
}

}  // namespace

// The title span `ti` is one a body gives its people ("professor",
// "executive chairman", "chief of staff"; not "staff" or "officer" alone).
bool Finder::EmployeeTitle(int ti) const {
  // "campaign manager" is a role towards a candidate ("Obama campaign
  // manager X").
  if (d_.IsWord(out_.titles[ti].tok_begin, "campaign")) return false;
  const TitleSpan& title = out_.titles[ti];
  const std::string_view last = d_.Lower(title.tok_end - 1);
  if (d_.tokens[title.tok_end - 1].abbrev || !EmployeeTitleWord(last)) return false;
  // "chief investment officer": "chief", a lower-case word the title list
  // lacks, then "officer" is one title.
  const uint32_t tb = title.tok_begin;
  if (last == "officer" && tb >= 2 && Word(tb - 1) && !d_.tokens[tb - 1].cap &&
      out_.title_at[tb - 1] < 0 && d_.IsWord(tb - 2, "chief") && !d_.tokens[tb - 2].cap)
    return true;
  return title.tok_end - title.tok_begin >= 2 || (last != "staff" && last != "officer");
}

// Whether the title phrase that ends before `te` ends the apposition:
// punctuation, or first "and" and more titles ("co-founder and CEO,"), a
// field after of|for in lower case ("vice president of public policy and
// communications,"), then punctuation or "and a|an" opening the next one.
bool Finder::TitlePhraseEnds(uint32_t te) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  while (te + 1 < n && d_.IsWord(te, "and") && out_.title_at[te + 1] >= 0 &&
         out_.titles[out_.title_at[te + 1]].tok_begin == te + 1)
    te = out_.titles[out_.title_at[te + 1]].tok_end;
  if (te < n && (d_.IsWord(te, "of") || d_.IsWord(te, "for"))) {
    uint32_t k = te + 1;
    while (k < n && k < te + 6 && Word(k) && !d_.tokens[k].cap && !d_.Has(k, kFunctionWord))
      k += (k + 2 < n && d_.IsWord(k + 1, "and") && Word(k + 2) && !d_.tokens[k + 2].cap &&
            !d_.Has(k + 2, kFunctionWord))
               ? 2
               : 1;
    if (k == te + 1) return false;
    te = k;
  }
  if (te >= n || Punct(te, ",") || Punct(te, ".")) return true;
  return te + 1 < n && d_.IsWord(te, "and") && (d_.IsWord(te + 1, "a") || d_.IsWord(te + 1, "an"));
}

// "in New York." after a name: "in" and place words up to punctuation, so
// the name before it ends its phrase ("an economist at Acme in New York").
bool Finder::PlaceEndsClause(uint32_t t) const {
  if (!d_.IsWord(t, "in")) return false;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  uint32_t k = t + 1;
  while (k < n && k < t + 4 && CapWord(k) && d_.Has(k, kPlaceWord)) ++k;
  return k > t + 1 && (k >= n || d_.tokens[k].kind == TokKind::kPunct);
}

// Whether [b, e) can fill the organisation slot of a role construction: not
// a place ("France", "New York"), a party or nationality ("Republican",
// "Chinese"; after "the" a nationality-like word is a name: "the
// Atlantic"), nor words of a field ("Defense", "Political Science").
bool Finder::RoleOrgName(uint32_t b, uint32_t e, bool common_ok) const {
  const bool the_before = b > 0 && d_.IsWord(b - 1, "the");
  // A firm's plural noun last ("Beacon Policy Advisors", "Tallis Global
  // Strategies") makes a head word before it one of the name's words.
  const bool firm = e - b >= 2 && FirmWord(d_.Lower(e - 1));
  bool places = true, fields = true;
  for (uint32_t t = b; t < e; ++t) {
    if (d_.tokens[t].abbrev || PartyWord(d_.Lower(t))) return false;
    // "Washington-based Acme": a compound modifier is no part of a name.
    const std::string_view w = d_.Text(t);
    const size_t dash = w.find('-');
    if (dash != std::string_view::npos && dash + 1 < w.size() && w[dash + 1] >= 'a' &&
        w[dash + 1] <= 'z')
      return false;
    if (d_.Has(t, kFunctionWord)) continue;
    // A head word left unclaimed ("House Rules", "state Democratic Party")
    // was left so on purpose.
    if ((d_.Has(t, kOrgHead | kOutletHead) && !(firm && t + 1 < e)) || d_.IsWord(t, "house") ||
        d_.IsWord(t, "senate"))
      return false;
    places = places && d_.Has(t, kPlaceWord);
    fields = fields && CommonOnly(t);
  }
  // The name must end its phrase: not "Texas Right" of "Texas Right to
  // Life", "the Spartanburg, South Carolina, Democrats", "Acme Gump" of
  // "Acme Gump & Feld"; "Acme in New York"
  // ends at "in" before a place that ends the clause.
  // Nor "San Francisco" of "the San Francisco 49ers": a word opening with
  // a digit continues the name.
  const bool digit_next = e < d_.tokens.size() && d_.tokens[e].kind == TokKind::kNumber;
  const bool ends = !digit_next && !(CapWord(e) && out_.title_at[e] < 0) &&
                    !(Word(e) && !d_.tokens[e].cap && out_.title_at[e] < 0 && CapWord(e + 1) &&
                      !PlaceEndsClause(e)) &&
                    !((Punct(e, ",") || Punct(e, "&")) && CapWord(e + 1));
  // An inner "for" before a capitalised word names an advocacy group, no
  // field ("a spokesman for Citizens for Fair Rents"; a field is "of X").
  for (uint32_t t = b + 1; fields && t + 1 < e; ++t)
    fields = !(d_.IsWord(t, "for") && d_.tokens[t + 1].cap);
  if (places || (fields && !common_ok) || !ends || d_.Has(e - 1, kFunctionWord)) return false;
  // "South Korean", "Philippine", "Asian Affairs": a nationality (or a
  // place name less its "s") starts or ends no name.
  // A capital inside a word ("JPMorgan") is no nationality's.
  auto national = [&](uint32_t t) {
    const std::string_view w = d_.Text(t);
    const std::string_view lower = d_.Lower(t);
    // In a name of several words a proper name that only ends like a
    // nationality is a name ("Goldman Sachs", "Morgan Stanley", "JP
    // Morgan"): no lower-case dictionary word ("German", "Christian",
    // "Roman"), not made from a place ("Russian", "Italian"), and not before
    // a field ("European Affairs", "Asian Studies").
    if (e - b >= 2 && (lower.ends_with("an") || lower.ends_with("i")) && !d_.Has(t, kCommonWord) &&
        !FromPlaceWord(gz_, lower) && (t + 1 >= e || !CommonOnly(t + 1)))
      return false;
    return !d_.tokens[t].allcaps && LooksNational(lower) &&
           std::none_of(w.begin() + 1, w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  const std::string_view last = d_.Lower(e - 1);
  // The plural test is for one or two words ("Philippine", "the Latin
  // America"); a longer name ending in "America" is a body's ("Guns Down
  // America"), as places of three words are in the place list.
  if (!the_before && (national(e - 1) || national(b) ||
                      (e - b < 3 && (gz_.Flags(std::string(last) + "s") & kPlaceWord))))
    return false;
  // After "the" a lone nationality is still no name ("the Swiss writer X",
  // "the French newspaper Y"); only "-ic" words are ("the Atlantic").
  // A newspaper named like its readers ("the Oregonian") ends its phrase:
  // only a nationality before a title or a noun is one.
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (the_before && e - b == 1 && national(b) && !last.ends_with("ic") && e < n &&
      (out_.title_at[e] >= 0 || (Word(e) && !d_.tokens[e].cap)))
    return false;
  if (e - b > 1) return true;
  if (d_.tokens[b].allcaps) return last.size() >= 3;
  if (d_.Has(b, kFirstName) || (!common_ok && d_.Has(b, kCommonWord))) return false;
  // A dictionary word may still be a person's surname: a known person's
  // ("Pence's chief of staff" after "Mike Pence") or one a title introduces
  // elsewhere ("Vice President Pence").
  if (!d_.Has(b, kCommonWord)) return true;
  const std::string_view word = d_.Text(b);
  if (std::any_of(out_.titles.begin(), out_.titles.end(), [&](const TitleSpan& ts) {
        return ts.tok_end < n && d_.Text(ts.tok_end) == word;
      }))
    return false;
  return std::none_of(out_.entities.begin(), out_.entities.end(), [&](const EntityInfo& ent) {
    return ent.type == EntityType::kPerson && ent.name.size() > word.size() &&
           std::string_view(ent.name).ends_with(word) &&
           ent.name[ent.name.size() - word.size() - 1] == ' ';
  });
}

// The organisation position of a role: "Harvard professor Jane Doe",
// "Acme Executive Chairman Jane Doe" (a title a body gives, then a known
// person), "managing editor at Acme", "a vice president at health plan
// Acme", "chief counsel to Acme" (such a title before of|at|for, or
// counsel before to), "the Acme's national correspondent".
bool Finder::RoleOrgCue(uint32_t b, uint32_t e) const {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // "Politico media reporter Jane Doe": up to two lower-case modifiers
  // before a lower-case title; not a verb ("Acme enabled Mrs. X"), an
  // organisation word or a campaign ("Doe campaign manager").
  uint32_t t0 = e;
  for (uint32_t m = e + 1; e < n && out_.title_at[e] < 0 && m <= e + 2 && m < n; ++m) {
    if (out_.title_at[m] < 0 || out_.titles[out_.title_at[m]].tok_begin != m) continue;
    bool modifiers = !d_.tokens[m].cap;
    for (uint32_t k = e; k < m && modifiers; ++k)
      modifiers = Word(k) && !d_.tokens[k].cap && out_.title_at[k] < 0 &&
                  !d_.Has(k, kFunctionWord) && ModifierBeforeTitle(d_.Lower(k)) &&
                  (!d_.Has(k, kOrgHead) || d_.IsWord(k, "media") || d_.IsWord(k, "news") ||
                   d_.IsWord(k, "radio") || d_.IsWord(k, "television"));
    if (modifiers) t0 = m;
    break;
  }
  // Before a title (titles may chain: "Executive Chairman") and a person.
  if (t0 < n && out_.title_at[t0] >= 0 && out_.titles[out_.title_at[t0]].tok_begin == t0) {
    int last = out_.title_at[t0];
    uint32_t te = out_.titles[last].tok_end;
    while (te < n && out_.title_at[te] >= 0 && out_.titles[out_.title_at[te]].tok_begin == te) {
      last = out_.title_at[te];
      te = out_.titles[last].tok_end;
    }
    const int who = te < n ? out_.EntityAt(te) : -1;
    // Not "Shakespeare scholar X": a scholar's modifier is a field. Not
    // "former Acme chairman X": a past role names the body only in passing
    // (the role rules would take it for a current one).
    // A company's title lets a dictionary word be the body ("Twitter CEO
    // X") inside a sentence ("New CEO X" opens one).
    // So does an inner "for" in a name of three words or more ("United for
    // Progress Chairman X"): a field has none.
    bool inner_for = false;
    for (uint32_t k = b + 1; e - b >= 3 && k + 1 < e; ++k)
      inner_for = inner_for || d_.IsWord(k, "for");
    const bool company = (e - b == 1 && b > 0 && Word(b - 1) &&
                          CompanyTitleWord(d_.Lower(out_.titles[last].tok_end - 1))) ||
                         inner_for;
    if (who >= 0 && !(b > 0 && d_.IsWord(b - 1, "former")) &&
        out_.entities[who].type == EntityType::kPerson && EmployeeTitle(last) &&
        !d_.IsWord(out_.titles[last].tok_end - 1, "scholar") && (company || !CommonOnly(e - 1)) &&
        RoleOrgName(b, e, company))
      return true;
  }
  // "Jane Doe, the Acme president, said", "Jane Doe is an Acme fellow.": an
  // apposition or a copula of a known person, the title ending the phrase;
  // not a lone acronym, which the acronym rules judge ("an LGBT commentator"
  // is a beat).
  if (b >= 3 && t0 < n &&
      (d_.IsWord(b - 1, "a") || d_.IsWord(b - 1, "an") || d_.IsWord(b - 1, "the"))) {
    const int ti = out_.title_at[t0];
    const int who = out_.EntityAt(b - 3);
    const uint32_t te = ti >= 0 ? out_.titles[ti].tok_end : n;
    if (ti >= 0 && out_.titles[ti].tok_begin == t0 && who >= 0 &&
        out_.entities[who].type == EntityType::kPerson &&
        (Punct(b - 2, ",") || d_.IsWord(b - 2, "is")) &&
        (te >= n || Punct(te, ",") || Punct(te, ".") || d_.IsWord(te, "and")) &&
        EmployeeTitle(ti) && !d_.IsWord(te - 1, "scholar") && !CommonOnly(e - 1) &&
        !(e - b == 1 && d_.tokens[b].allcaps) && RoleOrgName(b, e))
      return true;
  }
  // "economist Jane Doe of Acme Economics": the name after a known person
  // whom a lower-case title introduces.
  if (b >= 3 && d_.IsWord(b - 1, "of") && out_.mention_at[b - 2] >= 0) {
    const Mention& who = out_.mentions[out_.mention_at[b - 2]];
    // Not "of Acme's board", "of the Acme administration".
    const bool modifier = e < n && (d_.tokens[e].kind == TokKind::kPossessive ||
                                    d_.tokens[e].kind == TokKind::kSingleQuote ||
                                    (Word(e) && !d_.tokens[e].cap &&
                                     (d_.Has(e, kOrgHead | kTitleWord) || out_.title_at[e] >= 0 ||
                                      d_.IsWord(e, "administration") || d_.IsWord(e, "campaign"))));
    if (who.entity >= 0 && who.tok_end == b - 1 && who.tok_begin > 0 &&
        out_.entities[who.entity].type == EntityType::kPerson) {
      const int ti = out_.title_at[who.tok_begin - 1];
      if (ti >= 0 && out_.titles[ti].tok_end == who.tok_begin &&
          !d_.tokens[out_.titles[ti].tok_begin].cap && EmployeeTitle(ti) && !modifier &&
          !d_.IsWord(who.tok_begin - 1, "scholar") && RoleOrgName(b, e))
        return true;
    }
  }
  // "Jane Doe, Acme's managing editor, wrote": a possessive in an
  // apposition of a known person, a lower-case title ending the phrase.
  if (b >= 2 && Punct(b - 1, ",") && e + 1 < n && d_.tokens[e].kind == TokKind::kPossessive &&
      out_.EntityAt(b - 2) >= 0 &&
      out_.entities[out_.EntityAt(b - 2)].type == EntityType::kPerson) {
    const int ti = out_.title_at[e + 1];
    const uint32_t te = ti >= 0 ? out_.titles[ti].tok_end : n;
    // The apposition is evidence enough for a dictionary word ("X,
    // Twitter's co-founder and CEO, met").
    if (ti >= 0 && out_.titles[ti].tok_begin == e + 1 && !d_.tokens[e + 1].cap &&
        TitlePhraseEnds(te) && EmployeeTitle(ti) && !(e - b == 1 && d_.tokens[b].allcaps) &&
        RoleOrgName(b, e, /*common_ok=*/true))
      return true;
  }
  // "Acme and its founder, Jane Doe": "its" after "and" owns the title, so
  // the name before is a body (places are kept out by RoleOrgName).
  if (e + 2 < n && d_.IsWord(e, "and") && d_.IsWord(e + 1, "its")) {
    const int ti = out_.title_at[e + 2];
    if (ti >= 0 && out_.titles[ti].tok_begin == e + 2 && !d_.tokens[e + 2].cap &&
        EmployeeTitle(ti) && !CommonOnly(e - 1) && RoleOrgName(b, e))
      return true;
  }
  // After "TITLE of|at|for [the] [a few lower-case words]", "counsel to".
  uint32_t p = b;
  if (p > 0 && d_.IsWord(p - 1, "the")) --p;
  for (int words = 0; words < 2 && p > 1 && Word(p - 1) && !d_.tokens[p - 1].cap &&
                      !d_.Has(p - 1, kFunctionWord) && out_.title_at[p - 1] < 0;
       ++words)
    --p;  // "at health plan Acme"
  // A title written in capitals ("CEO of Acme") is lower-case in kind.
  if (p >= 2 && Word(p - 1) && out_.title_at[p - 2] >= 0 &&
      (!d_.tokens[p - 2].cap || d_.tokens[p - 2].allcaps)) {
    const std::string_view prep = d_.Lower(p - 1);
    const int ti = out_.title_at[p - 2];
    const bool counsel = d_.Lower(p - 2).ends_with("counsel");
    // "a lawyer at Acme Partners": lawyers work at firms, but "lawyer for"
    // names a client, who may be a person.
    // So do a strategist and a lobbyist at a firm ("chief market strategist
    // at Acme Financial"; "Obama strategist X" and "a strategist for X" name
    // a candidate).
    const bool lawyer_at =
        prep == "at" && (d_.IsWord(p - 2, "lawyer") || d_.IsWord(p - 2, "attorney") ||
                         d_.IsWord(p - 2, "strategist") || d_.IsWord(p - 2, "lobbyist") ||
                         d_.IsWord(p - 2, "adviser") || d_.IsWord(p - 2, "advisor"));
    // "the owner of Acme Pizza": an owner holds a business, never a person
    // ("owner of" a place or a lone proper noun is kept out below). Only
    // after "of": "Acme owner X" may be a customer ("a Tesla owner").
    const bool owner_of =
        prep == "of" && (d_.IsWord(p - 2, "owner") || d_.IsWord(p - 2, "co-owner"));
    // After "of" a lone dictionary proper noun may be a place the list
    // lacks ("president of Freedonia").
    const bool lone_proper = e - b == 1 && d_.Has(b, kProperNoun) && !d_.tokens[b].allcaps;
    // The name is no modifier: not "for the Acme administration", "for
    // Jane Doe's campaign".
    const bool modifier = e < n && (d_.tokens[e].kind == TokKind::kPossessive ||
                                    (Word(e) && !d_.Has(e, kFunctionWord)));
    if ((prep == "at" || prep == "for" || prep == "with" || (prep == "of" && !lone_proper) ||
         (prep == "to" && counsel)) &&
        !modifier && (EmployeeTitle(ti) || lawyer_at || owner_of) && RoleOrgName(b, e) &&
        !(prep == "of" && p == b && UnitBeforeBody(d_, b, e)))
      return true;
    if (SpokespersonSlot(p, b, e, modifier)) return true;
    // "a senior staff writer for Politico", "a columnist at Slate": a
    // journalist's title before for|at names an outlet, so a lone
    // capitalised dictionary word there is its name, not a field (which
    // follows "of": "editor of Science Fiction").
    // So does an economist's or an analyst's at a firm ("chief economist
    // at Pantheon"); "for" may name a client ("a strategist for Warren").
    const bool firm_title =
        prep == "at" && (d_.IsWord(p - 2, "economist") || d_.IsWord(p - 2, "analyst"));
    if ((prep == "for" || prep == "at") && e - b == 1 && p == b && !modifier &&
        !d_.tokens[b].allcaps && (MediaTitleWord(d_.Lower(p - 2)) || firm_title) &&
        EmployeeTitle(ti) && RoleOrgName(b, e, /*common_ok=*/true))
      return true;
    // "an analyst at Horizon Investment Services": after "at" several
    // capitalised dictionary words are a firm's name, not a field, which
    // follows "of" ("professor of Political Science").
    // Not a unit before another "at" ("vice president at Water Conservation
    // at Acme").
    if (prep == "at" && e - b >= 2 && !modifier && (EmployeeTitle(ti) || lawyer_at) &&
        !d_.IsWord(e, "at") && RoleOrgName(b, e, /*common_ok=*/true))
      return true;
  }
  // "the Acme's national correspondent": a name after "the" owning such a
  // title (a person's staff take no article: "Smith's chief of staff").
  if (b > 0 && d_.IsWord(b - 1, "the") && e + 1 < n && d_.tokens[e].kind == TokKind::kPossessive) {
    uint32_t k = e + 1;
    while (k < n && k < e + 3 && Word(k) && !d_.tokens[k].cap && out_.title_at[k] < 0) ++k;
    if (k < n && out_.title_at[k] >= 0 && !d_.tokens[k].cap && EmployeeTitle(out_.title_at[k]) &&
        !CommonOnly(e - 1) && RoleOrgName(b, e))
      return true;
  }
  return false;
}

}  // namespace kg::extract::mention_internal
