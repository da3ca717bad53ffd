#include "extract/relations.h"

#include <algorithm>
#include <initializer_list>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

void RelationFinder::Add(const char* type, int src, int dst, uint32_t sent, const char* rule,
                         std::string title) {
  if (src < 0 || dst < 0 || src == dst) return;
  for (const RelationFact& f : out_) {
    if (f.source == src && f.target == dst && f.relation.type == type) return;
  }
  RelationFact f;
  f.source = src;
  f.target = dst;
  f.relation.type = type;
  f.relation.title = std::move(title);
  uint32_t b = d_.SentenceStart(sent), e = d_.SentenceEnd(sent);
  f.relation.evidence.span = {b, e};
  f.relation.evidence.text = CleanText(d_.bytes, b, e);
  f.relation.evidence.rule = rule;
  out_.push_back(std::move(f));
}

// Clause boundaries for finding a verb's subject.
bool RelationFinder::Boundary(uint32_t t) const {
  std::string_view w = d_.Lower(t);
  if (d_.tokens[t].kind == TokKind::kPunct) return w == ";" || w == ":";
  return w == "when" || w == "that" || w == "because" || w == "after" || w == "while" ||
         w == "which" || w == "who" || w == "but" || w == "said" || w == "says";
}

// The first person or organisation of the clause that ends at `v` ("So when
// the union of 5,000 agents voted to endorse" -> the union).
int RelationFinder::SubjectBefore(uint32_t sb, uint32_t v) const {
  uint32_t b = v;
  while (b > sb && !Boundary(b - 1)) --b;
  for (uint32_t t = b; t < v; ++t) {
    int e = Ent(t);
    if (in_quote_[t] != in_quote_[v]) continue;  // a name quoted before the verb
    if (e >= 0 && AgentOfParticiple(t)) {
      t = MentionEnd(t) - 1;
      continue;
    }
    if (e >= 0) {
      // "House Speaker X endorsed", "Acme CEO X endorsed": the person with
      // the title is the subject, not the organisation before it.
      uint32_t k = MentionEnd(t);
      if (IsType(e, EntityType::kOrganization) && k < v && TitleAt(k) >= 0) {
        k = m_.titles[TitleAt(k)].tok_end;
        if (k < v && IsType(Ent(k), EntityType::kPerson)) return Ent(k);
      }
      return e;
    }
    uint32_t len = 0;
    int r = ResolveReference(d_, m_, &in_quote_, t, &len);
    if (r >= 0) return r;
  }
  return -1;
}

// The first entity after the verb at `v`, through modifiers ("endorsed
// presumptive Democratic presidential nominee X", "endorsed foreign leaders
// such as French President X", "from two candidates, Sens. X").
int RelationFinder::ObjectAfter(uint32_t v, uint32_t se) const {
  for (uint32_t t = v; t < se && t < v + 10; ++t) {
    int e = Ent(t);
    if (e >= 0) {
      // "endorsed Trump's bid" is Trump; "endorsed Jeb's son, George P. Bush"
      // is the son, named in the apposition.
      const uint32_t end = MentionEnd(t);
      if (end + 1 < se && d_.tokens[end].kind == TokKind::kPossessive) {
        if (In(d_.Lower(end + 1), {"bid", "candidacy", "campaign", "reelection", "re-election",
                                   "nomination", "run", "presidential", "senate", "congressional"}))
          return e;
        t = end;
        continue;
      }
      return e;
    }
    const Token& tok = d_.tokens[t];
    std::string_view w = d_.Lower(t);
    if (tok.kind == TokKind::kPunct) {
      // An apposition naming the object: "two candidates, Sens. X".
      if (w == "," && t > v && t + 1 < se && (d_.tokens[t + 1].cap || m_.title_at[t + 1] >= 0))
        continue;
      return -1;
    }
    if (w == "such" && t + 1 < se && d_.Lower(t + 1) == "as") {
      ++t;
      continue;
    }
    if (tok.kind == TokKind::kNumber || tok.cap || m_.title_at[t] >= 0 || w == "including" ||
        tok.kind == TokKind::kPossessive)
      continue;
    if (tok.kind != TokKind::kWord || in_quote_[t]) return -1;
    // Lower-case modifiers, but not a new clause or phrase.
    if (In(w, {"that",  "to",    "in",     "for",    "on",       "by",      "after", "because",
               "which", "who",   "when",   "as",     "if",       "but",     "with",  "at",
               "from",  "over",  "and",    "or",     "instead",  "against", "his",   "her",
               "their", "its",   "a",      "an",     "it",       "him",     "them",  "this",
               "any",   "of",    "while",  "though", "although", "since",   "until", "unless",
               "about", "into",  "during", "before", "than",     "so",      "not",   "whose",
               "what",  "where", "under"}))
      return -1;
  }
  return -1;
}

// The entities coordinated with the object at `first` ("X and Y", "X (I-Vt.)
// and Sen. Y", "X, Y and Z"), including `first`'s own.
std::vector<int> RelationFinder::Coordinated(uint32_t first, uint32_t se) const {
  std::vector<int> out;
  uint32_t t = first;
  while (t < se && out.size() < 6) {
    int e = Ent(t);
    if (e < 0) break;
    out.push_back(e);
    t = MentionEnd(t);
    if (t < se && d_.Text(t) == "(") {  // "(I-Vt.)"
      uint32_t c = t;
      while (c < se && c < t + 6 && d_.Text(c) != ")") ++c;
      if (c >= se || d_.Text(c) != ")") break;
      t = c + 1;
    }
    bool joined = false;
    if (t < se && d_.Text(t) == ",") ++t, joined = true;
    if (t < se && (d_.Lower(t) == "and" || d_.Lower(t) == "or")) ++t, joined = true;
    if (!joined) break;
    if (t < se && d_.Lower(t) == "the") ++t;
    uint32_t k = t;
    while (k < se && k < t + 4 && Ent(k) < 0 && (d_.tokens[k].cap || m_.title_at[k] >= 0) &&
           d_.tokens[k].kind == TokKind::kWord)
      ++k;
    if (k >= se || !IsType(Ent(k), m_.entities[out[0]].type)) break;
    // "... behind X, and Mayor Y threw his support ...": Y starts a new
    // clause when a verb-like word follows it.
    const uint32_t after = MentionEnd(k);
    if (after < se && d_.tokens[after].kind == TokKind::kWord && !d_.tokens[after].cap &&
        !In(d_.Lower(after),
            {"for",     "in",     "on",      "as",           "at",   "to",    "of",     "who",
             "while",   "during", "last",    "this",         "next", "after", "before", "since",
             "because", "when",   "with",    "by",           "from", "into",  "over",   "among",
             "and",     "or",     "earlier", "respectively", "both", "too",   "instead"}))
      break;
    t = k;
  }
  return out;
}

int RelationFinder::ObjectPos(uint32_t v, uint32_t se) const {
  int e = ObjectAfter(v, se);
  // "endorsed foreign leaders in the past, such as X": the list names them.
  for (uint32_t t = v; e < 0 && t + 1 < se && t < v + 12; ++t) {
    if (d_.Text(t) == "." || d_.Text(t) == ";" || in_quote_[t]) break;
    if (d_.Lower(t) == "such" && d_.Lower(t + 1) == "as") e = ObjectAfter(t + 2, se), v = t + 2;
    if (d_.Lower(t) == "including") e = ObjectAfter(t + 1, se), v = t + 1;
  }
  if (e < 0) return -1;
  for (uint32_t t = v; t < se; ++t) {
    if (Ent(t) == e) return static_cast<int>(t);
  }
  return -1;
}

// Speaker of the statement that contains `tok`, for "I was endorsed by X".
int RelationFinder::SpeakerOf(uint32_t tok) const {
  uint32_t b = d_.tokens[tok].start;
  for (const QuoteFact& q : quotes_) {
    if (q.statement.span.start <= b && b < q.statement.span.end) return q.speaker;
  }
  return -1;
}

// The endorser after "by" at `by`: "by X", "by the X", "by former candidate
// and Louisiana Gov. X" (a description coordinated with the named title).
int RelationFinder::PassiveAgent(uint32_t by, uint32_t se) const {
  uint32_t a = by + 1 < se && d_.Lower(by + 1) == "the" ? by + 2 : by + 1;
  if (a < se && Ent(a) >= 0) return Ent(a);  // also inside a quotation
  int e = ObjectAfter(by + 1, se);
  if (e >= 0) return e;
  uint32_t k = by + 1;
  while (k < se && k < by + 4 && d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap &&
         d_.Lower(k) != "and")
    ++k;
  if (k == by + 1 || k + 1 >= se || d_.Lower(k) != "and") return -1;
  return ObjectAfter(k + 1, se);
}

// The entity with a one-word mention, or a person with a surname, spelled
// `name` ("Acme" in "Acme-endorsed"), else -1.
int RelationFinder::EntityNamed(std::string_view name) const {
  for (const auto& m : m_.mentions) {
    const int e = m_.EntityAt(m.tok_begin);
    if (m.tok_end == m.tok_begin + 1 && d_.Text(m.tok_begin) == name) return e;
    // A person's surname: "Doe-endorsed" after "Jane Doe".
    if (IsType(e, EntityType::kPerson) && d_.Text(m.tok_end - 1) == name) return e;
  }
  return -1;
}

// "has yet to win", "hopes to receive", "failed to get": not received.
bool RelationFinder::HedgedBefore(uint32_t sb, uint32_t v) const {
  for (uint32_t k = v > sb + 4 ? v - 4 : sb; k < v; ++k) {
    if (In(d_.Lower(k),
           {"yet",    "not",    "n't",     "never", "hopes", "hoping", "hope",   "seeking",
            "sought", "seeks",  "may",     "might", "could", "would",  "trying", "try",
            "tries",  "failed", "whether", "if",    "wants", "want",   "wanted"}))
      return true;
  }
  return false;
}

namespace {

// Words between a subject and its verb that do not change who acts.
bool IsAuxiliary(std::string_view w) {
  return In(w,
            {"has",        "have",     "had",        "also", "officially", "formally", "publicly",
             "quickly",    "already",  "just",       "will", "then",       "later",    "since",
             "never",      "recently", "both",       "all",  "each",       "now",      "finally",
             "reportedly", "once",     "previously", "too"});
}

}  // namespace

// "Newspaper Owned By X Endorses Y": a mention right after "by" is the
// agent of a participle, not the subject of a later verb.
bool RelationFinder::AgentOfParticiple(uint32_t t) const {
  uint32_t b = MentionBegin(t);
  // A headline mention may cover the surname only ("By Jane Doe Endorses").
  for (uint32_t k = b; k > 0 && k + 3 > b; --k) {
    if (d_.Lower(k - 1) == "by") return true;
    if (!d_.tokens[k - 1].cap || (Ent(k - 1) >= 0 && Ent(k - 1) != Ent(t))) return false;
  }
  return false;
}

// The entity an appositive relative clause ending before `t` is about: "X,
// who", "X, which", "X, a group that", "X, the union which".
int RelationFinder::RelativeHead(uint32_t sb, uint32_t t) const {
  if (t <= sb + 2 || !In(d_.Lower(t - 1), {"who", "which", "that"})) return -1;
  uint32_t k = t - 1;
  if (d_.Text(k - 1) != ",") {
    // A short description: "a (far-right) group", "the union".
    uint32_t w = k;
    while (w > sb && w + 4 > k && d_.tokens[w - 1].kind == TokKind::kWord &&
           !d_.tokens[w - 1].cap && !d_.Has(w - 1, kFunctionWord) && Ent(w - 1) < 0)
      --w;
    if (w == k || w <= sb + 2 || !In(d_.Lower(w - 1), {"a", "an", "the"})) return -1;
    k = w - 1;
  } else if (d_.Lower(k) == "that") {
    return -1;  // ", that ..." opens a clause, not a relative
  }
  if (k < sb + 2 || d_.Text(k - 1) != ",") return -1;
  return Ent(k - 2);
}

// The subject of the verb at `v`: the mention right before it (through
// auxiliaries, "X, who has endorsed"), else the first of its clause.
int RelationFinder::SubjectOf(uint32_t sb, uint32_t v) const {
  uint32_t t = v;
  while (t > sb && IsAuxiliary(d_.Lower(t - 1))) --t;
  if (t > sb) {
    int head = RelativeHead(sb, t);
    if (head >= 0) return head;
    // "X said that it is endorsing Y": "it" is the organisation the
    // sentence is about.
    if (d_.Lower(t - 1) == "it" && !in_quote_[t - 1]) {
      for (uint32_t k = sb; k + 1 < t; ++k) {
        if (Ent(k) < 0) continue;
        if (IsType(Ent(k), EntityType::kOrganization)) return Ent(k);
        break;
      }
      return -1;  // "it" is never a person
    }
    int e = Ent(t - 1);
    if (e >= 0 && AgentOfParticiple(t - 1)) return -1;
    if (e >= 0 && !m_.mentions[m_.mention_at[t - 1]].descriptor) return e;
    if (e >= 0 && t - 1 == MentionBegin(t - 1)) return e;
    uint32_t len = 0;
    int r = ResolveReference(d_, m_, &in_quote_, t - 1, &len);
    if (r >= 0) return r;
    if (t >= 2 && d_.Lower(t - 2) == "the") {
      r = ResolveReference(d_, m_, &in_quote_, t - 2, &len);
      if (r >= 0) return r;
    }
  }
  return SubjectBefore(sb, v);
}

void RelationFinder::Endorsements(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // Most sentences have no endorsement word: a cheap first pass.
  bool any = false;
  for (uint32_t t = sb; t < se && !any; ++t) {
    std::string_view w = d_.Lower(t);
    any = (w.size() >= 5 && w[0] == 'e' && w.compare(0, 5, "endor") == 0) ||
          (w.size() >= 5 && w[0] == 'b' && w.compare(0, 4, "back") == 0) || w == "behind" ||
          (w.size() > 9 && w.back() == 'd' && (w.ends_with("-endorsed") || w.ends_with("-backed")));
  }
  if (!any) return;
  bool election = false;
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
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
    const bool endorse_verb = In(w, {"endorse", "endorses", "endorsed", "endorsing"});
    // "the backing of X" is a noun, handled with "endorsement" below.
    const bool back_verb = election && In(w, {"backs", "backed", "backing"}) &&
                           !(t > sb && In(d_.Lower(t - 1), {"the", "his", "her", "their", "its"}));
    // "X threw her support behind Y": an endorsement idiom.
    // "the Acme-endorsed candidate Y", "Trump-backed Y" (backed: elections only).
    if (d_.tokens[t].cap && !in_quote_[t] &&
        (w.ends_with("-endorsed") || (election && w.ends_with("-backed")))) {
      std::string_view who = d_.Text(t).substr(0, d_.Text(t).rfind('-'));
      int src = EntityNamed(who);
      int pos = src >= 0 && Ent(t) < 0 ? ObjectPos(t + 1, se) : -1;
      if (pos >= 0 && MentionBegin(pos) > t && IsType(Ent(pos), EntityType::kPerson))
        Add("ENDORSES", src, Ent(pos), s, "endorse.verbal");
      continue;
    }
    if (w == "behind" && t >= sb + 3 && d_.Lower(t - 1) == "support" && !in_quote_[t]) {
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
        int src = hedged ? -1 : SubjectOf(sb, v);
        int pos = src >= 0 ? ObjectPos(t + 1, se) : -1;
        if (pos >= 0) {
          for (int dst : Coordinated(static_cast<uint32_t>(pos), se))
            Add("ENDORSES", src, dst, s, "endorse.support");
        }
      }
      continue;
    }
    if (endorse_verb || back_verb) {
      // Hedged or denied endorsements are not facts: "may endorse", "has not
      // endorsed", "whether he'll endorse", "refused to endorse".
      bool hedged = false;
      for (uint32_t k = t > sb + 4 ? t - 4 : sb; k < t; ++k) {
        std::string_view x = d_.Lower(k);
        if (In(x, {"not",     "n't",         "never",      "no",       "may",      "might",
                   "could",   "would",       "should",     "whether",  "if",       "none",
                   "refused", "declined",    "unwilling",  "nor",      "won't",    "didn't",
                   "doesn't", "hasn't",      "haven't",    "wouldn't", "'ll",      "considering",
                   "urged",   "asked",       "pressing",   "lobbying", "expected", "plans",
                   "likely",  "insinuating", "suggesting", "implying", "claiming", "falsely",
                   "rumored"}))
          hedged = true;
      }
      if (hedged) continue;
      // "endorsed by X", "endorsed Friday by X", "endorsed on Monday by X".
      uint32_t by = t + 1;
      while (by < se && by < t + 4 &&
             (d_.Has(by, kMonthOrDay) || In(d_.Lower(by), {"on", "last", "this", "week", "today",
                                                           "yesterday", "month", "earlier"})))
        ++by;
      const bool passive =
          (w == "endorsed" || (back_verb && w == "backed")) && by < se && d_.Lower(by) == "by";
      if (passive) {
        int src = PassiveAgent(by, se);
        int dst = -1;
        uint32_t k = t;
        while (k > sb && k + 4 > t &&
               In(d_.Lower(k - 1), {"was", "been", "just", "is", "has", "had", "were", "formally",
                                    "also", "being", "officially", "already"}))
          --k;
        // "who's been endorsed", "he's been endorsed": the contracted "has".
        if (k < t && k > sb + 1 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
            In(d_.Lower(k - 2), {"who", "he", "she", "it", "that"}))
          --k;
        if (k < t && k > sb) {
          if (d_.Lower(k - 1) == "i" && in_quote_[k - 1]) {
            dst = SpeakerOf(k - 1);
          } else {
            dst = SubjectOf(sb, k);
            // The subject of a passive is close, or a pronoun or description.
            uint32_t len = 0;
            uint32_t r = k - 1;  // "He's been endorsed": the pronoun before "'s"
            if (r > sb && d_.tokens[r].kind == TokKind::kPossessive) --r;
            if (r > sb && d_.Lower(r - 1) == "the") --r;
            bool near = ResolveReference(d_, m_, &in_quote_, r, &len) == dst;
            for (uint32_t x = k; !near && x > sb && x + 12 > k; --x) near = Ent(x - 1) == dst;
            if (!near) dst = -1;
          }
        }
        // "Y, endorsed by X, ...": a participle apposition.
        if (k == t && t >= sb + 2 && d_.Text(t - 1) == ",") dst = Ent(t - 2);
        if (src >= 0 &&
            (IsType(dst, EntityType::kPerson) || IsType(dst, EntityType::kOrganization))) {
          // "endorsed by X and Y": every coordinated endorser.
          int pos = ObjectPos(by + 1, se);
          if (pos >= 0 && Ent(pos) == src) {
            for (int x : Coordinated(static_cast<uint32_t>(pos), se))
              Add("ENDORSES", x, dst, s, "endorse.passive");
          }
          Add("ENDORSES", src, dst, s, "endorse.passive");
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
            HedgedBefore(sb, a))
          continue;
      }
      int src = -1;
      if (t > sb && d_.Lower(t - 1) == "to") {
        // "voted to (publicly) endorse", "X's decision to endorse".
        uint32_t k = t - 1;
        if (k > sb && IsAuxiliary(d_.Lower(k - 1))) --k;
        if (k == sb) continue;
        std::string_view lead = d_.Lower(k - 1);
        if (In(lead, {"voted", "decided", "chose", "agreed", "moved", "opted", "vote"})) {
          src = SubjectOf(sb, k - 1);
        } else {
          // "Nikki Haley's decision this week to endorse".
          for (uint32_t n = k; n > sb + 2 && n + 5 > k; --n) {
            if (In(d_.Lower(n - 1), {"decision", "move", "choice"}) &&
                d_.tokens[n - 2].kind == TokKind::kPossessive) {
              src = Ent(n - 3);
              break;
            }
          }
          if (src < 0) continue;
        }
      } else {
        // "Y was endorsed Friday by X" is passive: its subject is the target;
        // "X is endorsing|backing Y" is active.
        uint32_t a = t;
        while (a > sb && IsAuxiliary(d_.Lower(a - 1))) --a;
        const bool be =
            a > sb && In(d_.Lower(a - 1), {"was", "were", "been", "being", "is", "are", "be"});
        if (be && !w.ends_with("ing")) continue;
        src = SubjectOf(sb, be ? a - 1 : t);
      }
      int pos = src >= 0 ? ObjectPos(t + 1, se) : -1;
      if (pos >= 0) {
        for (int dst : Coordinated(static_cast<uint32_t>(pos), se))
          Add("ENDORSES", src, dst, s, back_verb ? "endorse.backs" : "endorse.verbal");
      } else if (src >= 0) {
        // "Y, whom X endorsed": the object is the head of the relative.
        for (uint32_t w = t; w > sb + 2 && w + 8 > t; --w) {
          if (d_.Lower(w - 1) != "whom") continue;
          if (d_.Text(w - 2) == ",")
            Add("ENDORSES", src, Ent(w - 3), s, back_verb ? "endorse.backs" : "endorse.verbal");
          break;
        }
      }
      continue;
    }
    if (w == "endorsement" || w == "endorsements" || (election && w == "backing")) {
      if (in_quote_[t]) continue;
      int src = -1, dst = -1;
      const char* rule = "endorse.nominal";
      uint32_t k = t;
      while (k > sb && (d_.tokens[k - 1].kind == TokKind::kWord) && Ent(k - 1) < 0 && k + 3 > t &&
             !d_.Has(k - 1, kFunctionWord))
        --k;  // adjectives: "strong", "official"
      // "X's Y endorsement"
      if (k > sb && Ent(k - 1) >= 0) {
        uint32_t yb = MentionBegin(k - 1);
        if (yb >= sb + 2 && d_.tokens[yb - 1].kind == TokKind::kPossessive && Ent(yb - 2) >= 0) {
          src = Ent(yb - 2);
          dst = Ent(k - 1);
        }
      }
      // Who receives it: "won / received / touted the endorsement of|from X".
      uint32_t det = k;
      while (det > sb && In(d_.Lower(det - 1), {"the", "an", "a", "his", "her", "their", "its"}))
        --det;
      const bool has_the =
          det > sb + 1 && d_.Lower(det) == "the" && In(d_.Lower(det - 1), {"has", "had", "have"});
      bool received =
          ((det > sb &&
            In(d_.Lower(det - 1),
               {"won",       "win",      "wins",      "winning",  "received", "receives",
                "receiving", "got",      "gets",      "earned",   "secured",  "securing",
                "touting",   "touted",   "landed",    "picked",   "scored",   "nabbed",
                "clinched",  "garnered", "garnering", "gained",   "gotten",   "earn",
                "earns",     "earning",  "snagged",   "captured", "accepted"})) ||
           has_the) &&
          !HedgedBefore(sb, det - 1);
      // "picked up / racked up (the) endorsements from X".
      for (uint32_t j = t; !received && j > sb + 1 && j + 4 > t; --j) {
        if (d_.Lower(j - 1) == "up" && In(d_.Lower(j - 2), {"picked", "racked", "picking"})) {
          received = true;
          det = j - 1;
        }
      }
      if (dst < 0 && t + 2 < se && (d_.Lower(t + 1) == "of" || d_.Lower(t + 1) == "from")) {
        int x = ObjectAfter(t + 2, se);
        if (received || d_.Lower(t + 1) == "from") {
          src = x;
          if (received) {
            dst = SubjectOf(sb, det - 1);
          } else if (k > sb && In(d_.Lower(k - 1), {"his", "her", "their", "its"})) {
            dst = SubjectBefore(sb, k - 1);
          } else if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) {
            dst = Ent(k - 2);
          }
          rule = "endorse.received";
        } else {
          dst = x;
          if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) src = Ent(k - 2);
          if (src < 0 && k > sb && In(d_.Lower(k - 1), {"its", "his", "her", "their"}))
            src = SubjectBefore(sb, k - 1);
          if (src < 0) {
            for (uint32_t b = t + 2; b + 1 < se && b < t + 10; ++b) {
              if (d_.Lower(b) == "by") {
                src = Ent(b + 1) >= 0 ? Ent(b + 1) : (b + 2 < se ? Ent(b + 2) : -1);
                break;
              }
            }
          }
        }
      }
      // "X gave its endorsement to Y".
      if (dst < 0 && t + 2 < se && d_.Lower(t + 1) == "to" && k >= sb + 2 &&
          In(d_.Lower(k - 1), {"its", "his", "her", "their"}) &&
          In(d_.Lower(k - 2), {"gave", "give", "gives", "giving", "given", "offered", "extended",
                               "lent", "lends", "lending"})) {
        src = SubjectOf(sb, k - 2);
        dst = ObjectAfter(t + 2, se);
      }
      // "Y received the X's endorsement", "Y won X's endorsement".
      if (src < 0 && dst < 0 && k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
          Ent(k - 2) >= 0) {
        uint32_t q = MentionBegin(k - 2);
        if (q > sb && d_.Lower(q - 1) == "the") --q;
        if (q > sb &&
            In(d_.Lower(q - 1),
               {"won",      "win",    "wins",   "winning", "received", "receives", "receiving",
                "got",      "gets",   "earned", "earn",    "earns",    "secured",  "securing",
                "garnered", "gained", "landed", "touted",  "touting",  "clinched", "nabbed"})) {
          src = Ent(k - 2);
          dst = SubjectOf(sb, q - 1);
          rule = "endorse.received";
        }
      }
      // "X gave a full-throated endorsement of Y".
      if (src < 0 && dst >= 0 && det > sb && det < k &&
          In(d_.Lower(det - 1),
             {"gave", "gives", "give", "giving", "offered", "extended", "issued"}))
        src = SubjectOf(sb, det - 1);
      if (src >= 0 && dst >= 0) Add("ENDORSES", src, dst, s, rule);
      // "endorsements from X and Y": every coordinated endorser.
      if (src >= 0 && dst >= 0 && std::string_view(rule) == "endorse.received") {
        int pos = ObjectPos(t + 2, se);
        if (pos >= 0) {
          for (int x : Coordinated(static_cast<uint32_t>(pos), se))
            Add("ENDORSES", x, dst, s, rule);
        }
      }
    }
  }
}

std::vector<RelationFact> RelationFinder::Run() {
  for (uint32_t s = 0; s < d_.sentences.size(); ++s) {
    LineKind k = d_.paragraphs[d_.sentences[s].para].kind;
    if (k == LineKind::kFurniture || k == LineKind::kCaption) continue;
    Endorsements(s);
    if (k == LineKind::kBody) {
      Roles(s);
      AppositionRoles(s);
      BoardRoles(s);
      MemberRoles(s);
    }
  }
  return std::move(out_);
}

}  // namespace kg::extract::internal

namespace kg::extract {

std::vector<RelationFact> FindRelations(const Document& doc, const MentionTable& mentions,
                                        const std::vector<QuoteFact>& quotes) {
  return internal::RelationFinder(doc, mentions, quotes).Run();
}

}  // namespace kg::extract
