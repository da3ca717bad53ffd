// How an article marks a politician's party, home state and office
// (party_marks.h), for the speaker descriptions of quote_descriptions.cc
// and the state-and-office descriptions of references.cc and
// endorsement_descriptions.cc.
#include "extract/party_marks.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::extract::internal {
namespace {

char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// `part` abbreviates `word`: same first letter, the rest in order ("Ky" /
// "Kentucky", "Calif" / "California", "Va" / "Virginia").
bool Abbreviates(std::string_view part, std::string_view word) {
  if (part.empty() || word.empty() || Lower(part[0]) != Lower(word[0])) return false;
  size_t k = 1;
  for (size_t i = 1; i < word.size() && k < part.size(); ++i) k += Lower(word[i]) == Lower(part[k]);
  return k == part.size();
}

}  // namespace

Party PartyOfWord(std::string_view w) {
  if (w == "republican" || w == "republicans" || w == "gop") return Party::kRepublican;
  if (w == "democrat" || w == "democrats" || w == "democratic") return Party::kDemocrat;
  if (w == "independent") return Party::kIndependent;
  return Party::kNone;
}

Party PartyOfTag(std::string_view tag, std::string_view* place) {
  if (tag.size() < 3 || tag[1] != '-') return Party::kNone;
  *place = tag.substr(2);
  switch (tag[0]) {
    case 'R':
      return Party::kRepublican;
    case 'D':
      return Party::kDemocrat;
    case 'I':
      return Party::kIndependent;
    default:
      return Party::kNone;
  }
}

bool PlaceMatches(std::string_view abbr, const std::vector<std::string_view>& words) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= abbr.size(); ++i) {
    if (i == abbr.size() || abbr[i] == '.') {
      if (i > start) parts.push_back(abbr.substr(start, i - start));
      start = i + 1;
    }
  }
  if (parts.size() == 1 && words.size() == 2 && parts[0].size() == 2) {
    return Lower(parts[0][0]) == Lower(words[0][0]) && Lower(parts[0][1]) == Lower(words[1][0]);
  }
  if (parts.size() != words.size()) return false;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (!Abbreviates(parts[i], words[i])) return false;
  }
  return true;
}

bool OfficeMatches(const std::vector<std::string>& titles, const std::string& office) {
  for (const std::string& t : titles) {
    if (office == "senator" && (t == "sen." || t == "sens." || t.ends_with("senator"))) return true;
    if ((office == "congressman" || office == "congresswoman" || office == "representative") &&
        (t == "rep." || t == "reps." || t.ends_with(office)))
      return true;
    if (office == "governor" && (t == "gov." || t.ends_with("governor"))) return true;
    // "the president" is not the vice president.
    if (office == "president" && t.find("vice") != std::string::npos) continue;
    if (t.find(office) != std::string::npos) return true;
  }
  return false;
}

bool HoldsOtherOffice(const std::vector<std::string>& titles, const std::string& office) {
  std::vector<std::string> offices;
  for (const std::string& t : titles) {
    const size_t sp = t.rfind(' ');
    const std::string_view last =
        sp == std::string::npos ? std::string_view(t) : std::string_view(t).substr(sp + 1);
    if (last == "candidate" || last == "candidates" || last == "nominee" || last == "hopeful" ||
        last == "contender" || last == "challenger" || last == "front-runner" ||
        last == "frontrunner" || last == "mr." || last == "mrs." || last == "ms." ||
        last == "dr." || last == "mr" || last == "ms" || last == "chairman" ||
        last == "chairwoman" || last == "chair")
      continue;
    offices.push_back(t);
  }
  return !offices.empty() && !OfficeMatches(offices, office);
}

bool MarkedWithParty(const Document& d, const MentionTable& m, const std::vector<bool>& in_quote,
                     int person, Party party, uint32_t before) {
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  for (const Mention& x : m.mentions) {
    if (x.tok_begin >= before) break;
    if (x.entity != person || in_quote[x.tok_begin]) continue;
    for (uint32_t k = x.tok_begin; k-- > 0 && k + 5 > x.tok_begin;) {
      if (d.tokens[k].kind != TokKind::kWord) break;
      if (PartyOfWord(d.Lower(k)) == party) return true;
    }
    const uint32_t k = x.tok_end;
    std::string_view place;
    if (k + 1 < n && (d.Text(k) == "(" || d.Text(k) == ",") &&
        PartyOfTag(d.Text(k + 1), &place) == party)
      return true;
    if (k + 2 < n && d.Text(k) == "," && d.IsWord(k + 1, "a")) {
      for (uint32_t y = k + 2; y < n && y < k + 5 && d.tokens[y].kind == TokKind::kWord; ++y) {
        if (PartyOfWord(d.Lower(y)) == party) return true;
      }
    }
  }
  return false;
}

std::vector<std::string_view> DescriptionPlace(const Document& d, uint32_t from, uint32_t to) {
  std::vector<std::string_view> words;
  for (uint32_t k = from; k < to; ++k) {
    if (d.tokens[k].kind != TokKind::kWord) return {};
    if (!d.tokens[k].cap || PartyOfWord(d.Lower(k)) != Party::kNone) {
      if (!words.empty()) break;  // "the Arizona Republican senator"
      continue;
    }
    if (d.Lower(k) == "former" || d.Lower(k) == "then") continue;
    words.push_back(d.Text(k));
  }
  return words;
}

int PlaceOfficeHolder(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                      uint32_t before, std::string_view office,
                      const std::vector<std::string_view>& place) {
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  const auto quoted = [&](uint32_t k) { return in_quote != nullptr && (*in_quote)[k]; };
  int found = -1;
  bool elsewhere = false;  // an office holder a tag gives another place
  for (const Mention& x : m.mentions) {
    if (x.tok_begin >= before) break;
    if (x.entity == found || quoted(x.tok_begin)) continue;
    const EntityInfo& info = m.entities[x.entity];
    if (info.type != EntityType::kPerson) continue;
    if (d.paragraphs[d.sentences[d.sentence_of[x.tok_begin]].para].kind != LineKind::kBody)
      continue;
    // Before: "Vermont Sen. X", "Arizona Republican Sen. X" (an office word
    // there: a state before a bare name is often someone else's).
    std::vector<std::string_view> around;
    bool office_here = false;
    const auto office_word = [](std::string_view w) {
      return w == "sen" || w == "sen." || w == "senator" || w == "rep" || w == "rep." ||
             w == "gov" || w == "gov." || w == "governor" || w == "congressman" ||
             w == "congresswoman" || w == "representative";
    };
    // A mention that holds its title ("Sen. X" as one mention).
    bool title_in = office_word(d.Lower(x.tok_begin));
    for (uint32_t k = x.tok_begin; k-- > 0 && k + 6 > x.tok_begin;) {
      if (d.tokens[k].kind == TokKind::kPunct && d.Text(k) == "." && k > 0) continue;
      if (d.tokens[k].kind != TokKind::kWord || !d.tokens[k].cap) break;
      const int e = m.EntityAt(k);
      if (e >= 0 && e != x.entity) break;
      const std::string_view w = d.Lower(k);
      office_here |= office_word(w);
      if (office_here || title_in) around.push_back(d.Text(k));
    }
    bool place_ok = false, tagged = false;
    // After: "(R-Ariz.)", ", R-Ariz.,", ", a Republican senator from Arizona,".
    const uint32_t k = x.tok_end;
    if (k + 1 < n && (d.Text(k) == "(" || d.Text(k) == ",")) {
      std::string_view abbr;
      if (PartyOfTag(d.Text(k + 1), &abbr) != Party::kNone) {
        place_ok = PlaceMatches(abbr, place);
        tagged = true;
      }
    }
    bool noun = false;
    if (k + 2 < n && d.Text(k) == "," && (d.IsWord(k + 1, "a") || d.IsWord(k + 1, "the"))) {
      for (uint32_t y = k + 2; y < n && y < k + 8 && d.tokens[y].kind == TokKind::kWord; ++y) {
        noun |= OfficeMatches({std::string(d.Lower(y))}, std::string(office));
        if (d.tokens[y].cap) around.push_back(d.Text(y));
      }
      office_here |= noun;
    }
    office_here |= title_in;
    if (!place_ok && office_here) {
      bool all = true;
      for (std::string_view w : place) {
        bool hit = false;
        for (std::string_view a : around) hit |= a == w;
        all &= hit;
      }
      place_ok = all;
    }
    // The office on the person: a title ("Sen.") or the apposition's noun
    // (a place before another office, "Arizona Rep. X", is no senator's).
    if (!(noun || OfficeMatches(info.titles, std::string(office)))) continue;
    elsewhere |= tagged && !place_ok;
    if (!place_ok) continue;
    if (found >= 0) return -2;
    found = x.entity;
  }
  // None fits, but the article gave a holder of the office another state
  // ("Sen. X (R-Ohio)"): the recency fallback would pick the wrong one.
  return found < 0 && elsewhere ? -2 : found;
}

int DemonymHolder(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                  uint32_t before, std::string_view word) {
  static constexpr std::pair<std::string_view, std::string_view> kDemonyms[] = {
      {"alabamian", "Alabama"},
      {"alaskan", "Alaska"},
      {"arizonan", "Arizona"},
      {"arkansan", "Arkansas"},
      {"californian", "California"},
      {"coloradan", "Colorado"},
      {"floridian", "Florida"},
      {"hawaiian", "Hawaii"},
      {"idahoan", "Idaho"},
      {"illinoisan", "Illinois"},
      {"hoosier", "Indiana"},
      {"iowan", "Iowa"},
      {"kansan", "Kansas"},
      {"kentuckian", "Kentucky"},
      {"louisianan", "Louisiana"},
      {"marylander", "Maryland"},
      {"michigander", "Michigan"},
      {"minnesotan", "Minnesota"},
      {"mississippian", "Mississippi"},
      {"missourian", "Missouri"},
      {"montanan", "Montana"},
      {"nebraskan", "Nebraska"},
      {"nevadan", "Nevada"},
      {"ohioan", "Ohio"},
      {"oklahoman", "Oklahoma"},
      {"pennsylvanian", "Pennsylvania"},
      {"texan", "Texas"},
      {"utahn", "Utah"},
      {"vermonter", "Vermont"},
      {"virginian", "Virginia"},
      {"wisconsinite", "Wisconsin"},
      {"wyomingite", "Wyoming"}};
  std::string_view state;
  for (const auto& [demonym, name] : kDemonyms) {
    if (demonym == word) state = name;
  }
  if (state.empty()) return -1;
  int found = -1;
  for (std::string_view office : {"senator", "congressman", "governor"}) {
    const int h = PlaceOfficeHolder(d, m, in_quote, before, office, {state});
    if (h == -2 || (h >= 0 && found >= 0 && h != found)) return -2;
    if (h >= 0) found = h;
  }
  return found;
}

}  // namespace kg::extract::internal
