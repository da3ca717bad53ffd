#include <algorithm>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

bool Finder::NameToken(uint32_t t) const {
  if (!Word(t)) return false;
  const Token& tok = d_.tokens[t];
  if (!tok.cap) return false;
  std::string_view l = d_.Lower(t);
  if (tok.abbrev) {
    // An initial "J." or initials "H.W.", not "Sen." or "U.S.".
    std::string_view w = d_.Text(t);
    if (w.size() == 2) return true;
    if (w.size() != 4 || w[1] != '.' || w[3] != '.') return false;
    return w[0] >= 'A' && w[0] <= 'Z' && w[2] >= 'A' && w[2] <= 'Z' && w != "U.S." && w != "U.N." &&
           w != "D.C." && w != "L.A.";
  }
  if (d_.Has(t, kOrgHead | kTitleWord | kFunctionWord | kMonthOrDay)) return false;
  if (Contains(l, ".")) return false;
  return true;
}

bool Finder::IsPersonName(uint32_t k, uint32_t e, bool cued, bool* weak) const {
  if (weak) *weak = false;
  const uint32_t len = e - k;
  if (len < 1 || len > 4) return false;
  if (len == 1 && !cued) return false;
  for (uint32_t t = k; t < e; ++t) {
    if (!NameToken(t)) return false;
    if (d_.tokens[t].allcaps && !d_.tokens[t].abbrev && d_.tokens[t].end - d_.tokens[t].start > 3 &&
        !d_.Has(t, kFirstName | kSurname))
      return false;  // ICE, DHS: acronyms are not names
  }
  if (d_.tokens[e - 1].abbrev || d_.tokens[k].abbrev) return false;
  if (d_.Has(e - 1, kNonPersonTail)) return false;
  // "General Electric": a title before a common word is not a name cue,
  // unless the word is also a known name ("President Trump").
  if (cued && len == 1 && d_.Has(k, kCommonWord) && !d_.Has(k, kSurname | kProperNoun))
    return false;
  if (cued) return true;
  if (IsFirstName(k)) {
    const bool common_last = d_.Has(e - 1, kCommonWord) && !d_.Has(e - 1, kSurname);
    if (SentenceInitial(k) && d_.Has(k, kCommonWord) && common_last)
      return false;  // "Will Power", "Grant Park" at a sentence start
    // "Chelsea Mourning", "America Great Again": confirmed later, if at all.
    if (weak) *weak = common_last && !d_.Has(e - 1, kProperNoun);
    return true;
  }
  return len <= 3 && HasPersonEvidence(k, e);
}

// Two or three capitalised words that are not dictionary words, next to a
// speech verb or an apposition: "Xi Jinping said", "said Bo Dietl".
bool Finder::StrongTitle(int ti) const {
  const TitleSpan& ts = out_.titles[ti];
  return ts.tok_end - ts.tok_begin > 1 || d_.Has(ts.tok_begin, kNameTitle);
}

bool Finder::HasPersonEvidence(uint32_t b, uint32_t e) const {
  for (uint32_t t = b; t < e; ++t) {
    if (d_.Has(t, kCommonWord)) return false;
  }
  if (e < d_.tokens.size() && d_.Has(e, kSpeechVerb) && Word(e)) return true;
  if (b > 0 && (d_.Lower(b - 1) == "said" || d_.Lower(b - 1) == "says") &&
      (e >= d_.tokens.size() || d_.tokens[e].kind == TokKind::kPunct))
    return true;
  if (Punct(e, ",") && e + 1 < d_.tokens.size() &&
      (d_.Lower(e + 1) == "a" || d_.Lower(e + 1) == "an" || d_.Lower(e + 1) == "who"))
    return true;
  if (Punct(e, "(") && e + 1 < d_.tokens.size()) {
    std::string_view p = d_.Text(e + 1);
    if (p.size() > 2 && (p[0] == 'R' || p[0] == 'D' || p[0] == 'I') && p[1] == '-') return true;
  }
  return false;
}

// A lone name line near the top ("Susan Jones", "Tyler Durden,"), "By Name",
// or "(Name, Outlet)" opening the body.
void Finder::FindBylines() {
  int seen = 0;
  for (const Paragraph& p : d_.paragraphs) {
    if (++seen > 8 && p.kind != LineKind::kByline) continue;
    if (p.kind == LineKind::kFurniture) continue;
    uint32_t b = p.tok_begin, e = p.tok_end;
    if (e > b && Punct(e - 1, ",")) --e;
    if (d_.IsWord(b, "by") && d_.tokens[b].cap) ++b;
    if (e - b >= 2 && e - b <= 4 && seen > 1) {
      bool ok = IsFirstName(b);
      for (uint32_t t = b; t < e && ok; ++t) ok = NameToken(t) || d_.tokens[t].allcaps;
      if (ok && !d_.Has(e - 1, kNonPersonTail)) {
        Candidate c;
        c.b = b, c.e = e, c.kind = CandKind::kPerson, c.cued = true, c.byline = true;
        cands_.push_back(c);
        if (out_.byline.empty()) out_.byline = Surface(b, e);
        continue;
      }
    }
    if (Punct(p.tok_begin, "(")) {
      uint32_t t = p.tok_begin + 1, comma = 0, close = 0;
      for (uint32_t k = t; k < p.tok_end && k < t + 12; ++k) {
        if (Punct(k, ",") && !comma) comma = k;
        if (Punct(k, ")")) {
          close = k;
          break;
        }
      }
      if (comma && close && comma - t >= 2 && comma - t <= 4 && IsFirstName(t) &&
          close > comma + 1) {
        bool ok = true;
        for (uint32_t k = t; k < comma; ++k) ok = ok && NameToken(k);
        for (uint32_t k = comma + 1; k < close; ++k) ok = ok && CapWord(k);
        if (ok) {
          Candidate c;
          c.b = t, c.e = comma, c.kind = CandKind::kPerson, c.cued = true, c.byline = true;
          cands_.push_back(c);
          if (out_.byline.empty()) out_.byline = Surface(t, comma);
          Candidate o;
          o.b = comma + 1, o.e = close, o.kind = CandKind::kOrg;
          cands_.push_back(o);
        }
      }
    }
  }
}

int Finder::PersonBySurname(std::string_view surname, uint32_t before) const {
  auto it = surnames_.find(surname);
  if (it == surnames_.end()) return -1;
  // "Mrs. Clinton" is not Bill Clinton; otherwise the person named most
  // often (a bare "Clinton" in a story about Hillary Clinton that mentions
  // Bill Clinton once), then the one introduced first (the story's subject).
  const Gender want = TitleGender(before);
  int best = -1;
  for (int i : it->second) {
    Gender g = out_.entities[i].gender;
    if (want != Gender::kUnknown && g != Gender::kUnknown && g != want) continue;
    if (best < 0 || mention_count_[i] > mention_count_[best] ||
        (mention_count_[i] == mention_count_[best] &&
         person_first_seen_[i] < person_first_seen_[best]))
      best = i;
  }
  return best;
}

// "Hillary" alone is Hillary Clinton when she is the only person of the
// article with that first name.
int Finder::PersonByFirstName(uint32_t t) const {
  if (!d_.Has(t, kFirstName)) return -1;
  const std::string_view first = d_.Text(t);
  int found = -1;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& e = out_.entities[i];
    if (e.type != EntityType::kPerson) continue;
    size_t sp = e.name.find(' ');
    if (sp == std::string::npos || std::string_view(e.name).substr(0, sp) != first) continue;
    if (found >= 0) return -1;
    found = static_cast<int>(i);
  }
  return found;
}

Gender Finder::TitleGender(uint32_t name_begin) const {
  if (name_begin == 0 || name_begin >= d_.tokens.size()) return Gender::kUnknown;
  std::string_view t = d_.Lower(name_begin - 1);
  if (t == "mrs." || t == "ms." || t == "miss" || t == "mrs" || t == "ms") return Gender::kFemale;
  if (t == "mr." || t == "mr") return Gender::kMale;
  return Gender::kUnknown;
}

void Finder::IndexSurname(int entity) {
  std::string_view n = out_.entities[entity].name;
  size_t sp = n.rfind(' ');
  // "William A. Brewer III" is found as "Brewer".
  if (sp != std::string_view::npos && IsNameSuffix(AsciiLower(n.substr(sp + 1)))) {
    n = n.substr(0, sp);
    sp = n.rfind(' ');
  }
  std::string last = AsciiLower(sp == std::string_view::npos ? n : n.substr(sp + 1));
  auto& list = surnames_[last];
  if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
}

// A weak full name is a person when its surname also stands alone in the
// text (not at a sentence start) or the full name is repeated.
bool Finder::Confirmed(const Candidate& c) const {
  const std::string_view surname = d_.Text(c.e - 1);
  int repeats = 0;
  for (uint32_t t = 0; t < d_.tokens.size(); ++t) {
    if (d_.Text(t) != surname || t == c.e - 1) continue;
    if (t > 0 && d_.tokens[t - 1].cap && d_.tokens[t - 1].kind == TokKind::kWord &&
        d_.Text(t - 1) == d_.Text(c.b)) {
      ++repeats;
      continue;
    }
    if (!SentenceInitial(t) && !(t > 0 && d_.tokens[t - 1].cap)) return true;
  }
  return repeats > 0;
}

}  // namespace kg::extract::mention_internal

namespace kg::extract::mention_internal {

bool IsNameSuffix(std::string_view l) {
  return l == "jr." || l == "jr" || l == "sr." || l == "sr" || l == "ii" || l == "iii" || l == "iv";
}

}  // namespace kg::extract::mention_internal
