// People described by a place the article never tied to them: "the Vermont
// senator said" about Bernie Sanders in an article that gives no "(I-Vt.)"
// (see quote_attribution.h; quote_descriptions.cc reads the places the
// article does give).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

// The nouns of an office or a party that a place may describe.
bool PlacedNoun(std::string_view w) {
  return w == "senator" || w == "congressman" || w == "congresswoman" || w == "governor" ||
         w == "lawmaker" || w == "democrat" || w == "republican" || w == "representative" ||
         w == "legislator" || w == "mayor";
}

// Nothing the article says of the person contradicts the description: not
// the president ("the Kentucky Republican" is not Trump), and an office noun
// only for someone without titles or with that office's ("the Texas
// senator" is not "CEO Carly Fiorina").
bool FitsTitles(const std::vector<std::string>& titles, std::string_view noun) {
  std::vector<std::string_view> office;
  if (noun == "senator") office = {"sen.", "senator"};
  if (noun == "congressman" || noun == "congresswoman" || noun == "representative")
    office = {"rep.", "representative", "congressman", "congresswoman"};
  if (noun == "governor") office = {"gov.", "governor"};
  if (noun == "mayor") office = {"mayor"};
  bool fits = titles.empty() || office.empty();
  for (const std::string& t : titles) {
    if (t.find("president") != std::string::npos && t.find("vice") == std::string::npos)
      return false;
    for (std::string_view o : office) fits |= t.find(o) != std::string::npos;
  }
  return fits;
}

// A title of an office a state or city elects: "Sen.", "Rep.", "Gov.",
// "Senate Majority Leader", "House Speaker", "Mayor".
bool HoldsPlacedOffice(const std::vector<std::string>& titles) {
  static constexpr std::string_view kOffices[] = {
      "sen.",     "senator", "rep.",   "representative", "congressman", "congresswoman", "gov.",
      "governor", "mayor",   "leader", "speaker",        "whip",        "lawmaker"};
  for (const std::string& t : titles) {
    for (std::string_view o : kOffices) {
      if (t.find(o) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

bool Attributor::FitsPlaced(int person, uint32_t the, uint32_t e) const {
  if (!FitsTitles(m_.entities[person].titles, d_.Lower(e - 1))) return false;
  // A party the article gives the person: a tag ("(R-Ky.)", ", D-Va.,")
  // gives a place too, which DescribedPerson() has read; a party word
  // before the name ("Republican Sen. X") must not be the other party, and
  // a place before it ("Ohio Sen. X") must be the description's.
  const std::string_view noun = d_.Lower(e - 1);
  for (const Mention& mm : m_.mentions) {
    if (mm.tok_begin >= the) break;
    if (mm.entity != person || in_quote_[mm.tok_begin]) continue;
    const uint32_t k = mm.tok_end;
    if (k + 1 < d_.tokens.size() && (d_.Text(k) == "(" || d_.Text(k) == ",")) {
      const std::string_view tag = d_.Text(k + 1);
      if (tag.size() > 2 && (tag[0] == 'R' || tag[0] == 'D' || tag[0] == 'I') && tag[1] == '-')
        return false;
    }
    for (uint32_t b = mm.tok_begin; b-- > 0 && b + 4 > mm.tok_begin;) {
      if (d_.tokens[b].kind != TokKind::kWord) break;
      const std::string_view w = d_.Lower(b);
      if ((noun == "democrat" && w == "republican") ||
          (noun == "republican" && (w == "democrat" || w == "democratic")))
        return false;
      // (The gazetteer's places hold "Democratic" and "Independent".)
      const bool party = w == "democratic" || w == "republican" || w == "independent";
      if (d_.tokens[b].cap && !party && d_.Has(b, kPlaceWord) && title_at_[b + 1] >= 0) {
        bool in_desc = false;
        for (uint32_t t = the + 1; t + 1 < e; ++t) in_desc |= d_.Text(t) == d_.Text(b);
        if (!in_desc) return false;
      }
    }
  }
  return true;
}

int Attributor::UnplacedPerson(uint32_t the, uint32_t e) const {
  if (e < the + 3 || e > the + 5 || !d_.IsWord(the, "the") || in_quote_[the]) return -1;
  // "the Vermont senator", "the New Mexico Democrat": place words, then the
  // noun ending the slot.
  for (uint32_t t = the + 1; t + 1 < e; ++t) {
    if (d_.tokens[t].kind != TokKind::kWord || !d_.tokens[t].cap || !d_.Has(t, kPlaceWord) ||
        m_.EntityAt(t) >= 0 || in_quote_[t])
      return -1;
  }
  if (!PlacedNoun(d_.Lower(e - 1)) || m_.EntityAt(e - 1) >= 0) return -1;
  // The one person the sentence before the quotation (else the one before
  // it, in the same or the previous paragraph) names outside quotations.
  const uint32_t here = SentenceBeforeQuotation(the);
  const uint32_t para = d_.sentences[d_.sentence_of[the]].para;
  for (uint32_t s = here; s-- > 0 && here - s <= 2;) {
    const Sentence& sent = d_.sentences[s];
    if (sent.para + 1 < para || !IsBody(d_, sent.para)) return -1;
    // The one person it names, if nothing contradicts the description.
    // Of several people, the one the description fits who also holds an
    // office it implies: "McConnell spoke after Trump and Nancy Pelosi
    // (D-Calif.) met ... the Kentucky Republican said" is Senate Majority
    // Leader McConnell (not the president, and Pelosi's tag gives another
    // party and place); nobody when two fit or the fitting one holds no
    // such office (a pundit, an aide).
    std::vector<int> people;
    for (uint32_t k = sent.tok_begin; k < sent.tok_end; ++k) {
      const int en = in_quote_[k] ? -1 : m_.EntityAt(k);
      if (en < 0 || m_.entities[en].type != EntityType::kPerson) continue;
      if (std::find(people.begin(), people.end(), en) == people.end()) people.push_back(en);
    }
    if (people.empty()) continue;
    if (people.size() == 1) return FitsPlaced(people[0], the, e) ? people[0] : -1;
    int only = -1;
    for (const int en : people) {
      if (!HoldsPlacedOffice(m_.entities[en].titles) || !FitsPlaced(en, the, e)) continue;
      if (only >= 0) return -1;
      only = en;
    }
    return only;
  }
  return -1;
}

}  // namespace kg::extract
