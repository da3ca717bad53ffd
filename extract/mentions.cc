#include "extract/mentions.h"

#include <algorithm>
#include <unordered_map>

namespace kg::extract {
namespace {

enum class CandKind { kPerson, kOrg, kUnknown };

struct Candidate {
  uint32_t b = 0, e = 0;  // name tokens
  CandKind kind = CandKind::kUnknown;
  bool cued = false;      // a title or speech cue made it a person
  int title = -1;         // index of the title span right before the name
  std::string acronym;    // org defined as "Long Form (ACR)"
  std::string canonical;  // fixed name (U.S. Senate)
  bool byline = false;
  bool weak = false;  // person name ending in a common word: needs confirmation
};

bool Contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

class Finder {
 public:
  explicit Finder(const Document& d) : d_(d), gz_(Gazetteer::Get()) {}
  MentionTable Run();

 private:
  bool Word(uint32_t t) const {
    return t < d_.tokens.size() && d_.tokens[t].kind == TokKind::kWord;
  }
  bool CapWord(uint32_t t) const { return Word(t) && (d_.tokens[t].cap || d_.tokens[t].allcaps); }
  bool Punct(uint32_t t, std::string_view p) const {
    return t < d_.tokens.size() && d_.tokens[t].kind == TokKind::kPunct && d_.Text(t) == p;
  }
  bool SentenceInitial(uint32_t t) const {
    return d_.sentences[d_.sentence_of[t]].tok_begin == t ||
           (t > 0 && d_.tokens[t - 1].kind == TokKind::kOpenQuote &&
            d_.sentences[d_.sentence_of[t]].tok_begin == t - 1);
  }
  bool IsFirstName(uint32_t t) const {
    const Token& tok = d_.tokens[t];
    (void)tok;
    return d_.Has(t, kFirstName);
  }
  bool NameToken(uint32_t t) const;
  bool IsPersonName(uint32_t k, uint32_t e, bool cued, bool* weak = nullptr) const;
  bool HasPersonEvidence(uint32_t b, uint32_t e) const;
  bool StrongTitle(int title) const;  // a phrase, or a word used before names
  bool LineIsWeak(uint32_t t) const {
    LineKind k = d_.paragraphs[d_.sentences[d_.sentence_of[t]].para].kind;
    return k == LineKind::kHeadline || k == LineKind::kCaption;
  }
  std::string Surface(uint32_t b, uint32_t e) const {
    return std::string(
        d_.bytes.substr(d_.tokens[b].start, d_.tokens[e - 1].end - d_.tokens[b].start));
  }

  void FindTitles();
  void FindBylines();
  void ScanChunks(uint32_t sb, uint32_t se);
  void ParseChunk(uint32_t b, uint32_t e);
  void AddOrg(uint32_t b, uint32_t e);
  void BuildEntities();
  bool Confirmed(const Candidate& c) const;
  bool AcronymIsOrg(uint32_t tok) const;
  int AddEntity(EntityType type, const std::string& name);
  void AddMention(uint32_t b, uint32_t e, int entity, bool descriptor = false);
  std::vector<std::string> OrgKey(uint32_t b, uint32_t e) const;
  int FindOrgByKey(const std::vector<std::string>& key, bool exact = false) const;
  int PersonBySurname(std::string_view surname, uint32_t before) const;
  void LinkRemaining();
  void LinkUnions();
  void Finish();

  const Document& d_;
  const Gazetteer& gz_;
  MentionTable out_;
  std::vector<Candidate> cands_;
  std::vector<std::pair<uint32_t, uint32_t>> unknown_;  // chunks to link later
  std::unordered_map<std::string, int> acronyms_;       // "ICE" -> entity
  std::vector<uint32_t> person_first_seen_;
  std::vector<int> mention_count_;
  mutable std::unordered_map<std::string_view, int> acronym_counts_;  // filled on first use
  std::unordered_map<std::string, std::vector<int>> surnames_;  // lower-case surname -> people
  void IndexSurname(int entity);
  Gender TitleGender(uint32_t name_begin) const;
  int PersonByFirstName(uint32_t tok) const;
};

bool Finder::NameToken(uint32_t t) const {
  if (!Word(t)) return false;
  const Token& tok = d_.tokens[t];
  if (!tok.cap) return false;
  std::string_view l = d_.Lower(t);
  if (tok.abbrev) return d_.tokens[t].end - d_.tokens[t].start == 2;  // initial "J."
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
    if (d_.tokens[t].allcaps && d_.tokens[t].end - d_.tokens[t].start > 3 &&
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

void Finder::FindTitles() {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  out_.title_at.assign(n, -1);
  std::string_view words[5];
  for (uint32_t t = 0; t < n; ++t) {
    if (!Word(t) || !d_.Has(t, kTitleStart)) continue;
    int k = 0;
    uint32_t para_end = d_.paragraphs[d_.sentences[d_.sentence_of[t]].para].tok_end;
    while (k < 5 && t + k < para_end && Word(t + k)) {
      words[k] = d_.Lower(t + k);
      ++k;
    }
    int len = gz_.MatchTitle(words, k);
    if (len == 0) continue;
    // "general", "head", "member" ... alone are titles only before a name or
    // in an apposition; keep them, the relation rules check the context.
    out_.titles.push_back({t, t + len});
    for (int j = 0; j < len; ++j) out_.title_at[t + j] = static_cast<int>(out_.titles.size() - 1);
    t += len - 1;
  }
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

void Finder::ScanChunks(uint32_t sb, uint32_t se) {
  uint32_t t = sb;
  while (t < se) {
    if (!CapWord(t) || out_.mention_at[t] != -1) {
      ++t;
      continue;
    }
    uint32_t b = t, e = t + 1;
    while (e < se) {
      if (CapWord(e)) {
        ++e;
        continue;
      }
      std::string_view l = d_.Lower(e);
      if (l == "on" && e + 1 < se && d_.Has(e - 1, kOfHead) && CapWord(e + 1) &&
          !d_.Has(e + 1, kMonthOrDay)) {
        e += 2;  // "Council on Foreign Relations"
        continue;
      }
      if (l == "of" && e + 1 < se) {
        if (d_.Has(e - 1, kOfHead | kTitleWord)) {
          if (CapWord(e + 1)) {
            e += 2;
            continue;
          }
          if (d_.IsWord(e + 1, "the") && e + 2 < se && CapWord(e + 2)) {
            e += 3;
            continue;
          }
        }
      }
      if ((l == "and" || l == "&") && e + 1 < se && CapWord(e + 1)) {
        e += 2;
        continue;
      }
      // "National Immigration and Customs Enforcement (ICE) Council"
      if (Punct(e, "(") && e + 3 < se && d_.tokens[e + 1].allcaps && Punct(e + 2, ")") &&
          CapWord(e + 3) && d_.Has(e + 3, kOrgHead)) {
        e += 4;
        continue;
      }
      break;
    }
    ParseChunk(b, e);
    t = e;
  }
}

void Finder::ParseChunk(uint32_t b, uint32_t e) {
  while (b < e && (d_.Has(b, kFunctionWord) || d_.Has(b, kMonthOrDay) || d_.Lower(b) == "and" ||
                   d_.Lower(b) == "of"))
    ++b;
  while (e > b && (d_.Lower(e - 1) == "and" || d_.Lower(e - 1) == "of" || d_.Lower(e - 1) == "on" ||
                   d_.Lower(e - 1) == "the" || d_.Has(e - 1, kMonthOrDay)))
    --e;  // "The New York Times Saturday endorsed"
  if (b >= e) return;
  // A capitalised "The" inside a chunk starts a new name: "CLOSE The Des
  // Moines Register", "Buy Photo The ...".
  for (uint32_t t = b + 1; t + 1 < e; ++t) {
    if (d_.Text(t) == "The") b = t + 1;
  }
  // Split "Denver and Philadelphia", keep "Immigration and Customs Enforcement".
  for (uint32_t a = b + 1; a + 1 < e; ++a) {
    if (d_.Lower(a) != "and" && d_.Text(a) != "&") continue;
    bool head_after = false, head_before = false;
    for (uint32_t k = a + 1; k < e; ++k) head_after |= d_.Has(k, kOrgHead);
    for (uint32_t k = b; k < a; ++k) head_before |= d_.Has(k, kOrgHead) || d_.Lower(k) == "house";
    // "Roger Ailes and Fox News", "the Senate and the House": two names.
    const bool person_before = a - b >= 2 && IsFirstName(b) && !head_before;
    if (!head_after || head_before || person_before) {
      ParseChunk(b, a);
      ParseChunk(a + 1, e);
      return;
    }
  }
  uint32_t i = b;
  bool titled = false;
  while (i < e) {
    int ti = out_.title_at[i];
    if (ti >= 0 && out_.titles[ti].tok_begin == i && out_.titles[ti].tok_end <= e) {
      titled = StrongTitle(ti);
      i = out_.titles[ti].tok_end;
      continue;
    }
    std::string_view l = d_.Lower(i);
    if ((l == "acting" || l == "former" || l == "then" || l == "the") && i + 1 < e) {
      ++i;
      continue;
    }
    break;
  }
  if (titled && i < e && d_.Lower(i) == "of") {
    ++i;
    if (i < e && d_.Lower(i) == "the") ++i;
    titled = false;  // "President of the ICE Council": what follows is an org
  }
  if (i >= e) return;
  // Person name at the end of the chunk, as long as possible. Names take no
  // indefinite article: "a Florida Bush backer".
  uint32_t k = i;
  bool person = false, weak = false;
  const bool indefinite = b > 0 && (d_.Lower(b - 1) == "a" || d_.Lower(b - 1) == "an");
  for (; k < e && !indefinite; ++k) {
    if (k > i && d_.Lower(k - 1) == "of") continue;
    // "See Mitt Romney": a common word before a first name is not part of it.
    if (k + 2 < e && d_.Has(k, kCommonWord) && !d_.Has(k, kSurname) && IsFirstName(k + 1)) continue;
    // "President Trump", "spokesman Mike Alvarez", "ICE Director Jane Doe".
    bool cued = k == i && titled;
    if (k == b && b > 0 && out_.title_at[b - 1] >= 0 && !d_.tokens[b - 1].cap &&
        StrongTitle(out_.title_at[b - 1])) {
      // A lower-case title before one word: "spokesman Smith", but not
      // "fellow GOP" or "senator Republican".
      cued = e - k > 1 || !d_.Has(k, kCommonWord) || d_.Has(k, kSurname);
    }
    if (k > i && out_.title_at[k - 1] >= 0 && StrongTitle(out_.title_at[k - 1])) cued = true;
    if (IsPersonName(k, e, cued, &weak)) {
      person = true;
      break;
    }
  }
  if (!person) k = e;
  uint32_t ok = k;
  // "ICE Director", "New York Gov." end in a title; "Department of Justice"
  // does not.
  while (ok > i && out_.title_at[ok - 1] >= 0 && !(ok >= i + 2 && d_.Lower(ok - 2) == "of")) --ok;
  if (ok > i) {
    if (person || ok < k || titled) {
      AddOrg(i, ok);
    } else {
      AddOrg(i, ok);
    }
  }
  if (person) {
    Candidate c;
    c.b = k, c.e = e, c.kind = CandKind::kPerson, c.cued = titled, c.weak = weak;
    if (k > b && out_.title_at[k - 1] >= 0)
      c.title = out_.title_at[k - 1];
    else if (k == b && b > 0 && out_.title_at[b - 1] >= 0)
      c.title = out_.title_at[b - 1];
    cands_.push_back(c);
  }
}

void Finder::AddOrg(uint32_t b, uint32_t e) {
  // Leading "U.S." belongs to the name; leading "Acting" does not.
  while (b < e && (d_.Lower(b) == "acting" || d_.Lower(b) == "former")) ++b;
  if (b >= e) return;
  Candidate c;
  c.b = b, c.e = e, c.kind = CandKind::kUnknown;
  std::string_view last = d_.Lower(e - 1);
  // Acronym definition right after: "Department of Homeland Security (DHS)".
  if (Punct(e, "(") && e + 2 < d_.tokens.size() && d_.tokens[e + 1].allcaps && Punct(e + 2, ")")) {
    std::string initials;
    for (uint32_t t = b; t < e; ++t) {
      if (d_.tokens[t].cap && !d_.tokens[t].abbrev) initials.push_back(d_.Text(t)[0]);
    }
    std::string acr(d_.Text(e + 1));
    if (d_.Has(e - 1, kNonPersonTail) && !d_.Has(e - 1, kOrgHead)) {
      // "Foreign Agents Registration Act (FARA)": a law, not a body.
    } else if (initials == acr) {
      c.kind = CandKind::kOrg;
      c.acronym = acr;
    } else if (initials.size() > acr.size() &&
               initials.compare(initials.size() - acr.size(), acr.size(), acr) == 0) {
      // "the National Immigration and Customs Enforcement (ICE)": the
      // acronym names the last words only.
      uint32_t s = e;
      size_t matched = 0;
      while (s > b && matched < acr.size()) {
        --s;
        if (d_.tokens[s].cap && !d_.tokens[s].abbrev) ++matched;
      }
      Candidate inner;
      inner.b = s, inner.e = e, inner.kind = CandKind::kOrg, inner.acronym = acr;
      cands_.push_back(inner);
      return;
    }
  }
  // Inner definition: "National Immigration and Customs Enforcement (ICE) Council".
  for (uint32_t p = b + 1; p + 3 < e; ++p) {
    if (!Punct(p, "(") || !Punct(p + 2, ")")) continue;
    std::string acr(d_.Text(p + 1));
    uint32_t s = p;
    size_t matched = 0;
    while (s > b && matched < acr.size()) {
      --s;
      if (d_.tokens[s].cap) {
        if (d_.Text(s)[0] != acr[acr.size() - 1 - matched]) break;
        ++matched;
      }
    }
    if (matched == acr.size()) {
      Candidate inner;
      inner.b = s, inner.e = p, inner.kind = CandKind::kOrg, inner.acronym = acr;
      cands_.push_back(inner);
    }
  }
  bool shouting = e - b >= 2;
  for (uint32_t t = b; t < e && shouting; ++t) shouting = d_.tokens[t].allcaps;
  if (shouting && c.acronym.empty()) return;  // "MUST WATCH"
  // Legislatures named without their country are the US ones, also with a
  // party adjective ("the Republican Congress").
  uint32_t nb = b;
  while (nb + 1 < e && (d_.Lower(nb) == "republican" || d_.Lower(nb) == "democratic" ||
                        d_.Lower(nb) == "gop" || d_.Lower(nb).ends_with("-led") ||
                        d_.Lower(nb).ends_with("-controlled") || d_.Lower(nb).ends_with("-held") ||
                        d_.Lower(nb).ends_with("-backed") || d_.Lower(nb).ends_with("-run")))
    ++nb;
  if (d_.Lower(nb) == "u.s." || d_.Lower(nb) == "us") ++nb;
  if (nb + 1 < e && d_.Lower(nb) == "united" && d_.Lower(nb + 1) == "states") nb += 2;
  const bool state_before = b > 0 && (d_.Lower(b - 1) == "state" || d_.Lower(b - 1) == "state's");
  if (e - nb == 1 && !state_before) {
    if (d_.Lower(nb) == "senate") c.canonical = "U.S. Senate";
    if (d_.Lower(nb) == "congress") c.canonical = "U.S. Congress";
  }
  if (e - nb == 3 && d_.Lower(nb) == "house" && d_.Lower(nb + 2) == "representatives")
    c.canonical = "U.S. House of Representatives";
  // "the House", "the Republican House" (not "White House", "House Speaker").
  if (e - nb == 1 && d_.Lower(nb) == "house" && !state_before &&
      ((b > 0 && d_.Lower(b - 1) == "the") || nb > b) &&
      !(e < d_.tokens.size() && d_.tokens[e].cap))
    c.canonical = "U.S. House of Representatives";
  if (!c.canonical.empty()) c.kind = CandKind::kOrg;
  if (c.kind == CandKind::kUnknown) {
    uint32_t h = e;
    for (uint32_t t = b; t < e; ++t) {
      if (d_.Has(t, kOrgHead) && d_.tokens[t].cap) h = t;
    }
    bool head = h == e - 1 && e - b >= 2;
    if (h < e - 1 && d_.Has(h, kOfHead) && d_.Lower(h + 1) == "of") head = true;
    if (h < e - 1 && h + 1 < e && d_.tokens[e - 1].allcaps) head = false;
    std::string_view txt = d_.Text(b);
    bool domain = e - b == 1 &&
                  (Contains(txt, ".com") || Contains(txt, ".org") || Contains(txt, ".net")) &&
                  d_.tokens[b].cap;
    // POLICE, CLOSE: shouted common words are not acronyms.
    const bool shouted_word = txt.size() >= 4 && d_.Has(b, kCommonWord);
    bool acronym = !shouted_word && e - b == 1 && d_.tokens[b].allcaps && !d_.tokens[b].abbrev &&
                   txt.size() >= 2 && txt.size() <= 6 && !gz_.IsNonOrgAcronym(txt) &&
                   txt.find_first_of(".0123456789") == std::string_view::npos;
    if (head || domain) c.kind = CandKind::kOrg;
    if (acronym) c.acronym = std::string(txt);  // resolved in BuildEntities
    (void)last;
  }
  cands_.push_back(c);
}

std::vector<std::string> Finder::OrgKey(uint32_t b, uint32_t e) const {
  std::vector<std::string> key;
  uint32_t t = b;
  while (t < e && (d_.Lower(t) == "the" || d_.Lower(t) == "u.s." || d_.Lower(t) == "us")) ++t;
  if (t + 1 < e && d_.Lower(t) == "united" && d_.Lower(t + 1) == "states") t += 2;
  for (; t < e; ++t) {
    if (Punct(t, "(")) {
      t += 2;  // skip "(ACR)"
      continue;
    }
    if (d_.tokens[t].kind != TokKind::kWord) continue;
    auto it = acronyms_.find(std::string(d_.Text(t)));
    if (d_.tokens[t].allcaps && it != acronyms_.end() && e - b > 1) {
      for (const auto& k : out_.entities[it->second].key_tokens) key.push_back(k);
      continue;
    }
    key.push_back(std::string(d_.Lower(t)));
  }
  return key;
}

int Finder::AddEntity(EntityType type, const std::string& name) {
  EntityInfo info;
  info.type = type;
  info.name = name;
  out_.entities.push_back(std::move(info));
  person_first_seen_.push_back(0);
  mention_count_.push_back(0);
  return static_cast<int>(out_.entities.size() - 1);
}

void Finder::AddMention(uint32_t b, uint32_t e, int entity, bool descriptor) {
  for (uint32_t t = b; t < e; ++t) {
    if (out_.mention_at[t] >= 0) return;
  }
  Mention m;
  m.tok_begin = b, m.tok_end = e, m.entity = entity, m.descriptor = descriptor;
  out_.mentions.push_back(m);
  ++mention_count_[entity];
  for (uint32_t t = b; t < e; ++t) out_.mention_at[t] = static_cast<int>(out_.mentions.size() - 1);
  EntityInfo& info = out_.entities[entity];
  std::string form = Surface(b, e);
  if (std::find(info.forms.begin(), info.forms.end(), form) == info.forms.end())
    info.forms.push_back(form);
}

// Key `a` names the same org as key `b` when a's words appear in b in order
// and both end with the same head word ("ice council" in "national ice council").
bool Subsequence(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty() || a.size() > b.size() || a.back() != b.back()) return false;
  size_t j = 0;
  for (size_t i = 0; i < b.size() && j < a.size(); ++i) {
    if (a[j] == b[i]) ++j;
  }
  return j == a.size();
}

int Finder::FindOrgByKey(const std::vector<std::string>& key, bool exact) const {
  int found = -1;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& e = out_.entities[i];
    if (e.type != EntityType::kOrganization) continue;
    if (e.key_tokens == key) return static_cast<int>(i);
  }
  if (exact) return -1;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& e = out_.entities[i];
    if (e.type != EntityType::kOrganization) continue;
    // Short forms end in a head word ("The Post", "ICE Council"), never in a
    // place ("Florida" is not the Republican Party of Florida).
    if (!d_.lex.empty() && !key.empty() && !gz_.IsOrgHead(key.back())) continue;
    if (Subsequence(key, e.key_tokens)) {
      if (found >= 0) return -2;  // ambiguous
      found = static_cast<int>(i);
    }
  }
  return found;
}

int Finder::PersonBySurname(std::string_view surname, uint32_t before) const {
  auto it = surnames_.find(std::string(surname));
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
  const std::string& n = out_.entities[entity].name;
  size_t sp = n.rfind(' ');
  std::string last = AsciiLower(sp == std::string::npos ? n : n.substr(sp + 1));
  auto& list = surnames_[last];
  if (std::find(list.begin(), list.end(), entity) == list.end()) list.push_back(entity);
}

// An undefined acronym names an organisation when it is not a word of the
// dictionary's proper nouns (IOWA) and is used like one: repeated, or with
// "the", a possessive, or a word such as "said", "spokesman", "agents".
bool Finder::AcronymIsOrg(uint32_t t) const {
  if (d_.Has(t, kProperNoun)) return false;
  if (acronym_counts_.empty()) {
    for (uint32_t k = 0; k < d_.tokens.size(); ++k) {
      if (d_.tokens[k].allcaps) ++acronym_counts_[d_.Text(k)];
    }
  }
  auto it = acronym_counts_.find(d_.Text(t));
  if (it != acronym_counts_.end() && it->second >= 2) return true;
  if (t > 0 && (d_.Lower(t - 1) == "the" || d_.Lower(t - 1) == "told" || d_.Lower(t - 1) == "by"))
    return true;
  if (t + 1 < d_.tokens.size()) {
    if (d_.tokens[t + 1].kind == TokKind::kPossessive) return true;
    std::string_view n = d_.Lower(t + 1);
    if (d_.Has(t + 1, kSpeechVerb | kTitleWord) || n == "agents" || n == "officials" ||
        n == "officers" || n == "reported" || n == "poll" || n == "report")
      return true;
  }
  return false;
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

void Finder::BuildEntities() {
  // People with full names first, so that surnames can find them. Two
  // full names with the same surname are one person when their first names
  // agree on three letters (Bernard / Bernie, Jeff / Jeffrey) or one is an
  // initial.
  // "Sandy Hook" is not a person when "Sandy Hook Elementary School" is
  // named; weak names need confirmation.
  std::vector<std::string> org_surfaces;
  for (const Candidate& c : cands_) {
    if (c.kind == CandKind::kOrg && c.e - c.b >= 3) org_surfaces.push_back(Surface(c.b, c.e));
  }
  for (Candidate& c : cands_) {
    if (c.kind != CandKind::kPerson) continue;
    if (c.weak && !Confirmed(c)) c.kind = CandKind::kUnknown;
    const std::string name = Surface(c.b, c.e);
    for (const std::string& org : org_surfaces) {
      if (org.size() > name.size() && org.compare(0, name.size(), name) == 0 &&
          org[name.size()] == ' ')
        c.kind = CandKind::kUnknown;
    }
  }
  for (const Candidate& c : cands_) {
    if (c.kind != CandKind::kPerson || c.e - c.b < 2) continue;
    std::string_view first = d_.Lower(c.b);
    int ent = -1;
    auto it = surnames_.find(std::string(d_.Lower(c.e - 1)));
    if (it != surnames_.end()) {
      for (int i : it->second) {
        std::string other = AsciiLower(out_.entities[i].name);
        other = other.substr(0, other.find(' '));
        size_t common = 0;
        while (common < other.size() && common < first.size() && other[common] == first[common])
          ++common;
        if (common >= 3 || other == first || d_.tokens[c.b].abbrev) ent = i;
      }
    }
    if (ent < 0) {
      ent = AddEntity(EntityType::kPerson, Surface(c.b, c.e));
      person_first_seen_[ent] = c.b;
      out_.entities[ent].gender = d_.Has(c.b, kMaleName)     ? Gender::kMale
                                  : d_.Has(c.b, kFemaleName) ? Gender::kFemale
                                                             : Gender::kUnknown;
      IndexSurname(ent);
    } else if (Surface(c.b, c.e).size() > out_.entities[ent].name.size() && !c.byline) {
      out_.entities[ent].name = Surface(c.b, c.e);
    }
    AddMention(c.b, c.e, ent);
  }
  for (const Candidate& c : cands_) {
    if (c.kind != CandKind::kPerson || c.e - c.b != 1) continue;
    int ent = PersonBySurname(d_.Lower(c.b), c.b);
    if (ent < 0) ent = PersonByFirstName(c.b);
    if (ent < 0) {
      ent = AddEntity(EntityType::kPerson, Surface(c.b, c.e));
      person_first_seen_[ent] = c.b;
      out_.entities[ent].gender = TitleGender(c.b);
      IndexSurname(ent);
    }
    AddMention(c.b, c.e, ent);
  }
  // Organisations: definitions first (so acronyms expand inside longer
  // names), then longest names first; a definition nested in a longer name
  // ("National Immigration and Customs Enforcement (ICE) Council") gets its
  // mention only where the longer name does not cover it.
  std::vector<std::pair<const Candidate*, int>> definitions;
  for (const Candidate& c : cands_) {
    if (c.kind != CandKind::kOrg || c.acronym.empty() || !c.canonical.empty()) continue;
    if (c.e - c.b == 1 && d_.tokens[c.b].allcaps) continue;
    auto key = OrgKey(c.b, c.e);
    int ent = FindOrgByKey(key);
    if (ent < 0 || out_.entities[ent].key_tokens != key) {
      ent = AddEntity(EntityType::kOrganization, Surface(c.b, c.e));
      out_.entities[ent].key_tokens = key;
    }
    acronyms_[c.acronym] = ent;
    definitions.push_back({&c, ent});
  }
  std::vector<const Candidate*> orgs;
  for (const Candidate& c : cands_) {
    if (c.kind == CandKind::kOrg && c.acronym.empty()) orgs.push_back(&c);
  }
  std::stable_sort(orgs.begin(), orgs.end(), [](const Candidate* a, const Candidate* b) {
    return a->e - a->b > b->e - b->b;
  });
  for (const Candidate* c : orgs) {
    auto key = c->canonical.empty() ? OrgKey(c->b, c->e) : std::vector<std::string>{};
    if (!c->canonical.empty()) {
      auto words = AsciiLower(c->canonical);
      key.clear();
      size_t pos = 0;
      while (pos < words.size()) {
        size_t sp = words.find(' ', pos);
        if (sp == std::string::npos) sp = words.size();
        std::string w = words.substr(pos, sp - pos);
        if (w != "u.s.") key.push_back(w);
        pos = sp + 1;
      }
    }
    // Canonical legislatures match exactly: "Senate" is not the "New
    // Hampshire Senate".
    int ent = FindOrgByKey(key, /*exact=*/!c->canonical.empty());
    if (ent == -2) continue;
    if (ent < 0) {
      ent = AddEntity(EntityType::kOrganization,
                      c->canonical.empty() ? Surface(c->b, c->e) : c->canonical);
      out_.entities[ent].key_tokens = key;
      out_.entities[ent].is_union = gz_.IsUnionHead(key.back());
      out_.entities[ent].fixed_name = !c->canonical.empty();
    }
    AddMention(c->b, c->e, ent);
  }
  for (auto [c, ent] : definitions) AddMention(c->b, c->e, ent);
  // Bare acronyms: the org whose initials they are, or an org of their own.
  for (const Candidate& c : cands_) {
    if (c.acronym.empty() || c.e - c.b != 1 || !d_.tokens[c.b].allcaps) continue;
    auto it = acronyms_.find(c.acronym);
    int ent = it == acronyms_.end() ? -1 : it->second;
    if (ent < 0) {
      for (size_t i = 0; i < out_.entities.size(); ++i) {
        const EntityInfo& e = out_.entities[i];
        if (e.type != EntityType::kOrganization) continue;
        std::string initials;
        for (const auto& k : e.key_tokens) {
          if (k != "of" && k != "and" && k != "the" && k != "for" && k != "&" && k != "on")
            initials.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(k[0]))));
        }
        if (initials == c.acronym) ent = static_cast<int>(i);
      }
    }
    if (ent < 0) {
      if (!AcronymIsOrg(c.b)) continue;
      ent = AddEntity(EntityType::kOrganization, c.acronym);
      out_.entities[ent].key_tokens = {AsciiLower(c.acronym)};
    }
    acronyms_[c.acronym] = ent;
    AddMention(c.b, c.e, ent);
  }
  for (const Candidate& c : cands_) {
    if (c.kind == CandKind::kUnknown && c.acronym.empty()) unknown_.push_back({c.b, c.e});
  }
}

void Finder::LinkRemaining() {
  for (auto [b, e] : unknown_) {
    auto key = OrgKey(b, e);
    int ent = key.empty() ? -1 : FindOrgByKey(key);
    if (ent >= 0) {
      AddMention(b, e, ent);
      continue;
    }
    if (e - b == 1) {
      int p = PersonBySurname(d_.Lower(b), b);
      if (p >= 0) AddMention(b, e, p);
    }
  }
  // Single words anywhere (headlines, captions, possessives): surnames and
  // acronyms of entities already found.
  for (uint32_t t = 0; t < d_.tokens.size(); ++t) {
    if (!CapWord(t) || out_.mention_at[t] >= 0 || !d_.IsFact(t)) continue;
    if (d_.tokens[t].allcaps) {
      auto it = acronyms_.find(std::string(d_.Text(t)));
      if (it != acronyms_.end()) {
        AddMention(t, t + 1, it->second);
        continue;
      }
    }
    int p = PersonBySurname(d_.Lower(t), t);
    if (p < 0 && !(SentenceInitial(t) && d_.Has(t, kCommonWord))) p = PersonByFirstName(t);
    if (p >= 0) {
      uint32_t b = t;
      if (t > 0 && CapWord(t - 1) && out_.mention_at[t - 1] < 0 && IsFirstName(t - 1)) b = t - 1;
      AddMention(b, t + 1, p);
      continue;
    }
    // Multi-word org forms seen elsewhere ("Washington Post" in a headline).
    for (size_t i = 0; i < out_.entities.size(); ++i) {
      const EntityInfo& en = out_.entities[i];
      if (en.type != EntityType::kOrganization || en.key_tokens.size() < 2) continue;
      size_t n = en.key_tokens.size();
      if (t + n > d_.tokens.size()) continue;
      bool match = true;
      for (size_t k = 0; k < n && match; ++k) match = d_.Lower(t + k) == en.key_tokens[k];
      if (match) {
        AddMention(t, static_cast<uint32_t>(t + n), static_cast<int>(i));
        break;
      }
    }
  }
}

// "the union", "ICE's union", "the ICE union", "union president X".
void Finder::LinkUnions() {
  for (uint32_t t = 0; t < d_.tokens.size(); ++t) {
    if (d_.Lower(t) != "union" || d_.tokens[t].cap || !d_.IsFact(t) || out_.mention_at[t] >= 0)
      continue;
    int owner = -1;
    uint32_t ob = t;
    if (t >= 2 && d_.tokens[t - 1].kind == TokKind::kPossessive) {
      owner = out_.EntityAt(t - 2);
      ob = t - 2;
    } else if (t >= 1) {
      owner = out_.EntityAt(t - 1);
      ob = t - 1;
    }
    if (owner >= 0 && out_.entities[owner].type != EntityType::kOrganization) owner = -1;
    if (owner < 0 && !(t > 0 && d_.IsWord(t - 1, "the")) &&
        !(t + 1 < d_.tokens.size() && out_.title_at[t + 1] >= 0))
      continue;
    int found = -1, count = 0;
    for (size_t i = 0; i < out_.entities.size(); ++i) {
      const EntityInfo& e = out_.entities[i];
      if (!e.is_union) continue;
      ++count;
      if (owner >= 0) {
        const auto& ok = out_.entities[owner].key_tokens;
        size_t j = 0;
        for (size_t k = 0; k < e.key_tokens.size() && j < ok.size(); ++k)
          if (e.key_tokens[k] == ok[j]) ++j;
        if (j == ok.size() && !ok.empty()) found = static_cast<int>(i);
      }
      if (found < 0 && count == 1) found = static_cast<int>(i);
    }
    if (count > 1 && owner < 0) found = -1;
    if (found < 0 && owner >= 0) {
      std::string name = std::string(d_.Text(ob)) + " union";
      found = AddEntity(EntityType::kOrganization, name);
      out_.entities[found].key_tokens = out_.entities[owner].key_tokens;
      out_.entities[found].key_tokens.push_back("union");
      out_.entities[found].is_union = true;
    }
    if (found < 0) continue;
    AddMention(t, t + 1, found, /*descriptor=*/true);
    std::string form = owner >= 0 ? Surface(ob, t + 1) : Surface(t - 1, t + 1);
    auto& forms = out_.entities[found].forms;
    if (std::find(forms.begin(), forms.end(), form) == forms.end()) forms.push_back(form);
  }
}

void Finder::Finish() {
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.tok_begin < b.tok_begin; });
  std::fill(out_.mention_at.begin(), out_.mention_at.end(), -1);
  for (size_t i = 0; i < out_.mentions.size(); ++i) {
    for (uint32_t t = out_.mentions[i].tok_begin; t < out_.mentions[i].tok_end; ++t)
      out_.mention_at[t] = static_cast<int>(i);
  }
  for (const Mention& m : out_.mentions) {
    EntityInfo& e = out_.entities[m.entity];
    if (m.descriptor) continue;
    // Title forms are aliases ("Senator Sessions") and feed "the senator".
    if (m.tok_begin > 0 && out_.title_at[m.tok_begin - 1] >= 0) {
      const TitleSpan& ts = out_.titles[out_.title_at[m.tok_begin - 1]];
      std::string title = AsciiLower(Surface(ts.tok_begin, ts.tok_end));
      if (std::find(e.titles.begin(), e.titles.end(), title) == e.titles.end())
        e.titles.push_back(title);
      if (e.gender == Gender::kUnknown) {
        if (title == "mr.") e.gender = Gender::kMale;
        if (title == "mrs." || title == "ms.") e.gender = Gender::kFemale;
      }
      if (d_.tokens[ts.tok_begin].cap) {
        std::string form = Surface(ts.tok_begin, m.tok_end);
        if (std::find(e.forms.begin(), e.forms.end(), form) == e.forms.end())
          e.forms.push_back(form);
      }
    }
  }
  for (EntityInfo& e : out_.entities) {
    if (e.type != EntityType::kOrganization || e.fixed_name) continue;
    // Fullest form, without "(ICE)" and a leading "the".
    std::vector<std::string> forms = e.forms;
    forms.push_back(e.name);
    e.name.clear();
    for (const std::string& f : forms) {
      std::string clean;
      size_t i = 0;
      while (i < f.size()) {
        if (f[i] == '(') {
          size_t close = f.find(')', i);
          if (close != std::string::npos) {
            i = close + 1;
            while (i < f.size() && f[i] == ' ') ++i;
            continue;
          }
        }
        clean.push_back(f[i++]);
      }
      while (!clean.empty() && clean.back() == ' ') clean.pop_back();
      if (clean.rfind("the ", 0) == 0 || clean.rfind("The ", 0) == 0) clean = clean.substr(4);
      if (e.name.empty() || (clean.size() > e.name.size() && clean.find(' ') != std::string::npos &&
                             e.name.rfind("U.S. ", 0) != 0))
        e.name = clean;
    }
  }
}

MentionTable Finder::Run() {
  out_.mention_at.assign(d_.tokens.size(), -1);
  FindTitles();
  FindBylines();
  for (const Candidate& c : cands_) {
    for (uint32_t t = c.b; t < c.e; ++t) out_.mention_at[t] = -2;  // reserved for bylines
  }
  for (const Sentence& s : d_.sentences) {
    LineKind k = d_.paragraphs[s.para].kind;
    if (k != LineKind::kBody) continue;
    ScanChunks(s.tok_begin, s.tok_end);
  }
  std::fill(out_.mention_at.begin(), out_.mention_at.end(), -1);
  BuildEntities();
  LinkRemaining();
  LinkUnions();
  Finish();
  return std::move(out_);
}

}  // namespace

MentionTable FindMentions(const Document& doc) { return Finder(doc).Run(); }

}  // namespace kg::extract
