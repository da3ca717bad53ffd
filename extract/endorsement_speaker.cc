// A speaker's own endorsement inside a quotation (RelationFinder helper for
// relations.cc): `"I'm proud to endorse Y for president," X said` is X's
// endorsement of Y. Campaign statements announce endorsements this way, and
// the verb rules skip a quotation's "I" (only a named subject counts there).
// The endorser is the quotation's speaker, as for `"I was just endorsed by
// Z"` (endorse.passive). Also the forms a tweet or a statement uses: no
// subject at all (`X tweeted: "Proud to endorse my friend Y!"`), "I'm
// supporting|backing Y" and "proud to support Y" (a progressive or announced
// backing, never the bare "I support", said of bills as often), and "we"
// said by an organisation or by its officer (SpokenForEndorsement,
// endorsement_held_support.cc).
#include <initializer_list>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

// "proud", "glad": how a speaker announces an endorsement ("I am proud to
// endorse Y").
bool AnnouncingAdjective(std::string_view w) {
  return In(w, {"proud", "glad", "happy", "pleased", "delighted", "honored", "honoured", "thrilled",
                "excited", "privileged", "humbled"});
}

// Adverbs between "I" and the verb that keep the statement a fact ("I
// fully endorse", "I'm so proud to").
bool FactAdverb(std::string_view w) {
  return In(w, {"so",
                "very",
                "really",
                "truly",
                "fully",
                "proudly",
                "enthusiastically",
                "wholeheartedly",
                "formally",
                "officially",
                "strongly",
                "hereby",
                "now",
                "today",
                "also",
                "incredibly",
                "extremely",
                "deeply",
                "originally",
                "already",
                "publicly",
                "unanimously",
                "overwhelmingly"});
}

// Words of "my good friend", "my friend and colleague" between the verb and
// the candidate's name.
bool FriendWord(std::string_view w) {
  return In(w, {"friend", "colleague", "ally", "partner", "buddy"});
}
bool FriendModifier(std::string_view w) {
  return In(w, {"good", "dear", "great", "longtime", "long-time", "old", "close", "fellow", "and",
                "former", "dear", "trusted"});
}

}  // namespace

// The token after "my (good) friend (and colleague)" at `v`, the name's start;
// `v` when no such phrase stands there.
uint32_t RelationFinder::FriendPhraseEnd(uint32_t v, uint32_t se) const {
  if (v >= se || !In(d_.Lower(v), {"my", "our"})) return v;
  uint32_t k = v + 1;
  bool friend_word = false;
  while (k < se && k < v + 6 && (FriendWord(d_.Lower(k)) || FriendModifier(d_.Lower(k)))) {
    friend_word = friend_word || FriendWord(d_.Lower(k));
    ++k;
  }
  if (!friend_word || d_.Lower(k - 1) == "and" || k >= se) return v;
  return (d_.tokens[k].cap || m_.title_at[k] >= 0) ? k : v;
}

// `"I am proud," X said, "to endorse Y"`: for "to" at `to` opening a
// quotation, the adjective that closes the same speaker's quotation before
// it when only the attribution stands between; else 0.
uint32_t RelationFinder::InterruptedAnnouncement(uint32_t sb, uint32_t to) const {
  uint32_t x = to - 1;  // the opening quotation mark
  while (x > sb && !in_quote_[x - 1] && x + 12 > to) --x;
  if (x == to - 1 || x < sb + 3 || !in_quote_[x - 1]) return 0;
  uint32_t q = x - 1;
  if (d_.tokens[q].kind == TokKind::kCloseQuote) --q;
  if (d_.Text(q) != "," || !AnnouncingAdjective(d_.Lower(q - 1))) return 0;
  const int sp = SpeakerOf(to);
  return sp >= 0 && SpeakerOf(q - 1) == sp ? q - 1 : 0;
}

// "it is|was|it's my|an (great) honor" before "to" at `noun + 1`: the token of
// "it" (or "it's"); else 0. "It would be an honor" is no fact.
uint32_t RelationFinder::ItIsMyHonor(uint32_t sb, uint32_t noun) const {
  uint32_t j = noun;
  while (j > sb && In(d_.Lower(j - 1), {"great", "real", "true", "distinct", "special"})) --j;
  if (j == sb || !In(d_.Lower(j - 1), {"my", "an", "a", "our"})) return 0;
  --j;
  if (j > sb && In(d_.Lower(j - 1), {"it's", "it\xe2\x80\x99s"})) return j - 1;
  if (j > sb + 1 && In(d_.Lower(j - 1), {"is", "was", "'s", "\xe2\x80\x99s"}) &&
      d_.Lower(j - 2) == "it")
    return j - 2;
  return 0;
}

// "couldn't|could not be prouder" before "to" at `prouder + 1`: the token of
// "could(n't)"; else 0.
uint32_t RelationFinder::CouldNotBeProuder(uint32_t sb, uint32_t prouder) const {
  if (prouder < sb + 2 || d_.Lower(prouder - 1) != "be") return 0;
  const uint32_t n = prouder - 2;
  if (In(d_.Lower(n), {"couldn't", "couldn\xe2\x80\x99t"})) return n;
  if (n > sb && In(d_.Lower(n), {"not", "n't", "n\xe2\x80\x99t"}) && d_.Lower(n - 1) == "could")
    return n - 1;
  return 0;
}

// Whether a condition opens the quoted words before `t` in its sentence
// ("If Y is the nominee, I'm proud to support her").
bool RelationFinder::QuotedCondition(uint32_t sb, uint32_t t) const {
  for (uint32_t x = t; x > sb && in_quote_[x - 1]; --x) {
    if (d_.tokens[x - 1].kind == TokKind::kOpenQuote) break;
    if (In(d_.Lower(x - 1), {"if", "unless", "whether"})) return true;
  }
  return false;
}

bool RelationFinder::SpeakerEndorses(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  std::string_view w = d_.Lower(t);
  if (t + 1 >= se) return false;
  // "Y has my full support," X said; X said Y has his full support.
  if (In(w, {"my", "our", "his", "her"})) return HeldSupport(sb, se, s, t);
  if (!in_quote_[t]) return false;
  const bool endorse = In(w, {"endorse", "endorsing", "endorsed"});
  // "I'm supporting Y", "proud to back Y": backing announced, not the bare
  // "I support Y" (a bill, a policy as often as a person).
  const bool backing = In(w, {"support", "supporting", "back", "backing"});
  if (!endorse && !backing) return false;
  const bool base = In(w, {"endorse", "support", "back"});
  const bool gerund = In(w, {"endorsing", "supporting", "backing"});
  // Back from the verb to "I": "I endorse", "I'm endorsing", "I am (so)
  // proud to endorse", with fact adverbs anywhere in between.
  uint32_t k = t;
  auto skip_adverbs = [&] {
    while (k > sb && FactAdverb(d_.Lower(k - 1))) --k;
  };
  skip_adverbs();
  bool progressive_or_to = false, to_form = false;
  // The lead-ins before "to": "proud to endorse", "excited to be endorsing",
  // "have decided to endorse", "I'm going to endorse", "it is my honor to
  // endorse", "I couldn't be prouder to endorse".
  bool decided = false, honor = false, prouder = false;
  uint32_t to = 0;
  if (base && k > sb + 1 && d_.Lower(k - 1) == "to") to = k - 1;
  if (gerund && k > sb + 2 && d_.Lower(k - 1) == "be" && d_.Lower(k - 2) == "to") to = k - 2;
  if (to > sb) {
    const uint32_t interrupted =
        base && d_.tokens[to - 1].kind == TokKind::kOpenQuote ? InterruptedAnnouncement(sb, to) : 0;
    std::string_view lead = d_.Lower(to - 1);
    // "voted unanimously to endorse".
    uint32_t lp = to - 1;
    while (lp > sb && FactAdverb(d_.Lower(lp))) --lp;
    if (interrupted > 0 || AnnouncingAdjective(lead)) {
      k = interrupted > 0 ? interrupted : to - 1;
      skip_adverbs();
      progressive_or_to = to_form = true;
    } else if (base && In(d_.Lower(lp), {"decided", "voted"})) {
      k = lp, decided = true;
      if (k > sb && In(d_.Lower(k - 1), {"have", "'ve", "\xe2\x80\x99ve"})) --k;
    } else if (base && lead == "going") {
      k = to - 1, progressive_or_to = true;
    } else if (base && In(lead, {"honor", "honour", "privilege", "pleasure"})) {
      k = ItIsMyHonor(sb, to - 1), honor = true;
      if (k == 0) return false;
    } else if (base && lead == "prouder") {
      k = CouldNotBeProuder(sb, to - 1), prouder = true;
      if (k == 0) return false;
    }
  }
  if (gerund && !to_form) progressive_or_to = true;
  if (backing && !progressive_or_to && !decided && !honor && !prouder) return false;
  bool am = false;
  if (w == "endorsed") {
    // "I endorsed Y", "I have (already) endorsed Y": a past endorsement
    // stated as fact.
    if (k > sb && In(d_.Lower(k - 1), {"have", "'ve", "\xe2\x80\x99ve", "had"})) --k;
    skip_adverbs();
    progressive_or_to = false;
  } else if (k > sb && In(d_.Lower(k - 1), {"am", "'m", "\xe2\x80\x99m", "are", "is"})) {
    --k, am = true;
  }
  skip_adverbs();
  // "I strongly support Y, strongly endorse his reelection", "I support and
  // endorse Y" (endorsement_first_person.cc).
  if (w == "endorse" && !am && !progressive_or_to && k > sb) {
    const uint32_t first = CoordinatedSpeakerVerb(sb, k - 1);
    if (first > 0 && NamedSpeakerOf(t) >= 0) k = first;
  }
  if (!in_quote_[k]) return false;
  // `X tweeted: "Proud to endorse Y!"`: the announcement opens the
  // quotation (or a sentence of it) without a subject.
  const bool opens = k == sb || d_.tokens[k - 1].kind == TokKind::kOpenQuote;
  const bool subjectless = (opens && to_form && !am) || honor;
  // "We at the Q Union are proud to", "Our members voted to": the group
  // speaks (its organisation named there, else the one the speaker speaks
  // for); "On behalf of the Q Union, I am proud to": Q.
  const std::string_view be = am ? d_.Lower(k) : std::string_view();
  int group_org = -1;
  const uint32_t group = subjectless || k == sb ? 0 : GroupSubjectStart(sb, k, &group_org);
  if (group > 0) k = group + 1;
  std::string_view i = subjectless || k == sb ? std::string_view() : d_.Lower(k - 1);
  if (!subjectless && (k == sb || !in_quote_[k - 1])) return false;
  const bool contracted = i == "i'm" || i == "i\xe2\x80\x99m";
  const bool perfect = i == "i've" || i == "i\xe2\x80\x99ve";
  const bool we_contracted = i == "we're" || i == "we\xe2\x80\x99re";
  const bool we_perfect = i == "we've" || i == "we\xe2\x80\x99ve";
  const bool have = w == "endorsed" || decided;
  const bool we = i == "we" || we_contracted || (we_perfect && have) || group > 0;
  const bool are = be == "are";
  if (group > 0) {
    // "our union is", "our members are", "we at the Q Union are".
    if (am && !(be == "is" || be == "are")) return false;
    if (!am && progressive_or_to && !to_form) return false;
    if (k - 1 > sb && In(d_.Lower(k - 2), {"if", "whether", "unless", "not", "would"}))
      return false;
  } else if (!subjectless) {
    if (be == "is") return false;
    if (!(i == "i" || contracted || (perfect && have) || we)) return false;
    // "I am", "we are", "I'm", "we're": never "I are", "we am".
    if (am && are != (i == "we")) return false;
    // "I endorse" (present), "I'm endorsing", "I am proud to endorse"; not
    // "I endorsing", nor "I am endorse" ("I couldn't be prouder to", "I
    // have decided to" take no "am").
    if ((decided || prouder) ? (am || contracted || we_contracted)
                             : (am || contracted || we_contracted) != progressive_or_to)
      return false;
    // "If I endorse Y", "whether I'm endorsing Y", "why would I endorse
    // Y?": no fact.
    if (k - 1 > sb && In(d_.Lower(k - 2), {"if", "whether", "unless", "when", "should", "not",
                                           "would", "could", "might", "will", "can", "do", "did"}))
      return false;
  }
  for (uint32_t x = t; x < se && in_quote_[x]; ++x) {
    if (d_.Text(x) == "?") return false;
  }
  if (NestedQuoteAt(sb, t) || QuotedCondition(sb, t)) return false;
  int src = SpeakerOf(t);
  if (!IsType(src, EntityType::kPerson) && !IsType(src, EntityType::kOrganization)) return false;
  const int behalf = subjectless || we ? -1 : BehalfOrg(sb, k - 1);
  // A subjectless or "we" statement needs its speaker named next to it.
  if ((subjectless || we || backing) && IsType(src, EntityType::kPerson) && NamedSpeakerOf(t) < 0)
    return false;
  // The candidate named right after the verb ("endorse Sen. Y", "endorse
  // Y for president", "endorse my friend Y"), with coordinated persons.
  uint32_t v = t + 1;
  // "I am delighted to endorse and support Y".
  if (v + 1 < se && d_.Lower(v) == "and" && In(d_.Lower(v + 1), {"support", "back", "endorse"}))
    v += 2;
  // "I endorse his reelection," X said of Y (endorsement_first_person.cc).
  if (In(d_.Lower(v), {"him", "her", "his"})) {
    if (we || subjectless) return false;
    const int y = NamedSpeakerOf(t) >= 0 ? SpeakerPronounEndorsee(sb, t, v, se, src) : -1;
    Add("ENDORSES", src, y, s, "endorse.speaker");
    return y >= 0;
  }
  v = FriendPhraseEnd(v, se);
  const int pos = ObjectPos(v, se);
  if (pos < 0 || !IsType(Ent(pos), EntityType::kPerson)) return false;
  for (uint32_t x = v; x < static_cast<uint32_t>(pos); ++x) {
    // Only a title or a capitalised modifier between the verb and the name.
    if (d_.tokens[x].kind != TokKind::kWord || (!d_.tokens[x].cap && m_.title_at[x] < 0))
      return false;
  }
  // "I'm supporting Y's bill": the name owns what follows.
  const uint32_t after = MentionEnd(static_cast<uint32_t>(pos));
  if (backing && after < se && In(d_.Lower(after), {"'s", "\xe2\x80\x99s", "'"})) return false;
  for (int y : Coordinated(static_cast<uint32_t>(pos), se)) {
    if (!IsType(y, EntityType::kPerson)) continue;
    if (group_org >= 0 || behalf >= 0)
      Add("ENDORSES", group_org >= 0 ? group_org : behalf, y, s, "endorse.spoken_for");
    else if (we)
      SpokenForEndorsement(src, y, s);
    else
      Add("ENDORSES", src, y, s, "endorse.speaker");
  }
  return true;
}

}  // namespace kg::extract::internal
