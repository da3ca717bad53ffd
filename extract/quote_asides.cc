// Asides between a speaker and the speech verb. A party tag or a short
// parenthesis after the name ('Sen. Ann Lee (D-Ohio) said that "..."',
// 'Lee (R-Ky.) called it "..."'), an apposition or a relative clause
// between commas ('Socialist leader Ann Lee, a Democrat, called this
// "..."', 'The Harbor Alliance, which is based in Maine, said ...') stand
// between the subject and its verb in any rule that looks for the name
// right before the verb; stepping back over them keeps every such rule
// working with the aside in place (found by
// tests/eval/metamorphic_statements.py: a party tag lost a quarter of the
// statements it was added to). 'former' before a title is part of the
// title for the speaker rules ('"...," former Gov. X observes'): the rules
// skip titles before a name, and 'former' stopped them. See
// quote_attribution.h.
#include <string_view>

#include "extract/party_marks.h"
#include "extract/quote_attribution.h"

namespace kg::extract {

uint32_t Attributor::SkipAsideBack(uint32_t sb, uint32_t t) const {
  if (t < sb + 4 || d_.Text(t - 1) != ")" || in_quote_[t - 1]) return t;
  for (uint32_t k = t - 1; k-- > sb && k + 8 > t;) {
    if (in_quote_[k] || SentenceEnd(k) || Verb(k)) return t;
    if (d_.Text(k) != "(") continue;
    // A tag of a name: '(D-Ohio)', '(R)', not '(and they did)'.
    if (k + 2 >= t || !d_.tokens[k + 1].cap || k == sb || m_.EntityAt(k - 1) < 0) return t;
    return k;
  }
  return t;
}

void Attributor::InitTitles() {
  title_at_ = m_.title_at;
  // Only before a title with a name after it: 'the former president said'
  // is a description the epithet rules read.
  for (uint32_t t = 0; t + 1 < title_at_.size(); ++t) {
    if (!d_.IsWord(t, "former") || title_at_[t] >= 0 || title_at_[t + 1] < 0 || m_.EntityAt(t) >= 0)
      continue;
    const uint32_t te = m_.titles[title_at_[t + 1]].tok_end;
    if (te < title_at_.size() && m_.EntityAt(te) >= 0) title_at_[t] = title_at_[t + 1];
  }
  // A party label, perhaps after a state, right before a title or a
  // person's name: 'Ohio Democrat X', 'Texas Republican Rep. X' (what
  // SkipTitles reads, for every rule that skips titles).
  for (uint32_t t = title_at_.size(); t-- > 0;) {
    if (!d_.tokens[t].cap || title_at_[t] >= 0 || m_.EntityAt(t) >= 0 ||
        internal::PartyOfWord(d_.Lower(t)) == internal::Party::kNone || t + 1 >= title_at_.size())
      continue;
    const int next = m_.EntityAt(t + 1);
    const bool named =
        title_at_[t + 1] >= 0 || (next >= 0 && m_.entities[next].type == EntityType::kPerson &&
                                  m_.mentions[m_.mention_at[t + 1]].tok_begin == t + 1);
    if (!named) continue;
    title_at_[t] = title_at_[t + 1] >= 0 ? title_at_[t + 1] : 0;
    for (uint32_t k = t; k > 0 && k + 3 > t && d_.tokens[k - 1].cap && d_.Has(k - 1, kPlaceWord) &&
                         m_.EntityAt(k - 1) < 0 && title_at_[k - 1] < 0;
         --k)
      title_at_[k - 1] = title_at_[t];
  }
}

// Whether the name starting at `mb` opens its clause: before it only
// titles, names, capitalised and describing words, determiners and
// possessives ('Socialist leader X', 'Clinton campaign manager X', 'our
// X'), back to the sentence start, a comma or a clause word. Not an
// object: 'the top Democrat on the X Committee, Sen. Y, said', 'appeared
// to scold Sen. X (R-Nev.), who sat beside him, saying'.
// `exact`: only such words back to `stop` (the aside is the name).
bool Attributor::OpensClauseBack(uint32_t mb, uint32_t stop, bool exact) const {
  for (uint32_t k = mb; k > stop; --k) {
    const uint32_t w = k - 1;
    const std::string_view x = d_.Lower(w);
    if (in_quote_[w] || mb > w + 7) return false;
    const bool opener = x == "," || x == "and" || x == "but" || x == "that" || x == "what" ||
                        x == "while" || x == "when" || x == "as" || x == "because" || x == "then" ||
                        x == "so";
    if (opener && exact) return false;
    // Not an item of a list ('Yelp, H&M, The Body Shop and X, say').
    // An introductory phrase may end in a name ('In a letter to Gov. Y,
    // X, president of Z, said'); a list's item follows another comma.
    if (opener) {
      if (x != "," || w == 0 || m_.EntityAt(w - 1) < 0) return true;
      uint32_t pb = m_.mentions[m_.mention_at[w - 1]].tok_begin;
      while (pb > 0 && title_at_[pb - 1] >= 0 && m_.EntityAt(pb - 1) < 0) --pb;
      return pb == 0 || d_.Text(pb - 1) != ",";
    }
    const bool describing = d_.tokens[w].kind == TokKind::kWord && !d_.Has(w, kFunctionWord) &&
                            !Verb(w) && !x.ends_with("ed") && !x.ends_with("ing");
    const bool joins = title_at_[w] >= 0 || m_.EntityAt(w) >= 0 || d_.tokens[w].cap ||
                       d_.tokens[w].kind == TokKind::kPossessive || x == "the" || x == "a" ||
                       x == "an" || x == "our" || x == "his" || x == "her" || x == "their" ||
                       x == "its" || x == "former" ||
                       (!exact && (x == "of" || x == "on" || x == "at" || describing));
    if (!joins) return false;
  }
  return true;
}

int Attributor::SubjectBeforeAside(uint32_t sb, uint32_t t) const {
  if (t < sb + 4 || d_.Text(t - 1) != ",") return -1;
  for (uint32_t k = t - 1; k-- > sb && k + 16 > t;) {
    // A speech verb inside is another clause's ('X, who said ..., added').
    if (in_quote_[k] || SentenceEnd(k) || Verb(k) || d_.tokens[k].kind == TokKind::kOpenQuote)
      return -1;
    if (d_.Text(k) != ",") continue;
    if (k + 2 >= t || k <= sb) return -1;
    // 'The chairman of the X Committee, Tennessee Republican Sen. Y, said':
    // the aside is the name.
    const int named = m_.EntityAt(t - 2);
    if (named >= 0 && m_.entities[named].type == EntityType::kPerson) {
      const uint32_t nb = m_.mentions[m_.mention_at[t - 2]].tok_begin;
      const bool subject = OpensClauseBack(k, sb, false) || k == sb;
      return subject && nb > k && OpensClauseBack(nb, k + 1, true) ? named : -1;
    }
    // A clause of its own ('..., reacted on Twitter, saying'), the end of
    // a list ('Yelp, H&M, The Body Shop and Glossier, say').
    if (!d_.tokens[k + 1].cap && d_.Lower(k + 1).ends_with("ed")) return -1;
    // The last item of a list: ', and Britain's Z, said'.
    if (d_.IsWord(k + 1, "and") || d_.IsWord(k + 1, "or")) return -1;
    if (d_.tokens[k + 1].cap && title_at_[k + 1] < 0)
      for (uint32_t j = k + 1; j + 1 < t; ++j)
        if (d_.IsWord(j, "and")) return -1;
    const uint32_t c = SkipAsideBack(sb, k);  // 'X (D-Ohio), a lawyer, said'
    const int e = m_.EntityAt(c - 1);
    if (e < 0 || in_quote_[c - 1]) return -1;
    const uint32_t mb = m_.mentions[m_.mention_at[c - 1]].tok_begin;
    if (!OpensClauseBack(mb, sb, false)) return -1;
    // Not the complement of a phrase ('The top Democrat on the X Committee,
    // Y of Ohio, said'), nor an organisation after a comma (an item of a
    // list: 'the Commerce, Science and Transportation Committee, which'),
    // nor the last of two speakers.
    uint32_t b = mb;
    while (b > sb && m_.EntityAt(b - 1) < 0 && !in_quote_[b - 1] &&
           (title_at_[b - 1] >= 0 || d_.tokens[b - 1].cap))
      --b;
    if (b > sb && d_.IsWord(b - 1, "the")) --b;
    const bool org = m_.entities[e].type == EntityType::kOrganization;
    if (b > sb) {
      const std::string_view x = d_.Lower(b - 1);
      if (x == "on" || x == "at" || x == "for" || x == "to" || x == "with" || x == "from" ||
          x == "by" || x == "about" || x == "against" || x == "under" || x == "like")
        return -1;
      if (x == "of") return org ? AffiliatedPerson(sb, mb) : -1;
      // 'X and Y, both senators, said': a joint subject, left to the rules
      // that take the first name.
      if (x == "and" || x == "&") return -1;
      if (x == "," && org) return -1;
    }
    for (uint32_t j = sb; j < mb; ++j)
      if (in_quote_[j] || Verb(j)) return -1;
    // 'X of the Y Union, which represented Z, said': X (quote_affiliations.cc).
    if (m_.entities[e].type == EntityType::kOrganization) {
      const int person = AffiliatedPerson(sb, mb);
      if (person >= 0) return person;
    }
    return e;
  }
  return -1;
}

}  // namespace kg::extract
