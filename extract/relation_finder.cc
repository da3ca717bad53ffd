// The sentence helpers of RelationFinder: subjects, objects, coordination,
// passive agents and hedges, shared by the ENDORSES rules (relations.cc) and
// the HAS_ROLE rules (roles.cc).
#include "extract/relation_finder.h"

#include <algorithm>
#include <initializer_list>

#include "extract/description_titles.h"

namespace kg::extract::internal {

void RelationFinder::Add(const char* type, int src, int dst, uint32_t sent, const char* rule,
                         std::string title) {
  if (src < 0 || dst < 0 || src == dst) return;
  // A candidate is a person (the pool's organisation targets were bills and cases).
  if (std::string_view(type) == "ENDORSES" && !IsType(dst, EntityType::kPerson)) return;
  // A role is a person's (a list of holders may also name organisations).
  if (std::string_view(type) == "HAS_ROLE" && !IsType(src, EntityType::kPerson)) return;
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
  bool comma = false;
  uint32_t limit = v + 10;
  for (uint32_t t = v; t < se && t < limit; ++t) {
    int e = Ent(t);
    if (e >= 0) {
      // "endorsed Trump's bid" is Trump; "endorsed Jeb's son, George P. Bush"
      // is the son, named in the apposition.
      const uint32_t end = MentionEnd(t);
      // "Because the court endorsed the standard, X could not ...": a name
      // after a comma with a verb of its own starts the main clause.
      if (comma && end < se &&
          (IsVerbLike(d_.Lower(end)) ||
           In(d_.Lower(end), {"could", "can", "may", "might", "should", "must", "did", "does",
                              "are", "were", "cannot"})))
        return -1;
      if (end + 1 < se && d_.tokens[end].kind == TokKind::kPossessive) {
        // "backed X's nomination of Z": X nominated someone else.
        if (end + 2 < se && d_.Lower(end + 1) == "nomination" && d_.Lower(end + 2) == "of")
          return -1;
        if (In(d_.Lower(end + 1), {"bid", "candidacy", "campaign", "reelection", "re-election",
                                   "nomination", "run", "presidential", "senate", "congressional"}))
          return e;
        t = end;
        continue;
      }
      return TitledPersonAfterOrg(e, &t, se);  // "backing House Speaker X": X
    }
    const Token& tok = d_.tokens[t];
    std::string_view w = d_.Lower(t);
    if (tok.kind == TokKind::kPunct) {
      // An apposition naming the object: "two candidates, Sens. X".
      if (w == "," && t > v && t + 1 < se && (d_.tokens[t + 1].cap || m_.title_at[t + 1] >= 0)) {
        comma = true;
        continue;
      }
      if (w == "," && !comma && t > v + 1 && t + 2 < se && DescribedApposition(t)) {
        // "endorsed Y's opponent, the Democratic former governor X", "the
        // party's nominee, state Sen. X": a common noun's apposition names the
        // object; its description may hold an article and lower-case words.
        comma = true;
        if (In(d_.Lower(t + 1), {"the", "a", "an"})) ++t;
        limit = t + 8;
        continue;
      }
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
    // "endorsed a candidate: Y", "his rival, Y" (endorsement_object_appositions.cc).
    if (t == v && !comma) {
      const int c = ContenderApposition(t, se);
      if (c >= 0) return Ent(static_cast<uint32_t>(c));
    }
    // Lower-case modifiers, but not a new clause or phrase.
    if (In(w, {"that",  "to",    "in",     "for",    "on",       "by",      "after", "because",
               "which", "who",   "when",   "as",     "if",       "but",     "with",  "at",
               "from",  "over",  "and",    "or",     "instead",  "against", "his",   "her",
               "their", "its",   "a",      "an",     "it",       "him",     "them",  "this",
               "any",   "of",    "while",  "though", "although", "since",   "until", "unless",
               "about", "into",  "during", "before", "than",     "so",      "not",   "whose",
               "what",  "where", "under"}) ||
        // "backing the businessman challenging Y": Y is the rival, not the object.
        In(w, {"challenging", "opposing", "facing", "replacing", "succeeding", "battling",
               "fighting", "vying", "running", "seeking", "unseating"}))
      return -1;
  }
  return -1;
}

// The entities coordinated with the object at `first` ("X and Y", "X (I-Vt.)
// and Sen. Y", "X, Y and Z"), including `first`'s own.
std::vector<int> RelationFinder::Coordinated(uint32_t first, uint32_t se,
                                             bool subject_phrase) const {
  std::vector<int> out;
  uint32_t t = first;
  while (t < se && out.size() < 6) {
    int e = Ent(t);
    if (e < 0) break;
    // "A and House Speaker B": the body names B's office; B is listed.
    if (!out.empty()) e = TitledPersonAfterOrg(e, &t, se);
    t = MentionEnd(t);
    out.push_back(e);
    if (t < se && d_.Text(t) == "(") {  // "(I-Vt.)"
      uint32_t c = t;
      while (c < se && c < t + 6 && d_.Text(c) != ")") ++c;
      if (c >= se || d_.Text(c) != ")") break;
      t = c + 1;
    }
    // "Sens. A of North Carolina and B of Alaska": a person's home state
    // after the name.
    if (t + 2 < se && d_.Lower(t) == "of" && IsType(e, EntityType::kPerson)) {
      uint32_t c = t + 1;
      while (c < se && c < t + 4 && d_.tokens[c].cap && d_.Has(c, kPlaceWord) && Ent(c) < 0) ++c;
      if (c > t + 1 && c < se && (d_.Text(c) == "," || d_.Lower(c) == "and")) t = c;
    }
    // "endorsed A for Senate and B for governor": the office each runs for.
    if (t + 2 < se && d_.Lower(t) == "for" && IsType(e, EntityType::kPerson)) {
      const uint32_t c = OfficePhraseEnd(t + 1, se);
      if (c > t + 1 && c < se && (d_.Text(c) == "," || d_.Lower(c) == "and")) t = c;
    }
    bool joined = false;
    if (t < se && d_.Text(t) == ",") ++t, joined = true;
    if (t < se && (d_.Lower(t) == "and" || d_.Lower(t) == "or")) ++t, joined = true;
    t = ListJoinerEnd(first, t, se, &joined);
    if (!joined) break;
    if (t < se && (d_.Lower(t) == "the" || d_.Lower(t) == "former")) ++t;
    t = OrgDescriptionEnd(t, se);  // "and the environmental group Z"
    // "Palin and conservative provocateur Ann Coulter", ", soccer star A":
    // a description of a person before the name (list_descriptions.cc).
    t = ListedDescriptionEnd(t, se, d_.Lower(t - 1) == "and");
    uint32_t k = t;
    while (k < se && k < t + 4 && Ent(k) < 0 && (d_.tokens[k].cap || m_.title_at[k] >= 0) &&
           d_.tokens[k].kind == TokKind::kWord)
      ++k;
    // People and organisations mix in a list of endorsers ("by Sen. A and
    // the Sierra Club").
    if (k >= se ||
        (!IsType(Ent(k), EntityType::kPerson) && !IsType(Ent(k), EntityType::kOrganization)))
      break;
    // "the backing of X, Y's former strategist": a possessive in an
    // apposition names no one coordinated.
    // Also "Mr. Sanders' supporters" (a bare apostrophe after an s).
    if (MentionEnd(k) < se && (d_.tokens[MentionEnd(k)].kind == TokKind::kPossessive ||
                               In(d_.Text(MentionEnd(k)), {"'", "\xe2\x80\x99", "\xe2\x80\x98"})))
      break;
    // "... behind X, and Mayor Y threw his support ...": Y starts a new
    // clause when a verb-like word follows it.
    const uint32_t after = MentionEnd(k);
    if (!subject_phrase && after < se && d_.tokens[after].kind == TokKind::kWord &&
        !d_.tokens[after].cap &&
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
    if (d_.Lower(t) == "including" || (d_.Lower(t) == "like" && d_.Text(t - 1) == ","))
      e = ObjectAfter(t + 1, se), v = t + 1;
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
  // "by the likes of X".
  if (by + 3 < se && d_.Lower(by + 1) == "the" && d_.Lower(by + 2) == "likes" &&
      d_.Lower(by + 3) == "of")
    by += 3;
  uint32_t a = by + 1 < se && d_.Lower(by + 1) == "the" ? by + 2 : by + 1;
  if (a < se && Ent(a) >= 0) return Ent(a);  // also inside a quotation
  int e = ObjectAfter(by + 1, se);
  if (e >= 0) return e;
  uint32_t k = by + 1;
  // "by GOP leadership and X": a description, perhaps with a capitalised
  // word that names no one.
  while (k < se && k < by + 4 && d_.tokens[k].kind == TokKind::kWord &&
         (!d_.tokens[k].cap || (Ent(k) < 0 && k + 1 < se && !d_.tokens[k + 1].cap)) &&
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
           {"yet",      "not",     "n't",      "never", "hopes",     "hoping",     "hope",
            "seeking",  "unable",  "unlikely", "fails", "struggled", "struggling", "sought",
            "seeks",    "may",     "might",    "could", "would",     "trying",     "try",
            "tries",    "failed",  "whether",  "if",    "wants",     "want",       "wanted",
            "declined", "refused", "short"}))
      return true;
  }
  return false;
}

// Words between a subject and its verb that do not change who acts.
bool IsAuxiliary(std::string_view w) {
  return In(w,
            {"has",        "have",     "had",        "also", "officially", "formally", "publicly",
             "quickly",    "already",  "just",       "will", "then",       "later",    "since",
             "never",      "recently", "both",       "all",  "each",       "now",      "finally",
             "reportedly", "once",     "previously", "too"});
}

// An adverb between a subject and its verb ("steadfastly", "enthusiastically"),
// or a word that does not change who acts (IsAuxiliary).
bool RelationFinder::SkippableBeforeVerb(uint32_t t) const {
  std::string_view w = d_.Lower(t);
  // "X, who still backs Y": a standing endorsement is still one; "Mr. X
  // first endorsed Y".
  // "Y even has the backing of X".
  if (IsAuxiliary(w) || w == "still" || w == "first" || w == "even") return true;
  // "X, who has not only endorsed Y but ...".
  if ((w == "only" && t > 0 && d_.Lower(t - 1) == "not") ||
      (w == "not" && t + 1 < d_.tokens.size() && d_.Lower(t + 1) == "only"))
    return true;
  // "X, who's endorsed Y", "he's backing Y": a contracted "has" or "is".
  if (d_.tokens[t].kind == TokKind::kPossessive)
    return t > 0 && In(d_.Lower(t - 1), {"who", "he", "she", "that", "which"});
  return w.size() > 4 && w.ends_with("ly") && d_.tokens[t].kind == TokKind::kWord &&
         !d_.tokens[t].cap && !In(w, {"family", "ally", "rally", "assembly", "supply", "anomaly"});
}

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

// People who vote for or cheer a candidate without endorsing one ("X, a
// Democratic voter who backed Y").
static bool IsVoterNoun(std::string_view w) {
  return In(w, {"voter", "caucusgoer", "caucus-goer", "resident", "supporter", "attendee",
                "student", "retiree", "fan"});
}

// The entity an appositive relative clause ending before `t` is about: "X,
// who", "X, which", "X, a group that", "X, the union which".
int RelationFinder::RelativeHead(uint32_t sb, uint32_t t) const {
  if (t <= sb + 2 || !In(d_.Lower(t - 1), {"who", "which", "that"})) return -1;
  uint32_t k = t - 1;
  if (d_.Text(k - 1) != ",") {
    // A short description: "a (far-right) group", "the union".
    uint32_t w = k;
    // An acronym may describe too: "an upstart PAC that".
    auto acronym = [&](uint32_t x) {
      std::string_view a = d_.Text(x);
      return a.size() <= 4 &&
             std::all_of(a.begin(), a.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    };
    while (w > sb && w + 4 > k && d_.tokens[w - 1].kind == TokKind::kWord &&
           (!d_.tokens[w - 1].cap || acronym(w - 1)) && !d_.Has(w - 1, kFunctionWord) &&
           Ent(w - 1) < 0)
      --w;
    // A name that only modifies the noun: "X, an ardent Z critic who".
    if (w < k && w > sb + 2 && MentionEndsAt(w) && d_.tokens[w - 1].kind == TokKind::kWord) {
      uint32_t x = MentionBegin(w - 1);
      while (x > sb && x + 2 > MentionBegin(w - 1) && d_.tokens[x - 1].kind == TokKind::kWord &&
             !d_.tokens[x - 1].cap && !d_.Has(x - 1, kFunctionWord) && Ent(x - 1) < 0)
        --x;
      // "X, a rank-and-file Democratic voter who backed Y" voted.
      if (x > sb + 2 && In(d_.Lower(x - 1), {"a", "an"}) && !IsVoterNoun(d_.Lower(k - 1))) w = x;
    }
    if (w == k || w <= sb + 2 || !In(d_.Lower(w - 1), {"a", "an", "the"})) {
      // A longer one: "a Missouri state senator and congressional candidate".
      w = k;
      while (w > sb && w + 9 > k && d_.tokens[w - 1].kind == TokKind::kWord && Ent(w - 1) < 0 &&
             !In(d_.Lower(w - 1), {"a", "an", "the", "another"}) &&
             (!d_.Has(w - 1, kFunctionWord) || In(d_.Lower(w - 1), {"and", "of", "for", "in"})))
        --w;
      if (w == k || w <= sb + 2 || !In(d_.Lower(w - 1), {"a", "an", "the", "another"})) return -1;
      // "X, a Democratic voter who backed Y" voted: no endorsement.
      if (IsVoterNoun(d_.Lower(k - 1))) return -1;
    }
    k = w - 1;
    // "X — a group that backed Y": a dash opens the apposition too.
    uint32_t dash = k - 1;
    if (dash > sb && d_.Text(dash) == "-" && d_.Text(dash - 1) == "-") --dash;
    if (dash > sb && In(d_.Text(k - 1), {"-", "--", "\xe2\x80\x94", "\xe2\x80\x93"}) &&
        (d_.Text(k - 1) != "-" || dash < k - 1) && MentionEndsAt(dash))
      return Ent(dash - 1);
  } else if (d_.Lower(k) == "that") {
    return -1;  // ", that ..." opens a clause, not a relative
  }
  if (k < sb + 2 || d_.Text(k - 1) != ",") return -1;
  // "Sen. X (D) of Oregon, who": past a party tag and a home state.
  if (!MentionEndsAt(k - 1)) {
    uint32_t x = k - 1;
    uint32_t p = x;  // a home state, which may be a place mention
    while (p > sb && p + 3 > x && d_.tokens[p - 1].cap && d_.tokens[p - 1].kind == TokKind::kWord &&
           !MentionEndsAt(p))
      --p;
    if (p < x && p > sb && d_.Lower(p - 1) == "of") x = p - 1;
    x = SkipNameTail(sb, x);
    if (x < k - 1 && MentionEndsAt(x)) return Ent(x - 1);
  }
  return Ent(k - 2);
}

// The subject of the verb at `v`: the mention right before it (through
// auxiliaries, "X, who has endorsed"), else the first of its clause.
int RelationFinder::SubjectOf(uint32_t sb, uint32_t v, bool first_of_clause) const {
  uint32_t t = v;
  while (t > sb && SkippableBeforeVerb(t - 1)) --t;
  if (t > sb) {
    // A pronoun that names no one here: "they will back Y" is not about
    // the first name of the sentence.
    if (In(d_.Lower(t - 1), {"they", "we", "you", "i"}) && !in_quote_[t - 1]) return -1;
    // "those backing Y", "X (R-Ky.) backing Y" (endorsement_participle_heads.cc).
    if (PronounHeadsParticiple(sb, t, v)) return -1;
    if (const int tagged = TaggedParticipleSubject(sb, t, v); tagged >= 0) return tagged;
    int head = RelativeHead(sb, t);
    if (head < 0) head = CoordinatedRelativeHead(sb, t - 1);
    if (head >= 0) return head;
    // "X said that it is endorsing Y": "it" is the organisation the
    // sentence is about.
    if (d_.Lower(t - 1) == "it" && !in_quote_[t - 1]) {
      for (uint32_t k = sb; k + 1 < t; ++k) {
        if (Ent(k) < 0) continue;
        if (IsType(Ent(k), EntityType::kOrganization)) return Ent(k);
        break;
      }
      // "Z spoke when the Q announced it was backing Y" (endorsement_org_ends.cc).
      return ReportedItSubject(sb, t - 1);  // "it" is never a person
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
    // "The former senator has the backing of X", "the South Bend, Ind.,
    // mayor has won X's endorsement": a longer description of an office,
    // ending right before the verb.
    for (uint32_t the = t - 1; the > sb && the + 7 > t;) {
      --the;
      if (!d_.IsWord(the, "the") || the + 2 >= t) continue;
      std::string title;
      if (!DescriptionTitle(d_, the, &title, &len) || the + len != t) break;
      r = ResolveReference(d_, m_, &in_quote_, the, &len);
      if (r >= 0 && the + len == t) return r;
      break;
    }
    // "The front-runner has the backing of X", "the activist was endorsed
    // by X": what a person is, opening its clause (endorsement_descriptions.cc).
    r = DescribedSubject(sb, v);
    if (r >= 0) return r;
  }
  if (first_of_clause) return SubjectBefore(sb, v);
  return t > sb && d_.Text(t - 1) == "," ? AppositionSubject(sb, t - 1) : -1;
}

// The entity before an apposition that ends with the comma at `c`: "X (D-N.Y.),
// another critic of the letter, is backing Y" -> X.
int RelationFinder::AppositionSubject(uint32_t sb, uint32_t c) const {
  for (uint32_t k = c; k > sb + 1 && k + 16 > c; --k) {
    std::string_view p = d_.Text(k - 1);
    if (p == ";" || p == "." || in_quote_[k - 1]) return -1;
    if (p != ",") continue;
    if (!In(d_.Lower(k), {"a", "an", "another", "the", "one"})) return -1;
    uint32_t x = k - 1;
    if (x > sb && d_.Text(x - 1) == ")") {  // a party tag
      while (x > sb && x + 6 > k && d_.Text(x - 1) != "(") --x;
      if (x > sb) --x;
    }
    return x > sb && MentionEndsAt(x) ? Ent(x - 1) : -1;
  }
  return -1;
}

// The start of what trails a name before `t`: a party tag "(R-Ohio)" and a
// place "of New Hampshire" ("Sen. Kelly Ayotte of New Hampshire").
uint32_t RelationFinder::SkipNameTail(uint32_t sb, uint32_t t) const {
  if (t > sb + 1 && d_.Text(t - 1) == ")") {
    uint32_t c = t - 1;
    while (c > sb && c + 6 > t && d_.Text(c) != "(") --c;
    if (d_.Text(c) == "(") t = c;
  }
  uint32_t k = t;
  while (k > sb && k + 3 > t && d_.tokens[k - 1].cap && d_.tokens[k - 1].kind == TokKind::kWord &&
         Ent(k - 1) < 0)
    --k;
  if (k < t && k > sb && d_.Lower(k - 1) == "of") t = k - 1;
  return t;
}

}  // namespace kg::extract::internal
