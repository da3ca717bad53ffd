// People described by party, state and office as speakers: "said the
// Kentucky Republican", "the California Democrat said", "the former vice
// president told reporters", "the Senate majority leader said". The
// description goes to the most recent person the article marked with the
// same party (a tag "(R-Ky.)", "Republican Sen. X", "X, a Democrat"), place
// ("Kentucky Republican X", "Sen. X of Wisconsin", the tag's state) and
// office (a title the person carried); nobody when no one matches or an
// unnamed person of that description came in between ("a Nevada Democrat
// said ... said the Democrat").
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/description_titles.h"
#include "extract/party_marks.h"
#include "extract/quote_attribution.h"

namespace kg::extract {
using internal::HoldsOtherOffice;
using internal::IsEpithetNoun;
using internal::MarkedWithParty;
using internal::OfficeMatches;
using internal::Party;
using internal::PartyOfTag;
using internal::PartyOfWord;
using internal::PlaceMatches;
namespace {

bool IsModifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "former",  "longtime",    "veteran",     "freshman",  "junior",     "senior",
      "top",     "outgoing",    "incoming",    "embattled", "retiring",   "ranking",
      "then",    "current",     "presumptive", "likely",    "moderate",   "conservative",
      "liberal", "progressive", "populist",    "onetime",   "first-term", "two-term",
      "new",     "fellow",      "powerful",    "leading",   "defeated",   "soon-to-be"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// What a description says: its party, place words and office words.
struct Description {
  Party party = Party::kNone;
  std::vector<std::string_view> place;  // capitalised words as written
  std::string office;                   // lower-case title words ("vice president")
  std::string_view head;                // the last word, lower case
};

// What a person is (IsEpithetNoun, description_titles.cc) is never the
// noun of an anonymous source ("the source", "the aide", "the official"):
// those point back to an unnamed person.
// Nouns that introduce an unnamed person ("a source close to X", "one
// Republican operative").
bool IsAnonymousNoun(std::string_view w) {
  return w == "source" || w == "official" || w == "aide" || w == "adviser" || w == "advisor" ||
         w == "staffer" || w == "insider" || w == "operative" || w == "person" || w == "member" ||
         w == "supporter" || w == "voter" || w == "resident" || w == "friend" || w == "ally" ||
         w == "associate" || w == "spokesman" || w == "spokeswoman" || w == "spokesperson";
}

}  // namespace

int Attributor::DescribedPerson(uint32_t the, uint32_t* end) const {
  if (!d_.IsWord(the, "the") || in_quote_[the]) return -1;
  Description desc;
  uint32_t t = the + 1;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  // "the chamber's top Republican", "the party's presumptive nominee".
  if (t + 1 < n && d_.tokens[t].kind == TokKind::kWord && !d_.tokens[t].cap &&
      d_.tokens[t + 1].kind == TokKind::kPossessive)
    t += 2;
  for (; t < n && t < the + 8; ++t) {
    if (d_.tokens[t].kind != TokKind::kWord || in_quote_[t]) break;
    const std::string_view w = d_.Lower(t);
    const int e = m_.EntityAt(t);
    if (e >= 0 && m_.entities[e].type == EntityType::kPerson) return -1;
    const Party p = PartyOfWord(w);
    if (p != Party::kNone) {
      desc.party = p;
    } else if (d_.tokens[t].cap && !d_.Has(t, kTitleWord) && title_at_[t] < 0) {
      desc.place.push_back(d_.Text(t));
    } else if (d_.Has(t, kTitleWord) || title_at_[t] >= 0 || w == "vice" || w == "nominee" ||
               w == "candidate" || w == "leader" || w == "speaker" || w == "majority" ||
               w == "minority" || w == "whip") {
      if (!desc.office.empty()) desc.office.push_back(' ');
      desc.office += w;
    } else if (!IsModifier(w)) {
      break;
    }
    desc.head = w;
  }
  // "the secretary of state".
  if (!desc.office.empty() && d_.IsWord(t, "of") && t + 1 < n && d_.IsWord(t + 1, "state")) {
    desc.office += " of state";
    t += 2;
  }
  if (desc.head.empty() || (desc.party == Party::kNone && desc.office.empty())) return -1;
  // "the Democrats' letter", "said the Republicans": groups, not a person.
  if (desc.head.ends_with("s") && PartyOfWord(desc.head) != Party::kNone) return -1;
  if (t < n &&
      (d_.tokens[t].kind == TokKind::kPossessive || d_.tokens[t].kind == TokKind::kSingleQuote))
    return -1;
  // A party word must end the description or precede an office: "the
  // Republican senator", not "the Democratic Party".
  if (desc.party != Party::kNone && desc.office.empty() && PartyOfWord(desc.head) == Party::kNone)
    return -1;
  // "the GOP" and "the Republican party" are the party, not one of its
  // people.
  if (desc.office.empty() &&
      (desc.head == "gop" || d_.IsWord(t, "party") || d_.IsWord(t, "establishment")))
    return -1;
  *end = t;

  // Candidates: people mentioned before, most recent first.
  std::vector<int> seen;
  for (size_t i = m_.mentions.size(); i-- > 0;) {
    const Mention& mm = m_.mentions[i];
    if (mm.tok_begin >= the || in_quote_[mm.tok_begin]) continue;
    if (d_.paragraphs[d_.sentences[d_.sentence_of[mm.tok_begin]].para].kind != LineKind::kBody)
      continue;
    const EntityInfo& info = m_.entities[mm.entity];
    if (info.type != EntityType::kPerson) continue;
    bool dup = false;
    for (int s : seen) dup |= s == mm.entity;
    if (dup) continue;
    seen.push_back(mm.entity);
    if (seen.size() > 12) break;
    // An unnamed person of the same description since then ("a Nevada
    // Democrat predicted ...") is whom "the Democrat" means.
    for (uint32_t k = mm.tok_end; k + 1 < the; ++k) {
      const std::string_view w = d_.Lower(k);
      if (w != "a" && w != "an" && w != "one" && w != "another") continue;
      // Not a named person's apposition: "Jane Roe, a Democrat, ...".
      if (k >= 2 && d_.Text(k - 1) == "," && m_.EntityAt(k - 2) >= 0 &&
          m_.entities[m_.EntityAt(k - 2)].type == EntityType::kPerson)
        continue;
      for (uint32_t x = k + 1; x < the && x < k + 5; ++x) {
        if (d_.Lower(x) == desc.head) return -1;
      }
    }
    if (!desc.office.empty() && !OfficeMatches(info.titles, desc.office)) continue;
    // Party and place from every earlier mention of this person.
    Party party = Party::kNone;
    bool place_ok = desc.place.empty();
    for (const Mention& x : m_.mentions) {
      if (x.tok_begin >= the) break;
      if (x.entity != mm.entity || in_quote_[x.tok_begin]) continue;
      std::vector<std::string_view> around;
      // Before: "Kentucky Republican Sen. X", "Michigan Rep. X".
      for (uint32_t k = x.tok_begin; k-- > 0 && k + 6 > x.tok_begin;) {
        if (d_.tokens[k].kind != TokKind::kWord || !d_.tokens[k].cap) break;
        const int e = m_.EntityAt(k);
        if (e >= 0 && m_.entities[e].type == EntityType::kPerson) break;
        const Party p = PartyOfWord(d_.Lower(k));
        if (p != Party::kNone) party = p;
        around.push_back(d_.Text(k));
      }
      // After: "(R-Ky.)", ", R-Ky.,", "of Wisconsin", ", a Kentucky Republican,".
      uint32_t k = x.tok_end;
      if (k + 1 < n && (d_.Text(k) == "(" || d_.Text(k) == ",")) {
        std::string_view abbr;
        const Party p = PartyOfTag(d_.Text(k + 1), &abbr);
        if (p != Party::kNone) {
          party = p;
          if (!place_ok) place_ok = PlaceMatches(abbr, desc.place);
        }
      }
      if (k + 1 < n && d_.IsWord(k, "of") && d_.tokens[k + 1].cap) around.push_back(d_.Text(k + 1));
      if (k + 2 < n && d_.Text(k) == "," && (d_.IsWord(k + 1, "a") || d_.IsWord(k + 1, "the"))) {
        for (uint32_t y = k + 2; y < n && y < k + 7 && d_.tokens[y].kind == TokKind::kWord; ++y) {
          const Party p = PartyOfWord(d_.Lower(y));
          if (p != Party::kNone) party = p;
          if (d_.tokens[y].cap) around.push_back(d_.Text(y));
        }
      }
      if (!place_ok) {
        bool all = true;
        for (std::string_view w : desc.place) {
          bool found = false;
          for (std::string_view a : around) found |= a == w;
          all &= found;
        }
        place_ok = all;
      }
    }
    if (!place_ok) continue;
    if (desc.party != Party::kNone && party != desc.party) continue;
    return mm.entity;
  }
  return -1;
}

// Whether `person` has at least as many mentions before token `before` as
// any other person (outside quotations).
bool Attributor::MostNamedPerson(int person, uint32_t before) const {
  std::vector<int> count(m_.entities.size(), 0);
  for (const Mention& mm : m_.mentions) {
    if (mm.tok_begin >= before) break;
    if (mm.entity >= 0 && !in_quote_[mm.tok_begin] &&
        m_.entities[mm.entity].type == EntityType::kPerson)
      ++count[mm.entity];
  }
  for (size_t x = 0; x < count.size(); ++x) {
    if (static_cast<int>(x) != person && count[x] >= count[person]) return false;
  }
  return true;
}

int Attributor::EpithetPerson(uint32_t the, uint32_t e) const {
  if (!d_.IsWord(the, "the") || in_quote_[the] || e < the + 2 || e > the + 8) return -1;
  // "the [modifiers] NOUN" exactly: lower-case words, capitalised place and
  // party words, ages ("57-year-old"); no name inside, none in an
  // apposition after it ("asked the governor, Ichiro Matsui").
  for (uint32_t t = the + 1; t < e; ++t) {
    const bool word = d_.tokens[t].kind == TokKind::kWord || d_.tokens[t].kind == TokKind::kNumber;
    if (!word || in_quote_[t] || m_.EntityAt(t) >= 0) return -1;
  }
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  if (e + 1 < n && d_.Text(e) == "," && d_.tokens[e + 1].cap) return -1;
  const std::string_view head = d_.Lower(e - 1);
  // "the president" reaches here only when nobody carried the title (the
  // references resolve it otherwise): '"...," the president tweeted' after a
  // story that only says "Donald Trump" or "Mr. Trump".
  // Exactly "the president": not "the vice president", "the former
  // president" nor "the company's president".
  const bool president = head == "president" && e == the + 2;
  if (d_.tokens[e - 1].cap || (!president && !IsEpithetNoun(head))) return -1;
  // A reply is usually the other person's ('"...?" X asked Trump. "...,"
  // the business mogul replied').
  for (const uint32_t v : {the - 1, e}) {
    if (v >= n || the == 0) continue;
    const std::string_view w = d_.Lower(v);
    if (w == "replied" || w == "responded" || w == "answered" || w == "countered" ||
        w == "retorted" || w == "shot" || w == "fired" || w == "interjected")
      return -1;
  }
  // Whom a sentence is about: the one person it names. In the sentences
  // before, also the one person next to a speech verb ("Scott was shot,
  // Bamberg said."; not the asker of "X asked Y").
  auto topic = [&](uint32_t sb, uint32_t se, bool earlier, bool* named) -> int {
    int only = -1, speaking = -1;
    for (uint32_t t = sb; t < se; ++t) {
      if (in_quote_[t]) continue;
      const int en = m_.EntityAt(t);
      if (en >= 0 && m_.entities[en].type == EntityType::kPerson) {
        *named = true;
        if (only >= 0 && only != en) only = -2;
        if (only == -1) only = en;
      }
      if (!earlier || t == sb || t + 1 >= se || !Verb(t) || d_.IsWord(t, "asked")) continue;
      int by = m_.EntityAt(t - 1);
      if (by < 0 && d_.Text(t - 1) == ",") by = m_.EntityAt(t + 1);
      if (by < 0 || m_.entities[by].type != EntityType::kPerson) continue;
      if (speaking >= 0 && speaking != by) speaking = -2;
      if (speaking == -1) speaking = by;
    }
    if (speaking >= 0) return speaking;
    // Several people in a sentence before: the one it opens with, its
    // subject ("Hastings has called Packer's charges ... "...," the
    // congressman said").
    if (only == -2 && earlier) return OpeningPerson(sb, se);
    return only >= 0 ? only : -1;
  };
  // This sentence before the description, else one of the two before it
  // (sentences wholly inside the quotation name nobody).
  const uint32_t si = d_.sentence_of[the];
  bool named = false;
  uint32_t from = d_.sentences[si].tok_begin;
  int person = topic(from, the, false, &named);
  for (uint32_t back = 1; !named && back <= 2 && back <= si; ++back) {
    const Sentence& prev = d_.sentences[si - back];
    person = topic(prev.tok_begin, prev.tok_end, true, &named);
    from = prev.tok_begin;
  }
  // When the sentences just before name nobody (or two people): the one
  // person an apposition or a word before the name called by this noun
  // ("Maria Roe, a civil rights activist, ..."), however far back
  // (described_antecedent.cc). Not for an office ("the prime minister" is
  // not "Conservative minister X").
  bool office_words = false;
  for (uint32_t t = the + 1; t < e; ++t) office_words = office_words || title_at_[t] >= 0;
  if (person < 0 && !president && !office_words)
    person = internal::AppositionDescribed(d_, m_, &in_quote_, the, head);
  if (person < 0) return -1;
  // The president a story leaves untitled is the person it names most so
  // far, not whoever the previous sentence happens to name ("Comey
  // testified ... "...," the president said" is not Comey's).
  if (president && !MostNamedPerson(person, the)) return -1;
  if (president) {
    // Nor someone whose titles are another office ("Vice President Mike
    // Pence", "press secretary Sarah Sanders"), nor the person the
    // president speaks to ("The president told Jones, "...").
    std::vector<std::string> ts;
    for (const std::string& t : m_.entities[person].titles) {
      if (t != "mr." && t != "mrs." && t != "ms." && t != "dr." && t != "mr" && t != "ms")
        ts.push_back(t);
    }
    if (!ts.empty() && !OfficeMatches(ts, "president")) return -1;
    // Nor someone the article gives another role in an apposition ("his
    // press secretary, Sarah Sanders"; "Pence, the vice president,").
    for (const Mention& mm : m_.mentions) {
      if (mm.entity != person || in_quote_[mm.tok_begin]) continue;
      const uint32_t b = mm.tok_begin;
      if (b >= 2 && d_.Text(b - 1) == "," && d_.Has(b - 2, kTitleWord) &&
          d_.Lower(b - 2) != "president")
        return -1;
      const uint32_t x = mm.tok_end;
      if (x + 3 < d_.tokens.size() && d_.Text(x) == "," &&
          (d_.IsWord(x + 1, "the") || d_.IsWord(x + 1, "a") || d_.IsWord(x + 1, "his") ||
           d_.IsWord(x + 1, "her"))) {
        for (uint32_t k = x + 2; k < x + 6 && k < d_.tokens.size(); ++k) {
          if (d_.tokens[k].kind != TokKind::kWord) break;
          if (d_.Has(k, kTitleWord) && d_.Lower(k) != "president") return -1;
          if (d_.Lower(k) == "president") break;
        }
      }
    }
    // The person is named in the story's body, not only in its headline.
    if (!IsBody(d_, d_.sentences[d_.sentence_of[from]].para)) return -1;
    const Sentence& here = d_.sentences[si];
    for (uint32_t t = e; t < here.tok_end && !in_quote_[t]; ++t) {
      if (m_.EntityAt(t) == person) return -1;
    }
  }
  // An unnamed person introduced since the previous paragraph ("A
  // Democratic lawmaker who asked not to be named disagreed. "...," the
  // lawmaker said") is whom the description means.
  const uint32_t para = d_.sentences[d_.sentence_of[from]].para;
  const uint32_t window = d_.paragraphs[para > 0 ? para - 1 : 0].tok_begin;
  for (uint32_t k = std::min(window, from); k < the; ++k) {
    const std::string_view w = d_.Lower(k);
    if (w != "a" && w != "an" && w != "one" && w != "another") continue;
    for (uint32_t x = k + 1; x < the && x < k + 6; ++x) {
      if (d_.tokens[x].kind != TokKind::kWord) break;
      if (IsEpithetNoun(d_.Lower(x)) || IsAnonymousNoun(d_.Lower(x)) || d_.Has(x, kTitleWord))
        return -1;
    }
  }
  // A party in the description must be one the article gave the person
  // before ("Republican nominee Donald Trump", "(D-Vt.)", "X, a Democrat"):
  // "the Democratic nominee" is not the one Republican named before it.
  Party party = Party::kNone;
  for (uint32_t t = the + 1; t < e; ++t) {
    if (PartyOfWord(d_.Lower(t)) != Party::kNone) party = PartyOfWord(d_.Lower(t));
  }
  if (party != Party::kNone && !MarkedWithParty(d_, m_, in_quote_, person, party, the)) {
    // A person the article gives no party may still be described by one
    // when nobody before carries it ('Trump has pounced ... "...," the GOP
    // nominee said'); not when the person carries another one.
    for (const Party other : {Party::kRepublican, Party::kDemocrat, Party::kIndependent}) {
      if (other != party && MarkedWithParty(d_, m_, in_quote_, person, other, the)) return -1;
    }
    for (int x = 0; x < static_cast<int>(m_.entities.size()); ++x) {
      if (x != person && m_.entities[x].type == EntityType::kPerson &&
          MarkedWithParty(d_, m_, in_quote_, x, party, the))
        return -1;
    }
  }
  // "the senator" is not a governor.
  const std::vector<std::string>& titles = m_.entities[person].titles;
  const bool office = head == "senator" || head == "governor" || head == "mayor" ||
                      head == "congressman" || head == "congresswoman";
  if (office && HoldsOtherOffice(titles, std::string(head))) return -1;
  epithet_ = person;
  return person;
}

}  // namespace kg::extract
