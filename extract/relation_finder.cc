// The sentence helpers of RelationFinder: objects, coordination, passive
// agents and hedges, shared by the ENDORSES rules (relations.cc) and the
// HAS_ROLE rules (roles.cc); the subjects of verbs are in relation_subjects.cc.
#include "extract/relation_finder.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace kg::extract::internal {

namespace {

// Whether an organisation's name is a court's: "Court" or "Courts" as a word
// ("U.S. Court of Appeals", "Texas Supreme Court").
bool IsCourtName(std::string_view name) {
  for (size_t pos = name.find("Court"); pos != std::string_view::npos;
       pos = name.find("Court", pos + 1)) {
    const size_t end = pos + 5;
    const bool starts = pos == 0 || name[pos - 1] == ' ';
    const bool ends = end == name.size() || name[end] == ' ' ||
                      (name[end] == 's' && (end + 1 == name.size() || name[end + 1] == ' '));
    if (starts && ends) return true;
  }
  return false;
}

}  // namespace

void RelationSubjects::Add(const char* type, int src, int dst, uint32_t sent, const char* rule,
                           std::string title) {
  if (src < 0 || dst < 0 || src == dst) return;
  // A candidate is a person (the pool's organisation targets were bills and cases).
  if (std::string_view(type) == "ENDORSES" && !IsType(dst, EntityType::kPerson)) return;
  // A court that "backed" or "sided with" someone ruled for them ("The 10th
  // Circuit Court of Appeals backed Mr. X"): courts do not campaign.
  if (std::string_view(type) == "ENDORSES" && IsType(src, EntityType::kOrganization) &&
      IsCourtName(m_.entities[src].name))
    return;
  // A role is a person's (a list of holders may also name organisations).
  if (std::string_view(type) == "HAS_ROLE" && !IsType(src, EntityType::kPerson)) return;
  for (RelationFact& f : out_) {
    if (f.source != src || f.target != dst || f.relation.type != type) continue;
    // A role found first with no title ("said X of the Y", role_of.cc)
    // takes the title a later phrase gives it ("X, a fellow at the Y").
    if (f.relation.title.empty() && !title.empty()) {
      uint32_t b = d_.SentenceStart(sent), e = d_.SentenceEnd(sent);
      f.relation.title = std::move(title);
      f.relation.evidence.span = {b, e};
      f.relation.evidence.text = CleanText(d_.bytes, b, e);
      f.relation.evidence.rule = rule;
    }
    return;
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
bool RelationSubjects::Boundary(uint32_t t) const {
  std::string_view w = d_.Lower(t);
  if (d_.tokens[t].kind == TokKind::kPunct) return w == ";" || w == ":";
  if (w == "until" || w == "although" || w == "though" || w == "unless") {
    // "A led until X, a Republican, endorsed Y": a clause opens with a
    // subject right after the conjunction (not "until recently backed Y").
    return t + 1 < d_.tokens.size() && !in_quote_[t] &&
           (Ent(t + 1) >= 0 || m_.title_at[t + 1] >= 0 ||
            In(d_.Lower(t + 1), {"he", "she", "they", "it", "we"}));
  }
  return w == "when" || w == "that" || w == "because" || w == "after" || w == "while" ||
         w == "which" || w == "who" || w == "but" || w == "said" || w == "says";
}

// The first entity after the verb at `v`, through modifiers ("endorsed
// presumptive Democratic presidential nominee X", "endorsed foreign leaders
// such as French President X", "from two candidates, Sens. X").
// Where the name starts after "his|her|their (good) friend" at `p`, the
// friend words perhaps in quotation marks ("his \"good friend\" Y", "her
// longtime friend and colleague Y"); `p` when no such phrase names someone
// capitalised right after it.
uint32_t RelationSubjects::FriendNameStart(uint32_t p, uint32_t se) const {
  uint32_t k = p + 1;
  bool friend_word = false;
  while (k < se && k < p + 7) {
    const std::string_view w = d_.Lower(k);
    if (In(w, {"friend", "colleague", "ally", "buddy"})) {
      friend_word = true;
    } else if (!In(w, {"good", "dear", "great", "longtime", "long-time", "old", "close", "and",
                       "trusted"}) &&
               d_.tokens[k].kind != TokKind::kOpenQuote &&
               d_.tokens[k].kind != TokKind::kCloseQuote) {
      break;
    }
    ++k;
  }
  if (!friend_word || k >= se || d_.Lower(k - 1) == "and" || Ent(k) < 0 || in_quote_[k]) return p;
  return k;
}

int RelationSubjects::ObjectAfter(uint32_t v, uint32_t se) const {
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
        if (In(d_.Lower(end + 1),
               {"bid", "candidacy", "campaign", "reelection", "re-election", "nomination", "run",
                "presidential", "senate", "congressional"}) ||
            CandidacyAfter(end, se))  // "X's failed 2016 presidential bid"
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
      // "endorsed three candidates: A, B and C" (endorsement_colon_lists.cc).
      if (w == ":" && !comma && ColonOpensPlural(v, t, se)) {
        comma = true;
        limit = t + 6;
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
    // 'was "proud to endorse" Y': the marks of a narrated fragment
    // (endorsement_fragments.cc).
    if ((tok.kind == TokKind::kOpenQuote || tok.kind == TokKind::kCloseQuote) && !in_quote_[t])
      continue;
    // "endorsed his (\"good\") friend Y": the possessor's friend named.
    if (t == v && !comma && In(w, {"his", "her", "their"})) {
      const uint32_t f = FriendNameStart(t, se);
      if (f != t) {
        t = f - 1;
        continue;
      }
    }
    if (tok.kind != TokKind::kWord || in_quote_[t]) return -1;
    // "endorsed the (re-election) campaign of Y": the candidacy's holder
    // (not "the policy of Y").
    if (w == "of" && !comma && t > v + 1 && d_.IsWord(v, "the") &&
        In(d_.Lower(t - 1), {"campaign", "candidacy", "bid", "reelection", "re-election"}))
      continue;
    // "endorsed a candidate: Y", "his rival, Y" (endorsement_object_appositions.cc).
    if (t == v && !comma) {
      const int c = ContenderApposition(t, se);
      if (c >= 0) return Ent(static_cast<uint32_t>(c));
    }
    // "endorsed and campaigned for Y": a second predicate of support
    // sharing the object (endorsement_after_object.cc).
    if (t == v && !comma && w == "and") {
      const uint32_t o = SharedObjectStart(t, se);
      if (o != t) {
        t = o - 1;
        continue;
      }
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
std::vector<int> RelationSubjects::Coordinated(uint32_t first, uint32_t se,
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
    // "endorsed A in 2016 and B in 2020": the year of each.
    if (t + 3 < se && d_.Lower(t) == "in" && d_.tokens[t + 1].kind == TokKind::kNumber &&
        d_.Text(t + 1).size() == 4 && d_.Lower(t + 2) == "and" && IsType(e, EntityType::kPerson))
      t += 2;
    bool joined = false;
    if (t < se && d_.Text(t) == ",") ++t, joined = true;
    if (t < se && (d_.Lower(t) == "and" || d_.Lower(t) == "or")) ++t, joined = true;
    // "A, the Senate majority leader, and B": past an apposition that
    // names no person and closes with ", and".
    if (joined && t < se && d_.Text(t - 1) == "," && In(d_.Lower(t), {"the", "a"})) {
      uint32_t c = t + 1;
      while (c < se && c < t + 9 && d_.Text(c) != "," && !in_quote_[c] &&
             (d_.tokens[c].kind == TokKind::kWord || d_.tokens[c].kind == TokKind::kPossessive) &&
             (Ent(c) < 0 ||
              // "the Senate majority leader": a body as a modifier, not a
              // named list item ("the environmental group Z, and B").
              (!IsType(Ent(c), EntityType::kPerson) && MentionEnd(c) < se &&
               d_.tokens[MentionEnd(c)].kind == TokKind::kWord && !d_.tokens[MentionEnd(c)].cap)))
        ++c;
      if (c + 2 < se && c > t + 1 && d_.Text(c) == "," && d_.Lower(c + 1) == "and") t = c + 2;
    }
    t = ListJoinerEnd(first, t, se, &joined);
    if (!joined) break;
    // "and Washington, D.C., Mayor C": the commas of a city's state do not
    // end the list (list_descriptions.cc).
    t = CommaPlaceEnd(t, se);
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
    // clause when a verb-like word follows it (past a body's titled person:
    // "and then State Party Chairman B exited" ends at B, not the party).
    uint32_t named = k;
    TitledPersonAfterOrg(Ent(k), &named, se);
    const uint32_t after = MentionEnd(named);
    if (!subject_phrase && after < se && d_.tokens[after].kind == TokKind::kWord &&
        !d_.tokens[after].cap && !TimeAdverbAt(after, se) &&
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

int RelationSubjects::ObjectPos(uint32_t v, uint32_t se) const {
  int e = ObjectAfter(v, se);
  // "endorsed foreign leaders in the past, such as X": the list names them.
  for (uint32_t t = v; e < 0 && t + 1 < se && t < v + 12; ++t) {
    if (d_.Text(t) == "." || d_.Text(t) == ";" || in_quote_[t]) break;
    // "backed her comments after critics, including X, noted ...": a list
    // inside a later adverbial clause names no object of the verb.
    if (t > v && In(d_.Lower(t), {"after", "before", "because", "when", "while", "since",
                                  "although", "though", "until", "unless"}))
      break;
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
int RelationSubjects::SpeakerOf(uint32_t tok) const {
  uint32_t b = d_.tokens[tok].start;
  for (const QuoteFact& q : quotes_) {
    if (q.statement.span.start <= b && b < q.statement.span.end) return q.speaker;
  }
  return -1;
}

// The endorser after "by" at `by`: "by X", "by the X", "by former candidate
// and Louisiana Gov. X" (a description coordinated with the named title).
int RelationSubjects::PassiveAgent(uint32_t by, uint32_t se) const {
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
int RelationSubjects::EntityNamed(std::string_view name) const {
  for (const auto& m : m_.mentions) {
    const int e = m_.EntityAt(m.tok_begin);
    if (m.tok_end == m.tok_begin + 1 && d_.Text(m.tok_begin) == name) return e;
    // A person's surname: "Doe-endorsed" after "Jane Doe".
    if (IsType(e, EntityType::kPerson) && d_.Text(m.tok_end - 1) == name) return e;
  }
  return -1;
}

// "has yet to win", "hopes to receive", "failed to get": not received. A
// word inside a name is no hedge ("Rep. Hope Lindqvist got the backing",
// "Theresa May won the endorsement"). The four words are counted outside an aside on the subject
// ("X, who is seeking re-election, was the first to endorse Y" is not hedged; "if X, a Democrat,
// endorsed Y" is).
bool RelationSubjects::HedgedBefore(uint32_t sb, uint32_t v) const {
  uint32_t aside_from = v, aside_to = v;
  for (uint32_t p = v; p > sb && p + 5 > v; --p) {
    if (d_.Text(p - 1) != "," && d_.Text(p - 1) != ")") continue;
    if (const uint32_t x = TrailedNameEnd(sb, p); x < p) aside_from = x, aside_to = p;
    break;
  }
  int n = 0;
  for (uint32_t k = v; k > sb && n < 4;) {
    --k;
    if (k >= aside_from && k < aside_to) {
      k = aside_from;
      continue;
    }
    ++n;
    if (m_.EntityAt(k) >= 0) continue;
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

}  // namespace kg::extract::internal
