#include "extract/relations.h"

#include <algorithm>

namespace kg::extract {
namespace {

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

class RelationFinder {
 public:
  RelationFinder(const Document& d, const MentionTable& m, const std::vector<QuoteFact>& quotes)
      : d_(d), m_(m), gz_(Gazetteer::Get()), quotes_(quotes), in_quote_(QuotedTokens(d)) {}

  std::vector<RelationFact> Run();

 private:
  int Ent(uint32_t t) const { return m_.EntityAt(t); }
  bool IsType(int e, EntityType type) const { return e >= 0 && m_.entities[e].type == type; }
  uint32_t MentionEnd(uint32_t t) const { return m_.mentions[m_.mention_at[t]].tok_end; }
  uint32_t MentionBegin(uint32_t t) const { return m_.mentions[m_.mention_at[t]].tok_begin; }
  bool Boundary(uint32_t t) const;
  int SubjectBefore(uint32_t sb, uint32_t v) const;
  int ObjectAfter(uint32_t v, uint32_t se) const;
  int SpeakerOf(uint32_t tok) const;
  void Add(const char* type, int src, int dst, uint32_t sent, const char* rule,
           std::string title = "");
  void Endorsements(uint32_t s);
  void Roles(uint32_t s);

  const Document& d_;
  const MentionTable& m_;
  const Gazetteer& gz_;
  const std::vector<QuoteFact>& quotes_;
  std::vector<bool> in_quote_;
  std::vector<RelationFact> out_;
};

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
    if (e >= 0) return e;
    uint32_t len = 0;
    int r = ResolveReference(d_, m_, &in_quote_, t, &len);
    if (r >= 0) return r;
  }
  return -1;
}

int RelationFinder::ObjectAfter(uint32_t v, uint32_t se) const {
  for (uint32_t t = v; t < se && t < v + 5; ++t) {
    int e = Ent(t);
    if (e >= 0) return e;
    std::string_view w = d_.Lower(t);
    if (d_.tokens[t].kind == TokKind::kPunct) return -1;
    if (!(w == "the" || w == "former" || w == "presidential" || w == "candidate" ||
          w == "republican" || w == "democrat" || w == "democratic" || m_.title_at[t] >= 0 ||
          w == "gop" || w == "incumbent"))
      return -1;
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

void RelationFinder::Endorsements(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  bool election = false;
  // Most sentences have no endorsement word: a cheap first pass.
  bool any = false;
  for (uint32_t t = sb; t < se && !any; ++t) {
    std::string_view w = d_.Lower(t);
    any = (w.size() >= 5 && w[0] == 'e' && w.compare(0, 5, "endor") == 0) ||
          (w.size() >= 5 && w[0] == 'b' && w.compare(0, 4, "back") == 0);
  }
  if (!any) return;
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
    if (w == "candidate" || w == "campaign" || w == "election" || w == "primary" || w == "race" ||
        w == "nominee" || w == "nomination" || w == "re-election" || w == "reelection" ||
        w == "bid" || w == "ticket" || w == "caucus" || w == "runoff" || w == "seat")
      election = true;
    if (w == "for" && t + 1 < se &&
        (d_.Lower(t + 1) == "president" || d_.Lower(t + 1) == "senate" ||
         d_.Lower(t + 1) == "governor" || d_.Lower(t + 1) == "congress" ||
         d_.Lower(t + 1) == "mayor"))
      election = true;
  }
  for (uint32_t t = sb; t < se; ++t) {
    std::string_view w = d_.Lower(t);
    const bool endorse_verb =
        w == "endorse" || w == "endorses" || w == "endorsed" || w == "endorsing";
    const bool back_verb = election && (w == "backs" || w == "backed" || w == "backing");
    if (endorse_verb || back_verb) {
      std::string_view prev = t > sb ? d_.Lower(t - 1) : std::string_view();
      const bool passive = w == "endorsed" && t + 1 < se && d_.Lower(t + 1) == "by";
      if (passive) {
        int src = t + 2 < se ? Ent(t + 2) : -1;
        if (src < 0 && t + 3 < se && d_.Lower(t + 2) == "the") src = Ent(t + 3);
        int dst = -1;
        uint32_t k = t;
        while (k > sb && k > t - 4 &&
               (d_.Lower(k - 1) == "was" || d_.Lower(k - 1) == "been" ||
                d_.Lower(k - 1) == "just" || d_.Lower(k - 1) == "is" || d_.Lower(k - 1) == "has" ||
                d_.Lower(k - 1) == "had" || d_.Lower(k - 1) == "were" ||
                d_.Lower(k - 1) == "formally" || d_.Lower(k - 1) == "also"))
          --k;
        if (k < t && k > sb) {
          if (d_.Lower(k - 1) == "i" && in_quote_[k - 1]) {
            dst = SpeakerOf(k - 1);
          } else if (Ent(k - 1) >= 0) {
            dst = Ent(k - 1);
          } else {
            dst = SubjectBefore(sb, k);
          }
        }
        if (IsType(dst, EntityType::kPerson) || IsType(dst, EntityType::kOrganization))
          Add("ENDORSES", src, dst, s, "endorse.passive");
        continue;
      }
      if (in_quote_[t]) continue;
      if (prev == "to" || prev == "not" || endorse_verb || back_verb) {
        int dst = ObjectAfter(t + 1, se);
        int src = SubjectBefore(sb, t);
        if (src >= 0 && dst >= 0)
          Add("ENDORSES", src, dst, s, back_verb ? "endorse.backs" : "endorse.verbal");
      }
      continue;
    }
    if (w == "endorsement" || w == "endorsements") {
      // X's Y endorsement / X's endorsement of Y / X ... its endorsement of Y
      // / the endorsement of Y by X.
      int src = -1, dst = -1;
      const char* rule = "endorse.nominal";
      uint32_t k = t;
      while (k > sb && (d_.tokens[k - 1].kind == TokKind::kWord) && Ent(k - 1) < 0 && k + 3 > t &&
             !d_.Has(k - 1, kFunctionWord))
        --k;  // adjectives: "strong", "public"
      if (k > sb && Ent(k - 1) >= 0) {
        // "... Y endorsement" with "X's" before Y.
        uint32_t yb = MentionBegin(k - 1);
        if (yb >= sb + 2 && d_.tokens[yb - 1].kind == TokKind::kPossessive && Ent(yb - 2) >= 0) {
          src = Ent(yb - 2);
          dst = Ent(k - 1);
        }
      }
      if (dst < 0 && t + 2 < se && d_.Lower(t + 1) == "of") {
        dst = ObjectAfter(t + 2, se);
        if (k >= sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive) src = Ent(k - 2);
        if (src < 0 && k > sb &&
            (d_.Lower(k - 1) == "its" || d_.Lower(k - 1) == "his" || d_.Lower(k - 1) == "her" ||
             d_.Lower(k - 1) == "their"))
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
      if (src >= 0 && dst >= 0 && !in_quote_[t]) Add("ENDORSES", src, dst, s, rule);
    }
  }
}

void RelationFinder::Roles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  auto first =
      std::lower_bound(m_.titles.begin(), m_.titles.end(), sb,
                       [](const TitleSpan& ts, uint32_t tok) { return ts.tok_begin < tok; });
  for (auto it = first; it != m_.titles.end() && it->tok_begin < se; ++it) {
    const TitleSpan& ts = *it;
    if (ts.tok_end > se) continue;
    const uint32_t tb = ts.tok_begin, te = ts.tok_end;
    std::string title = std::string(
        d_.bytes.substr(d_.tokens[tb].start, d_.tokens[te - 1].end - d_.tokens[tb].start));
    // X, [a|the] [former] TITLE of|at|for [the] Y
    {
      uint32_t k = tb;
      while (k > sb && (d_.Lower(k - 1) == "a" || d_.Lower(k - 1) == "an" ||
                        d_.Lower(k - 1) == "the" || d_.Lower(k - 1) == "acting" ||
                        d_.Lower(k - 1) == "senior" || d_.Lower(k - 1) == "longtime"))
        --k;
      if (d_.Lower(k) == "acting" && k < tb) title = "acting " + title;
      if (k > sb + 1 && d_.Text(k - 1) == ",") {
        int p = Ent(k - 2);
        uint32_t o = te;
        if (o < se && (d_.Lower(o) == "of" || d_.Lower(o) == "at" || d_.Lower(o) == "for" ||
                       d_.Lower(o) == "with")) {
          ++o;
          if (o < se && d_.Lower(o) == "the") ++o;
          int org = o < se ? Ent(o) : -1;
          if (IsType(p, EntityType::kPerson) && IsType(org, EntityType::kOrganization)) {
            Add("HAS_ROLE", p, org, s, "role.apposition", title);
            continue;
          }
        }
      }
    }
    // Y TITLE X: "ICE spokesman Mike Alvarez", "union president Chris Crane".
    if (tb > sb && te < se) {
      int org = Ent(tb - 1);
      int p = Ent(te);
      if (IsType(org, EntityType::kOrganization) && IsType(p, EntityType::kPerson)) {
        Add("HAS_ROLE", p, org, s, "role.prefix", title);
        continue;
      }
    }
    // TITLE of Y X: "Acting Director of Immigration and Customs Enforcement Jane Doe".
    if (te + 1 < se && d_.Lower(te) == "of") {
      uint32_t o = te + 1;
      if (d_.Lower(o) == "the") ++o;
      int org = Ent(o);
      if (IsType(org, EntityType::kOrganization)) {
        uint32_t after = MentionEnd(o);
        int p = after < se ? Ent(after) : -1;
        if (IsType(p, EntityType::kPerson)) {
          Add("HAS_ROLE", p, org, s, "role.title_of", title);
          continue;
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
    if (k == LineKind::kBody) Roles(s);
  }
  (void)StartsWith;
  return std::move(out_);
}

}  // namespace

std::vector<RelationFact> FindRelations(const Document& doc, const MentionTable& mentions,
                                        const std::vector<QuoteFact>& quotes) {
  return RelationFinder(doc, mentions, quotes).Run();
}

}  // namespace kg::extract
