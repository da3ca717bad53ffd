// The active endorsement clause of RelationFinder (rules endorse.verbal,
// endorse.backs, endorse.pronoun, endorse.described,
// endorse.speaker_object): "X endorsed|is backing Y". ActiveEndorser finds
// who endorses (the subject of the verb or of a lead-in such as "voted to",
// "went on to", "X's decision to", a relative, partitive or described
// subject); ActiveEndorsement finds whom (the object and every name
// coordinated with it, a pronoun, a description, the speaker, the head of
// "whom") and the endorsers listed after the object or joined ("Z joined X
// in endorsing Y"). Split from relations.cc, whose sentence loop calls it
// once the verb passed the hedges and is not a passive.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

// The endorser of the active verb at `t` in *src (-1 when none is named),
// where its subject list ends in *subject_verb and whether it stands next
// to a finite verb in *next_to_verb; false when the clause is done (no
// endorsement, or the partitive rule added its facts).
// The copula ("is", "are", "was", "were") before the adjective at `adj`,
// past "so|very|extremely"; else 0.
uint32_t RelationFinder::CopulaBefore(uint32_t sb, uint32_t adj) const {
  uint32_t c = adj;
  // 'was "proud to endorse" Y': the open mark of a narrated fragment too.
  while (c > sb &&
         (In(d_.Lower(c - 1), {"so", "very", "extremely", "especially", "particularly"}) ||
          (d_.tokens[c - 1].kind == TokKind::kOpenQuote && !in_quote_[c - 1])))
    --c;
  return c > sb && In(d_.Lower(c - 1), {"is", "are", "was", "were"}) ? c - 1 : 0;
}

// The person before a comma-enclosed participial phrase that ends right
// before the verb at `v`: "X, calling Y \"a fighter,\" endorsed her" -> X;
// -1 otherwise (no other punctuation inside, up to 14 tokens).
int RelationFinder::ParticipialAsideSubject(uint32_t sb, uint32_t v) const {
  uint32_t c = v;
  while (c > sb && SkippableBeforeVerb(c - 1)) --c;
  if (c < sb + 4 || d_.Text(c - 1) != ",") return -1;
  for (uint32_t p = c - 2; p > sb && p + 15 > c; --p) {
    if (d_.Text(p) == ",") {
      const std::string_view ing = d_.Lower(p + 1);
      if (p + 2 >= c || d_.tokens[p + 1].kind != TokKind::kWord || d_.tokens[p + 1].cap ||
          !ing.ends_with("ing") || !MentionEndsAt(p))
        return -1;
      return Ent(p - 1);
    }
    if (in_quote_[p] || d_.tokens[p].kind == TokKind::kPunct) return -1;
  }
  return -1;
}

bool RelationFinder::ActiveEndorser(uint32_t sb, uint32_t se, uint32_t s, uint32_t t,
                                    EndorsingVerb v, bool election, int* src_out,
                                    uint32_t* subject_verb_out, bool* next_to_verb_out) {
  const std::string_view w = d_.Lower(t);
  const bool endorse_verb = v.endorse, back_verb = v.back;
  int src = -1;
  uint32_t subject_verb = t;  // where a coordinated subject list ends
  bool next_to_verb = false;  // a finite verb whose subject stands right before it
  // "X's decision to continue endorsing Y": the gerund after "continue|keep"
  // stands for the verb of the lead-in before them.
  const uint32_t vt = ContinuedGerund(sb, t) ? t - 1 : t;
  if (vt > sb && d_.Lower(vt - 1) == "to") {
    // "voted to (publicly) endorse", "X's decision to endorse".
    uint32_t k = vt - 1;
    if (k > sb && IsAuxiliary(d_.Lower(k - 1))) --k;
    if (k == sb) return false;
    std::string_view lead = d_.Lower(k - 1);
    // "X continues to endorse|back|support Y": a standing endorsement.
    if (In(lead, {"voted", "decided", "chose", "agreed", "moved", "opted", "vote", "continue",
                  "continues", "continued", "continuing"})) {
      src = SubjectOf(sb, k - 1);
      subject_verb = k - 1;
    } else if (In(lead, {"proud", "pleased", "honored", "honoured", "delighted", "thrilled",
                         "excited", "happy", "glad"}) &&
               CopulaBefore(sb, k - 1) > 0) {
      // "The Q Union is (very) proud to endorse Y": the copula's subject.
      subject_verb = CopulaBefore(sb, k - 1);
      src = SubjectOf(sb, subject_verb);
      if (src < 0) return false;
    } else if (In(lead, {"honor", "honour", "privilege", "pleasure"}) && !in_quote_[t]) {
      // "X said it was an honor to endorse Y": the speech verb's subject.
      uint32_t it = ItIsMyHonor(sb, k - 1);
      if (it > sb && d_.Lower(it - 1) == "that") --it;
      if (it <= sb || !In(d_.Lower(it - 1), {"said", "says", "wrote", "tweeted", "added"}))
        return false;
      subject_verb = it - 1;
      src = SubjectOf(sb, subject_verb);
      if (src < 0) return false;
    } else if (k >= sb + 3 &&
               (In(lead, {"choosing", "deciding", "opting", "electing"}) ||
                (lead == "on" && d_.Lower(k - 2) == "going")) &&
               d_.Text(lead == "on" ? k - 3 : k - 2) == ",") {
      // "X weighed in on the race, choosing to endorse Y", "..., going on
      // to back Y": the main clause's subject (endorsement_participles.cc).
      subject_verb = lead == "on" ? k - 3 : k - 2;
      src = MainClauseSubject(sb, subject_verb);
      if (src < 0) return false;
      next_to_verb = true;
    } else if (lead == "on" && k >= sb + 2 && In(d_.Lower(k - 2), {"went", "goes", "go", "gone"})) {
      // "X went on to endorse Y", "the senator lost the primary, and
      // went on to endorse Y": the subject of "went", named or described.
      subject_verb = k - 2;
      src = SubjectOf(sb, subject_verb);
      if (src < 0) src = DescribedSubject(sb, subject_verb);
      if (src < 0) src = DescribedCoordinatedSubject(sb, subject_verb);
      if (src < 0) return false;
    } else {
      // "Nikki Haley's decision this week to endorse".
      for (uint32_t n = k; n > sb + 2 && n + 5 > k; --n) {
        if (In(d_.Lower(n - 1), {"decision", "move", "choice"}) &&
            d_.tokens[n - 2].kind == TokKind::kPossessive) {
          src = Ent(n - 3);
          break;
        }
        // "X explained her decision to endorse Y" (endorsement_continued.cc).
        if (In(d_.Lower(n - 1), {"decision", "choice"})) {
          src = OwnDecisionSubject(sb, n - 2);
          break;
        }
      }
      // "X, the first senator to endorse Y".
      // Its subject is the verb's own: "X was the first member of Congress to
      // endorse him" takes a pronoun object.
      if (src < 0 && (src = FirstToEndorse(sb, k)) >= 0) next_to_verb = true;
      // "X dropped out to back Y" (endorsement_purposes.cc).
      if (src < 0) src = PurposeSubject(sb, k, w);
      // "X, who overcame a rivalry with Z to endorse her".
      if (src < 0 && (src = RelativePurposeSubject(sb, k)) >= 0) next_to_verb = true;
      if (src < 0) return false;
    }
  } else if (vt < t) {
    // "X will continue endorsing Y", "X kept backing Y".
    if (HedgedBefore(sb, vt)) return false;
    src = SubjectOf(sb, vt, false);
    if (src < 0 && (src = RelativeSubject(sb, vt)) >= 0) next_to_verb = true;
    if (src < 0) return false;
    subject_verb = vt;
    next_to_verb = true;
  } else {
    // "Y was endorsed Friday by X" is passive: its subject is the target;
    // "X is endorsing|backing Y" is active.
    uint32_t a = t;
    while (a > sb && SkippableBeforeVerb(a - 1)) --a;
    const bool be =
        a > sb && In(d_.Lower(a - 1), {"was", "were", "been", "being", "is", "are", "be"});
    if (be && !w.ends_with("ing")) return false;
    subject_verb = be ? a - 1 : t;
    // "the caucus, most of whom are backing Y": some members, not the
    // body, back Y; "A and B, both of whom endorsed Y": A and B.
    std::vector<int> whole;
    if (PartitiveRelative(sb, subject_verb, &whole)) {
      const int pos = whole.empty() ? -1 : ObjectPos(t + 1, se);
      if (pos >= 0) {
        for (int x : whole) {
          for (int dst : Coordinated(static_cast<uint32_t>(pos), se))
            Add("ENDORSES", x, dst, s, back_verb ? "endorse.backs" : "endorse.verbal");
        }
      }
      return false;
    }
    // "X's speech endorsing Y" (endorsement_continued.cc).
    if (!be && (src = MediumOwner(sb, t)) >= 0) {
      next_to_verb = true;
    } else if (!be && w.ends_with("ing")) {
      src = ParticipleSubject(sb, a, se);
      if (src == -2) return false;
      next_to_verb = src >= 0;
    }
    // Outside an election sentence a backer must stand next to the verb
    // ("65% backed Y" is not the first name of the sentence).
    // "X of Ohio, who backed Y", "X, who left the race, has endorsed Y".
    // Its verb is finite, so a pronoun object counts ("X, who had a
    // rocky relationship with Z but eventually endorsed him").
    if (src < 0 && (src = RelativeSubject(sb, subject_verb)) >= 0) next_to_verb = true;
    // "X, whose endorsement Z sought, backed Y" (endorsement_supporting.cc).
    if (src < 0 && (src = WhoseClauseSubject(sb, subject_verb)) >= 0) next_to_verb = true;
    // "the X lobbying group, which has endorsed him".
    if (src < 0 && (src = OrgRelativeHead(sb, subject_verb)) >= 0) next_to_verb = true;
    // "a union representing 7,600 Acme officials endorsed Y": a group
    // noun that a name only modifies is the subject, and names no one.
    const bool group_subject = ModifiedGroupNoun(sb, subject_verb);
    if (src < 0 && !group_subject) src = SubjectOf(sb, subject_verb, endorse_verb || election);
    // "X, along with Gov. Z, supports Y": the name before an accompaniment
    // phrase (Subjects adds the phrase's names).
    if (src < 0 && !group_subject) {
      std::vector<int> along;
      uint32_t c = subject_verb;
      while (c > sb && SkippableBeforeVerb(c - 1)) --c;
      const uint32_t open = AccompanimentBefore(sb, c, &along);
      if (open < c && MentionEndsAt(open)) src = Ent(open - 1), next_to_verb = true;
    }
    // "X praised Z but endorsed Y" (endorsement_but_predicates.cc).
    if (src < 0 && !group_subject && (src = ButPredicateSubject(sb, subject_verb)) >= 0)
      next_to_verb = true;
    // "X, D-Ill., is also backing Y": the name before a party tag.
    if (src < 0 && !group_subject && (src = PartyTagSubject(sb, subject_verb)) >= 0)
      next_to_verb = true;
    // "The group has endorsed Y": the organisation named before.
    if (src < 0 && !group_subject) src = GroupSubject(sb, subject_verb);
    // "X, a harsh critic of Z who denounced him, endorsed him"
    // (endorsement_described_givers.cc).
    if (src < 0 && !group_subject && (src = DescribedAppositionHead(sb, subject_verb)) >= 0)
      next_to_verb = true;
    // "During the campaign, the activist endorsed Y": a person described.
    if (src < 0 && !group_subject && (src = DescribedSubject(sb, subject_verb)) >= 0)
      next_to_verb = true;
    // "X praised Z and endorsed him": the subject that opens the sentence
    // before a first predicate is as near as one next to the verb.
    if (!next_to_verb && src >= 0 && !group_subject && ButPredicateSubject(sb, subject_verb) == src)
      next_to_verb = true;
    // "X, calling Y \"a fighter,\" endorsed her": past a participial aside.
    if (!next_to_verb && src >= 0 && !group_subject &&
        ParticipialAsideSubject(sb, subject_verb) == src)
      next_to_verb = true;
    // A bare "endorse" is an infinitive or a wish ("to have X endorse her").
    if (!next_to_verb && src >= 0 && !In(w, {"endorse", "back", "support", "re-endorse"}))
      next_to_verb =
          SubjectOf(sb, subject_verb, false) == src || GroupSubject(sb, subject_verb) == src;
  }
  *src_out = src;
  *subject_verb_out = subject_verb;
  *next_to_verb_out = next_to_verb;
  return true;
}

// The active clause at the verb `t`: its endorser and whom it endorses.
void RelationFinder::ActiveEndorsement(uint32_t sb, uint32_t se, uint32_t s, uint32_t t,
                                       EndorsingVerb v, bool election) {
  const std::string_view w = d_.Lower(t);
  const bool endorse_verb = v.endorse, back_verb = v.back, first_to = v.first_to;
  // Inside a quotation only a named subject right before the verb counts
  // ("... the Herald is endorsing Y," the board said); not "we", "he".
  if (in_quote_[t]) {
    uint32_t a = t;
    // "... the Q Union is proud to endorse Y," Z said.
    const uint32_t copula = t > sb + 2 && d_.Lower(t - 1) == "to" &&
                                    In(d_.Lower(t - 2), {"proud", "pleased", "honored", "delighted",
                                                         "thrilled", "excited", "happy", "glad"})
                                ? CopulaBefore(sb, t - 2)
                                : 0;
    if (copula > 0) a = copula;
    while (a > sb && (IsAuxiliary(d_.Lower(a - 1)) || In(d_.Lower(a - 1), {"is", "are"}))) --a;
    if (a == sb || !in_quote_[a - 1] || Ent(a - 1) < 0 || d_.tokens[a - 1].kind != TokKind::kWord ||
        !d_.tokens[a - 1].cap || (w.ends_with("e") && copula == 0) || HedgedBefore(sb, a)) {
      // "She endorsed Y," X said of Z (endorsement_first_person.cc).
      if (a > sb && endorse_verb && !w.ends_with("e")) QuotedPronounEndorser(sb, a - 1, t, se, s);
      return;
    }
  }
  int src = -1;
  uint32_t subject_verb = t;
  bool next_to_verb = false;
  if (!ActiveEndorser(sb, se, s, t, v, election, &src, &subject_verb, &next_to_verb)) return;
  // "Many Republican officials are backing Y, including A and B".
  if (src < 0 && back_verb) {
    IncludedEndorsers(sb, se, s, t);
    return;
  }
  if (src < 0 && endorse_verb && subject_verb == t) {
    IncludedEndorsers(sb, se, s, t);
    // "The outlet ... instead endorsed Y, along with the A, B and C":
    // the ones after the object endorse Y whoever the subject is.
    const int y = HedgedBefore(sb, t) ? -1 : ObjectPos(t + 1, se);
    if (y >= 0 && IsType(Ent(y), EntityType::kPerson)) {
      for (int x : TrailingEndorsers(static_cast<uint32_t>(y), se))
        Add("ENDORSES", x, Ent(y), s, "endorse.verbal");
    }
    return;
  }
  int pos = src >= 0 ? ObjectPos(t + 1, se) : -1;
  if (first_to && (pos < 0 || !IsType(Ent(pos), EntityType::kPerson))) return;
  // "X endorsed him", "X endorsed her presidential bid": only with the
  // subject next to a finite verb, and never one of the endorsers.
  // "X joined Z in endorsing him": the clause's subject and the ones
  // joined (endorsement_described_givers.cc), none of them "him".
  // The subject is the one next to "joined" ("they said ..., and X
  // joined Z in endorsing him" is not the first name's).
  std::vector<int> joined_names;
  const int join_verb = !next_to_verb && pos < 0 ? JoinedGerund(sb, t, &joined_names) : -1;
  const bool joined_gerund =
      join_verb >= 0 && (src = SubjectOf(sb, static_cast<uint32_t>(join_verb), false)) >= 0;
  if (joined_gerund) subject_verb = static_cast<uint32_t>(join_verb);
  if ((next_to_verb || joined_gerund) && pos < 0) {
    std::vector<int> endorsers = Subjects(sb, subject_verb, src);
    if (joined_gerund) {
      bool hedged = false;
      const std::vector<int> listed = JoinedEndorsers(sb, t, &hedged);
      if (hedged) return;
      endorsers.insert(endorsers.end(), listed.begin(), listed.end());
    }
    // "X endorsed me," Z said: the speaker (endorsement_first_person.cc).
    const int me = QuotedSpeakerObject(t + 1, se, endorsers);
    for (int x : endorsers) Add("ENDORSES", x, me, s, "endorse.speaker_object");
    if (me >= 0) return;
    std::vector<int> not_object = endorsers;
    not_object.insert(not_object.end(), joined_names.begin(), joined_names.end());
    const int pronoun = PronounObject(t + 1, se, not_object);
    for (int x : endorsers) Add("ENDORSES", x, pronoun, s, "endorse.pronoun");
    if (pronoun >= 0) return;
    if (joined_gerund) return;
    // "X endorsed the former vice president": a person described.
    uint32_t end = 0;
    const int described = DescribedPerson(t + 1, endorsers, true, &end);
    for (int x : endorsers) Add("ENDORSES", x, described, s, "endorse.described");
    if (described >= 0) return;
  }
  // "Z refused to join X in endorsing Y": no endorsement by anyone.
  bool join_hedged = false;
  const std::vector<int> joined =
      pos >= 0 ? JoinedEndorsers(sb, t, &join_hedged) : std::vector<int>{};
  if (join_hedged) return;
  if (pos >= 0) {
    for (int x : Subjects(sb, subject_verb, src)) {
      // "endorsed House Speaker X": the person, not the chamber.
      for (int dst : Coordinated(static_cast<uint32_t>(pos), se))
        Add("ENDORSES", x, PersonAfterOrgTitle(dst, static_cast<uint32_t>(pos), se), s,
            back_verb || first_to ? "endorse.backs" : "endorse.verbal");
    }
    // "X endorsed Y, as did Z": more endorsers after the object; "Z
    // joined X in endorsing Y": the one joined.
    std::vector<int> more = TrailingEndorsers(static_cast<uint32_t>(pos), se);
    more.insert(more.end(), joined.begin(), joined.end());
    for (int x : more) {
      for (int dst : Coordinated(static_cast<uint32_t>(pos), se))
        Add("ENDORSES", x, PersonAfterOrgTitle(dst, static_cast<uint32_t>(pos), se), s,
            back_verb || first_to ? "endorse.backs" : "endorse.verbal");
    }
  } else if (src >= 0) {
    // "Y, whom X endorsed": the object is the head of the relative; "Y,
    // whom X, a Democrat, endorsed": past an aside on X.
    uint32_t from = t;
    while (from > sb && SkippableBeforeVerb(from - 1)) --from;
    if (const uint32_t x = TrailedNameEnd(sb, from); x < from)
      from = x;
    else
      from = t;
    for (uint32_t w = from; w > sb + 2 && w + 8 > from; --w) {
      if (d_.Lower(w - 1) != "whom") continue;
      // "Y, whom A and B endorsed": every name of the clause's subject.
      // "Y, an outspoken conservative whom X backed": the apposition's head.
      const int head = d_.Text(w - 2) == "," ? Ent(w - 3) : DescribedWhomHead(sb, w - 2);
      if (head >= 0) {
        for (int x : Subjects(sb, subject_verb, src))
          Add("ENDORSES", x, head, s, back_verb ? "endorse.backs" : "endorse.verbal");
      }
      break;
    }
  }
}

}  // namespace kg::extract::internal
