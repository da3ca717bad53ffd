// The noun-triggered ENDORSES rules of RelationFinder: "X's endorsement of
// Y", "Y won|received|has the backing of X", "endorsements from A and B",
// "X gave its endorsement to Y", "Y's backing by A and B", "Y's support
// among Democrats such as A". Moved out of relations.cc to keep each file
// one family of rules.
#include <initializer_list>
#include <string_view>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
// Whether `t` is inside a phrase that opens sentence `sb` with a preposition
// and no comma yet ("In his endorsement of Y, ...", "After her backing of Y, ...").
bool RelationFinder::OpeningPhrase(uint32_t sb, uint32_t t) const {
  if (t <= sb || !In(d_.Lower(sb), {"in", "with", "after", "before", "since", "despite", "by",
                                    "through", "following", "for", "on", "upon", "as"}))
    return false;
  for (uint32_t k = sb + 1; k < t; ++k) {
    if (d_.tokens[k].kind == TokKind::kPunct) return false;
  }
  return true;
}

// The endorsement noun at `t` ("endorsement", "backing", "support" in an
// election sentence or before listed names) of sentence `s`.
// The "of|from" after the received noun at `t`, past a time phrase naming a
// day, a month or a week ("on Tuesday", "this week", "earlier this month"),
// as in "won the endorsement on Tuesday of X"; `t + 1` when none.
uint32_t RelationFinder::PrepositionAfterTime(uint32_t t, uint32_t se) const {
  uint32_t p = t + 1;
  bool when = false;
  for (; p < se && p < t + 5; ++p) {
    const std::string_view w = d_.Lower(p);
    if (d_.Has(p, kMonthOrDay) || In(w, {"week", "month", "weekend"})) {
      when = true;
    } else if (!In(w, {"on", "this", "last", "earlier"}) || in_quote_[p]) {
      break;
    }
  }
  if (!when || p + 1 >= se || !In(d_.Lower(p), {"of", "from"})) return t + 1;
  return p;
}

void RelationFinder::NominalEndorsement(uint32_t s, uint32_t t, bool support_noun, bool election) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  const std::string_view w = d_.Lower(t);
  if (in_quote_[t]) return;
  int src = -1, dst = -1;
  int colon_list = -1;                   // the first endorser listed after a colon
  bool named_after_description = false;  // "of the state's largest union, the A"
  int object_pos = -1;                   // where the endorsed person after "of" is named
  const char* rule = "endorse.nominal";
  uint32_t k = t;
  while (k > sb && (d_.tokens[k - 1].kind == TokKind::kWord) && Ent(k - 1) < 0 && k + 3 > t &&
         (!d_.Has(k - 1, kFunctionWord) ||
          (d_.Lower(k - 1) == "last" && k >= sb + 2 && In(d_.Lower(k - 2), {"a", "the"}))) &&
         !IsReceiveVerb(d_.Lower(k - 1)))
    --k;  // adjectives: "strong", "official", "a last minute"; not the verb of "received
          // endorsements"
  // "the visible and forceful backing of X": coordinated adjectives; "a
  // full-throated, public endorsement of X": adjectives in a row.
  if (k < t && k > sb + 2 && (d_.Lower(k - 1) == "and" || d_.Text(k - 1) == ",") &&
      d_.tokens[k - 2].kind == TokKind::kWord && !d_.tokens[k - 2].cap &&
      !d_.Has(k - 2, kFunctionWord) && Ent(k - 2) < 0 && !IsReceiveVerb(d_.Lower(k - 2)) &&
      In(d_.Lower(k - 3), {"the", "a", "an"}))
    k -= 2;
  // "X's endorsement went to Y" (endorsement_recipients.cc).
  if (EndorsementGoneTo(s, k, t)) return;
  // "X switched his endorsement from Z to Y" (endorsement_switches.cc):
  // not Z's endorsement of X.
  if (SwitchedEndorsement(s, k, t)) return;
  // "X's Y endorsement"
  if (k > sb && Ent(k - 1) >= 0) {
    uint32_t yb = MentionBegin(k - 1);
    if (yb >= sb + 2 && d_.tokens[yb - 1].kind == TokKind::kPossessive && Ent(yb - 2) >= 0) {
      src = Ent(yb - 2);
      dst = Ent(k - 1);
    }
  }
  // "Y has support|endorsements from X": "has" is the verb, not an adjective.
  if (k + 1 == t && In(d_.Lower(k), {"has", "had", "have"})) k = t;
  // Who receives it: "won / received / touted the endorsement of|from X"
  // (endorsement_noun_receivers.cc).
  uint32_t det = k;
  int holder = -1;
  bool received = NounReceived(sb, se, t, k, &det, &holder);
  // Where "of|from" stands: right after the noun, or for a received one past
  // a time phrase ("won the endorsement on Tuesday of X", "a public
  // endorsement this week from X").
  const uint32_t of = received ? PrepositionAfterTime(t, se) : t + 1;
  // "Y's support among big-name Democrats such as X and Z".
  if (support_noun && t + 3 < se && d_.Lower(t + 1) == "among" && k >= sb + 2 &&
      d_.tokens[k - 1].kind == TokKind::kPossessive && IsType(Ent(k - 2), EntityType::kPerson)) {
    for (uint32_t a = t + 2; a + 2 < se && a < t + 8; ++a) {
      if (Ent(a) >= 0 || d_.tokens[a].kind != TokKind::kWord) break;
      if (d_.Lower(a) == "such" && d_.Lower(a + 1) == "as") {
        const int pos = ObjectPos(a + 2, se);
        if (pos >= 0 && MentionBegin(pos) < a + 6) {
          for (int x : Coordinated(static_cast<uint32_t>(pos), se))
            Add("ENDORSES", x, Ent(k - 2), s, "endorse.support_among");
        }
        break;
      }
    }
    return;
  }
  // "Y's (high-profile) backing|endorsement by (the likes of) X and Z":
  // the endorsers follow "by", the possessor is endorsed.
  if (!received && w != "support" && t + 2 < se && d_.Lower(t + 1) == "by") {
    uint32_t a = t + 2;
    if (a + 2 < se && d_.Lower(a) == "the" && d_.Lower(a + 1) == "likes" && d_.Lower(a + 2) == "of")
      a += 3;
    // Only titles and names before the first endorser ("by arguing X" is
    // a manner).
    while (a < se && Ent(a) < 0 && (m_.title_at[a] >= 0 || d_.Lower(a) == "former")) ++a;
    const int pos = a < se && Ent(a) >= 0 ? static_cast<int>(a) : -1;
    std::vector<int> endorsers;
    if (pos >= 0) endorsers = Coordinated(static_cast<uint32_t>(pos), se, true);
    int owner = -1;
    if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) {
      owner = Ent(k - 2);
    } else if (!endorsers.empty() && k > sb && In(d_.Lower(k - 1), {"his", "her"})) {
      owner = PronounReferent(k - 1, d_.Lower(k - 1) == "her" ? Gender::kFemale : Gender::kMale,
                              endorsers);
    }
    if (IsType(owner, EntityType::kPerson)) {
      for (int x : endorsers) Add("ENDORSES", x, owner, s, "endorse.nominal_by");
    }
    return;
  }
  // "Y has scored four endorsements, including that of X and the Z".
  // The verb may stand before a count ("has scored at least four major").
  uint32_t rv = t;
  while (rv > sb && rv + 7 > t && Ent(rv - 1) < 0 && d_.tokens[rv - 1].kind == TokKind::kWord &&
         !IsReceiveVerb(d_.Lower(rv - 1)))
    --rv;
  if (holder < 0 && rv > sb + 1 && IsReceiveVerb(d_.Lower(rv - 1)) && !HedgedBefore(sb, rv - 1) &&
      (colon_list = IncludedListAfter(t, se)) >= 0) {
    src = PersonAfterOrgTitle(Ent(colon_list), colon_list, se);
    dst = ReceiverOf(sb, rv - 1, true);
    if (src >= 0 && dst >= 0 && src != dst && IsType(dst, EntityType::kPerson)) {
      for (int x : Coordinated(static_cast<uint32_t>(colon_list), se))
        Add("ENDORSES", x, dst, s, "endorse.received");
    }
    return;
  }
  // "withheld his endorsement of Y": none. "withdrew|revoked her
  // endorsement of Y" says she gave it: a past fact the guidelines keep
  // required; but "its|their" (a group's, or "McCain and Ayotte have
  // rescinded their endorsements") is often owned by someone the subject
  // search does not find, so there the withdrawal still gives none.
  for (uint32_t v = det; v > sb && v + 3 > det; --v) {
    std::string_view x = d_.Lower(v - 1);
    if (In(x, {"withheld", "withhold", "withholding"})) return;
    if (In(x,
           {"withdrew", "withdrawn", "withdrawing", "rescinded", "rescinding", "revoked",
            "revoking", "pulled", "pulling", "retracted", "retracting", "dropped", "dropping"}) &&
        !HedgedBefore(sb, v - 1) && !In(d_.Lower(v), {"his", "her"}))
      return;
  }
  // "X's backing of Y": like "X's endorsement of Y", for a person Y (not
  // "Y's budget").
  if (w == "backing" && !received && k >= sb + 2 && t + 2 < se &&
      d_.tokens[k - 1].kind == TokKind::kPossessive && d_.Lower(t + 1) == "of" &&
      (IsType(Ent(k - 2), EntityType::kPerson) || IsType(Ent(k - 2), EntityType::kOrganization))) {
    const int pos = ObjectPos(t + 2, se);
    if (pos >= 0 && MentionBegin(pos) < t + 5 && IsType(Ent(pos), EntityType::kPerson) &&
        Ent(pos) != Ent(k - 2)) {
      const uint32_t after = MentionEnd(pos);
      if (after >= se || d_.tokens[after].kind != TokKind::kPossessive)
        Add("ENDORSES", Ent(k - 2), Ent(pos), s, "endorse.nominal");
    }
    return;
  }
  // "Y leaned on|ran with|has X's endorsement|backing" (endorsement_displayed.cc).
  if (!received && w != "support" && src < 0 && dst < 0) {
    const int y = DisplayedPossessive(sb, k, t, se);
    if (y >= 0) {
      Add("ENDORSES", Ent(k - 2), y, s, "endorse.received");
      return;
    }
  }
  // "the support of X" is an endorsement only when won or held ("Y won
  // (Gov.) X's support": the possessive block below, endorsement_supporting.cc).
  if (support_noun && !received && !PossessiveSupportHeld(sb, k)) {
    // "X gave Y his backing" (endorsement_supporting.cc).
    if (election || ElectionArticle()) GivenSupport(s, k);
    return;
  }
  if (dst < 0 && of + 1 < se && (d_.Lower(of) == "of" || d_.Lower(of) == "from")) {
    int x = ObjectAfter(of + 1, se);
    // "has the backing of Z's old boss: X": the person after the colon, not
    // the possessor (ColonListAfter passes it).
    if (received && (colon_list = ColonListAfter(of + 1, se)) >= 0) x = Ent(colon_list);
    // "has the endorsement of the state's largest newspaper, the Bellmont
    // Gazette" (endorsement_named_descriptions.cc).
    if (received && (x < 0 || ModifierOnly(x, of + 1, se))) {
      const int named = NamedDescriptionAfter(of + 1, se);
      if (named >= 0) x = named;
      named_after_description = named >= 0;
    }
    // "won the endorsement of Wisconsin governor -- and former GOP rival --
    // X" (endorsement_named_descriptions.cc).
    if (x < 0 && received) x = DashAsideGiverAfter(of + 1, se);
    // "won the support of his rivals, including A and B".
    if (x < 0 && received) {
      const int pos = ObjectPos(of + 1, se);
      x = pos >= 0 ? Ent(pos) : -1;
    }
    // "won his first endorsements from members of Congress: A and Rep. B".
    if (x < 0 && received) {
      colon_list = ColonListAfter(of + 1, se);
      x = colon_list >= 0 ? Ent(colon_list) : -1;
    }
    // "with the backing of the party establishment and pro-gun Sen. X":
    // unnamed endorsers, then a named one (FrameEndorserAt).
    if (x < 0 && received) {
      const int pos = FrameEndorserAt(of + 1, se);
      if (pos >= 0) {
        colon_list = pos;  // the list starts there ("in A and B")
        x = Ent(pos);
      }
    }
    // "won the endorsement of the newspaper" (endorsement_org_ends.cc).
    if (x < 0 && received) x = DescribedOrgAfter(sb, of + 1, se);
    // "won the endorsement of the president" (endorsement_described_givers.cc).
    if (x < 0 && received) x = DescribedObjectPerson(of + 1, {});
    // "the endorsement of Acme's List and Sen. B": past a name no stage found.
    if (x < 0 && received) {
      const std::vector<int> listed = ListedEndorsers(of + 1, se);
      if (!listed.empty()) x = listed[0];
    }
    if (received || d_.Lower(of) == "from") {
      src = ModifierOnly(x, of + 1, se) ? -1 : PersonAfterOrgTitle(x, of + 1, se);
      if (received) {
        dst = holder >= 0 ? holder : ReceiverOf(sb, det - 1, !support_noun || election);
      } else if (k > sb && In(d_.Lower(k - 1), {"his", "her", "their", "its"})) {
        dst = SubjectBefore(sb, k - 1);
      } else if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) {
        dst = Ent(k - 2);
      }
      rule = "endorse.received";
    } else {
      dst = x;
      object_pos = x >= 0 ? ObjectPos(of + 1, se) : -1;
      if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) src = Ent(k - 2);
      if (src < 0 && k > sb && In(d_.Lower(k - 1), {"its", "his", "her", "their"}))
        src = SubjectBefore(sb, k - 1);
      if (src < 0) src = DescribedOwner(sb, k);  // "the group's|its endorsement"
      // "Critics cite his endorsement of Y": no subject owns the pronoun, so
      // the one man (woman) it can stand for nearby, never Y. Not in an
      // opening phrase ("In his endorsement of Y, the president said"): the
      // pronoun points ahead to the main clause's subject.
      if (src < 0 && dst >= 0 && k > sb && In(d_.Lower(k - 1), {"his", "her"}) &&
          !in_quote_[k - 1] && !OpeningPhrase(sb, k - 1))
        src = PronounReferent(k - 1, d_.Lower(k - 1) == "her" ? Gender::kFemale : Gender::kMale,
                              {dst});
      if (src < 0) {
        for (uint32_t b = of + 1; b + 1 < se && b < of + 9; ++b) {
          if (d_.Lower(b) == "by") {
            src = Ent(b + 1) >= 0 ? Ent(b + 1) : (b + 2 < se ? Ent(b + 2) : -1);
            break;
          }
        }
      }
      // "X's endorsement of the billionaire" (endorsement_described_givers.cc).
      if (dst < 0 && src >= 0 && d_.Lower(of) == "of") dst = DescribedObjectPerson(of + 1, {src});
    }
  }
  // "X handed|gave Y his (most high-profile) endorsement": a double object.
  uint32_t g = k;
  while (g > sb && g + 2 > k && In(d_.Lower(g - 1), {"most", "more", "very"})) --g;
  if (src < 0 && dst < 0 && g > sb + 2 && In(d_.Lower(g - 1), {"his", "her", "its", "their"}) &&
      IsType(Ent(g - 2), EntityType::kPerson) && MentionEnd(g - 2) == g - 1) {
    const uint32_t v = MentionBegin(g - 2);
    if (v > sb &&
        In(d_.Lower(v - 1),
           {"handed", "hands", "handing", "gave", "gives", "giving", "given", "lent", "lends"}) &&
        !HedgedBefore(sb, v - 1) && !in_quote_[v - 1]) {
      src = SubjectOf(sb, v - 1, false);
      dst = Ent(g - 2);
    }
  }
  // "X gave Y a ringing|full and complete endorsement", 'gave Y a "full
  // endorsement"': the indefinite double object, adjectives (and a quoted
  // fragment's mark) between the article and the noun.
  uint32_t a = k;
  while (a > sb && a + 7 > t &&
         (((d_.tokens[a - 1].kind == TokKind::kOpenQuote) && !in_quote_[a - 1]) ||
          (d_.tokens[a - 1].kind == TokKind::kWord && !d_.tokens[a - 1].cap && Ent(a - 1) < 0 &&
           !In(d_.Lower(a - 1), {"a", "an"}) &&
           (d_.Lower(a - 1) == "and" || !d_.Has(a - 1, kFunctionWord)))))
    --a;
  if (src < 0 && dst < 0 && w == "endorsement" && a > sb + 2 && In(d_.Lower(a - 1), {"a", "an"}) &&
      IsType(Ent(a - 2), EntityType::kPerson) && MentionEnd(a - 2) == a - 1) {
    const uint32_t v = MentionBegin(a - 2);
    if (v > sb && In(d_.Lower(v - 1), {"handed", "hands", "gave", "gives", "offered", "offers"}) &&
        !HedgedBefore(sb, v - 1) && !in_quote_[v - 1]) {
      src = SubjectOf(sb, v - 1, false);
      dst = src >= 0 ? Ent(a - 2) : -1;
    }
  }
  // "X said Y has already won his endorsement": no one wins his own, so the
  // pronoun is the one other man (woman) nearby, the giver; the verb's
  // subject the receiver. Only "endorsement" ("Y gets her support from
  // voters" is support for Y).
  if (src < 0 && dst < 0 && w == "endorsement" && k == t && k >= sb + 3 && !in_quote_[k - 1] &&
      In(d_.Lower(k - 1), {"his", "her"}) && IsReceiveVerb(d_.Lower(k - 2)) &&
      !HedgedBefore(sb, k - 2) && (t + 1 >= se || !In(d_.Lower(t + 1), {"of", "from", "for"}))) {
    const int y = SubjectOf(sb, k - 2);
    if (IsType(y, EntityType::kPerson)) {
      const int x =
          PronounReferent(k - 1, d_.Lower(k - 1) == "her" ? Gender::kFemale : Gender::kMale, {y});
      if (IsType(x, EntityType::kPerson)) {
        src = x;
        dst = y;
        rule = "endorse.received";
      }
    }
  }
  // "X gave its endorsement to Y".
  if (dst < 0 && t + 2 < se && d_.Lower(t + 1) == "to" && k >= sb + 2 &&
      In(d_.Lower(k - 1), {"its", "his", "her", "their"}) &&
      In(d_.Lower(k - 2), {"gave", "give", "gives", "giving", "given", "offered", "extended",
                           "lent", "lends", "lending"})) {
    // "praised X for touring to give his endorsement to Y": an infinitive's
    // giver is not the sentence subject, unless it decided ("voted to give").
    const bool infinitive =
        k >= sb + 3 && d_.Lower(k - 3) == "to" &&
        !(k >= sb + 4 && In(d_.Lower(k - 4), {"voted", "decided", "chose", "agreed", "opted"}));
    src = infinitive ? -1 : SubjectOf(sb, k - 2);
    if (src < 0 && !infinitive) src = DescribedOwner(sb, k);  // "the group gave its
    dst = src >= 0 ? ObjectAfter(t + 2, se) : -1;
    if (dst >= 0) object_pos = ObjectPos(t + 2, se);  // "to A and B": each
  }
  // "Y received the X's endorsement", "Y won X's endorsement".
  if (src < 0 && dst < 0 && k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
      Ent(k - 2) >= 0) {
    uint32_t q = MentionBegin(k - 2);
    // "Y won Gov. X's endorsement", "Y secured President X's backing": the
    // endorser's title (and its place: "Ohio Gov.") before the name.
    while (q > sb && Ent(q - 1) < 0 && m_.title_at[q - 1] >= 0) --q;
    while (q > sb && q + 6 > MentionBegin(k - 2) && Ent(q - 1) < 0 && d_.tokens[q - 1].cap &&
           m_.title_at[q - 1] < 0 && q < MentionBegin(k - 2))
      --q;
    if (q > sb && d_.Lower(q - 1) == "the") --q;
    // "Y, who has X's backing": holding it, like "has the backing of X".
    const bool holds = q > sb && In(d_.Lower(q - 1), {"has", "had", "have", "having"});
    // Not hedged: "hopes to win X's endorsement", "did not win X's backing";
    // "not only had X's endorsement, but ..." adds to it.
    const bool not_only = q >= sb + 3 && d_.Lower(q - 3) == "not" && d_.Lower(q - 2) == "only";
    if (q > sb && (IsTakeVerb(d_.Lower(q - 1), q >= sb + 2 ? d_.Lower(q - 2) : "") || holds) &&
        (not_only || !HedgedBefore(sb, q - 1))) {
      src = Ent(k - 2);
      dst = SubjectOf(sb, q - 1);
      // "Accepting the X's endorsement last week, Y warned".
      if (dst < 0) dst = FrontedSubject(sb, q - 1, se);
      // "Y, who ran for Senate, won X's endorsement": the clause's head, not
      // a name inside it (endorsement_displayed.cc).
      if (const int r = RelativeClauseSubject(sb, q - 1); r >= 0) dst = r;
      rule = "endorse.received";
    }
  }
  // "Y gained the president's endorsement": an office's holder
  // (endorsement_described_givers.cc), never Y.
  if (src < 0 && dst < 0 && k >= sb + 3 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
      Ent(k - 2) < 0) {
    uint32_t q = 0;
    if (DescribedPossessor(sb, k, {}, &q) >= 0 && q > sb && IsReceiveVerb(d_.Lower(q - 1)) &&
        !HedgedBefore(sb, q - 1) && !in_quote_[q - 1]) {
      const int y = SubjectOf(sb, q - 1);
      const int x = IsType(y, EntityType::kPerson) ? DescribedPossessor(sb, k, {y}, &q) : -1;
      if (x >= 0) {
        src = x;
        dst = y;
        rule = "endorse.received";
      }
    }
  }
  // "Y, too, won the group's endorsement": the organisation the
  // description names (endorsement_org_anaphora.cc).
  if (src < 0 && dst < 0 && k >= sb + 3 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
      Ent(k - 2) < 0) {
    uint32_t q = 0;
    const int x = DescribedOrgPossessor(sb, k, &q);
    if (x >= 0 && q > sb && IsReceiveVerb(d_.Lower(q - 1)) && !HedgedBefore(sb, q - 1) &&
        !in_quote_[q - 1]) {
      const int y = SubjectOf(sb, q - 1);
      if (IsType(y, EntityType::kPerson)) {
        src = x;
        dst = y;
        rule = "endorse.received";
      }
    }
  }
  // "X's endorsement for Y", "X posted on Twitter a full-throated
  // endorsement for her candidacy": the candidate right after "for", or a
  // pronoun before a bid noun.
  if (src < 0 && dst < 0 && !received && t + 2 < se && d_.Lower(t + 1) == "for") {
    if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) {
      src = Ent(k - 2);
    } else if (k > sb && In(d_.Lower(k - 1), {"its", "his", "her", "their"})) {
      src = SubjectBefore(sb, k - 1);
    } else if (det < k) {
      src = GiverOf(sb, det);
    }
    if (src < 0) src = DescribedOwner(sb, k);
    uint32_t o = t + 2;
    if (o < se && TitleAt(o) >= 0) o = m_.titles[TitleAt(o)].tok_end;
    if (src < 0 || HedgedBefore(sb, det)) {
      src = -1;
    } else if (o < se && IsType(Ent(o), EntityType::kPerson) && MentionBegin(o) == o) {
      dst = Ent(o);
    } else {
      dst = PronounObject(t + 2, se, {src});
    }
  }
  // "X gave a full-throated endorsement of Y".
  if (src < 0 && dst >= 0 && det > sb && det < k) src = GiverOf(sb, det);
  if (src >= 0 && dst >= 0) Add("ENDORSES", src, dst, s, rule);
  // "A and B on Saturday won the endorsement of X": every coordinated
  // receiver, also past a time phrase before the verb.
  if (src >= 0 && dst >= 0 && received && holder < 0 && det > sb + 1 &&
      std::string_view(rule) == "endorse.received") {
    uint32_t v = det - 1;
    while (v > sb &&
           (d_.Has(v - 1, kMonthOrDay) || In(d_.Lower(v - 1), {"on", "last", "this", "week"})))
      --v;
    for (int r : Subjects(sb, v, dst)) {
      if (IsType(r, EntityType::kPerson)) Add("ENDORSES", src, r, s, rule);
    }
  }
  // "the paper's endorsement of A and B": every coordinated person.
  if (src >= 0 && dst >= 0 && object_pos >= 0 && Ent(object_pos) == dst &&
      IsType(dst, EntityType::kPerson)) {
    // "The paper's endorsement of A and B surprised nobody": the phrase is
    // the clause's subject, so a verb after B is its own.
    const uint32_t owner = k >= sb + 2 ? MentionBegin(k - 2) : k;
    const bool subject_phrase = k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
                                (owner == sb || (owner == sb + 1 && d_.Lower(sb) == "the"));
    for (int y : Coordinated(static_cast<uint32_t>(object_pos), se, subject_phrase))
      Add("ENDORSES", src, y, s, rule);
  }
  // "endorsements from X and Y": every coordinated endorser.
  // Not after a described giver: its words ("House member") list nobody.
  if (src >= 0 && dst >= 0 && std::string_view(rule) == "endorse.received" &&
      !named_after_description) {
    // "won X's endorsement in the Senate race": a place or time after the
    // noun names no second endorser.
    const bool setting = of < se && In(d_.Lower(of), {"in", "on", "at", "during", "for", "after",
                                                      "before", "over", "ahead"});
    int pos = colon_list >= 0 ? colon_list : setting ? -1 : ObjectPos(of + 1, se);
    // Not "House Democratic leader X" (an organisation before a title).
    if (pos >= 0 && PersonAfterOrgTitle(Ent(pos), pos, se) == Ent(pos)) {
      for (int x : Coordinated(static_cast<uint32_t>(pos), se)) Add("ENDORSES", x, dst, s, rule);
    }
    // People and organisations in one list ("of the state party, outgoing
    // Gov. A and key unions"), also past a name that is no entity.
    // After a colon ("of two former treasurers: A, who ..., and B") the
    // list starts at its first name.
    if (of + 1 < se && In(d_.Lower(of), {"of", "from"})) {
      const uint32_t from = colon_list >= 0 ? MentionBegin(colon_list)
                            : pos >= 0 && MentionBegin(pos) < of + 7
                                ? MentionBegin(pos)
                                : static_cast<uint32_t>(of + 1);
      for (int x : ListedEndorsers(from, se)) {
        if (!ModifierOnly(x, from, se))
          Add("ENDORSES", PersonAfterOrgTitle(x, from, se), dst, s, rule);
      }
    }
  }
}

}  // namespace kg::extract::internal
