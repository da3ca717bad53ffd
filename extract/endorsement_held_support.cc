// Endorsements a quotation's speaker gives in the first person without an
// endorsing verb, and those spoken for a group (RelationFinder helpers for
// endorsement_speaker.cc and relation_triggers.cc):
//   "Y has my full support," X said          -> X endorses Y
//   "Y can count on my support," X said      -> X endorses Y
//   "Y has earned my endorsement," X said    -> X endorses Y
//   "We are proud to endorse Y," said Z, president of the Q Union -> Q endorses Y
// "We" and "our" are the group the speaker speaks for: the organisation
// itself when it is the speaker (an unnamed spokesperson's or a statement's
// words go to it), else the one organisation the speaker heads or speaks for
// by a role found in the article (a senator's "we" is no endorsement by the
// Senate). A statement's "has my vote" (a vote intention) and any question or
// condition give nothing.
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {
namespace {

bool SupportNoun(std::string_view w) { return In(w, {"support", "endorsement", "backing"}); }

// Adverbs between the holder and "has my support".
bool HeldAdverb(std::string_view w) {
  return In(w, {"already", "now", "also", "certainly", "absolutely", "definitely", "always",
                "still", "clearly"});
}

// Titles of a role that speaks for its organisation.
bool SpokenForTitle(std::string_view raw) {
  std::string title(raw);
  for (char& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (title.find("former") != std::string::npos) return false;
  for (std::string_view word : {"president", "chair", "director", "spokes", "head", "leader",
                                "founder", "executive", "ceo", "secretary", "coordinator"}) {
    if (title.find(word) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

// The gate of Triggers for the backing words these rules start from: "I'm
// supporting", "proud to support|back", "has my (full) support".
bool RelationFinder::SpokenBackingWord(uint32_t sb, uint32_t t) const {
  if (t < sb + 2) return false;
  std::string_view w = d_.Lower(t), before = d_.Lower(t - 1);
  // "X is proud to support Y" (BackingVerb); "X said Y has his support".
  if (!in_quote_[t])
    return ((w == "support" || w == "back") && before == "to" &&
            In(d_.Lower(t - 2), {"proud", "pleased", "honored", "delighted", "thrilled", "excited",
                                 "happy", "glad"})) ||
           (w == "support" && In(before, {"his", "her", "full", "strong"}) &&
            In(d_.Lower(t - 2), {"has", "his", "her"}));
  if (w == "supporting")
    return In(before, {"i'm", "i\xe2\x80\x99m", "am", "we're", "we\xe2\x80\x99re", "are", "fully",
                       "proudly", "wholeheartedly", "enthusiastically", "now", "also", "strongly"});
  if (w == "support" || w == "back") {
    if (before == "to") return true;
    for (uint32_t x = t; x > sb && x + 5 > t; --x) {
      if (In(d_.Lower(x - 1), {"my", "our"})) return w == "support";
    }
  }
  return false;
}

// Whether `k` stands inside a quotation nested in the quotation (`"He told
// me, 'I'm endorsing Y,'" X said`): an odd number of single marks between
// the quotation's start in the sentence and `k`.
bool RelationFinder::NestedQuoteAt(uint32_t sb, uint32_t k) const {
  bool nested = false;
  for (uint32_t x = k; x > sb && in_quote_[x - 1]; --x) {
    if (d_.tokens[x - 1].kind == TokKind::kOpenQuote) break;
    if (d_.tokens[x - 1].kind == TokKind::kSingleQuote) nested = !nested;
  }
  return nested;
}

// The subject ending right before `k` when a group says it: "we at|of (the)
// Q" (*org: Q) or "our members|board|union|..." (*org: -1); the token of
// "we" or "our", else 0.
uint32_t RelationFinder::GroupSubjectStart(uint32_t sb, uint32_t k, int* org) const {
  *org = -1;
  if (k < sb + 2 || !in_quote_[k - 1]) return 0;
  if (d_.Lower(k - 2) == "our" &&
      In(d_.Lower(k - 1),
         {"members", "membership", "board", "union", "organization", "organisation", "group",
          "federation", "association", "committee", "council", "pac", "coalition", "caucus"}))
    return k - 2;
  const int e = Ent(k - 1);
  if (!IsType(e, EntityType::kOrganization) || MentionEnd(k - 1) != k) return 0;
  uint32_t b = MentionBegin(k - 1);
  if (b > sb && d_.Lower(b - 1) == "the") --b;
  if (b < sb + 2 || !In(d_.Lower(b - 1), {"at", "of"}) || d_.Lower(b - 2) != "we") return 0;
  if (GovernmentBody(e)) return 0;
  *org = e;
  return b - 2;
}

// "On behalf of (the) Q, I ...": Q, for the subject at `i` (its clause opens
// with the phrase); else -1.
int RelationFinder::BehalfOrg(uint32_t sb, uint32_t i) const {
  if (i < sb + 5 || d_.Text(i - 1) != ",") return -1;
  const int e = Ent(i - 2);
  if (!IsType(e, EntityType::kOrganization) || GovernmentBody(e)) return -1;
  uint32_t b = MentionBegin(i - 2);
  if (b > sb && d_.Lower(b - 1) == "the") --b;
  if (b < sb + 3 || d_.Lower(b - 1) != "of" || d_.Lower(b - 2) != "behalf" ||
      d_.Lower(b - 3) != "on")
    return -1;
  const uint32_t on = b - 3;
  return on == sb || d_.tokens[on - 1].kind == TokKind::kOpenQuote ? e : -1;
}

bool RelationFinder::HeldSupport(uint32_t sb, uint32_t se, uint32_t s, uint32_t t) {
  // Inside a quotation "my|our"; in reported speech "X said Y has his
  // support" (`quoted` false: "his|her", the speech verb's subject).
  const bool quoted = in_quote_[t];
  if (quoted != In(d_.Lower(t), {"my", "our"})) return false;
  // After "my": a few modifiers, then the noun ("my full support", "my
  // complete and total endorsement").
  uint32_t n = t + 1;
  while (n < se && n < t + 5 && in_quote_[n] == quoted && d_.tokens[n].kind == TokKind::kWord &&
         !d_.tokens[n].cap && !SupportNoun(d_.Lower(n)))
    ++n;
  if (n >= se || in_quote_[n] != quoted || !SupportNoun(d_.Lower(n))) return false;
  for (uint32_t x = t + 1; x < n; ++x) {
    if (In(d_.Lower(x), {"conditional", "tentative", "initial", "previous", "former", "past"}))
      return false;
  }
  // "I'm proud to throw my support behind Y" (endorsement_spoken_nouns.cc).
  if (quoted && SpokenNounEndorsement(sb, se, s, t, n)) return true;
  uint32_t e = n + 1;
  // "my full support and endorsement".
  if (e + 1 < se && d_.Lower(e) == "and") {
    uint32_t x = e + 1;
    while (x < se && x < e + 4 && d_.tokens[x].kind == TokKind::kWord && !d_.tokens[x].cap &&
           !SupportNoun(d_.Lower(x)) && d_.Lower(x) != "vote")
      ++x;
    if (x < se && (SupportNoun(d_.Lower(x)) || d_.Lower(x) == "vote")) e = x + 1;
  }
  // What follows closes the clause or names the race ("for Senate", "as our
  // next governor"), never a topic or a condition ("on this bill", "if").
  if (e < se && d_.tokens[e].kind == TokKind::kWord && !In(d_.Lower(e), {"for", "as", "and"}))
    return false;
  // Before "my": "has", "(has) earned", "can count on".
  uint32_t h = t;
  while (h > sb && HeldAdverb(d_.Lower(h - 1))) --h;
  if (h > sb && d_.Lower(h - 1) == "earned") {
    --h;
    while (h > sb && HeldAdverb(d_.Lower(h - 1))) --h;
    if (h > sb && d_.Lower(h - 1) == "has") --h;
  } else if (h > sb && d_.Lower(h - 1) == "has") {
    --h;
  } else if (h >= sb + 3 && d_.Lower(h - 1) == "on" && d_.Lower(h - 2) == "count" &&
             d_.Lower(h - 3) == "can") {
    h -= 3;
  } else {
    return false;
  }
  while (h > sb && HeldAdverb(d_.Lower(h - 1))) --h;
  if (h == sb || in_quote_[h - 1] != quoted) return false;
  // The holder: a person named right before, opening a clause of the
  // quotation; or, past "and", the person opening the quotation ("Y will
  // make a great senator and has my full support"), the only one it names.
  int y = -1;
  uint32_t b = h;
  if (IsType(Ent(h - 1), EntityType::kPerson) && MentionEnd(h - 1) == h) {
    y = Ent(h - 1);
    b = MentionBegin(h - 1);
  } else if (quoted && In(d_.Lower(h - 1), {"he", "she"})) {
    // "Y has fought for us. She has my full support," X said: the person
    // SpeakerPronounEndorsee finds for the pronoun (said of Y, the only
    // other person the quotation names before).
    const int sp = NamedSpeakerOf(t);
    y = sp >= 0 ? SpeakerPronounEndorsee(sb, t, h - 1, se, sp) : -1;
    b = h - 1;
    // Not a pronoun of the other sex.
    const Gender g = y >= 0 ? m_.entities[y].gender : Gender::kUnknown;
    if (g == (d_.Lower(h - 1) == "he" ? Gender::kFemale : Gender::kMale)) return false;
  } else if (quoted && d_.Lower(h - 1) == "and") {
    uint32_t q = h - 1;
    while (q > sb && in_quote_[q - 1] && d_.tokens[q - 1].kind != TokKind::kOpenQuote) --q;
    while (q < h && m_.title_at[q] >= 0 && !IsType(Ent(q), EntityType::kPerson)) ++q;
    if (q >= h || !IsType(Ent(q), EntityType::kPerson) || MentionBegin(q) != q) return false;
    y = Ent(q);
    for (uint32_t x = MentionEnd(q); x < h; ++x) {
      if (Ent(x) >= 0 && Ent(x) != y) return false;
      if (In(d_.Text(x), {";", ":", "?"}) || In(d_.Lower(x), {"but", "if", "when", "unless"}))
        return false;
    }
    b = q;
  }
  if (y < 0) return false;
  while (b > sb && m_.title_at[b - 1] >= 0 && in_quote_[b - 1] == quoted) --b;
  if (!quoted) return ReportedHeldSupport(sb, s, t, b, y);
  if (!(b == sb || d_.tokens[b - 1].kind == TokKind::kOpenQuote ||
        In(d_.Lower(b - 1), {",", "and", "that", "so", ":"})))
    return false;
  for (uint32_t x = t; x < se && in_quote_[x]; ++x) {
    if (d_.Text(x) == "?") return false;
  }
  if (NestedQuoteAt(sb, b)) return false;
  const int src = SpeakerOf(t);
  if (src == y) return false;
  if (d_.Lower(t) == "our") {
    SpokenForEndorsement(src, y, s);
    return true;
  }
  if (!IsType(src, EntityType::kPerson) || NamedSpeakerOf(t) != src) return false;
  Add("ENDORSES", src, y, s, "endorse.held_support");
  return true;
}

// "X said (that) Y has his full support": the subject of the speech verb
// right before Y's name at `b` when "his|her" at `t` agrees with it.
bool RelationFinder::ReportedHeldSupport(uint32_t sb, uint32_t s, uint32_t t, uint32_t b, int y) {
  uint32_t v = b;
  if (v > sb && d_.Lower(v - 1) == "that") --v;
  if (v == sb || !In(d_.Lower(v - 1), {"said", "says", "announced", "added", "wrote", "tweeted",
                                       "declared", "stated"}))
    return false;
  if (HedgedBefore(sb, v - 1)) return false;
  const int src = SubjectOf(sb, v - 1);
  if (!IsType(src, EntityType::kPerson) || src == y) return false;
  const Gender g = m_.entities[src].gender;
  if (g == (d_.Lower(t) == "his" ? Gender::kFemale : Gender::kMale)) return false;
  Add("ENDORSES", src, y, s, "endorse.held_support");
  return true;
}

void RelationFinder::SpokenForEndorsement(int src, int y, uint32_t s) {
  if (IsType(src, EntityType::kOrganization)) {
    if (!GovernmentBody(src)) Add("ENDORSES", src, y, s, "endorse.spoken_for");
  } else if (IsType(src, EntityType::kPerson)) {
    // The speaker's roles are found later in the sentence loop (roles.cc).
    spoken_for_.push_back({src, y, s});
  }
}

void RelationFinder::ResolveSpokenFor() {
  for (const SpokenFor& p : spoken_for_) {
    int org = -1;
    bool several = false;
    for (const RelationFact& f : out_) {
      if (f.relation.type != "HAS_ROLE" || f.source != p.speaker || f.target == org) continue;
      if (!SpokenForTitle(f.relation.title) || GovernmentBody(f.target)) continue;
      // "Z, former president of the Q Union": no longer Q's voice.
      std::string ev = f.relation.evidence.text;
      for (char& c : ev) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      std::string title = f.relation.title;
      for (char& c : title) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (ev.find("former " + title) != std::string::npos) continue;
      several = several || org >= 0;
      org = f.target;
    }
    if (org >= 0 && !several) Add("ENDORSES", org, p.candidate, p.sentence, "endorse.spoken_for");
  }
}

}  // namespace kg::extract::internal
