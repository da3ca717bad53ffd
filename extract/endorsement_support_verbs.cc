// Backing said without "endorse" in an election context (stop 21): where the
// candidate after a backing verb is named behind a place, a party word or
// "state" ("is supporting state Sen. Y", "backs Ohio Gov. Y"), a supporter
// named before a relative clause ("X, who won the district, is supporting
// Y"), "X has gotten behind Y" and "X threw|lent his support to Y". Kept apart from
// endorsement_cues.cc, which holds the verbs' own gate (BackingVerb).
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

bool DashText(std::string_view p) {
  return p == "-" || p == "--" || p == "\xe2\x80\x94" || p == "\xe2\x80\x93";
}

}  // namespace

// The noun that "behind" `t` belongs to: the word before it, or, when a dash
// aside of one to eight words stands between ("threw his support -- and his
// fortune -- behind Y", "-- for now --"), the word before the aside's
// opening dash. `t - 1` when there is no aside; a sentence stop, colon or
// quotation inside the dashes makes it no aside.
uint32_t RelationFinder::AsideNoun(uint32_t sb, uint32_t t) const {
  if (t < sb + 4 || !DashText(d_.Text(t - 1))) return t - 1;
  uint32_t c = t - 1;  // the closing dash ("--" may be two hyphens)
  if (d_.Text(c) == "-" && DashText(d_.Text(c - 1))) --c;
  for (uint32_t o = c - 1; o > sb + 1 && o + 9 > c; --o) {
    if (in_quote_[o] || In(d_.Text(o), {".", ";", ":", "(", ")", "\"", "\xe2\x80\x9c"}))
      return t - 1;
    if (!DashText(d_.Text(o))) continue;
    if (o + 1 == c) return t - 1;  // no words between the dashes
    if (d_.Text(o) == "-" && DashText(d_.Text(o - 1))) --o;
    return o - 1;
  }
  return t - 1;
}

// Where the person after a backing verb at `o` starts, past what describes a
// candidate before the name: "former", "state", "fellow", a party adjective
// and a title, and a place of up to three capitalised words that a title
// follows ("Ohio Gov.", "New Jersey Sen."). A place is passed over only
// before a title, so "backs Ohio State" or "backs Acme Corp." stay what they
// were (no person there). `o` itself when nothing describes the person.
// With `described` (a backing verb, not "supports": "supports WikiLeaks
// founder Y" backs no candidate), also past a body before a title ("backs
// House Speaker Y") and a description ("is backing conservative
// commentator Y"); since stop 32 past "the" before a description ("backed
// the former state senator Y"; not "the Y campaign": no name right after
// "the") and a contender or friend noun's apposition ("has backed a
// longtime friend, Y, with tweets", ContenderApposition).
uint32_t RelationFinder::CandidateStart(uint32_t o, uint32_t se, bool described) const {
  const uint32_t from = o;
  if (described && o < se) {
    const int c = ContenderApposition(o, se);
    if (c >= 0) return static_cast<uint32_t>(c);
    if (o + 1 < se && d_.IsWord(o, "the") && Ent(o + 1) < 0 && !d_.tokens[o + 1].cap) ++o;
  }
  while (o < se && o < from + 8) {
    if (Ent(o) >= 0) {
      if (described) TitledPersonAfterOrg(Ent(o), &o, se);  // "House Speaker Y"
      break;
    }
    // "conservative commentator Y" (list_descriptions.cc).
    if (const uint32_t d = ListedDescriptionEnd(o, se, false); described && d != o) return d;
    if (TitleAt(o) >= 0) {
      o = m_.titles[TitleAt(o)].tok_end;
      continue;
    }
    if (In(d_.Lower(o), {"former", "state", "fellow", "republican", "democratic", "democrat", "gop",
                         "incumbent", "then-sen.", "then-gov.", "both"})) {
      ++o;
      continue;
    }
    // A place before a title: capitalised words no mention covers.
    uint32_t k = o;
    while (k < se && k < o + 3 && d_.tokens[k].kind == TokKind::kWord && d_.tokens[k].cap &&
           Ent(k) < 0 && TitleAt(k) < 0)
      ++k;
    if (k == o || k >= se || TitleAt(k) < 0) break;
    o = k;
  }
  return o;
}

// "X, who won the district in the primary, is supporting Y": the comma
// before the verb group at `p` closes a relative clause on a named person
// (no comma, quotation or second relative inside it, at most 16 words).
bool RelationFinder::ClosedRelativeBefore(uint32_t sb, uint32_t p) const {
  if (p < sb + 4 || d_.Text(p - 1) != ",") return false;
  for (uint32_t k = p - 2; k > sb + 1 && k + 18 > p; --k) {
    if (d_.tokens[k].kind == TokKind::kPunct || in_quote_[k]) return false;
    if (d_.Lower(k) != "who") continue;
    return k + 2 < p && d_.Text(k - 1) == "," && MentionEndsAt(SkipNameTail(sb, k - 1)) &&
           IsType(Ent(SkipNameTail(sb, k - 1) - 1), EntityType::kPerson);
  }
  return false;
}

// "in|during the (2016 Democratic) primary", "in his bid", "in the
// presidential race": a race named right after a candidate at `k`, which makes
// backing the person an endorsement in that race ("who supported Y in the 2016
// primary"). Up to four describing words (a year, a party, "presidential")
// between the determiner and the noun; not "in the Senate" (a chamber: "supported
// Y in the Senate" is a vote) nor "in the polls".
bool RelationFinder::RacePhraseAt(uint32_t k, uint32_t se, bool year) const {
  // "backed Y again in 2016": an adverb before the race.
  if (k + 2 < se && In(d_.Lower(k), {"again", "early", "once", "twice"})) ++k;
  if (k + 1 >= se || !In(d_.Lower(k), {"in", "during", "for"})) return false;
  // With `year`, "backed Y in 2016", "is backing Y for 2020": an election
  // year alone dates a candidacy when the clause ends with it (not "in 2020
  // fundraising", "for 2020 tickets"). Only for "back": "who supported Y
  // in 2008" is as often a voter (on the pool, 2 of 2).
  if (year && ElectionYearAt(k + 1) &&
      (k + 2 >= se || d_.tokens[k + 2].kind == TokKind::kPunct ||
       In(d_.Lower(k + 2), {"and", "but", "when", "while", "before", "after", "because"})))
    return true;
  if (d_.Lower(k) == "for") return false;
  uint32_t a = k + 1;
  if (In(d_.Lower(a), {"the", "his", "her", "their", "its", "this", "that", "last"})) ++a;
  bool body = false;  // an organisation named inside the phrase
  for (uint32_t n = 0; a < se && n < 5; ++n, ++a) {
    std::string_view w = d_.Lower(a);
    if (In(w,
           {"primary", "primaries", "race", "election", "caucus", "caucuses", "campaign", "runoff",
            "bid", "contest", "nomination", "general", "cycle", "midterm", "midterms"}))
      return !body || In(w, {"primary", "primaries", "race", "election", "runoff", "contest"});
    // "in the party's presidential contest": a possessive inside the race.
    if (d_.tokens[a].kind == TokKind::kPossessive && n > 0) continue;
    // "in the Senate race", "in the Ohio Democratic Party's primary": a
    // body names the race's office or party before a contest noun; not a
    // person ("in the X campaign" is a job) nor "in the Acme campaign".
    if (d_.tokens[a].kind != TokKind::kNumber &&
        (d_.tokens[a].kind != TokKind::kWord || d_.Has(a, kFunctionWord) ||
         (Ent(a) >= 0 && !IsType(Ent(a), EntityType::kOrganization))))
      return false;
    body |= Ent(a) >= 0;
  }
  return false;
}

// A four-digit year of a modern election (1900-2099) at `k`.
bool RelationFinder::ElectionYearAt(uint32_t k) const {
  if (d_.tokens[k].kind != TokKind::kNumber) return false;
  std::string_view w = d_.Text(k);
  return w.size() == 4 && (w.substr(0, 2) == "19" || w.substr(0, 2) == "20") &&
         w.find_first_not_of("0123456789") == std::string_view::npos;
}

// "X has gotten behind Y", "X got behind Y in the spring": in an election
// sentence or article, a named subject next to the verb and a person after
// it. `t` is "behind". Not the infinitive ("urged them to get behind Y",
// "won't get behind Y": "get" is no finite form here) nor a hedge ("may have
// gotten behind"), nor a group noun ("most delegates got behind Y").
void RelationFinder::GotBehind(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, bool election) {
  if (t <= sb + 1 || !In(d_.Lower(t - 1), {"gotten", "got", "gets"}) || in_quote_[t]) return;
  if (!election && !ElectionArticle()) return;
  const uint32_t v = t - 1;
  if (HedgedBefore(sb, v) || ModifiedGroupNoun(sb, v)) return;
  const uint32_t o = CandidateStart(t + 1, se);
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return;
  const uint32_t after = MentionEnd(o);
  if (after < se && d_.tokens[after].kind == TokKind::kPossessive) return;  // "behind Y's plan"
  int src = RelativeSubject(sb, v);
  if (src < 0) src = SubjectOf(sb, v, false);
  if (src < 0 || src == Ent(o)) return;
  for (int x : Subjects(sb, v, src)) Add("ENDORSES", x, Ent(o), s, "endorse.backs");
}

// "X threw|lent|pledged his (full) support to Y", "A and B threw their
// support to Y Monday": giving one's support to a person, in an election
// sentence or article, like "threw her support behind Y" (relations.cc).
// `t` is "to". Y is a person right after it (through CandidateStart), not
// "to Y's bill", "to the people of Z" or "to continuing the probes"; the
// giver is the subject next to the verb (or a relative's head); hedges and
// wishes ("should throw her support to him", "may lend") give nothing.
void RelationFinder::SupportTo(uint32_t sb, uint32_t se, uint32_t s, uint32_t t, bool election) {
  // "X offered his backing to Y" too (stop 30's battery).
  if (t < sb + 3 || !In(d_.Lower(t - 1), {"support", "backing", "vote"}) || in_quote_[t]) return;
  if (!election && !ElectionArticle()) return;
  // "X, who was a superdelegate in 2016, pledged his vote to Y": a
  // delegate's pledged vote is an endorsement (a voter's vote is none).
  if (d_.Lower(t - 1) == "vote") {
    if (!In(d_.Lower(t - 3), {"pledged", "pledges", "pledging"})) return;
    bool delegate = false;
    for (uint32_t k = sb; k < se && !delegate; ++k)
      delegate = In(d_.Lower(k), {"superdelegate", "super-delegate", "delegate", "elector"});
    if (!delegate) return;
  }
  uint32_t v = t - 2;
  if (In(d_.Lower(v), {"full", "strong", "early", "considerable", "public", "formal",
                       "enthusiastic", "wholehearted"}) &&
      v > sb)
    --v;
  if (!In(d_.Lower(v), {"his", "her", "their", "its"}) || v == sb) return;
  --v;
  if (!In(d_.Lower(v), {"threw", "throws", "throwing", "thrown", "lent", "lends", "lending", "gave",
                        "gives", "giving", "given", "pledged", "pledges", "pledging", "offered",
                        "offers", "offering", "extended"}))
    return;
  if (HedgedBefore(sb, v) || ModifiedGroupNoun(sb, v)) return;
  for (uint32_t k = v > sb + 4 ? v - 4 : sb; k < v; ++k) {
    if (In(d_.Lower(k), {"should", "rumors", "rumor", "reports", "urged", "asked", "will", "to"}))
      return;
  }
  const uint32_t o = CandidateStart(t + 1, se);
  if (o >= se || !IsType(Ent(o), EntityType::kPerson) || MentionBegin(o) != o) return;
  const uint32_t after = MentionEnd(o);
  // "to Y's bill", "to Harris' legislation" (a bare apostrophe).
  if (after < se &&
      (d_.tokens[after].kind == TokKind::kPossessive || In(d_.Text(after), {"'", "\xe2\x80\x99"})))
    return;
  int src = RelativeSubject(sb, v);
  if (src < 0) src = SubjectOf(sb, v, false);
  if (src < 0) src = GroupSubject(sb, v);  // "the group threw its support to Y"
  // "Former Govs. A of Ohio and B of Iowa threw their support to Y": past a
  // home state.
  const uint32_t x = SkipNameTail(sb, v);
  if (src < 0 && x < v && MentionEndsAt(x)) src = Ent(x - 1);
  if (src < 0 || src == Ent(o)) return;
  for (int x : Subjects(sb, v, src)) {
    if (x != Ent(o)) Add("ENDORSES", x, Ent(o), s, "endorse.support");
  }
}

}  // namespace kg::extract::internal
