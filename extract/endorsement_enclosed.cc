// An endorser named inside an apposition or relative clause that sits
// between a subject and its verb (RelationFinder helper for
// endorsement_pronoun_ends.cc's check of new ENDORSES facts): "X, a general
// who was dismissed as Acme Agency chief under President Z, backed Y" is X's,
// not the agency's or Z's; "the Q group, which is closely aligned with Rep.
// Z, endorsed Y" is the group's, and nobody's when the group is no entity.
// The subject rules take the name next to the verb or the first of the
// clause, and the clause boundary at the closing comma hides the head.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

bool Dash(std::string_view p) {
  return p == "-" || p == "--" || p == "\xe2\x80\x94" || p == "\xe2\x80\x93";
}

// A verb that makes the name before it an endorser ("backed", "threw her
// support behind", "announced his support for").
bool EndorserVerb(std::string_view w) {
  return w.starts_with("endors") ||
         In(w, {"back", "backs", "backed", "backing", "support", "supports", "supported",
                "supporting", "threw", "throws", "announced", "offered", "gave", "pledged"});
}

}  // namespace

int RelationFinder::EnclosedEndorser(uint32_t s, int src) const {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  for (uint32_t k = sb + 2; k < se; ++k) {
    if (Ent(k) != src || MentionBegin(k) != k || in_quote_[k]) continue;
    // The opening comma or dash, and a description or relative word after
    // it ("X, a general who ...", "X - who was ... -"); a name right after
    // the comma is an apposition of its own ("X's rival, Sen. W, endorsed").
    uint32_t o = k;
    while (o > sb && o + 30 > k) {
      const std::string_view p = d_.Text(o - 1);
      if (p == "," || Dash(p) || p == ";" || p == "." || p == ":") break;
      --o;
    }
    if (o <= sb + 1) continue;
    --o;
    const std::string_view open = d_.Text(o);
    if (open != "," && !Dash(open)) continue;
    if (o + 1 >= k || !In(d_.Lower(o + 1), {"a", "an", "the", "who", "which", "one", "another"}))
      continue;
    // A description between them ("The city's paper, The Q Times, endorsed Y"
    // is an apposition naming the endorser itself).
    bool described = false;
    for (uint32_t j = o + 2; j < k; ++j)
      described |= !d_.tokens[j].cap && d_.tokens[j].kind == TokKind::kWord;
    if (!described) continue;
    // The closing comma or dash of the same kind, then the verb.
    uint32_t c = MentionEnd(k);
    while (c < se && c < k + 30 && d_.Text(c) != open && !Dash(d_.Text(c)) &&
           !In(d_.Text(c), {",", ";", ".", ":"}))
      ++c;
    if (c >= se || d_.Text(c) != open) continue;
    uint32_t v = c + 1;
    while (v < se && (SkippableBeforeVerb(v) || In(d_.Lower(v), {"is", "was", "are", "were"}))) ++v;
    if (v >= se || d_.tokens[v].cap || !EndorserVerb(d_.Lower(v))) continue;
    // The head before the opening: a named person or organisation (through a
    // party tag), else nobody the article names.
    uint32_t x = o;
    if (x > sb && d_.Text(x - 1) == ")") {
      while (x > sb && x + 6 > o && d_.Text(x - 1) != "(") --x;
      if (x > sb) --x;
    }
    return x > sb && MentionEndsAt(x) ? Ent(x - 1) : -1;
  }
  return src;
}

}  // namespace kg::extract::internal
