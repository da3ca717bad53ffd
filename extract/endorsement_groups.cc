// A group described by its candidate (RelationFinder helper for relations.cc):
// news about campaign money names super PACs and outside groups through the
// candidate they back, in an apposition on either side of the name ("Acme
// Action, a super PAC supporting Y", "the main super PAC backing Y, Acme
// Action, raised ...", "three groups backing Y: A, B and C"). A PAC or group
// that backs a candidate endorses them (the README's `an upstart PAC that
// backed Y`), but the participle after a bare group noun has no subject the
// verb rules can find, and "the group" alone would be taken for the last
// organisation named.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// Nouns for a body that backs candidates ("super PAC", "outside group").
bool GroupNoun(std::string_view w) {
  return In(w, {"pac", "pacs", "group", "groups", "committee", "committees", "organization",
                "organizations", "organisation", "organisations", "coalition", "coalitions",
                "union", "unions"});
}

// Nouns for what a group backs on a candidate's behalf ("supporting her
// campaign", "backing Y's candidacy").
bool BidNoun(std::string_view w) {
  return In(w, {"campaign", "candidacy", "bid", "reelection", "re-election", "nomination"});
}

}  // namespace

bool RelationFinder::GroupBacking(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  if (t < sb + 2 || t + 1 >= se || in_quote_[t]) return false;
  const std::string_view w = d_.Lower(t);
  const bool participle = In(w, {"supporting", "backing", "endorsing"});
  // "Acme Fund, a super PAC that (also) supported Y": a relative clause on
  // the group noun, in the past or present ("that backs", "which is
  // backing", "that has endorsed").
  uint32_t r = t;
  const bool backing =
      participle || In(w, {"supports", "supported", "backs", "backed", "endorses", "endorsed"});
  if (backing) {
    while (r > sb && r + 4 > t &&
           In(d_.Lower(r - 1), {"has", "have", "had", "is", "was", "also", "already", "formally",
                                "officially", "publicly", "previously", "long"}))
      --r;
  }
  // Only a backing verb: "the union that helped|hired Y" in a sentence with
  // an endorsement elsewhere is no backing of Y.
  const bool relative = backing && r > sb + 1 && In(d_.Lower(r - 1), {"that", "which"}) &&
                        (!participle || r < t);  // "that is backing", not "that backing"
  if (!participle && !relative) return false;
  // The group noun right before the participle or the relative pronoun, not
  // part of a name ("Acme PAC backing Y" is a name before a participle,
  // another shape).
  const uint32_t g = relative ? r - 2 : t - 1;
  if (!GroupNoun(d_.Lower(g)) || Ent(g) >= 0) return false;
  // The candidates: persons named right after the participle (through a
  // title: "supporting Ohio Gov. X"), or a pronoun ("backing her campaign").
  std::vector<int> dst;
  uint32_t end = t + 1;  // first token after the candidates
  uint32_t k = t + 1;
  while (k < se && k < t + 5 && Ent(k) < 0 && d_.tokens[k].kind == TokKind::kWord &&
         (d_.tokens[k].cap || m_.title_at[k] >= 0))
    ++k;
  if (k < se && IsType(Ent(k), EntityType::kPerson) && MentionBegin(k) == k && !in_quote_[k]) {
    for (int e : Coordinated(k, se)) {
      if (!IsType(e, EntityType::kPerson)) break;
      dst.push_back(e);
    }
    // The token after the last coordinated person: each one's mention is
    // the next of its entity.
    end = k;
    for (int e : dst) {
      uint32_t j = end;
      while (j < se && j < end + 6 && !(Ent(j) == e && MentionBegin(j) == j)) ++j;
      if (j >= se || j >= end + 6) break;
      end = MentionEnd(j);
    }
    // "backing Y's candidacy" is Y's; "supports Y's agenda" is no candidate.
    if (end < se && d_.tokens[end].kind == TokKind::kPossessive) {
      if (end + 1 >= se || !BidNoun(d_.Lower(end + 1))) return false;
      end += 2;
    }
  } else {
    const int p = PronounObject(t + 1, se, {});
    if (p < 0) return false;
    dst.push_back(p);
    end = t + 2;
    if (end < se && BidNoun(d_.Lower(end))) ++end;  // "supporting her campaign"
  }
  if (dst.empty()) return false;
  std::vector<int> src;
  // (a) The group named before the description: "Acme Action, a super PAC
  // supporting Y", "X, head of Acme, an outside group backing Y", also "one
  // of the groups backing Y". Between the determiner and the noun only
  // describing words ("the main outside", "a conservative super").
  uint32_t a = g;
  while (a > sb && a + 4 > g && d_.tokens[a - 1].kind == TokKind::kWord && Ent(a - 1) < 0 &&
         !In(d_.Lower(a - 1), {"a", "an", "the", "another"}) &&
         (d_.tokens[a - 1].cap || !d_.Has(a - 1, kFunctionWord)))
    --a;
  const bool det = a > sb && In(d_.Lower(a - 1), {"a", "an", "the", "another"});
  if (det) {
    uint32_t c = a - 1;  // the determiner
    // "one of the main outside groups supporting him".
    if (c >= sb + 2 && d_.Lower(c) == "the" && d_.Lower(c - 1) == "of" &&
        In(d_.Lower(c - 2), {"one", "among"}))
      c -= 2;
    if (c > sb + 1 && d_.Text(c - 1) == ",") {
      uint32_t oe = c - 1;  // where the organisation's name ends
      // "the Acme Committee (AC), a group that ...": past the acronym.
      if (oe > sb + 3 && d_.Text(oe - 1) == ")" && d_.Text(oe - 3) == "(" &&
          d_.tokens[oe - 2].allcaps)
        oe -= 3;
      if (MentionEndsAt(oe) && IsType(Ent(oe - 1), EntityType::kOrganization))
        src.push_back(Ent(oe - 1));
    }
    // (b) The group named after the candidates: "The main super PAC backing
    // Y, Acme Action, raised ...", "a super PAC backing Y, called Acme PAC",
    // "groups backing Y: A, B and C" (every listed organisation).
    if (src.empty() && participle && end + 1 < se && In(d_.Text(end), {",", ":"})) {
      uint32_t n = end + 1;
      if (In(d_.Lower(n), {"called", "named", "dubbed"})) ++n;
      if (n + 1 < se && d_.Lower(n) == "the" && Ent(n) < 0) ++n;
      if (n < se && IsType(Ent(n), EntityType::kOrganization) && MentionBegin(n) == n &&
          !in_quote_[n]) {
        const uint32_t after = MentionEnd(n);
        // An apposition ends at a comma or the sentence; a list follows a colon.
        if (d_.Text(end) == ":") {
          for (int e : Coordinated(n, se, true)) {
            if (IsType(e, EntityType::kOrganization)) src.push_back(e);
          }
        } else if (after >= se || In(d_.Text(after), {",", ".", "\xe2\x80\x94", "--"})) {
          src.push_back(Ent(n));
        }
      }
    }
  } else if (participle && end + 2 < se && d_.Text(end) == ":") {
    // "nine progressive groups backing Y: A, B and C" (a count, no article).
    const uint32_t n = d_.Lower(end + 1) == "the" && Ent(end + 1) < 0 ? end + 2 : end + 1;
    const bool named = IsType(Ent(n), EntityType::kOrganization) && MentionBegin(n) == n;
    for (int e : named ? Coordinated(n, se, true) : std::vector<int>{}) {
      if (IsType(e, EntityType::kOrganization)) src.push_back(e);
    }
  }
  if (src.empty()) return false;
  for (int x : src) {
    for (int y : dst) Add("ENDORSES", x, y, s, "endorse.group");
  }
  return true;
}

}  // namespace kg::extract::internal
