// HAS_ROLE rules of the relation finder that read a clause rather than a
// title next to a name: "X, who heads|chairs|co-founded Y", "the Y, led by
// X", "X serves on the board of Y", "Y members X and Z", "X, the top
// Republican on Y" and "NPR said that correspondent X ...".
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/based_modifiers.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// "NPR said in a statement that correspondent X ...": an organisation that
// opens the sentence and speaks about a lower-case title and its person
// employs the person.
void RoleRules::SpokenForRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  const uint32_t o = sb + 1 < se && d_.Lower(sb) == "the" ? sb + 1 : sb;
  if (se < o + 6 || !IsType(Ent(o), EntityType::kOrganization) || in_quote_[o]) return;
  uint32_t said = MentionEnd(o);
  if (said + 3 < se && d_.Text(said) == "(" && d_.Text(said + 2) == ")") said += 3;  // "(NPR)"
  if (said >= se || !In(d_.Lower(said), {"said", "says", "confirmed", "announced"})) return;
  for (uint32_t t = said + 1; t + 2 < se && t < said + 12; ++t) {
    if (d_.Lower(t) != "that" || in_quote_[t]) continue;
    const int ti = TitleAt(t + 1);
    if (ti < 0 || d_.tokens[t + 1].cap) return;
    const TitleSpan& ts = m_.titles[ti];
    if (ts.tok_end >= se || !IsType(Ent(ts.tok_end), EntityType::kPerson)) return;
    Add("HAS_ROLE", Ent(ts.tok_end), Ent(o), s, "role.spoken_for",
        std::string(
            d_.bytes.substr(d_.tokens[ts.tok_begin].start,
                            d_.tokens[ts.tok_end - 1].end - d_.tokens[ts.tok_begin].start)));
    return;
  }
}

// "Headed by the financier X, the Y ...", "the Y, led by X," and "the Y is
// chaired by X": a position named by a passive verb.
void RoleRules::PassiveLeadRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  static constexpr std::pair<std::string_view, std::string_view> kVerbTitles[] = {
      {"headed", "head"},          {"led", "leader"}, {"chaired", "chair"},
      {"founded", "founder"},      {"run", "head"},   {"directed", "director"},
      {"co-founded", "co-founder"}};
  for (uint32_t v = sb; v + 2 < se; ++v) {
    if (d_.Lower(v + 1) != "by" || in_quote_[v]) continue;
    std::string_view title;
    for (const auto& [verb, noun] : kVerbTitles) {
      if (d_.Lower(v) == verb) title = noun;
    }
    if (title.empty()) continue;
    // The person: "by X", "by the Wall Street financier X".
    // Not "led by Intelligence Committee chairman X" (X's role is elsewhere)
    // nor "headed by a former Obama administration official".
    uint32_t a = v + 2;
    while (a < se && a < v + 8 && Ent(a) < 0 && d_.tokens[a].kind == TokKind::kWord &&
           !In(d_.Lower(a), {"and", "or", "who", "which"}))
      ++a;
    if (a >= se || !IsType(Ent(a), EntityType::kPerson) || IsModifierOrg(MentionEnd(a), se))
      continue;
    const int p = Ent(a);
    int org = -1;
    if (v == sb) {
      // A participle opening the sentence names the subject after the comma.
      uint32_t o = MentionEnd(a);
      if (o + 1 < se && d_.Text(o) == ",") {
        ++o;
        if (d_.Lower(o) == "the") ++o;
        org = Ent(o);
      }
    } else {
      uint32_t b = v;
      if (b > sb && In(d_.Lower(b - 1), {"is", "was", "been", "are", "were"})) --b;
      if (b > sb && In(d_.Lower(b - 1), {"has", "had", "now", "currently", "once"})) --b;
      if (b == v && b > sb && d_.Text(b - 1) == ",") --b;  // "the Y, led by X"
      if (b < v && b > sb && MentionEndsAt(b)) org = Ent(b - 1);
    }
    if (IsType(org, EntityType::kOrganization))
      Add("HAS_ROLE", p, org, s, "role.leads", std::string(title));
  }
}

// "Y members Reps. X (R-Ohio) and Z": each named member holds the title.
// Singular staff words that are no titles elsewhere take one name the same
// way: "Y staffer X", "Y boss X", "Y basketball coach X", "Y video
// producer X" (a producer alone is no title: "oil producer", "the film's
// producer").
void RoleRules::MemberRoles(uint32_t s) {
  static constexpr std::pair<std::string_view, std::string_view> kGroups[] = {
      {"members", "member"},
      {"writers", "writer"},
      {"reporters", "reporter"},
      {"correspondents", "correspondent"},
      {"staffers", "staffer"},
      {"photographers", "photographer"},
      {"analysts", "analyst"},
      {"editors", "editor"},
      {"producers", "producer"},
      {"researchers", "researcher"},
      {"economists", "economist"},
      {"fellows", "fellow"},
      {"scholars", "scholar"},
      {"lawyers", "lawyer"},
      {"attorneys", "attorney"},
      {"executives", "executive"},
      {"officials", "official"},
      {"strategists", "strategist"},
      {"commentators", "commentator"},
      {"contributors", "contributor"},
      {"columnists", "columnist"},
      {"anchors", "anchor"},
      {"spokesmen", "spokesman"},
      {"spokeswomen", "spokeswoman"},
      {"professors", "professor"},
      {"scientists", "scientist"},
      {"staffer", "staffer"},
      {"boss", "boss"},
      {"coach", "coach"},
      {"producer", "producer"},
      {"co-host", "co-host"},
      {"hosts", "host"},
      {"co-hosts", "co-host"},
      {"agents", "agent"},
      {"officers", "officer"},
      {"organizers", "organizer"}};
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t t = sb + 1; t + 1 < se; ++t) {
    // Organisation mentions are rare: test them before the word.
    const int org = Ent(t - 1);
    if (!IsType(org, EntityType::kOrganization) || MentionEnd(t - 1) != t) continue;
    // "Acme University associate professors A and B", "Acme political
    // scientists A and B": up to two lower-case modifiers, part of the title.
    std::string_view plural_title;
    uint32_t u = t;
    for (; u + 1 < se && u <= t + 2; ++u) {
      for (const auto& [plural, singular] : kGroups) {
        if (d_.Lower(u) == plural) plural_title = singular;
      }
      if (!plural_title.empty() || !TitleModifier(u)) break;
    }
    if (plural_title.empty() || in_quote_[u]) continue;
    std::string modified;
    for (uint32_t k = t; k < u; ++k) modified.append(d_.Lower(k)).append(" ");
    const std::string title = modified.append(plural_title);
    t = u;
    uint32_t k = t + 1;
    // A courtesy title for the whole list: "Reps.", "Sens."
    if (Ent(k) < 0 && d_.tokens[k].abbrev && d_.tokens[k].cap && k + 1 < se) ++k;
    if (plural_title == "member" && !IsType(Ent(k), EntityType::kPerson)) continue;
    if (plural_title == "member") {
      for (int p : Coordinated(k, se)) Add("HAS_ROLE", p, org, s, "role.prefix", title);
      continue;
    }
    // "Associated Press writers A in Atlanta, B in Columbia, S.C., and C
    // contributed": each name, past its place.
    // A name we do not know may stand in the list ("Zeke Miller, Will Weissert
    // and ..."): skipped, not a reason to stop.
    // A singular staff word ("Y staffer X") names one person.
    const int max_items = d_.Lower(u) == plural_title ? 1 : 8;
    for (int items = 0; k < se && items < max_items; ++items) {
      if (IsType(Ent(k), EntityType::kPerson)) {
        Add("HAS_ROLE", Ent(k), org, s, "role.prefix", title);
        k = MentionEnd(k);
      } else if (Ent(k) < 0 && d_.tokens[k].cap && d_.tokens[k].kind == TokKind::kWord) {
        const uint32_t b = k;
        while (k < se && k < b + 3 && d_.tokens[k].cap && Ent(k) < 0) ++k;
      } else {
        break;
      }
      if (k + 1 < se && d_.Lower(k) == "in" && d_.tokens[k + 1].cap) {
        k += 2;
        while (k < se && d_.tokens[k].cap && Ent(k) < 0) ++k;
        // "Columbia, S.C.,": a state after the city.
        if (k + 1 < se && d_.Text(k) == "," && d_.tokens[k + 1].abbrev && d_.tokens[k + 1].cap)
          k += 2;
      }
      if (k < se && d_.Text(k) == ",") ++k;
      if (k < se && d_.Lower(k) == "and") ++k;
    }
  }
}

// "Craig's lawyers, A and B of the law firm Y", "attorneys A and B of Y":
// several persons named after one lower-case title share the organisation
// after the last of them.
void RoleRules::SharedTitleRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // Walk the mentions of the sentence, not its words: most words start none.
  auto it = std::lower_bound(m_.mentions.begin(), m_.mentions.end(), sb + 1,
                             [](const Mention& m, uint32_t tok) { return m.tok_begin < tok; });
  for (; it != m_.mentions.end() && it->tok_begin + 2 < se; ++it) {
    const uint32_t first = it->tok_begin;
    if (!IsType(it->entity, EntityType::kPerson)) continue;
    const uint32_t t =
        d_.tokens[first - 1].kind == TokKind::kPunct && first >= sb + 2 && d_.Text(first - 1) == ","
            ? first - 2
            : first - 1;
    if (d_.tokens[t].cap || d_.tokens[t].kind != TokKind::kWord || in_quote_[t]) continue;
    std::string_view title;
    for (const auto& [word, singular] : kSharedTitleWords) {
      if (d_.Lower(t) == word) title = singular;
    }
    if (title.empty()) continue;
    const std::vector<int> persons = Coordinated(first, se);
    // The organisation after the last name: "... and B of the law firm Y".
    uint32_t k = first;
    for (size_t i = 0; i < persons.size() && k < se; ++i) {
      while (k < se && Ent(k) != persons[i]) ++k;
      if (k < se) k = MentionEnd(k);
    }
    uint32_t org_end = 0;
    const int org =
        k < se && In(d_.Lower(k), {"of", "at", "with"}) ? OrgAfterTitle(k, se, &org_end) : -1;
    if (!IsType(org, EntityType::kOrganization)) continue;
    for (int p : persons) {
      if (IsType(p, EntityType::kPerson))
        Add("HAS_ROLE", p, org, s, "role.shared_title", std::string(title));
    }
  }
}

// "X, who heads|leads|chairs|founded [the] Y": a position named by its verb.
bool RoleRules::LeadsOrg(int p, uint32_t v, uint32_t se, uint32_t s) {
  while (v < se && In(d_.Lower(v), {"now", "currently", "also", "still", "once", "has", "had"}))
    ++v;
  if (v + 1 >= se) return false;
  static constexpr std::pair<std::string_view, std::string_view> kVerbTitles[] = {
      {"heads", "head"},
      {"headed", "head"},
      {"leads", "leader"},
      {"led", "leader"},
      {"chairs", "chair"},
      {"chaired", "chair"},
      {"runs", "head"},
      {"ran", "head"},
      {"directs", "director"},
      {"directed", "director"},
      {"founded", "founder"},
      {"co-founded", "co-founder"},
      {"cofounded", "co-founder"},
      {"oversees", "head"},
      {"manages", "manager"},
      {"works", "employee"},
      {"teaches", "teacher"},
  };
  std::string_view title;
  for (const auto& [verb, noun] : kVerbTitles) {
    if (d_.Lower(v) == verb) title = noun;
  }
  if (title.empty()) return false;
  uint32_t o = v + 1;
  // "works for|at Y", "teaches at Y": present tense only ("worked at Y" may
  // be long past).
  if (title == "employee" || title == "teacher") {
    if (!In(d_.Lower(o), title == "employee" ? std::initializer_list<std::string_view>{"for", "at"}
                                             : std::initializer_list<std::string_view>{"at"}))
      return false;
    ++o;
  }
  if (o < se && d_.Lower(o) == "the") ++o;
  o = BasedModifierEnd(d_, o, se);  // "heads the Beijing-based Y"
  // One adjective: "co-founded the ultra-conservative Y"; a description of
  // what Y is: "heads the conservative activist group Y".
  if (const uint32_t x = OrgDescriptionEnd(o, se); x > o) o = x;
  if (o + 1 < se && Ent(o) < 0 && d_.tokens[o].kind == TokKind::kWord && !d_.tokens[o].cap &&
      !d_.Has(o, kFunctionWord) && IsType(Ent(o + 1), EntityType::kOrganization))
    ++o;
  if (o >= se || !IsType(Ent(o), EntityType::kOrganization)) return false;
  // The organisation ends the phrase: not "chairs the Senate intelligence
  // committee probe", "oversees R&D policy".
  auto ends_phrase = [&](uint32_t after) {
    return after >= se ||
           !(d_.tokens[after].kind == TokKind::kPossessive ||
             (d_.tokens[after].kind == TokKind::kWord && !d_.tokens[after].cap &&
              !d_.Has(after, kFunctionWord) &&
              !In(d_.Lower(after), {"since", "from", "until", "under", "during", "and", "for", "in",
                                    "until", "between", "that", "which"})));
  };
  const uint32_t after = MentionEnd(o);
  // "heads the Justice Department's Office of Y": the owned organisation and
  // its owner, as the apposition chains give both.
  if (after + 1 < se && d_.tokens[after].kind == TokKind::kPossessive &&
      IsType(Ent(after + 1), EntityType::kOrganization) && ends_phrase(MentionEnd(after + 1))) {
    Add("HAS_ROLE", p, Ent(after + 1), s, "role.leads", std::string(title));
    Add("HAS_ROLE", p, Ent(o), s, "role.leads", std::string(title));
    return true;
  }
  if (!ends_phrase(after)) return false;
  Add("HAS_ROLE", p, Ent(o), s, "role.leads", std::string(title));
  return true;
}

// "top|ranking Republican|Democrat" at `k`: a committee's ranking member.
bool RoleRules::TopPartyTitle(uint32_t k, uint32_t se) const {
  return k + 1 < se && In(d_.Lower(k), {"top", "ranking", "senior", "leading"}) &&
         In(d_.Lower(k + 1), {"republican", "democrat"});
}

// "X, the top Republican on the Y": the ranking member of a committee,
// title "top Republican".
bool RoleRules::TopPartyMember(int p, uint32_t k, uint32_t se, uint32_t s) {
  if (k < se && d_.Lower(k) == "the") ++k;
  // Also "the ranking member on the Y".
  if (k + 3 >= se || !In(d_.Lower(k), {"top", "ranking", "senior", "leading"}) ||
      !In(d_.Lower(k + 1), {"republican", "democrat", "member"}) ||
      !In(d_.Lower(k + 2), {"on", "of"}) ||
      (d_.Lower(k + 1) == "member" && d_.Lower(k) != "ranking"))
    return false;
  uint32_t o = k + 3;
  if (o < se && d_.Lower(o) == "the") ++o;
  if (o >= se || !IsType(Ent(o), EntityType::kOrganization) || IsModifierOrg(MentionEnd(o), se))
    return false;
  Add("HAS_ROLE", p, Ent(o), s, "role.apposition",
      std::string(d_.bytes.substr(d_.tokens[k].start, d_.tokens[k + 1].end - d_.tokens[k].start)));
  return true;
}

// A board seat: "X serves on the board of Y", "X, who sits on the board of
// directors of the Y".
void RoleRules::BoardRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t t = sb + 3; t + 2 < se; ++t) {
    if (d_.Lower(t) != "board" || d_.Lower(t - 1) != "the" ||
        (d_.Lower(t - 2) != "on" && d_.Lower(t - 2) != "of") || in_quote_[t])
      continue;
    const uint32_t verb = t - 3;
    // "X, a member of the board of directors of Y".
    const bool member = d_.Lower(t - 2) == "of" && d_.Lower(verb) == "member";
    if (!member &&
        !In(d_.Lower(verb), {"serves", "sits", "served", "sat", "serve", "sit", "serving"}))
      continue;
    uint32_t o = t + 1;
    if (d_.Lower(o) == "of" && o + 2 < se && d_.Lower(o + 1) == "directors") o += 2;
    if (d_.Lower(o) != "of") continue;
    ++o;
    if (o < se && d_.Lower(o) == "the") ++o;
    o = BasedModifierEnd(d_, o, se);
    int org = o < se ? Ent(o) : -1;
    int p = -1;
    if (!member) {
      p = SubjectOf(sb, verb);
    } else if (verb > sb + 2 && In(d_.Lower(verb - 1), {"a", "the"}) && d_.Text(verb - 2) == ",") {
      p = PersonBeforeComma(sb, verb - 2);
    }
    if (IsType(p, EntityType::kPerson) && IsType(org, EntityType::kOrganization))
      Add("HAS_ROLE", p, org, s, "role.board", "board member");
  }
}

// A main clause naming a position by its verb: "X heads|leads|chairs|runs
// the Y", "X founded Y" (present tense or founding only: "X led Y" may be
// long past), and "X joined the Y as its president".
void RoleRules::MainClauseRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t v = sb + 1; v + 1 < se; ++v) {
    std::string_view w = d_.Lower(v);
    const bool joined = w == "joined" || w == "joins";
    if (!joined && !In(w, {"heads", "leads", "chairs", "runs", "directs", "founded", "co-founded",
                           "cofounded", "works", "teaches"}))
      continue;
    if (in_quote_[v] || d_.Lower(v - 1) == "who") continue;
    // "A previous version incorrectly said X works for Y": a claim denied.
    bool denied = false;
    for (uint32_t k = sb; k < v && !denied; ++k)
      denied = In(d_.Lower(k), {"incorrectly", "falsely", "wrongly", "erroneously", "mistakenly"});
    if (denied) continue;
    const int p = SubjectOf(sb, v, false);
    if (!IsType(p, EntityType::kPerson)) continue;
    if (!joined) {
      LeadsOrg(p, v, se, s);
      continue;
    }
    uint32_t o = v + 1;
    if (o < se && d_.Lower(o) == "the") ++o;
    if (o >= se || !IsType(Ent(o), EntityType::kOrganization)) continue;
    uint32_t k = MentionEnd(o);
    if (k + 1 >= se || d_.Lower(k) != "as") continue;
    ++k;
    if (In(d_.Lower(k), {"its", "a", "an", "the", "their"})) ++k;
    const int ti = TitleAt(k);
    if (ti < 0) continue;
    const TitleSpan& ts = m_.titles[ti];
    Add("HAS_ROLE", p, Ent(o), s, "role.leads",
        std::string(
            d_.bytes.substr(d_.tokens[ts.tok_begin].start,
                            d_.tokens[ts.tok_end - 1].end - d_.tokens[ts.tok_begin].start)));
  }
}

}  // namespace kg::extract::internal
