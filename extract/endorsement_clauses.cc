// Who a clause about an endorsement is about (RelationFinder helpers for
// relations.cc): the head of a relative clause across a description or a
// clause ("X of Ohio, who backed Y", "X, who dropped out early, has now
// endorsed Y"), coordinated verbs sharing a hedge ("to support or
// endorse"), partitive relatives ("most of whom") and denials by "neither
// ... nor". A list of endorsers before the verb ("A, B and C endorsed Y") is
// in endorsement_subject_lists.cc. Moved out of endorsement_ends.cc and
// relation_finder.cc to keep each file well under 450 lines.
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The subject of the verb at `v` across a relative clause or a description
// with one: "X of Ohio, who backed Y" and "X (R-Ohio), who backed Y" (at
// "backed": X), "X, a South Carolina Republican who is backing Y", "X, who
// dropped out early, has now endorsed Y" (X, not a name inside the clause).
// -1 when none of these shapes.
int RelationFinder::RelativeSubject(uint32_t sb, uint32_t v) const {
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  if (t < sb + 3 || in_quote_[t - 1]) return -1;
  uint32_t who = t - 1;
  if (d_.Text(who) == ",") {                      // the relative clause ends before a finite verb
    if (d_.Lower(v).ends_with("ing")) return -1;  // "X, who ..., backing Y"
    for (who = t - 2; who > sb + 1 && who + 16 > t; --who) {
      if (In(d_.Lower(who), {"who", "which"}) || d_.tokens[who].kind == TokKind::kPunct ||
          in_quote_[who])
        break;
    }
    if (who + 2 >= t) return -1;
    // "The X Party, which had backed Z, endorsed Y": an organisation's
    // relative clause between commas (X, not Z, endorsed Y).
    if (d_.Lower(who) == "which") return d_.Text(who - 1) == "," ? OrgBeforeComma(sb, who - 1) : -1;
    if (d_.Lower(who) != "who") return -1;
  } else if (In(d_.Lower(who), {"and", "but"})) {
    // "X, who serves on Z and has endorsed Y", "X, who has had a rocky
    // relationship with Z but eventually endorsed him".
    for (who = t - 2; who > sb + 1 && who + 14 > t; --who) {
      if (In(d_.Lower(who), {"who", "which"}) || d_.tokens[who].kind == TokKind::kPunct ||
          in_quote_[who] || In(d_.Lower(who), {"and", "but"}))
        break;
    }
    // "the Q Union, which represents 40,000 workers and endorsed Y": the
    // organisation, when "which" is its clause's subject (a verb or an
    // adverb after it, not "which Z leads").
    if (d_.Lower(who) == "which" && who + 2 < t && d_.Text(who - 1) == ",") {
      const uint32_t x = who + 1;
      if (d_.tokens[x].kind != TokKind::kWord || d_.tokens[x].cap || Ent(x) >= 0 ||
          (d_.Has(x, kFunctionWord) && !IsAuxiliary(d_.Lower(x))))
        return -1;
      return OrgBeforeComma(sb, who - 1);
    }
    if (d_.Lower(who) != "who" || who + 2 >= t) return -1;
  } else if (d_.Lower(who) != "who" &&
             // "X, who'd (originally) backed Y": "'d" before a past
             // participle is "had" (the tokenizer keeps "who'd" one word).
             !(In(d_.Lower(who), {"who'd",
                                  "who\xe2\x80\x99"
                                  "d"}) &&
               d_.Lower(v).ends_with("ed"))) {
    // "the Q Council, the state party's black caucus, which endorsed Y"
    // (endorsement_org_anaphora.cc).
    if (d_.Lower(who) == "which" && who > sb + 1 && d_.Text(who - 1) == ",")
      return OrgAppositionHead(sb, who - 1);
    return -1;
  }
  auto head = [&](uint32_t comma) {
    const uint32_t e = SkipNameTail(sb, comma);
    return MentionEndsAt(e) && IsType(Ent(e - 1), EntityType::kPerson) ? Ent(e - 1) : -1;
  };
  // "X -- who backs Y -- has avoided ...", "X -- who had originally backed Y -- stood": a
  // dash opens the relative clause as a comma does.
  if (In(d_.Text(who - 1), {"\xe2\x80\x94", "\xe2\x80\x93", "-"})) {
    uint32_t dash = who - 1;
    if (d_.Text(dash) == "-" && dash > sb && d_.Text(dash - 1) == "-") --dash;
    return dash > sb ? head(dash) : -1;
  }
  if (d_.Text(who - 1) == ",") {
    const int h = head(who - 1);
    // "X, the Democratic mayor of Miami Beach, Fla., who endorsed Y".
    return h >= 0 ? h : AppositionHead(sb, who - 1);
  }
  // ", a|an|the <description> who": no person, quotation or clause inside;
  // a voter who backed Y voted for Y ("a Democratic voter who backed Y").
  // The head may open the sentence ("Roe, a Democrat who backed Y").
  for (uint32_t k = who; k > sb + 1 && k + 14 > who; --k) {
    if (in_quote_[k - 1] || IsType(Ent(k - 1), EntityType::kPerson) ||
        In(d_.Lower(k - 1), {"voter", "voters", "caucusgoer", "caucus-goer", "resident", "delegate",
                             "attendee", "participant", "member"}))
      return -1;
    std::string_view p = d_.Text(k - 1);
    if (p == "." || p == ";" || p == ":" || p == "(" || p == ")") return -1;
    // "X is a retired Army general who endorsed Y": the copula's subject
    // (since stop 31; CopulaRelativeHead does it for the passive).
    // "X, who is seeking re-election, is a ... who": past an aside on X.
    if (k >= sb + 3 && In(d_.Lower(k - 1), {"a", "an"}) && In(d_.Lower(k - 2), {"is", "was"})) {
      if (MentionEndsAt(k - 2) && IsType(Ent(k - 3), EntityType::kPerson)) return Ent(k - 3);
      if (const int x = TrailedName(sb, k - 2); IsType(x, EntityType::kPerson)) return x;
    }
    // "X, one of the few tech leaders who backed Y": X is one of them.
    if (p == ",")
      return In(d_.Lower(k), {"a", "an", "the", "another"}) ||
                     (d_.Lower(k) == "one" && k + 2 < who && d_.Lower(k + 1) == "of")
                 ? head(k - 1)
                 : -1;
  }
  return -1;
}

// The organisation whose name ends right before the comma at `c` ("The X
// Party, which ..."); -1 for anything else.
int RelationFinder::OrgBeforeComma(uint32_t sb, uint32_t c) const {
  return c > sb && MentionEndsAt(c) && IsType(Ent(c - 1), EntityType::kOrganization) ? Ent(c - 1)
                                                                                     : -1;
}

// The person an apposition between commas describes, when a relative clause
// follows it: at the comma `c` of "X, the mayor of Miami Beach, Fla., who"
// -> X. The apposition opens with an article or a title, names no person
// (organisations and places may be in it: "X, a member of the Acme Union,
// who") and may hold a home place between commas ("Miami Beach, Fla.").
int RelationFinder::AppositionHead(uint32_t sb, uint32_t c) const {
  for (uint32_t k = c; k > sb + 2 && k + 18 > c; --k) {
    if (in_quote_[k - 1] || IsType(Ent(k - 1), EntityType::kPerson)) return -1;
    std::string_view p = d_.Text(k - 1);
    if (In(p, {";", ":", "(", "\xe2\x80\x94", "--"}) ||
        d_.tokens[k - 1].kind == TokKind::kOpenQuote ||
        d_.tokens[k - 1].kind == TokKind::kCloseQuote)
      return -1;
    if (p != ",") continue;
    if (k == c) return -1;  // ", , who"
    if (In(d_.Lower(k), {"a", "an", "the", "another"}) || m_.title_at[k] >= 0) {
      const uint32_t e = SkipNameTail(sb, k - 1);
      return MentionEndsAt(e) && IsType(Ent(e - 1), EntityType::kPerson) ? Ent(e - 1) : -1;
    }
    // ", Fla.,": a home place inside the apposition.
    bool place = k + 4 > c;
    for (uint32_t x = k; x < c && place; ++x) place = d_.tokens[x].cap || d_.Text(x) == ".";
    if (!place) return -1;
  }
  return -1;
}

// The subject of a participial clause that opens the sentence at `v` (or
// after "while|after|since" and adverbs): the person or organisation named
// right after the clause's comma, when a verb follows it ("Accepting the X's
// endorsement last week, Y warned", "While still publicly backing Y, the Z
// Committee is considering"); -1 otherwise, and for a list after the comma
// ("Backing A, B and C are ..." names no endorser).
int RelationFinder::FrontedSubject(uint32_t sb, uint32_t v, uint32_t se) const {
  uint32_t b = v;
  while (b > sb && SkippableBeforeVerb(b - 1)) --b;
  if (b > sb && In(d_.Lower(b - 1), {"while", "after", "since", "in", "by", "before"})) --b;
  if (b != sb || in_quote_[v]) return -1;
  uint32_t p = v;
  while (p < se && SkippableBeforeVerb(p)) ++p;
  if (p >= se || !d_.Lower(p).ends_with("ing")) return -1;
  for (uint32_t c = p + 1; c < se && c < p + 16; ++c) {
    if (in_quote_[c] || In(d_.Text(c), {";", ":", "(", "-", "--", "\xe2\x80\x94"})) return -1;
    if (d_.Text(c) != ",") continue;
    uint32_t x = c + 1;
    if (x < se && d_.Lower(x) == "the") ++x;
    while (x < se && Ent(x) < 0 && m_.title_at[x] >= 0) ++x;
    if (x >= se || Ent(x) < 0 || MentionBegin(x) != x || !MentionEndsAt(MentionEnd(x))) return -1;
    const uint32_t after = MentionEnd(x);
    if (after >= se || d_.tokens[after].kind != TokKind::kWord || d_.tokens[after].cap ||
        In(d_.Lower(after), {"and", "or", "nor"}))
      return -1;
    return Ent(x);
  }
  return -1;
}

// Where a coordination of endorsement verbs that ends with the one at `t`
// starts: at "support" in "to support or endorse Y"; `t` itself when the verb
// stands alone.
uint32_t RelationFinder::CoordinatedVerbStart(uint32_t t, uint32_t sb) const {
  if (t < sb + 2 || !In(d_.Lower(t - 1), {"or", "and"})) return t;
  std::string_view v = d_.Lower(t - 2);
  for (std::string_view stem : {"endors", "support", "back", "re-endors"}) {
    if (v.starts_with(stem) && v.size() <= stem.size() + 3 &&
        In(v.substr(stem.size()), {"", "e", "es", "ed", "ing", "s"}))
      return t - 2;
  }
  return t;
}

// Whether the subject of the verb at `v` is a partitive relative ("most of
// whom", "some of which"): part of a body's members act, not the body. When
// it takes in every one of listed persons ("A and B, both of whom"), they
// go to `whole`.
bool RelationFinder::PartitiveRelative(uint32_t sb, uint32_t v, std::vector<int>* whole) const {
  uint32_t k = v;
  while (k > sb && SkippableBeforeVerb(k - 1)) --k;
  if (k < sb + 2 || !In(d_.Lower(k - 1), {"whom", "which"}) || d_.Lower(k - 2) != "of")
    return false;
  if (k < sb + 5 || !In(d_.Lower(k - 3), {"both", "all", "each"}) || d_.Text(k - 4) != ",")
    return true;
  std::vector<int> listed;
  bool coordinated = false;
  for (uint32_t e = k - 4; MentionEndsAt(e) && IsType(Ent(e - 1), EntityType::kPerson);) {
    listed.push_back(Ent(e - 1));
    e = MentionBegin(e - 1);
    if (e > sb && d_.Lower(e - 1) == "and") {
      coordinated = true;
      --e;
      if (e > sb && d_.Text(e - 1) == ",") --e;
    } else if (e > sb && d_.Text(e - 1) == ",") {
      --e;
    } else {
      break;
    }
  }
  if (coordinated && listed.size() >= 2) *whole = std::move(listed);
  return true;
}

// Whether the subject before the verb at `v` is "neither A nor B" ("Neither
// Mr. A nor Mr. B have formally endorsed Y"): a denial, however long the names.
bool RelationFinder::NeitherNorBefore(uint32_t sb, uint32_t v) const {
  bool nor = false;
  for (uint32_t k = v; k > sb && k + 14 > v; --k) {
    std::string_view w = d_.Lower(k - 1);
    if (w == "nor") nor = true;
    if (w == "neither") return nor;
    if (In(w, {",", ";", "and", "but", "when", "where", "after", "said", "says"})) return false;
  }
  return false;
}

// The subject of the clause that a gerund after "after|before" (at `p`)
// hangs on: "X, who ..., introduced Z on Monday after endorsing her" (X,
// across the relative clause before the main verb), "X, who pulled Z to the
// left before backing her" (the head of the who-clause), "X met Z before
// endorsing him" (the person or organisation opening the sentence, a
// lower-case verb after it); -1 otherwise.
// Whether [sb, comma) is a short adverbial that opens the sentence before
// its subject ("On Tuesday,", "Meanwhile,", "In 2018,", "Last week,"): one
// to five words, no name, opening with a preposition or a time adverb.
bool RelationFinder::FrontedAdverbial(uint32_t sb, uint32_t comma) const {
  if (comma <= sb || comma > sb + 5 || d_.Text(comma) != ",") return false;
  for (uint32_t k = sb; k < comma; ++k) {
    if (Ent(k) >= 0 || in_quote_[k] ||
        (d_.tokens[k].kind != TokKind::kWord && d_.tokens[k].kind != TokKind::kNumber))
      return false;
  }
  return In(d_.Lower(sb),
            {"on",         "in",         "at",       "during",    "after",       "before",
             "since",      "by",         "last",     "this",      "earlier",     "later",
             "meanwhile",  "separately", "however",  "still",     "now",         "then",
             "today",      "yesterday",  "instead",  "also",      "finally",     "ultimately",
             "eventually", "recently",   "likewise", "similarly", "additionally"});
}

int RelationFinder::GerundClauseSubject(uint32_t sb, uint32_t p) const {
  for (uint32_t k = p; k > sb && k + 16 > p; --k) {
    const std::string_view w = d_.Lower(k - 1);
    if (w == ")" && !in_quote_[k - 1]) return TrailedName(sb, k);  // "X (D-Ohio) weighed in"
    if (in_quote_[k - 1] || In(w, {".", ";", ":", "(", "and", "but", "said", "says"})) return -1;
    if (w == "who") {
      // ", who" or a dash ("Sen. X - who ... after endorsing Y - said").
      if (k < sb + 3 || !In(d_.Text(k - 2), {",", "-", "—", "–", "--"})) return -1;
      const uint32_t e = SkipNameTail(sb, k - 2);
      return MentionEndsAt(e) && IsType(Ent(e - 1), EntityType::kPerson) ? Ent(e - 1) : -1;
    }
    // "X tried to Z at the convention, then extracted a promise before
    // endorsing him": a predicate coordinated by "then" shares X.
    // Not a clause with its own subject ("X spoke, then Z rose before ...").
    if (w == "," && d_.Lower(k) == "then") {
      if (k + 1 < p && (Ent(k + 1) >= 0 || d_.tokens[k + 1].cap ||
                        In(d_.Lower(k + 1), {"he", "she", "they", "it", "we", "i", "the"})))
        return -1;
      continue;
    }
    if (w == ",") {
      // "On Tuesday, X also weighed in ..., choosing to endorse Y": a
      // fronted adverbial before the main clause's subject.
      const int r = RelativeSubject(sb, k);
      if (r >= 0) return r;
      // "X, a Democrat, also weighed in ..., choosing to": past an aside.
      if (const int x = TrailedName(sb, k); x >= 0) return x;
      if (!FrontedAdverbial(sb, k - 1)) return -1;
      sb = k;
      while (sb + 1 < p && Ent(sb) < 0 && m_.title_at[sb] >= 0) ++sb;  // "On Tuesday, Sen. X"
      break;
    }
  }
  if (Ent(sb) < 0 || MentionBegin(sb) != sb || MentionEnd(sb) >= p) return -1;
  // "X also weighed in ..., choosing to endorse Y": an adverb before the verb.
  uint32_t v = MentionEnd(sb);
  while (v + 1 < p && SkippableBeforeVerb(v)) ++v;
  return (IsType(Ent(sb), EntityType::kPerson) || IsType(Ent(sb), EntityType::kOrganization)) &&
                 d_.tokens[v].kind == TokKind::kWord && !d_.tokens[v].cap &&
                 !d_.Has(v, kFunctionWord)
             ? Ent(sb)
             : -1;
}

// Whether the endorsement verb at `t` is asked about or offered as a choice:
// "whether Massachusetts Sen. X of the Y Party will endorse Z", "the
// prospect of A and B backing Y" ("whether" or "prospect|possibility|
// likelihood|chance(s) of" up to 20 words before it, not across a relative
// clause: "whether X, who
// backed Y, will ..." still says X backed Y), "X, who dropped out last week,
// will endorse A or B" (objects joined by "or").
bool RelationFinder::ChoiceOrQuestion(uint32_t sb, uint32_t t, uint32_t se) const {
  for (uint32_t k = t; k > sb && k + 20 > t; --k) {
    if (d_.Lower(k - 1) == "whether") return true;
    // "the prospect of A and B backing Y": a possibility, not a fact.
    if (k < t && d_.Lower(k) == "of" &&
        In(d_.Lower(k - 1), {"prospect", "possibility", "likelihood", "chance", "chances"}))
      return true;
    // "whether X, a senator who backed Y, will ...": the relative clause is
    // a fact of its own.
    if (In(d_.Text(k - 1), {";", ":"}) || In(d_.Lower(k - 1), {"who", "which"})) break;
  }
  const int pos = ObjectAfter(t + 1, se) >= 0 ? ObjectPos(t + 1, se) : -1;
  if (pos < 0) return false;
  uint32_t e = MentionEnd(static_cast<uint32_t>(pos));
  if (e < se && d_.Text(e) == "(") {  // "A (D-Ohio) or B"
    while (e < se && d_.Text(e) != ")") ++e;
    if (e < se) ++e;
  }
  return e < se && d_.Lower(e) == "or";
}

}  // namespace kg::extract::internal
