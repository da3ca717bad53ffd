// Datelines. Wire stories open a paragraph with the place they were filed
// from, in capitals, maybe a state and the wire in brackets, then a dash:
// "SIOUX CITY, Iowa (AP) — ...", "WASHINGTON — ...", "HONG KONG (Reuters)
// - ...". The capitals are a place, never a person or an organisation,
// yet a shouted word that is also a surname ("WASHINGTON", "WHITE") or two
// capitalised words ("HONG KONG") read as a name otherwise. The outlet in
// brackets stays an entity (the guidelines make a dateline's wire a
// required organisation).
#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

bool DashText(std::string_view p) {
  return p == "-" || p == "--" || p == "\xe2\x80\x94" || p == "\xe2\x80\x93";
}

}  // namespace

void Finder::FindDatelines() {
  for (const Paragraph& p : d_.paragraphs) {
    if (p.kind != LineKind::kBody) continue;
    const uint32_t b = p.tok_begin, pe = p.tok_end;
    uint32_t k = b;
    while (k < pe && k - b < 4 && Word(k) && d_.tokens[k].allcaps) ++k;
    if (k == b) continue;
    const uint32_t caps_end = k;
    // ", Iowa", ", N.C.", ", New Hampshire": the state or country.
    bool state = false;
    if (Punct(k, ",")) {
      uint32_t s = k + 1;
      while (s < pe && s - (k + 1) < 3 && CapWord(s)) ++s;
      if (s == k + 1) continue;
      state = true;
      k = s;
    }
    const uint32_t place_end = k;
    // "(AP)", "(Reuters)", "(CNN)": the wire, left to the outlet rules.
    bool outlet = false;
    if (Punct(k, "(")) {
      uint32_t s = k + 1;
      while (s < pe && s - (k + 1) < 4 && CapWord(s)) ++s;
      if (s == k + 1 || !Punct(s, ")")) continue;
      outlet = true;
      k = s + 1;
    }
    if (k + 1 >= pe || d_.tokens[k].kind != TokKind::kPunct || !DashText(d_.Text(k))) continue;
    // Capitals alone before a dash may be a shouted label ("UPDATE —",
    // "ICE —", "FILE -", "ALL-IN FOR TRUMP —"): only words that are no
    // dictionary word, acronym or body's head word are a place then.
    if (!state && !outlet) {
      bool place = true;
      for (uint32_t t = b; t < caps_end && place; ++t)
        place = !d_.Has(t, kCommonWord | kFunctionWord | kOrgHead | kDictAcronym) &&
                !d_.tokens[t].abbrev && d_.Text(t).size() >= 4;
      if (!place) continue;
    }
    datelines_.push_back({b, place_end});
  }
}

bool Finder::InDateline(uint32_t t) const {
  for (const auto& [b, e] : datelines_) {
    if (t >= b && t < e) return true;
  }
  return false;
}

}  // namespace kg::extract::mention_internal
