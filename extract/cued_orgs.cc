// Organisations without a head word are found by the words around them
// (the cues in org_cues.cc). Only capitalised runs that no earlier stage
// claimed are considered, so a known person's surname is never turned into
// an organisation. This file finds the runs, rejects those that look like
// people, places or things, and turns the cued ones into mentions.
#include <algorithm>
#include <unordered_map>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// A people's plural opening a name before "for" names the members, not a
// place: "Americans for Prosperity" (not "Latin Americans"). Out of line:
// asked only of a place word, it kept FindCuedOrgs' loop from inlining.
__attribute__((noinline)) static bool PeopleBeforeFor(const Document& d, uint32_t b, uint32_t e,
                                                      uint32_t head) {
  if (head != b || head + 1 >= e || !d.IsWord(head + 1, "for")) return false;
  const std::string_view w = d.Lower(head);
  return w.ends_with("ans") && LooksNational(w.substr(0, w.size() - 1));
}

// Not a person ("Ben Carson", "Megyn Kelly", "Trump"), not a sentence-initial
// common word ("Previously", "Peace"), not an adjective ("Washington-based")
// and not two words glued by a missing space ("Press.Three").
bool Finder::NameLike(uint32_t b, uint32_t e, uint32_t sentence_begin, bool strong) const {
  // A name after "the", or opening with "The" inside a sentence, is no
  // person's ("told The Hill", "the Hill reports").
  const bool the_before = b != sentence_begin && ((b > 0 && d_.IsWord(b - 1, "the")) ||
                                                  (d_.Text(b) == "The" && e - b >= 2));
  // Only a first name that is also a common word may start a cued name
  // ("Justice Democrats"; not "Colin Stretch, ...").
  if (IsFirstName(b) && !the_before && (!strong || e - b < 2 || !d_.Has(b, kCommonWord)))
    return false;
  // A name with "of" inside is no person's ("Nation of Islam").
  bool has_of = false;
  for (uint32_t t = b + 1; t + 1 < e; ++t)
    has_of = has_of || d_.IsWord(t, "of") || d_.IsWord(t, "for");
  // Three words or more opening with a common word are no person's name
  // ("United Teachers Los Angeles").
  const bool long_common =
      e - b >= 3 && d_.Has(b, kCommonWord) && !d_.Has(b, kSurname | kFirstName);
  if (!has_of && !the_before && !long_common && d_.Has(e - 1, kSurname | kFirstName)) return false;
  // A head word alone ("the Times", "Center") is a short form, not a name.
  if (e - b == 1 && d_.Has(b, kOrgHead | kOutletHead | kNonPersonTail) &&
      !(the_before && d_.Has(b, kNonPersonTail) && !d_.Has(b, kOrgHead | kOutletHead)))
    return false;
  if (e - b == 1 && b == sentence_begin && d_.Has(b, kCommonWord)) return false;
  // "the Atlantic"; "the Guardian": a lower-case dictionary word (not a
  // party's) capitalised after "the" ends like a nationality by chance.
  if (e - b == 1 && LooksNational(d_.Lower(b)) && !d_.tokens[b].allcaps &&
      !(the_before && d_.Lower(b).ends_with("ic")) &&
      !(the_before && d_.Has(b, kCommonWord) && !d_.Has(b, kProperNoun | kPlaceWord) &&
        !PartyWord(d_.Lower(b))))
    return false;
  for (uint32_t t = b; t < e; ++t) {
    std::string_view w = d_.Text(t);
    if (d_.tokens[t].abbrev && !d_.tokens[t].allcaps) return false;  // "Sr."
    for (size_t i = 1; i + 1 < w.size(); ++i) {
      const char c = w[i], next = w[i + 1];
      if (c == '-' && next >= 'a' && next <= 'z' && t == e - 1) return false;
      if (c == '.' && next >= 'A' && next <= 'Z' && i >= 3) return false;
    }
  }
  return true;
}

// Last words of places, laws and events ("County", "Act", "War"); the
// list of such words also holds organisation heads and party nouns, which
// may end a cued name ("Justice Democrats").
bool Finder::PlaceOrThing(uint32_t t) const {
  if (!d_.Has(t, kNonPersonTail) || d_.Has(t, kOrgHead | kOutletHead)) return false;
  std::string_view w = d_.Lower(t);
  const bool group =
      w == "democrats" || w == "republicans" || w == "conservatives" || w == "liberals";
  if (!group) return !(w == "media" || w == "online");
  // "Senate Republicans", "Iowa Democrats" are groups of people.
  return t == 0 || d_.Has(t - 1, kOrgHead) ||
         (d_.Has(t - 1, kProperNoun) && !d_.Has(t - 1, kCommonWord)) ||
         d_.IsWord(t - 1, "senate") || d_.IsWord(t - 1, "house");
}

// "Keep the Promise", "Correct the Record", "Need to Impeach": a name
// made of a verb, "the" or "to", and a capitalised word. The first word
// is a common word no list names (not a first name, title, place, head or
// month: "Alexander the Great", "President to Visit") after no article,
// the last a
// capitalised word of its own phrase; the cues then decide whether the
// three words name a body, as they do for any run.
bool Finder::ImperativeName(uint32_t b, uint32_t e, uint32_t se) const {
  if (e + 1 >= se || !(d_.IsWord(e, "the") || d_.IsWord(e, "to")) || !CapWord(e + 1) ||
      out_.mention_at[e + 1] >= 0 || d_.tokens[b].allcaps || d_.tokens[e + 1].allcaps ||
      (e + 2 < se && CapWord(e + 2)))
    return false;
  constexpr uint32_t kNotVerb = kFirstName | kSurname | kTitleWord | kPlaceWord | kOrgHead |
                                kOutletHead | kMonthOrDay | kFunctionWord | kNonPersonTail |
                                kProperNoun;
  if (!d_.Has(b, kCommonWord) || d_.Has(b, kNotVerb)) return false;
  // After an article the first word is a noun ("told the Guardian the
  // report ...").
  if (b > 0 && (d_.IsWord(b - 1, "the") || d_.IsWord(b - 1, "a") || d_.IsWord(b - 1, "an") ||
                d_.tokens[b - 1].kind == TokKind::kPossessive))
    return false;
  if (d_.Has(e + 1, kFunctionWord | kMonthOrDay | kTitleWord | kOrgHead | kOutletHead))
    return false;
  // Opening a sentence the first word may be an adverb ("Earlier the
  // Ferrolux said"): there the object must be a common word, as names made
  // of a verb have ("Keep the Promise, a super PAC").
  const bool opening = b == 0 || !Word(b - 1) || d_.sentence_of[b - 1] != d_.sentence_of[b];
  return !(opening && (!d_.Has(e + 1, kCommonWord) || d_.Lower(b).ends_with("ly") ||
                       d_.Lower(b).ends_with("er")));
}

void Finder::FindCuedOrgs() {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // Through a local pointer: the calls below could change d_ as far as the
  // compiler knows, which reloaded the tokens for every token.
  const Token* const tokens = d_.tokens.data();
  // Title words may be part of a name ("Justice Democrats"), but a chunk
  // of titles only is not one.
  // "the March for Life": a month before "for" and a name is part of it.
  auto free_cap = [&](uint32_t t) __attribute__((always_inline)) {
    return t < n && tokens[t].kind == TokKind::kWord && (tokens[t].cap || tokens[t].allcaps) &&
           out_.mention_at[t] < 0 &&
           (!d_.Has(t, kMonthOrDay) ||
            (t > 0 && d_.IsWord(t - 1, "the") && d_.IsWord(t + 1, "for") && CapWord(t + 2)));
  };
  // "Acme-owned X" names Acme as an owner: a company. The token is one
  // word, so a free "Acme" elsewhere in the article is the organisation.
  // OwnerModifier's own first test (five bytes or more, ending in d or n),
  // inline: the call for every capitalised word cost ~1 % of the
  // extractor's CPU time.
  std::vector<std::string_view> owners;
  const char* const bytes = d_.bytes.data();
  for (uint32_t t = NextCap(0); t < n; t = NextCap(t + 1)) {
    if (!tokens[t].cap || tokens[t].end - tokens[t].start < 5) continue;
    const char last = static_cast<char>(bytes[tokens[t].end - 1] | 0x20);
    if ((last != 'd' && last != 'n') || !OwnerModifier(t)) continue;
    std::string_view w = d_.Text(t);
    const size_t dash = w.rfind('-');
    if (dash != std::string_view::npos && d_.Lower(t).substr(dash) != "-run")
      owners.push_back(w.substr(0, dash));
  }
  std::vector<std::pair<uint32_t, uint32_t>> found;
  for (const Sentence& s : d_.sentences) {
    if (d_.paragraphs[s.para].kind != LineKind::kBody) continue;
    // free_cap holds only for a CapWord.
    for (uint32_t t = NextCap(s.tok_begin); t < s.tok_end; t = NextCap(t + 1)) {
      if (!free_cap(t)) continue;
      uint32_t b = t, e = t + 1;
      while (e < s.tok_end) {
        if (free_cap(e)) {
          ++e;
        } else if ((d_.IsWord(e, "of") || d_.IsWord(e, "for")) && free_cap(e + 1) &&
                   e + 1 < s.tok_end) {
          e += 2;  // "Nation of Islam", "Concerned Women for America"
        } else if (free_cap(e + 1) && ToJoinsName(e, b, s.tok_end)) {
          e += 2;  // "Texas Right to Life"
        } else if (e > b && d_.Text(e) == "&" && e + 1 < s.tok_end && free_cap(e + 1)) {
          e += 2;  // "Hinshaw & Culbertson": a firm of partners' names
        } else if (e == b + 1 && tokens[e].end - tokens[e].start <= 3 &&  // "the", "to"
                   ImperativeName(b, e, s.tok_end)) {
          e += 2;  // "Correct the Record", "Need to Impeach"
        } else {
          break;
        }
      }
      t = e;
      // "the group No Labels": after a kind noun the name is whole
      // (group_noun_names.cc).
      // "the super PAC X": the run opens with "PAC".
      if (e - b >= 2 && d_.tokens[b].allcaps && d_.IsWord(b, "pac") && GroupNounBefore(b + 1, e))
        ++b;
      // Asked only when it matters: it is rarely true, and asking for every
      // run cost ~0.4 % of the extractor's time.
      const uint32_t run_b = b, run_e = e;
      int kind = -1;
      auto kind_before = [&] {
        if (kind < 0) kind = GroupNounBefore(run_b, run_e) ? 1 : 0;
        return kind == 1;
      };
      // A sentence-initial function word is not part of the name; "The"
      // inside a sentence is ("told The Daily Beast"). Nor is a question's
      // verb ("Is Facebook a publisher?").
      // Nor is "Our" before a capitalised word inside a sentence ("president
      // of Our Revolution"): a possessive there is capitalised only as the
      // first word of a name.
      auto our = [&](uint32_t k) {
        return k != s.tok_begin && k + 1 < e && d_.tokens[k].cap &&
               (d_.Text(k) == "Our" || d_.Text(k) == "Your" || d_.Text(k) == "My") &&
               !d_.Has(k + 1, kTitleWord | kPlaceWord) && d_.tokens[k - 1].kind == TokKind::kWord;
      };
      while (b < e && ((d_.Has(b, kFunctionWord) && (b == s.tok_begin || d_.Text(b) != "The") &&
                        !our(b) && !kind_before()) ||
                       d_.IsWord(b, "former") || d_.IsWord(b, "then") || OwnerModifier(b) ||
                       QuestionAuxiliary(b)))
        ++b;
      if (b >= e || (e - b == 1 && d_.Text(b) == "The")) continue;
      // A name kept whole with its "Our" must end here ("according to Our
      // World in Data" is cut short).
      if (our(b) && RunCutShort(e)) continue;
      // Not "Acme CEO", "CEO of Acme", "Belgian Prime Minister": titles
      // at the ends are not part of the name.
      const uint32_t run_end = e;
      // "president of the Family Leader": after "TITLE of the", a title
      // word that ends the run with no person after it is part of a name
      // whose first word is no title, nationality or party.
      // So after "TITLE of|at|for" with no article ("director of Demand
      // Justice"), the title lower-case or in capitals.
      auto title_of = [&] {
        if (b >= 3 && d_.IsWord(b - 1, "the") && d_.IsWord(b - 2, "of") &&
            out_.title_at[b - 3] >= 0)
          return true;
        return b >= 2 &&
               (d_.IsWord(b - 1, "of") || d_.IsWord(b - 1, "at") || d_.IsWord(b - 1, "for")) &&
               out_.title_at[b - 2] >= 0 && (!d_.tokens[b - 2].cap || d_.tokens[b - 2].allcaps);
      };
      const bool named_title = e - b >= 2 && out_.title_at[e - 1] >= 0 && title_of() &&
                               out_.title_at[b] < 0 && !CapWord(e) && !LooksNational(d_.Lower(b)) &&
                               !PartyWord(d_.Lower(b)) && !d_.Has(b, kPlaceWord);
      // "according to The Hollywood Reporter", "in The Economist": a title
      // word ending a run that opens with "The" inside a sentence, with no
      // name after it, is the outlet's own word.
      const bool the_title = e - b >= 2 && b > s.tok_begin && d_.Text(b) == "The" &&
                             out_.title_at[e - 1] >= 0 && out_.title_at[b + 1] < 0 && !CapWord(e) &&
                             !d_.tokens[e - 1].abbrev;
      while (!named_title && !the_title && e > b && out_.title_at[e - 1] >= 0) --e;
      // "Chief Pentagon Spokesman": a title before the name modifies the
      // one after it.
      if (e < run_end && e - b >= 2 && out_.title_at[b] >= 0) ++b;
      if (b + 1 < e && out_.title_at[b] >= 0 && d_.IsWord(b + 1, "of")) b += 2;
      if (b >= e) continue;
      // The head is the word before an inner "of"/"for": "Concerned Women
      // for America" is no place.
      uint32_t head = e - 1;
      for (uint32_t k = b + 1; k + 1 < e; ++k) {
        if (d_.IsWord(k, "for")) {
          head = k - 1;
          break;
        }
      }
      // "the Hill reports": a place word after "the" that reports is a
      // publication.
      const bool the_reports = e - b == 1 && b > s.tok_begin && d_.IsWord(b - 1, "the") && e < n &&
                               (d_.IsWord(e, "reports") || d_.IsWord(e, "reported") ||
                                d_.IsWord(e, "wrote") || d_.IsWord(e, "writes"));
      // "executive director of Stand Up America": a name of three words or
      // more ending in "America" in a role's slot is a body's, not the
      // continent's ("Latin America" has two), unless a word before is a
      // place's too ("the United States of America", "North America").
      auto body_of_america = [&] {
        if (e - b < 3 || !d_.IsWord(head, "america")) return false;
        for (uint32_t k = b; k < head; ++k)
          if (PlaceOrThing(k)) return false;
        return RoleOrgCue(b, e);
      };
      // "the super PAC Fight Back California": a place ends the name of a
      // body a kind noun introduced, unless every word is a place's.
      // So does an apposition that calls it one ("Unite Ohio, a group that").
      bool kind_place = e - b >= 2 && (d_.Has(head, kPlaceWord) || PlaceOrThing(head)) &&
                        (kind_before() || AppositionBody(b, e));
      if (kind_place) {
        bool places = true;
        for (uint32_t k = b; k < e && places; ++k) places = d_.Has(k, kPlaceWord);
        kind_place = !places;
      }
      // An "&" between partners' names is no word of the length (counted
      // only for a run long enough to matter).
      auto too_long = [&] {
        if (e - b <= 5) return false;
        uint32_t amps = 0;
        for (uint32_t k = b; k < e; ++k) amps += d_.Text(k) == "&";
        return e - b > 5 + amps;
      };
      if (too_long() || (PlaceOrThing(head) && !the_reports && !PeopleBeforeFor(d_, b, e, head) &&
                         !body_of_america() && !kind_place))
        continue;
      bool shouted = true;
      for (uint32_t k = b; k < e; ++k) shouted = shouted && d_.tokens[k].allcaps;
      if (shouted && e - b > 1) continue;
      // A strong cue may name a group that starts like a person ("Justice
      // Democrats, a group that"); a reporting context may not.
      // "Acme is a division of Y" may open a sentence.
      const bool copula = d_.IsWord(e, "is") && (d_.IsWord(e + 1, "a") || d_.IsWord(e + 1, "an")) &&
                          e + 2 < n && OrgNoun(d_.Lower(e + 2));
      // A role's organisation slot is evidence enough for a name of three
      // words or more that starts like a person's ("chief executive of Blue
      // Cross Blue Shield North Carolina"), and for a shorter one that opens
      // with no first name ("a lawyer at Graves Garrett", "an economist at
      // JPMorgan"): no earlier stage took it for a person. A place before a
      // capitalised title is the office's ("in Nice French President X").
      // A run ending in "GOP" before an officer's title is no person's, even
      // after a first name that is also a place ("Virginia GOP Chairman X");
      // OrgCue judges it. Not "Florida GOP strategist X", a hired hand.
      const bool party_of_place = e - b >= 2 && d_.IsWord(e - 1, "gop") && e < s.tok_end &&
                                  out_.title_at[e] >= 0 && EmployeeTitle(out_.title_at[e]);
      const bool name_like = party_of_place || kind_place ||
                             NameLike(b, e, copula ? UINT32_MAX : s.tok_begin, /*strong=*/true);
      const bool office_place = d_.Has(e - 1, kPlaceWord) && CapWord(e);
      // "Pentagon spokesman X" opening a sentence (role_org_cues.cc).
      const bool opening_body =
          (e - b == 1 && b == s.tok_begin && OpeningBodyCue(b, s.tok_begin)) ||
          AcademicShortName(b, e);  // "a professor at Duke"
      if (!name_like && !opening_body && e - b < 3 &&
          (IsFirstName(b) || b == s.tok_begin || office_place))
        continue;
      const bool role_slot = opening_body || RoleOrgCue(b, e);
      if (!name_like && !role_slot) continue;
      const bool owner = e - b == 1 && !owners.empty() &&
                         std::find(owners.begin(), owners.end(), d_.Text(b)) != owners.end();
      if (role_slot || OrgCue(b, e) || kind_before() ||
          (NameLike(b, e, s.tok_begin, /*strong=*/false) && (owner || WeakOrgCue(b, e)))) {
        // "the Hill reports", "told the Crimson": a one-word name keeps its
        // article in the mention ("the Hill" is an alias).
        const bool article = e - b == 1 && b > s.tok_begin && d_.IsWord(b - 1, "the");
        found.push_back({article ? b - 1 : b, e});
      }
    }
  }
  // One entity per cued name; then every free occurrence of a cued name's
  // words is a mention, in one pass with the names indexed by first word.
  struct Name {
    uint32_t b, e;
    int entity;
  };
  std::unordered_map<std::string_view, std::vector<Name>> by_first_word;
  // Longest names first, so that a one-word short form finds its long
  // form: "told the Crimson" after "according to the Harvard Crimson".
  std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) {
    return x.second - x.first > y.second - y.first;
  });
  for (auto [b, e] : found) {
    std::vector<std::string> key = OrgKey(b, e);
    if (key.empty()) continue;
    int ent = FindOrgByKey(key, /*exact=*/true);
    if (ent < 0 && key.size() == 1) {
      // The one organisation whose name ends in this word.
      for (size_t i = 0; i < out_.entities.size(); ++i) {
        const EntityInfo& o = out_.entities[i];
        if (o.type != EntityType::kOrganization || o.key_tokens.size() < 2 ||
            o.key_tokens.back() != key[0])
          continue;
        ent = ent == -1 ? static_cast<int>(i) : -2;
      }
      if (ent == -2) ent = -1;
    }
    if (ent < 0) {
      ent = AddEntity(EntityType::kOrganization, Surface(b, e));
      out_.entities[ent].key_tokens = key;
    }
    if (!d_.tokens[b].cap) {  // "the Hill": its own mention, the article included
      AddMention(b, e, ent);
      ++b;
    }
    by_first_word[d_.Text(b)].push_back({b, e, ent});
  }
  for (uint32_t t = NextCap(0); t < n && !by_first_word.empty(); t = NextCap(t + 1)) {
    if (!free_cap(t) || !d_.IsFact(t)) continue;
    auto it = by_first_word.find(d_.Text(t));
    if (it == by_first_word.end()) continue;
    for (const Name& name : it->second) {
      const uint32_t len = name.e - name.b;
      if (t + len > n) continue;
      bool same = true;
      for (uint32_t k = 1; k < len && same; ++k) same = d_.Text(t + k) == d_.Text(name.b + k);
      // Not the start of a longer name ("Acme Group" for "Acme"); a title
      // may follow ("Acme CEO").
      const bool longer = t + len < n && free_cap(t + len) && out_.title_at[t + len] < 0;
      if (same && !longer) {
        AddMention(t, t + len, name.entity);
        break;
      }
    }
  }
}

// "Novo Nordisk, a Danish pharmaceutical company that ...", "Cambridge
// Analytica, a data firm": two words no list rules out as a person's pass
// the name tests, but an apposition calling them a body outweighs that.
// Never a person with a title anywhere ("President X, a ..."), and never
// a lone word ("behind Trump, a group that includes Cruz": the apposition
// may describe a whole list).
void Finder::RetypeAppositiveBodies() {
  std::vector<int> first_mention(out_.entities.size(), -1);
  bool any = false;
  for (size_t i = 0; i < out_.mentions.size(); ++i) {
    const Mention& m = out_.mentions[i];
    if (m.descriptor || m.tok_end - m.tok_begin < 2 ||
        out_.entities[m.entity].type != EntityType::kPerson || first_mention[m.entity] >= 0 ||
        !BodyApposition(m.tok_end))
      continue;
    first_mention[m.entity] = static_cast<int>(i);
    any = true;
  }
  if (!any) return;
  // Every longer mention must be the same name: "Ramon Fonseca" is a
  // person though "Mossack Fonseca, the law firm" joined him by surname.
  for (const Mention& m : out_.mentions) {
    const int first = first_mention[m.entity];
    if (first < 0) continue;
    const Mention& named = out_.mentions[first];
    bool same = m.tok_end - m.tok_begin == named.tok_end - named.tok_begin;
    for (uint32_t k = 0; same && k < m.tok_end - m.tok_begin; ++k)
      same = d_.Text(m.tok_begin + k) == d_.Text(named.tok_begin + k);
    if ((m.tok_end - m.tok_begin >= 2 && !same) ||
        (m.tok_begin > 0 && out_.title_at[m.tok_begin - 1] >= 0))
      first_mention[m.entity] = -1;
  }
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    if (first_mention[i] < 0) continue;
    const Mention& m = out_.mentions[first_mention[i]];
    EntityInfo& e = out_.entities[i];
    e.type = EntityType::kOrganization;
    e.gender = Gender::kUnknown;
    e.key_tokens = OrgKey(m.tok_begin, m.tok_end);
  }
}

}  // namespace kg::extract::mention_internal
