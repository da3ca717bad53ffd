// Organisations and documents as speakers: "the newspaper
// ('s editorial board)", "the group", "the center" (a head noun of a name),
// "the memo", "his letter", '"...," it read'. Outlets go to the most recent
// news organisation, groups to the organisation just named, documents to
// their authors (see quote_attribution.h).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

bool IsDocumentNoun(std::string_view w) {
  return w == "memo" || w == "memorandum" || w == "letter" || w == "statement" || w == "op-ed" ||
         w == "post" || w == "tweet" || w == "email" || w == "note" || w == "report" ||
         w == "message" || w == "release";
}

enum class Described { kNone, kOutlet, kOrganization, kDocument };

Described DescriptionNoun(std::string_view w) {
  if (w == "newspaper" || w == "paper" || w == "editorial" || w == "publication" || w == "outlet" ||
      w == "magazine" || w == "network" || w == "website")
    return Described::kOutlet;
  if (w == "group" || w == "organization" || w == "organisation" || w == "association" ||
      w == "company" || w == "agency" || w == "committee" || w == "coalition" || w == "nonprofit" ||
      w == "firm")
    return Described::kOrganization;
  if (w == "memo" || w == "memorandum" || w == "letter" || w == "op-ed" || w == "statement")
    return Described::kDocument;
  return Described::kNone;
}

// What kind of body an organisation's name says it is, from its head word
// (the word before the first "of"/"for", else the last word: "Department of
// Justice", "National Weather Service", "Gap Inc."). Acronyms say nothing.
enum class OrgKind { kUnknown, kGovernment, kCompany, kPolitical, kNonprofit };

OrgKind KindOfName(const std::string& name) {
  std::vector<std::string_view> words;
  for (size_t b = 0; b < name.size();) {
    size_t e = name.find(' ', b);
    if (e == std::string::npos) e = name.size();
    if (e > b) words.push_back(std::string_view(name).substr(b, e - b));
    b = e + 1;
  }
  if (words.empty()) return OrgKind::kUnknown;
  size_t head = words.size() - 1;
  for (size_t i = 1; i < words.size(); ++i)
    if (words[i] == "of" || words[i] == "for") {
      head = i - 1;
      break;
    }
  const std::string w = AsciiLower(words[head]);
  static const char* const kGovernment[] = {"department",     "ministry",   "agency", "bureau",
                                            "administration", "congress",   "senate", "court",
                                            "commission",     "service",    "police", "enforcement",
                                            "patrol",         "protection", "office", "parliament",
                                            "pentagon",       "army",       "navy"};
  static const char* const kCompany[] = {"inc.",    "inc",         "corp.", "corp", "co.",
                                         "company", "corporation", "llc",   "ltd.", "holdings"};
  static const char* const kPolitical[] = {"committee", "party", "campaign", "pac", "caucus"};
  static const char* const kNonprofit[] = {"association", "coalition", "foundation", "institute",
                                           "center",      "centre",    "union",      "alliance",
                                           "society",     "league",    "council"};
  for (const char* g : kGovernment)
    if (w == g) return OrgKind::kGovernment;
  for (const char* g : kCompany)
    if (w == g) return OrgKind::kCompany;
  for (const char* g : kPolitical)
    if (w == g) return OrgKind::kPolitical;
  for (const char* g : kNonprofit)
    if (w == g) return OrgKind::kNonprofit;
  // A legislature or the presidency: "U.S. House of Representatives", "U.S.
  // House", "White House" (not "Freedom House").
  if (w == "house" && (head + 1 < words.size() || head == 0 || words[head - 1] == "White" ||
                       words[head - 1] == "U.S."))
    return OrgKind::kGovernment;
  return OrgKind::kUnknown;
}

// The description cannot mean an organisation of this kind: "the agency" is
// no party committee, company or advocacy group (not the DNC beside the
// FBI), "the company" no government body, party or nonprofit, "the group"
// and "the organization" no government body ("the group" is not the State
// Department its statement criticised).
bool KindClashes(std::string_view noun, OrgKind k) {
  if (k == OrgKind::kUnknown) return false;
  if (noun == "agency") return k != OrgKind::kGovernment;
  if (noun == "company" || noun == "firm") return k != OrgKind::kCompany;
  if (noun == "group" || noun == "organization" || noun == "organisation" || noun == "coalition" ||
      noun == "nonprofit" || noun == "association")
    return k == OrgKind::kGovernment;
  return false;
}

}  // namespace

// "the newspaper('s editorial board)", "the editorial", "the advocacy group",
// "the correspondents' group", "the memo": an organisation or a document as
// speaker. Outlets go to the most recent news organisation, groups to the
// most recent organisation (one whose name holds a possessive modifier:
// "correspondents'"), documents to the first person (else organisation)
// named in the last earlier sentence that mentions the same document.
// `t` is the "the" or the noun; -1 when unsure.
uint32_t Attributor::SentenceBeforeQuotation(uint32_t t) const {
  uint32_t from = d_.sentence_of[t];
  for (uint32_t u = t; u > 0 && (in_quote_[u - 1] || d_.Text(u - 1) == "," ||
                                 d_.tokens[u - 1].kind == TokKind::kCloseQuote ||
                                 d_.tokens[u - 1].kind == TokKind::kOpenQuote);) {
    --u;
    from = std::min(from, d_.sentence_of[u]);
  }
  return from;
}

int Attributor::DescribedSpeaker(uint32_t t) const {
  uint32_t the = t;
  while (the + 5 > t && the > 0 && !d_.IsWord(the, "the")) --the;
  if (!d_.IsWord(the, "the") || in_quote_[the]) return -1;
  // "the center" for the Anne Frank Center: a head noun of a name.
  if (t == the || t == the + 1) {
    const int h = HeadNounOrganisation(the);
    if (h >= 0) return h;
  }
  std::string_view must_contain;
  Described kind = Described::kNone;
  uint32_t k = the + 1;
  for (; k < d_.tokens.size() && k < the + 5; ++k) {
    kind = DescriptionNoun(d_.Lower(k));
    if (kind != Described::kNone) break;
    const TokKind next = k + 1 < d_.tokens.size() ? d_.tokens[k + 1].kind : TokKind::kPunct;
    if (d_.tokens[k].kind != TokKind::kWord || m_.EntityAt(k) >= 0) return -1;
    if (next == TokKind::kPossessive || next == TokKind::kSingleQuote) {
      must_contain = d_.Lower(k);
      ++k;
    }
  }
  if (kind == Described::kNone) return -1;
  int head_org = -1;
  uint32_t head_at = 0;
  if (kind == Described::kOrganization) {
    const uint32_t here = d_.sentence_of[the];
    for (uint32_t x = d_.sentences[here > 0 ? here - 1 : here].tok_begin; x < the; ++x) {
      const int h = d_.IsWord(x, "the") ? HeadNounOrganisation(x) : -1;
      if (h >= 0) head_org = h, head_at = x;
    }
  }
  // NearestSubject passes the last word: it must end the description.
  uint32_t end = k + 1;
  if (d_.IsWord(end, "board")) ++end;
  if (end < d_.tokens.size() && d_.tokens[end].kind == TokKind::kPossessive &&
      d_.IsWord(end + 1, "editorial") && d_.IsWord(end + 2, "board"))
    end += 3;
  if (t != the && t + 1 != end) return -1;
  const uint32_t para = d_.sentences[d_.sentence_of[the]].para;
  auto body = [&](uint32_t tok) {
    return !in_quote_[tok] &&
           d_.paragraphs[d_.sentences[d_.sentence_of[tok]].para].kind == LineKind::kBody;
  };
  if (kind == Described::kDocument) {
    const std::string_view noun = d_.Lower(k);
    const uint32_t here = d_.sentence_of[the];
    for (uint32_t u = the; u-- > 0 && the - u < 600;) {
      if (d_.sentence_of[u] == here || !body(u) || d_.Lower(u) != noun) continue;
      const Sentence& s = d_.sentences[d_.sentence_of[u]];
      int org = -1;
      for (uint32_t x = s.tok_begin; x < s.tok_end; ++x) {
        const int e = in_quote_[x] ? -1 : m_.EntityAt(x);
        if (e < 0 || (x > s.tok_begin && m_.EntityAt(x - 1) == e)) continue;
        // Not an object: 'prosecutors told Judge X that Y "..."'.
        uint32_t b = x;
        while (b > s.tok_begin && title_at_[b - 1] >= 0 && m_.EntityAt(b - 1) < 0) --b;
        if (b > s.tok_begin &&
            (CueVerb(b - 1) || d_.IsWord(b - 1, "to") || d_.IsWord(b - 1, "that") ||
             d_.IsWord(b - 1, "by") || d_.IsWord(b - 1, "with") || d_.IsWord(b - 1, "against")))
          continue;
        if (m_.entities[e].type == EntityType::kPerson) return e;
        if (org < 0) org = e;
      }
      return org;
    }
    return -1;
  }
  const uint32_t from = SentenceBeforeQuotation(the);
  int recent = -1;  // the organisation named last, for a group
  // '"...," the company said. "...," the company added': right after a
  // quotation, the organisation that spoke last, in this or the previous
  // paragraph, unless the sentence before opens with another one.
  const bool after_quote =
      the > 0 && d_.sentence_of[the - 1] == d_.sentence_of[the] &&
      (d_.tokens[the - 1].kind == TokKind::kCloseQuote ||
       (d_.Text(the - 1) == "," && the > 1 && d_.tokens[the - 2].kind == TokKind::kCloseQuote));
  const std::string_view noun = d_.Lower(k);
  auto clashes = [&](int e) {
    return kind == Described::kOrganization && must_contain.empty() &&
           KindClashes(noun, KindOfName(m_.entities[e].name));
  };
  int continuing = -1;
  if (kind == Described::kOrganization && after_quote && must_contain.empty() &&
      last_speaker_ >= 0 && m_.entities[last_speaker_].type == EntityType::kOrganization &&
      last_para_ + 1 >= para && !clashes(last_speaker_))
    continuing = last_speaker_;
  // '"The FBI is investigating ...," the agency said': an organisation of
  // the right kind opening the quotation as its subject speaks of itself;
  // used only when the text before names no one.
  auto self_named = [&]() -> int {
    if (kind != Described::kOrganization || !after_quote || !must_contain.empty()) return -1;
    uint32_t u = d_.tokens[the - 1].kind == TokKind::kCloseQuote ? the - 1 : the - 2;
    while (u > 0 && in_quote_[u - 1]) --u;
    if (u < d_.tokens.size() && d_.tokens[u].kind == TokKind::kOpenQuote) ++u;
    if (u + 2 >= the) return -1;
    if (d_.IsWord(u, "the")) ++u;
    const int e = m_.EntityAt(u);
    if (e < 0 || m_.mention_at[u] < 0 || m_.mentions[m_.mention_at[u]].tok_begin != u ||
        m_.entities[e].type != EntityType::kOrganization || clashes(e))
      return -1;
    // The subject: a lower-case word follows the name ("is", "applauds").
    const uint32_t end = m_.mentions[m_.mention_at[u]].tok_end;
    if (end >= the || d_.tokens[end].kind != TokKind::kWord || d_.tokens[end].cap) return -1;
    return e;
  };
  for (size_t i = m_.mentions.size(); i-- > 0;) {
    const Mention& mm = m_.mentions[i];
    if (mm.tok_begin >= the || !body(mm.tok_begin)) continue;
    if (d_.sentences[d_.sentence_of[mm.tok_begin]].para + 3 < para) break;
    const EntityInfo& e = m_.entities[mm.entity];
    if (recent >= 0 && d_.sentence_of[mm.tok_begin] + 1 < from) break;
    if (e.type != EntityType::kOrganization || clashes(mm.entity)) continue;
    if (!must_contain.empty()) {
      if (AsciiLower(e.name).find(must_contain) == std::string::npos) continue;
      return mm.entity;
    }
    // "The group says ...": only right after the group was named (also by
    // a head noun: "In the tweet, the center ... The group said"), and the
    // organisation a sentence opens with before one named later in it
    // ('Motel 6 said it will not give lists to ICE. "...," the company
    // said').
    if (kind == Described::kOrganization) {
      uint32_t sb = d_.sentences[d_.sentence_of[mm.tok_begin]].tok_begin;
      // Also past an introductory phrase: 'At the time, Acme criticized
      // Zentrix ... "...," the company said' is Acme's.
      if (mm.tok_begin > sb + 1) sb = MainClauseStart(sb, mm.tok_begin, /*strict=*/true);
      const bool opens = !mm.descriptor &&
                         (mm.tok_begin == sb || (mm.tok_begin == sb + 1 && d_.IsWord(sb, "the")));
      // Before the sentence right before the description (past a quotation
      // of several sentences) only the subject counts: 'VoteVets doubted
      // Trump's VA pick. "A. B," the group tweeted' is not the VA's.
      const bool near = d_.sentence_of[mm.tok_begin] + 1 >= d_.sentence_of[the];
      if (recent < 0) {
        if (head_org >= 0 && head_at > mm.tok_begin) return head_org;
        if (d_.sentence_of[mm.tok_begin] + 1 < from)
          return continuing >= 0 ? continuing : head_org >= 0 ? head_org : self_named();
        if (near) recent = mm.entity;
      }
      if (opens) return mm.entity;
      continue;
    }
    // An outlet: the last word of the name, or of its last hyphenated part,
    // is a news word (Post, Journal, Times, ...).
    if (IsOutlet(e)) return mm.entity;
    // Or the organisation opening, as the subject of a speech verb, the
    // sentence right before the quotation or the quotation's own (past an
    // introductory phrase), for a description after the quotation: 'In
    // response, CNN said in a court filing that ... . "...," the network
    // said'.
    if (after_quote && d_.sentence_of[mm.tok_begin] + 1 >= from && !mm.descriptor &&
        mm.tok_end < the && d_.tokens[mm.tok_end].kind == TokKind::kWord &&
        !d_.tokens[mm.tok_end].cap && CueVerb(mm.tok_end)) {
      uint32_t sb = d_.sentences[d_.sentence_of[mm.tok_begin]].tok_begin;
      if (mm.tok_begin > sb + 1) sb = MainClauseStart(sb, mm.tok_begin, /*strict=*/true);
      if (mm.tok_begin == sb || (mm.tok_begin == sb + 1 && d_.IsWord(sb, "the"))) return mm.entity;
    }
  }
  if (kind == Described::kOrganization) {
    if (continuing >= 0) return continuing;
    return recent >= 0 ? recent : head_org >= 0 ? head_org : self_named();
  }
  // An article about a newspaper may name it only later or inside a
  // quotation: the one outlet it names is meant.
  int outlet = -1;
  for (size_t i = 0; kind == Described::kOutlet && i < m_.entities.size(); ++i) {
    const EntityInfo& e = m_.entities[i];
    if (e.type != EntityType::kOrganization || !IsOutlet(e)) continue;
    if (outlet >= 0) return -1;
    outlet = static_cast<int>(i);
  }
  return outlet;
}

// The last word of the name, or of its last hyphenated part, is a news word
// (Post, Journal, Times, ...).
bool Attributor::IsOutlet(const EntityInfo& e) const {
  std::string last = AsciiLower(e.name.substr(e.name.find_last_of(" -") + 1));
  return (gz_.Flags(last) & kOutletHead) != 0;
}

int Attributor::HeadNounOrganisation(uint32_t the) const {
  if (the + 1 >= d_.tokens.size() || !d_.IsWord(the, "the") || in_quote_[the]) return -1;
  const uint32_t noun = the + 1;
  if (d_.tokens[noun].kind != TokKind::kWord || d_.tokens[noun].cap || m_.EntityAt(noun) >= 0 ||
      !d_.Has(noun, kOrgHead))
    return -1;
  const std::string_view w = d_.Lower(noun);
  // "the agency", "the group": generic nouns follow the rules for groups
  // (the organisation just named), not any name that holds them.
  if (DescriptionNoun(w) != Described::kNone) return -1;
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

int Attributor::OpeningOrganisation(const RawQuote& q) const {
  const uint32_t here = d_.sentence_of[q.open];
  if (here == 0 || d_.sentences[here].tok_begin != q.open) return -1;
  const Sentence& prev = d_.sentences[here - 1];
  if (prev.para + 1 < d_.sentences[here].para || !IsBody(d_, prev.para)) return -1;
  uint32_t b = prev.tok_begin;
  if (b + 1 < prev.tok_end && d_.IsWord(b, "the")) ++b;
  const int e = b < prev.tok_end && !in_quote_[b] ? m_.EntityAt(b) : -1;
  if (e < 0 || m_.mentions[m_.mention_at[b]].tok_begin != b ||
      m_.entities[e].type != EntityType::kOrganization)
    return -1;
  // Not a possessor ("Acme's chief said"): the organisation is the subject.
  const uint32_t end = m_.mentions[m_.mention_at[b]].tok_end;
  if (end < prev.tok_end && d_.tokens[end].kind == TokKind::kPossessive) return -1;
  return e;
}

}  // namespace kg::extract
