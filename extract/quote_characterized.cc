// Quotations that no speech verb introduces but whose speaker the sentence
// still names: characterisations ('X called it "..."', 'whom the Post
// described as being "..."'), sourced clauses ('according to X, the group
// "..."'), and the speakers behind head-noun descriptions of organisations
// ("the center") and documents ('"...," it read').
#include <algorithm>
#include <string>
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

bool IsCharacterizingVerb(std::string_view w) {
  return w == "called" || w == "calls" || w == "labeled" || w == "labelled" || w == "labels" ||
         w == "dubbed" || w == "branded" || w == "termed" || w == "described" || w == "describes" ||
         w == "deemed" || w == "derided";
}

bool IsDocumentNoun(std::string_view w) {
  return w == "memo" || w == "memorandum" || w == "letter" || w == "statement" || w == "op-ed" ||
         w == "post" || w == "tweet" || w == "email" || w == "note" || w == "report" ||
         w == "message" || w == "release";
}

// Words as the scorer counts them: "pro-incest" is two.
int QuoteWords(const Document& d, const RawQuote& q) {
  int words = 0;
  for (uint32_t t = q.open + 1; t < q.close; ++t) {
    if (d.tokens[t].kind != TokKind::kWord) continue;
    const std::string_view w = d.Text(t);
    words += 1 + static_cast<int>(std::count(w.begin(), w.end(), '-'));
  }
  return words;
}

}  // namespace

// 'Norman Thomas called this "a scheme which in essence is fascist."', 'the
// one our X labeled "..."', 'whom the Post described as being "..."': a
// characterisation of five words or more by a named subject (shorter ones
// are scare quotes: 'called it "perfect"').
bool Attributor::Characterized(const RawQuote& q, QuoteFact* f) const {
  if (!q.closed || q.first_para != q.last_para || QuoteWords(d_, q) < 5) return false;
  const uint32_t sb = d_.sentences[d_.sentence_of[q.open]].tok_begin;
  for (uint32_t v = q.open; v-- > sb && v + 16 > q.open;) {
    if (SentenceEnd(v)) return false;
    if (in_quote_[v] || d_.tokens[v].cap) continue;
    // "cited "many" reasons ..., including X's "..."": a citation reaches
    // further than a name given to something.
    const std::string_view w = d_.Lower(v);
    const bool cites = w == "cited" || w == "cites" || w == "citing";
    if (!cites && (v + 8 <= q.open || !IsCharacterizingVerb(w))) continue;
    // 'cited a report, "Title"', 'cited a line from X: "..."': someone
    // else's words.
    if (cites && (d_.Text(q.open - 1) == "," || d_.Text(q.open - 1) == ":")) return false;
    // A passive ("was described as") names no speaker here.
    if (Passive(v)) return false;
    const int s = NearestSubject(sb, v);
    if (s < 0) return false;
    Fill(q, s, v, q.open, std::string(d_.Lower(v)), "quote.characterized", f);
    return true;
  }
  return false;
}

// '..., according to the Atlantic, the center "shuttered its museum ..."':
// the source of the clause the quotation ends.
bool Attributor::AccordingToClause(const RawQuote& q, uint32_t sb, QuoteFact* f) const {
  for (uint32_t t = q.open; t-- > sb + 0 && t + 20 > q.open;) {
    if (in_quote_[t]) return false;
    if (!d_.IsWord(t, "according") || !d_.IsWord(t + 1, "to")) continue;
    uint32_t e = t + 2;
    while (e < q.open && e < t + 9 && d_.Text(e) != ",") ++e;
    if (e >= q.open || d_.Text(e) != ",") return false;
    const int s = SpeakerIn(t + 2, e);
    if (s < 0) return false;
    Fill(q, s, t, q.open, "according to", "quote.according_to", f);
    return true;
  }
  return false;
}

int Attributor::HeadNounOrganisation(uint32_t the) const {
  if (the + 1 >= d_.tokens.size() || !d_.IsWord(the, "the") || in_quote_[the]) return -1;
  const uint32_t noun = the + 1;
  if (d_.tokens[noun].kind != TokKind::kWord || d_.tokens[noun].cap || m_.EntityAt(noun) >= 0 ||
      !d_.Has(noun, kOrgHead))
    return -1;
  const std::string_view w = d_.Lower(noun);
  for (size_t i = m_.mentions.size(); i-- > 0;) {
    const Mention& mm = m_.mentions[i];
    if (mm.tok_begin >= the || in_quote_[mm.tok_begin]) continue;
    const EntityInfo& e = m_.entities[mm.entity];
    if (e.type != EntityType::kOrganization) continue;
    // A word of the name, not a part of one ("Centers" is not "center").
    const std::string name = AsciiLower(e.name);
    for (size_t at = name.find(w); at != std::string::npos; at = name.find(w, at + 1)) {
      const size_t after = at + w.size();
      if ((at == 0 || name[at - 1] == ' ') && (after == name.size() || name[after] == ' '))
        return mm.entity;
    }
  }
  return -1;
}

int Attributor::DocumentAuthor(uint32_t at) const {
  const uint32_t here = d_.sentence_of[at];
  const uint32_t from = d_.sentences[here > 0 ? here - 1 : here].tok_begin;
  for (uint32_t t = at; t-- > from;) {
    if (in_quote_[t] || !IsDocumentNoun(d_.Lower(t)) || d_.tokens[t].cap) continue;
    if (t < 2) return -1;
    // "Crozier's memo", "the union's letter".
    if (d_.tokens[t - 1].kind == TokKind::kPossessive) return m_.EntityAt(t - 2);
    const std::string_view det = d_.Lower(t - 1);
    if (det == "the") return DescribedSpeaker(t - 1);
    if (det != "his" && det != "her") return -1;
    // "his memo": the first person named in the last earlier sentence that
    // mentions the same document ("In his memo, Crozier implored ...").
    const std::string_view noun = d_.Lower(t);
    for (uint32_t u = t; u-- > 0 && t - u < 600;) {
      if (d_.sentence_of[u] == d_.sentence_of[t] || in_quote_[u] || d_.Lower(u) != noun) continue;
      const Sentence& s = d_.sentences[d_.sentence_of[u]];
      for (uint32_t x = s.tok_begin; x < s.tok_end; ++x) {
        const int e = in_quote_[x] ? -1 : m_.EntityAt(x);
        if (e >= 0 && m_.entities[e].type == EntityType::kPerson) return e;
      }
      return -1;
    }
    // Else the person this or the previous sentence is about.
    const int s = ClauseSubject(d_.sentences[d_.sentence_of[t]].tok_begin, t - 1);
    return s >= 0 && m_.entities[s].type == EntityType::kPerson ? s : -1;
  }
  return -1;
}

}  // namespace kg::extract
