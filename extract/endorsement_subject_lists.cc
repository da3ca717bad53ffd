// Who endorses when a list of names is the subject of an endorsing verb
// (RelationFinder::Subjects and its helpers): "A, B of Ohio and C had
// endorsed Y", "A and B, two of the loudest critics of the bill, also
// endorsed Y", "and California Gov. B", "both A and B dropped out and
// endorsed Y". Every rule that finds a subject by SubjectOf widens it to
// the list here. The nested shapes ("A, as well as B, endorsed Y", plural
// titles before the names) are in endorsement_nested_lists.cc.
#include <algorithm>
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// Whether the verb group from `b` to the verb at `v` agrees with a single
// subject ("is backing", "has endorsed", "endorses"); "endorsed" may be either.
bool RelationFinder::SingularVerb(uint32_t b, uint32_t v) const {
  for (uint32_t k = b; k <= v; ++k) {
    if (In(d_.Lower(k), {"is", "was", "has"})) return true;
  }
  std::string_view w = d_.Lower(v);
  return w.ends_with("s") && !w.ends_with("ss");
}

// Where a name ends when ", R-Calif.," (a party tag between commas) ends at
// `t`; `t` itself otherwise.
uint32_t RelationFinder::PartyTagTail(uint32_t sb, uint32_t t) const {
  if (t < sb + 4 || d_.Text(t - 1) != ",") return t;
  uint32_t c = t - 2;  // the tag, maybe followed by its abbreviation point
  if (d_.Text(c) == "." && c > sb) --c;
  const std::string_view tag = d_.Text(c);
  if (!IsPartyTag(tag) || c <= sb + 1 || d_.Text(c - 1) != "," || !MentionEndsAt(c - 1)) return t;
  return c - 1;
}

// Where a list's last name ends when a comma-closed apposition stands between
// it and the verb group ending at `t` ("A and B, two of the loudest critics
// of the bill, also endorsed"): the apposition opens with a lower-case word
// and holds no name, no verb-like word and no clause word; `t` otherwise.
uint32_t RelationFinder::ListApposition(uint32_t sb, uint32_t t) const {
  if (t < sb + 4 || d_.Text(t - 1) != ",") return t;
  for (uint32_t k = t - 1; k > sb + 1 && k + 16 > t; --k) {
    const uint32_t w = k - 1;
    if (d_.Text(w) == ",") {
      const bool opens = d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap;
      return opens && k + 1 < t - 1 && MentionEndsAt(w) ? w : t;
    }
    if (Ent(w) >= 0 || in_quote_[w] || d_.tokens[w].kind == TokKind::kPossessive ||
        IsVerbLike(d_.Lower(w)) ||
        In(d_.Lower(w), {"and", "or", "but", "who", "which", "that", "said", "says", ";", "(", ")",
                         ":", "\"", "when", "after", "if", "as", "while"}))
      return t;
  }
  return t;
}

// Where a listed name's phrase begins when a place or up to three
// lower-case describing words stand between "and" and the name or its
// title ("and California Gov. B", "and conservative commentator B",
// "Democrat A and Republican B"); the
// name's own start `t` unless "and" comes right before them, or a comma of
// a `serial` list that ends in "and" ("A, Ohio Gov. B, and C").
uint32_t RelationFinder::DescriptionBeforeListed(uint32_t sb, uint32_t t, bool serial) const {
  uint32_t k = t;
  while (k > sb && k + 4 > t && d_.tokens[k - 1].kind == TokKind::kWord && Ent(k - 1) < 0 &&
         ((d_.tokens[k - 1].cap && d_.Has(k - 1, kPlaceWord)) ||
          // "Democrat A and Republican B won": a party's member.
          In(d_.Lower(k - 1), {"democrat", "republican", "independent", "libertarian"}) ||
          (!d_.tokens[k - 1].cap && !d_.Has(k - 1, kFunctionWord) && !IsVerbLike(d_.Lower(k - 1)) &&
           d_.Lower(k - 1) != "and")))
    --k;
  while (k > sb && In(d_.Lower(k - 1), {"former", "the"})) --k;
  return k < t && k > sb && (d_.Lower(k - 1) == "and" || (serial && d_.Text(k - 1) == ",")) ? k : t;
}

// The names of a list that opens the clause of the verb at `v` with
// `subject` first, when a verb group of their own stands between the list
// and `v` ("both A and B dropped out and endorsed Y", "A of Ohio and
// former Gov. B have up to now backed Y"): no comma, name or quotation
// between the list's end and `v`; else just {subject}.
std::vector<int> RelationFinder::ListOpeningClause(uint32_t sb, uint32_t v, int subject) const {
  uint32_t b = v;
  while (b > sb && !Boundary(b - 1)) --b;
  uint32_t p = b;
  while (p < v && Ent(p) < 0) ++p;
  if (p >= v || Ent(p) != subject || MentionBegin(p) != p || in_quote_[p] != in_quote_[v])
    return {subject};
  std::vector<int> list = Coordinated(p, v, true);
  if (list.size() < 2) return {subject};
  uint32_t end = p;  // after the list's last name
  for (uint32_t k = p; k < v; ++k) {
    if (Ent(k) == list.back()) end = MentionEnd(k);
  }
  if (end >= v || end + 8 < v || d_.tokens[end].kind != TokKind::kWord || d_.tokens[end].cap)
    return {subject};
  for (uint32_t k = end; k < v; ++k) {
    if (Ent(k) >= 0 || in_quote_[k] || d_.tokens[k].kind != TokKind::kWord || d_.tokens[k].cap)
      return {subject};
  }
  for (int e : list) {
    if (!IsType(e, EntityType::kPerson) && !IsType(e, EntityType::kOrganization)) return {subject};
  }
  return list;
}

// The endorsers of the verb at `v` when its subject is a list ending right
// before it: "A, B of Ohio and C had endorsed", "A and B endorsed". The
// list needs "and" before its last name (a comma alone is an introductory
// phrase: "After meeting A, B endorsed"), and ", and" needs a longer series
// ("Voters chose A, and B endorsed" is two clauses). `subject` (from
// SubjectOf) must be in the list; else, or for one name, just {subject}.
std::vector<int> RelationFinder::Subjects(uint32_t sb, uint32_t v, int subject) const {
  std::vector<int> list;
  if (subject < 0) return list;
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  // "Two dailies -- A and B -- have endorsed Y": a list set off by a pair
  // of dashes after a plural noun, read from the closing dash ("--" may be
  // two hyphens).
  const auto dash_len = [&](uint32_t e) -> uint32_t {  // a dash ending before `e`
    if (e > sb && In(d_.Text(e - 1), {"--", "\xe2\x80\x94", "\xe2\x80\x93"})) return 1;
    if (e > sb + 1 && d_.Text(e - 1) == "-" && d_.Text(e - 2) == "-") return 2;
    return 0;
  };
  if (const uint32_t len = dash_len(t); len > 0 && t > sb + 4 && !in_quote_[t - 1]) {
    bool opened = false;
    for (uint32_t k = sb + 1; k + len + 2 < t && !opened; ++k) opened = dash_len(k + 1) > 0;
    if (opened) t -= len;
  }
  // "A and B, which are backing Y": a relative clause on a list is about
  // every name in it, unless its verb is singular ("A and B, who is").
  if (t > sb + 2 && In(d_.Lower(t - 1), {"who", "which"}) && d_.Text(t - 2) == "," &&
      !SingularVerb(t, v))
    t -= 2;
  // "A and B, two of the party's loudest voices, also endorsed Y": an
  // apposition on the last name (ListApposition).
  const uint32_t before_apposition = ListApposition(sb, t);
  const bool apposition = before_apposition != t;
  t = before_apposition;
  // "A and B, as well as C, endorsed Y": the names of the phrase, and the
  // list before it.
  std::vector<int> accompanying;
  if (!apposition) t = AccompanimentBefore(sb, t, &accompanying);
  bool saw_and = false, serial_and = false, nested = false;
  uint32_t first_begin = t;
  while (t > sb && list.size() < 8) {
    t = SkipNameTail(sb, PartyTagTail(sb, t));
    if (t == sb || in_quote_[t - 1] != in_quote_[v]) break;
    const int e = Ent(t - 1);
    if (!IsType(e, EntityType::kPerson) && !IsType(e, EntityType::kOrganization)) break;
    list.push_back(e);
    t = MentionBegin(t - 1);
    // "A and Sens. B and C", "Sens. A and B, and Gov. C": one more "and"
    // inside a pair under a plural title (endorsement_nested_lists.cc).
    const bool pair_after = list.size() == 2 && saw_and && PluralTitleBefore(sb, t);
    const uint32_t name_begin = t;
    while (t > sb && (m_.title_at[t - 1] >= 0 || In(d_.Lower(t - 1), {"former", "the"}))) --t;
    // "House Speaker A and Senate Majority Leader B": an organisation right
    // before a listed person's title belongs to the title, not to the list.
    if (t < name_begin && t > sb && m_.title_at[t] >= 0 &&
        IsType(Ent(t - 1), EntityType::kOrganization) && MentionEnd(t - 1) == t) {
      t = MentionBegin(t - 1);
      while (t > sb && In(d_.Lower(t - 1), {"former", "the"})) --t;
    }
    // "Voters in the Senate and Sen. B endorsed Y": a name after a
    // preposition is its object, no listed subject.
    // Nor after an endorsing verb: "A endorsed Y and B endorsed Z" lists no
    // Y with B (list_joiners.cc).
    if (list.size() >= 2 && t > sb &&
        (In(d_.Lower(t - 1), {"in", "of", "at", "from", "with", "for", "by", "on", "to"}) ||
         EndorsingVerbBefore(t))) {
      list.pop_back();
      break;
    }
    first_begin = t;
    if (!nested && list.size() >= 2 && t > sb + 1 && d_.Lower(t - 1) == "and" &&
        d_.Text(t - 2) != "," && (pair_after || PluralTitledBefore(sb, t - 1))) {
      nested = true;
      --t;
      continue;
    }
    // "and California Gov. B", "and conservative commentator B": a place or
    // a description before a later name, when "and" stands before it.
    t = DescriptionBeforeListed(sb, t, saw_and);
    t = ListAdverbBefore(sb, t);  // "A and even B endorsed Y" (list_joiners.cc)
    // "A, R-Calif., and B": the commas close A's party tag, so "and" joins
    // two names, not the last of a series.
    if (t > sb + 1 && d_.Lower(t - 1) == "and" && PartyTagTail(sb, t - 1) != t - 1) {
      if (list.size() != 1) break;
      saw_and = true;
      t = t - 1;
    } else if (t > sb + 1 && d_.Lower(t - 1) == "and" && d_.Text(t - 2) == "," && apposition &&
               list.size() == 1 && ListApposition(sb, t - 1) != t - 1) {
      // "A, a former congressman, and B, the former mayor, announced their
      // support": each of two names carries an apposition.
      saw_and = true;
      t = ListApposition(sb, t - 1);
    } else if (t > sb + 1 && d_.Lower(t - 1) == "and" && d_.Text(t - 2) == ",") {
      if (list.size() != 1) break;
      serial_and = saw_and = true;
      t -= 2;
    } else if (t > sb && d_.Lower(t - 1) == "and") {
      if (list.size() != 1) break;
      saw_and = true;
      --t;
    } else if (t > sb && d_.Text(t - 1) == "," && saw_and) {
      --t;
    } else {
      break;
    }
  }
  // A nested list opens its clause: not "Voters met Sens. A and B and Gov.
  // C endorsed Y" (the two names after the inner "and", as before).
  if (nested && !ListOpensClause(sb, first_begin)) list.resize(2);
  if (!accompanying.empty()) {
    // The accompanied list as Subjects would read it alone: its names, or
    // the one before the phrase.
    std::vector<int> names;
    if (list.size() >= 2 && saw_and && !(serial_and && list.size() < 3))
      names.assign(list.rbegin(), list.rend());
    else if (!list.empty())
      names.push_back(list.front());
    for (int x : accompanying) names.push_back(x);
    if (std::find(names.begin(), names.end(), subject) != names.end()) return names;
    return ListOpeningClause(sb, v, subject);
  }
  if (list.size() < 2 || !saw_and || (serial_and && list.size() < 3) ||
      std::find(list.begin(), list.end(), subject) == list.end() ||
      (apposition && !IsType(list[0], EntityType::kPerson)))
    return ListOpeningClause(sb, v, subject);
  std::reverse(list.begin(), list.end());
  return list;
}

}  // namespace kg::extract::internal
