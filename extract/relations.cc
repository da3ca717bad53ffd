#include "extract/relations.h"

#include <algorithm>
#include <initializer_list>
#include <vector>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
void RelationFinder::Endorsements(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  const size_t facts_before = out_.size();
  // Run calls this only for sentences with a word the rules below start
  // from: the endorsement test in Triggers, which such a word must pass.
  bool election = false;
  bool endorsement_word = false;  // "endorsement(s)", "endorsed" elsewhere in the sentence
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
    if (!in_quote_[t] && In(w, {"endorsement", "endorsements", "endorsed"}))
      endorsement_word = true;
    if (In(w, {"candidate",  "campaign",    "election",   "primary",   "race",       "nominee",
               "nomination", "re-election", "reelection", "bid",       "ticket",     "caucus",
               "caucuses",   "runoff",      "seat",       "candidacy", "candidates", "nominees",
               "primaries",  "races",       "campaigns"}))
      election = true;
    if (w == "for" && t + 1 < se &&
        In(d_.Lower(t + 1), {"president", "senate", "governor", "congress", "mayor"}))
      election = true;
  }
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
    // "Acme Action, a super PAC backing Y": the apposition names the group,
    // not the last organisation before it; "I'm proud to endorse Y," X said
    // is the speaker's own endorsement.
    if (GroupBacking(sb, se, s, t) || SpeakerEndorses(sb, se, s, t)) continue;
    // "re-endorsed": a renewed endorsement is one.
    const bool endorse_verb = In(w, {"endorse", "endorses", "endorsed", "endorsing", "re-endorse",
                                     "re-endorses", "re-endorsed", "re-endorsing"});
    // "the backing of X" is a noun, handled with "endorsement" below.
    const bool back_verb = BackingVerb(t, sb, se, election);
    // "X threw her support behind Y": an endorsement idiom.
    // "the Acme-endorsed candidate Y", "Trump-backed Y" (backed: elections only).
    // The tokenizer splits the participle off the name (endorsement_hyphens.cc).
    if (d_.GluedEndorsement(t) && !in_quote_[t] &&
        (w == "-endorsed" || election || ElectionArticle())) {
      GluedEndorser(sb, se, s, t);
      continue;
    }
    // "X announced her support for Y", "X's support for Y" in an election
    // sentence.
    if (w == "support" && t + 2 < se && d_.Lower(t + 1) == "for" && !in_quote_[t] &&
        (election || ElectionArticle())) {
      SupportFor(sb, se, s, t);
      continue;
    }
    if (w == "out" && !in_quote_[t]) {
      if (election || ElectionArticle()) CameOutFor(sb, se, s, t);
      continue;
    }
    if (w == "supporter" || w == "backer") SupporterOfCandidacy(sb, se, s, t);
    if ((w == "backer" || w == "endorser") && !in_quote_[t]) {
      Backer(sb, se, s, t);
      BackerOf(sb, se, s, t);  // "X, an early backer of Y"
      continue;
    }
    if ((w == "backers" || w == "endorsers") && !in_quote_[t]) {
      ListedBackers(se, s, t);
      OneOfBackers(sb, s, t);
      continue;
    }
    // "X announced her support Monday" (endorsement_support_ellipsis.cc).
    if (w == "support" && (election || ElectionArticle())) AnnouncedSupport(sb, se, s, t);
    // "X has gotten behind Y" (endorsement_support_verbs.cc).
    if (w == "behind") GotBehind(sb, se, s, t, election);
    // "X threw|lent his support to Y" (endorsement_support_verbs.cc).
    if (w == "to" && t > sb && d_.Lower(t - 1) == "support") {
      SupportTo(sb, se, s, t, election);
      continue;
    }
    // "X threw his weight behind Y": only a person Y (a bill's more often).
    const bool weight = w == "behind" && t >= sb + 3 && d_.Lower(t - 1) == "weight";
    if (w == "behind" && t >= sb + 3 && (d_.Lower(t - 1) == "support" || weight) && !in_quote_[t]) {
      uint32_t v = t - 2;
      if (In(d_.Lower(v), {"full", "whole", "his", "her", "its", "their"})) --v;
      if (In(d_.Lower(v), {"his", "her", "its", "their"}) && v > sb) --v;
      if (In(d_.Lower(v), {"threw", "throws", "throw", "throwing", "thrown", "put", "puts"})) {
        bool hedged = false;
        for (uint32_t k = v > sb + 4 ? v - 4 : sb; k < v; ++k)
          hedged |= In(d_.Lower(k),
                       {"not",      "n't",      "never",  "may",       "might",      "could",
                        "would",    "whether",  "if",     "refused",   "declined",   "won't",
                        "didn't",   "unlikely", "likely", "reluctant", "reluctance", "expected",
                        "hesitant", "urged",    "asked",  "should",    "will"});
        // "former Acme aides have thrown their support behind Y": the aides.
        // "X throws support behind Y: 'YouTube is not the Star Chamber'": a
        // cause, not a candidacy, outside an election sentence or article.
        int src = hedged || ModifiedGroupNoun(sb, v) || !(election || ElectionArticle())
                      ? -1
                      : SubjectOf(sb, v);
        // "The group threw its support behind Y" (endorsement_org_ends.cc).
        if (src < 0 && !hedged && !ModifiedGroupNoun(sb, v) && (election || ElectionArticle()))
          src = GroupSubject(sb, v);
        int pos = src >= 0 ? ObjectPos(t + 1, se) : -1;
        if (pos >= 0 && weight && !IsType(Ent(pos), EntityType::kPerson)) pos = -1;
        if (pos >= 0) {
          for (int x : Subjects(sb, v, src)) {
            for (int dst : Coordinated(static_cast<uint32_t>(pos), se)) {
              if (!weight || IsType(dst, EntityType::kPerson))
                Add("ENDORSES", x, dst, s, "endorse.support");
            }
          }
        } else if (src >= 0) {
          // "threw his support behind the Texan" (endorsement_described_givers.cc).
          const std::vector<int> subjects = Subjects(sb, v, src);
          const int y = DescribedObjectPerson(t + 1, subjects);
          for (int x : subjects) Add("ENDORSES", x, y, s, "endorse.support");
        }
      }
      continue;
    }
    // "Y, who is backed by X": a person backed by a named endorser, also
    // outside an election sentence.
    const bool backed_by = !back_verb && w == "backed" && t + 1 < se && d_.Lower(t + 1) == "by";
    // "X, the first senator to back|support Y": the ordinal description
    // makes backing a person an endorsement anywhere.
    const bool first_to = !back_verb && In(w, {"back", "support"}) && t > sb &&
                          d_.Lower(t - 1) == "to" && !in_quote_[t] &&
                          FirstToEndorse(sb, t - 1) >= 0;
    if (endorse_verb || back_verb || backed_by || first_to) {
      // Hedged or denied endorsements are not facts: "may endorse", "has not
      // endorsed", "whether he'll endorse", "refused to endorse".
      // "not ready to support or endorse Y": the hedge before the first of
      // coordinated verbs covers the last; a choice ("or") or an infinitive
      // of coordinated verbs is no fact.
      const uint32_t first_verb = CoordinatedVerbStart(t, sb);
      if (first_verb < t &&
          (d_.Lower(t - 1) == "or" || (first_verb > sb && d_.Lower(first_verb - 1) == "to")))
        continue;
      bool hedged = false;
      for (uint32_t k = first_verb > sb + 4 ? first_verb - 4 : sb; k < t; ++k) {
        std::string_view x = d_.Lower(k);
        // "who has not only endorsed Y but ...": an addition, not a denial.
        if (x == "not" && k + 1 < t && d_.Lower(k + 1) == "only") continue;
        // "instead of backing Y" is none; "but instead endorsed Y" is one.
        if (x == "instead" && !(k + 1 < t && d_.Lower(k + 1) == "of")) continue;
        // "who left the race in May, endorsed Y": a capitalised "May" inside
        // the sentence is the month (or a surname), not the modal.
        if (x == "may" && k > sb && d_.Text(k)[0] == 'M') continue;
        if (In(x, {"not",          "n't",         "never",      "no",          "may",
                   "might",        "could",       "would",      "should",      "whether",
                   "if",           "none",        "refused",    "declined",    "unwilling",
                   "nor",          "won't",       "didn't",     "doesn't",     "hasn't",
                   "haven't",      "wouldn't",    "'ll",        "considering", "urged",
                   "asked",        "pressing",    "lobbying",   "expected",    "plans",
                   "likely",       "insinuating", "suggesting", "implying",    "claiming",
                   "falsely",      "rumored",     "imply",      "implies",     "implied",
                   "misleadingly", "instead",     "without",    "nary",        "\xe2\x80\x99ll",
                   "short"}) ||               // "stopped just short of endorsing Y"
            x.ends_with("n\xe2\x80\x99t") ||  // "hasn’t": a curly apostrophe
            x.ends_with("\xe2\x80\x99ll") ||
            x.ends_with("'ll"))  // "he’ll"
          hedged = true;
      }
      hedged |= NeitherNorBefore(sb, first_verb) || ChoiceOrQuestion(sb, t, se);
      // "endorsed neither X nor Y".
      if (hedged || (t + 1 < se && In(d_.Lower(t + 1), {"neither", "none", "nobody", "no"})))
        continue;
      // "endorsed by X", "endorsed Friday by X", "endorsed on Monday by X".
      uint32_t by = t + 1;
      while (by < se && by < t + 4 &&
             (d_.Has(by, kMonthOrDay) || In(d_.Lower(by), {"on", "last", "this", "week", "today",
                                                           "yesterday", "month", "earlier"})))
        ++by;
      const bool passive = (w == "endorsed" || w == "backed") && by < se && d_.Lower(by) == "by";
      if (passive) {
        int src = PersonAfterOrgTitle(PassiveAgent(by, se), by + 1, se);
        if (OwnerOfNamedAgent(src, by + 1, se)) src = -1;      // "by X's powerful Acme Review"
        if (src < 0) src = DescribedOrgAfter(sb, by + 1, se);  // "endorsed by the paper"
        // "Y is backed by X on the water bill" is about an issue: outside an
        // election sentence the agent ends the clause.
        if (backed_by && src >= 0 && !AgentEndsClause(by, se)) src = -1;
        // "Hook, backed by Pompeo, had sought to extend waivers": outside an
        // election sentence, backing is an endorsement only in an article
        // about a race (a policy's, a project's or an aide's backer is none).
        if (backed_by && !ElectionArticle()) src = -1;
        int dst = -1;
        uint32_t k = t;
        // "was also recently endorsed by": adverbs too, with a form of "be"
        // ("a perspective recently endorsed by X" is no passive clause).
        bool be_seen = false;
        while (k > sb && k + 5 > t &&
               (In(d_.Lower(k - 1), {"was", "been", "just", "is", "has", "had", "were", "formally",
                                     "also", "being", "officially", "already"}) ||
                SkippableBeforeVerb(k - 1))) {
          be_seen |= In(d_.Lower(k - 1), {"was", "been", "is", "were", "being"});
          --k;
        }
        if (!be_seen) {
          k = t;
          while (k > sb && k + 4 > t &&
                 In(d_.Lower(k - 1),
                    {"just", "has", "had", "formally", "also", "officially", "already"}))
            --k;
        }
        // "who's been endorsed", "he's been endorsed": the contracted "has".
        if (k < t && k > sb + 1 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
            In(d_.Lower(k - 2), {"who", "he", "she", "it", "that"}))
          --k;
        // "I've been endorsed by X", "we were endorsed by X" inside a
        // quotation: the speaker (endorsement_first_person.cc).
        const int first_person = k < t && k > sb ? FirstPersonSubject(k - 1, true) : -2;
        if (k < t && k > sb) {
          if (first_person != -2) {
            dst = first_person;
          } else {
            dst = SubjectOf(sb, k);
            // The subject of a passive is close, or a pronoun or description.
            uint32_t len = 0;
            uint32_t r = k - 1;  // "He's been endorsed": the pronoun before "'s"
            if (r > sb && d_.tokens[r].kind == TokKind::kPossessive) --r;
            if (r > sb && d_.Lower(r - 1) == "the") --r;
            bool near = ResolveReference(d_, m_, &in_quote_, r, &len) == dst;
            for (uint32_t x = k; !near && x > sb && x + 12 > k; --x) near = Ent(x - 1) == dst;
            // "The front-runner was endorsed by X" (endorsement_descriptions.cc).
            if (!near && dst >= 0) near = DescribedSubject(sb, k) == dst;
            if (!near) dst = -1;
          }
        }
        // "Y, endorsed by X, ...": a participle apposition.
        if (k == t && t >= sb + 2 && d_.Text(t - 1) == ",") dst = Ent(t - 2);
        // "Y is a sitting senator from Z who was endorsed by X".
        if (dst < 0 && k < t && k > sb && d_.Lower(k - 1) == "who")
          dst = CopulaRelativeHead(sb, k - 1);
        // "Y, a (controversial) candidate endorsed by X": a reduced relative
        // on the description of the apposition's head.
        if (k == t && dst < 0 && t >= sb + 4 &&
            In(d_.Lower(t - 1), {"candidate", "challenger", "contender", "nominee"})) {
          uint32_t a = t - 1;
          while (a > sb && a + 4 > t && d_.tokens[a - 1].kind == TokKind::kWord &&
                 !d_.tokens[a - 1].cap && !d_.Has(a - 1, kFunctionWord) && Ent(a - 1) < 0)
            --a;
          if (a >= sb + 3 && In(d_.Lower(a - 1), {"a", "an", "the"}) && d_.Text(a - 2) == "," &&
              MentionEndsAt(a - 2))
            dst = Ent(a - 3);
        }
        // "Y, a law professor backed by X": any description of a person.
        const bool described = k == t && dst < 0 && src >= 0 &&
                               (dst = DescribedPassiveHead(sb, t, by, se, election)) >= 0;
        // "Y's speech was endorsed by X" is about the speech.
        if (dst >= 0 && k < t && k > sb && d_.tokens[k - 1].kind != TokKind::kPossessive) {
          for (uint32_t x = k; x > sb && x + 4 > k; --x) {
            if (Ent(x - 1) == dst) {
              if (MentionEnd(x - 1) < k &&
                  d_.tokens[MentionEnd(x - 1)].kind == TokKind::kPossessive)
                dst = -1;
              break;
            }
          }
        }
        if (src >= 0 && (IsType(dst, EntityType::kPerson) ||
                         (!backed_by && IsType(dst, EntityType::kOrganization)))) {
          // "A and B were endorsed by X": every name of a plural subject.
          std::vector<int> endorsed = {dst};
          bool plural = false;
          for (uint32_t x = k; x < t; ++x) plural |= In(d_.Lower(x), {"were", "are", "have"});
          if (!described && plural && k > sb && first_person == -2) endorsed = Subjects(sb, k, dst);
          // "endorsed by X and Y": every coordinated endorser.
          int pos = ObjectPos(by + 1, se);
          for (int y : endorsed) {
            if (pos >= 0 && Ent(pos) == src && !described) {
              for (int x : Coordinated(static_cast<uint32_t>(pos), se))
                Add("ENDORSES", x, y, s, "endorse.passive");
              // "endorsed by A, by B and by C".
              for (int x : RepeatedAgents(static_cast<uint32_t>(pos), se))
                Add("ENDORSES", x, y, s, "endorse.passive");
            }
            Add("ENDORSES", src, y, s, "endorse.passive");
          }
        }
        continue;
      }
      // Inside a quotation only a named subject right before the verb counts
      // ("... the Herald is endorsing Y," the board said); not "we", "he".
      if (in_quote_[t]) {
        uint32_t a = t;
        while (a > sb && (IsAuxiliary(d_.Lower(a - 1)) || In(d_.Lower(a - 1), {"is", "are"}))) --a;
        if (a == sb || !in_quote_[a - 1] || Ent(a - 1) < 0 ||
            d_.tokens[a - 1].kind != TokKind::kWord || !d_.tokens[a - 1].cap || w.ends_with("e") ||
            HedgedBefore(sb, a)) {
          // "She endorsed Y," X said of Z (endorsement_first_person.cc).
          if (a > sb && endorse_verb && !w.ends_with("e"))
            QuotedPronounEndorser(sb, a - 1, t, se, s);
          continue;
        }
      }
      int src = -1;
      uint32_t subject_verb = t;  // where a coordinated subject list ends
      bool next_to_verb = false;  // a finite verb whose subject stands right before it
      if (t > sb && d_.Lower(t - 1) == "to") {
        // "voted to (publicly) endorse", "X's decision to endorse".
        uint32_t k = t - 1;
        if (k > sb && IsAuxiliary(d_.Lower(k - 1))) --k;
        if (k == sb) continue;
        std::string_view lead = d_.Lower(k - 1);
        // "X continues to endorse|back|support Y": a standing endorsement.
        if (In(lead, {"voted", "decided", "chose", "agreed", "moved", "opted", "vote", "continue",
                      "continues", "continued", "continuing"})) {
          src = SubjectOf(sb, k - 1);
          subject_verb = k - 1;
        } else if (lead == "on" && k >= sb + 2 &&
                   In(d_.Lower(k - 2), {"went", "goes", "go", "gone"})) {
          // "X went on to endorse Y", "the senator lost the primary, and
          // went on to endorse Y": the subject of "went", named or described.
          subject_verb = k - 2;
          src = SubjectOf(sb, subject_verb);
          if (src < 0) src = DescribedSubject(sb, subject_verb);
          if (src < 0) src = DescribedCoordinatedSubject(sb, subject_verb);
          if (src < 0) continue;
        } else {
          // "Nikki Haley's decision this week to endorse".
          for (uint32_t n = k; n > sb + 2 && n + 5 > k; --n) {
            if (In(d_.Lower(n - 1), {"decision", "move", "choice"}) &&
                d_.tokens[n - 2].kind == TokKind::kPossessive) {
              src = Ent(n - 3);
              break;
            }
          }
          // "X, the first senator to endorse Y".
          if (src < 0) src = FirstToEndorse(sb, k);
          // "X, who overcame a rivalry with Z to endorse her".
          if (src < 0 && (src = RelativePurposeSubject(sb, k)) >= 0) next_to_verb = true;
          if (src < 0) continue;
        }
      } else {
        // "Y was endorsed Friday by X" is passive: its subject is the target;
        // "X is endorsing|backing Y" is active.
        uint32_t a = t;
        while (a > sb && SkippableBeforeVerb(a - 1)) --a;
        const bool be =
            a > sb && In(d_.Lower(a - 1), {"was", "were", "been", "being", "is", "are", "be"});
        if (be && !w.ends_with("ing")) continue;
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
          continue;
        }
        if (!be && w.ends_with("ing")) {
          src = ParticipleSubject(sb, a, se);
          if (src == -2) continue;
          next_to_verb = src >= 0;
        }
        // Outside an election sentence a backer must stand next to the verb
        // ("65% backed Y" is not the first name of the sentence).
        // "X of Ohio, who backed Y", "X, who left the race, has endorsed Y".
        // Its verb is finite, so a pronoun object counts ("X, who had a
        // rocky relationship with Z but eventually endorsed him").
        if (src < 0 && (src = RelativeSubject(sb, subject_verb)) >= 0) next_to_verb = true;
        // "the X lobbying group, which has endorsed him".
        if (src < 0 && (src = OrgRelativeHead(sb, subject_verb)) >= 0) next_to_verb = true;
        // "a union representing 7,600 Acme officials endorsed Y": a group
        // noun that a name only modifies is the subject, and names no one.
        const bool group_subject = ModifiedGroupNoun(sb, subject_verb);
        if (src < 0 && !group_subject) src = SubjectOf(sb, subject_verb, endorse_verb || election);
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
        // A bare "endorse" is an infinitive or a wish ("to have X endorse her").
        if (!next_to_verb && src >= 0 && !In(w, {"endorse", "back", "support", "re-endorse"}))
          next_to_verb =
              SubjectOf(sb, subject_verb, false) == src || GroupSubject(sb, subject_verb) == src;
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
        continue;
      }
      int pos = src >= 0 ? ObjectPos(t + 1, se) : -1;
      if (first_to && (pos < 0 || !IsType(Ent(pos), EntityType::kPerson))) continue;
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
          if (hedged) continue;
          endorsers.insert(endorsers.end(), listed.begin(), listed.end());
        }
        // "X endorsed me," Z said: the speaker (endorsement_first_person.cc).
        const int me = QuotedSpeakerObject(t + 1, se, endorsers);
        for (int x : endorsers) Add("ENDORSES", x, me, s, "endorse.speaker_object");
        if (me >= 0) continue;
        std::vector<int> not_object = endorsers;
        not_object.insert(not_object.end(), joined_names.begin(), joined_names.end());
        const int pronoun = PronounObject(t + 1, se, not_object);
        for (int x : endorsers) Add("ENDORSES", x, pronoun, s, "endorse.pronoun");
        if (pronoun >= 0) continue;
        if (joined_gerund) continue;
        // "X endorsed the former vice president": a person described.
        uint32_t end = 0;
        const int described = DescribedPerson(t + 1, endorsers, true, &end);
        for (int x : endorsers) Add("ENDORSES", x, described, s, "endorse.described");
        if (described >= 0) continue;
      }
      // "Z refused to join X in endorsing Y": no endorsement by anyone.
      bool join_hedged = false;
      const std::vector<int> joined =
          pos >= 0 ? JoinedEndorsers(sb, t, &join_hedged) : std::vector<int>{};
      if (join_hedged) continue;
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
        // "Y, whom X endorsed": the object is the head of the relative.
        for (uint32_t w = t; w > sb + 2 && w + 8 > t; --w) {
          if (d_.Lower(w - 1) != "whom") continue;
          // "Y, whom A and B endorsed": every name of the clause's subject.
          if (d_.Text(w - 2) == ",") {
            for (int x : Subjects(sb, subject_verb, src))
              Add("ENDORSES", x, Ent(w - 3), s, back_verb ? "endorse.backs" : "endorse.verbal");
          }
          break;
        }
      }
      continue;
    }
    // "has the backing of X" also outside an election sentence, with a
    // named subject next to it (below).
    // Outside an election sentence, support from named people is an
    // endorsement when they are listed as examples of a group ("Y has
    // support from big-name Democrats such as X") or set beside
    // endorsements ("While Y has the endorsements of A, Z has the support
    // of B").
    const bool support_noun = (w == "support" && (election || SupportListFollows(t, se) ||
                                                  ElectionArticle() || endorsement_word)) ||
                              w == "backing";
    if (w == "endorsement" || w == "endorsements" || support_noun)
      NominalEndorsement(s, t, support_noun, election);
  }
  // No specific rule used the sentence: the general frame.
  if (out_.size() == facts_before) EndorsementFrame(s, election);
  // Nor the frame: "endorsement(s) from|by X" with any verb.
  if (out_.size() == facts_before) EndorsementFromBy(s);
  // Nor that: "X's endorsement carried Y to victory".
  if (out_.size() == facts_before) EffectEndorsements(s);
}

}  // namespace kg::extract::internal
