#include "extract/mentions.h"

#include "extract/mention_finder.h"
#include "extract/word_lists.h"

namespace kg::extract::mention_internal {

// The length of a "then-" or "ex-" before a capitalised title in one
// token ("then-President", "ex-Gov."), else 0.
size_t Finder::ThenPrefix(uint32_t t) const {
  // Asked of every word: test the hyphen's position first.
  const Token& tok = d_.tokens[t];
  const size_t size = tok.end - tok.start;
  if (size < 5) return 0;
  const char* w = d_.bytes.data() + tok.start;
  size_t len = 0;
  if (w[4] == '-' && w[0] == 't' && w[1] == 'h' && w[2] == 'e' && w[3] == 'n')
    len = 5;
  else if (w[2] == '-' && w[0] == 'e' && w[1] == 'x')
    len = 3;
  return len > 0 && size > len + 1 && w[len] >= 'A' && w[len] <= 'Z' ? len : 0;
}

void Finder::FindTitles() {
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  out_.title_at.assign(n, -1);
  std::string_view words[5];
  // Every token is tested: through local pointers (the title_at stores and
  // calls below made the compiler reload d_'s arrays and divide for size()
  // at every token).
  const Token* const tokens = d_.tokens.data();
  const uint32_t* const lex = d_.lex.data();
  const char* const bytes = d_.bytes.data();
  for (uint32_t t = 0; t < n; ++t) {
    if (tokens[t].kind != TokKind::kWord) continue;
    // "then-President X", "ex-Sen. X": a title glued to a time prefix.
    size_t prefix = 0;
    // ThenPrefix only for words that start like "then-" or "ex-": it is
    // asked of nearly every word.
    const char first = bytes[tokens[t].start];
    if ((lex[t] & kTitleStart) == 0 &&
        ((first != 't' && first != 'e') || (prefix = ThenPrefix(t)) == 0))
      continue;
    int k = 0;
    uint32_t para_end = d_.paragraphs[d_.sentences[d_.sentence_of[t]].para].tok_end;
    while (k < 5 && t + k < para_end && Word(t + k)) {
      words[k] = d_.Lower(t + k);
      ++k;
    }
    words[0].remove_prefix(prefix);
    int len = gz_.MatchTitle(words, k);
    if (len == 0) continue;
    // "Sen. Dean Heller", "Executive Editor Dean Baquet": a one-word title
    // that is also a first name, between a title and a name, opens the name.
    // Not a ruler's title ("Saudi leader King Salman").
    if (len == 1 && t > 0 && out_.title_at[t - 1] >= 0 && d_.tokens[t].cap && IsFirstName(t) &&
        CapWord(t + 1) && !d_.Has(t + 1, kTitleStart) && words[0] != "king" &&
        words[0] != "prince" && words[0] != "queen" && words[0] != "princess")
      continue;
    // "professor emeritus", "editor-in-chief emerita": the honorary form of
    // a title is the title.
    if (t + len < para_end && Word(t + len) &&
        (d_.Lower(t + len) == "emeritus" || d_.Lower(t + len) == "emerita"))
      ++len;
    // "general", "head", "member" ... alone are titles only before a name or
    // in an apposition; keep them, the relation rules check the context.
    out_.titles.push_back({t, t + len});
    for (int j = 0; j < len; ++j) out_.title_at[t + j] = static_cast<int>(out_.titles.size() - 1);
    t += len - 1;
  }
}

void Finder::ParseChunk(uint32_t b, uint32_t e) {
  // "the Tuesday Group": a day before a head word names the body.
  auto day_names_org = [&](uint32_t t) {
    return t + 2 == e && d_.Has(t, kMonthOrDay) && d_.Has(t + 1, kOrgHead) &&
           !d_.IsWord(t + 1, "senate") && !d_.IsWord(t + 1, "congress") &&
           !d_.IsWord(t + 1, "court") && !d_.IsWord(t + 1, "administration") && t > 0 &&
           Word(t - 1) && !d_.tokens[t - 1].cap;
  };
  // "For One America News' X": a capitalised "One" inside a sentence
  // before an organisation's head word is the name's first word.
  auto one_names_org = [&](uint32_t t) {
    if (d_.Lower(t) != "one" || !d_.tokens[t].cap || SentenceInitial(t) || t + 1 >= e ||
        !d_.tokens[t + 1].cap)
      return false;
    for (uint32_t k = t + 1; k < e; ++k)
      if (d_.Has(k, kOrgHead | kOutletHead)) return true;
    return false;
  };
  while (b < e && ((d_.Has(b, kFunctionWord) && !one_names_org(b)) ||
                   (d_.Has(b, kMonthOrDay) && !day_names_org(b)) || d_.Lower(b) == "and" ||
                   d_.Lower(b) == "of" || QuestionAuxiliary(b)))
    ++b;
  // A month after a first name is a surname: "Theresa May".
  auto month_surname = [&](uint32_t t) {
    return t > b && IsFirstName(t - 1) && !d_.Has(t - 1, kMonthOrDay) &&
           !d_.Lower(t).ends_with("day");
  };
  while (e > b &&
         (d_.Lower(e - 1) == "and" || d_.Lower(e - 1) == "of" || d_.Lower(e - 1) == "on" ||
          d_.Lower(e - 1) == "the" || (d_.Has(e - 1, kMonthOrDay) && !month_surname(e - 1))))
    --e;  // "The New York Times Saturday endorsed"
  // The rest of a title that began before the chunk ("director of
  // National Intelligence") names nobody.
  while (b < e && out_.title_at[b] >= 0 && out_.titles[out_.title_at[b]].tok_begin < b) ++b;
  if (b >= e) return;
  // "USS Theodore Roosevelt", "HMS Victory": a ship, neither a person nor
  // an organisation.
  if (e - b >= 2 && (d_.Text(b) == "USS" || d_.Text(b) == "HMS")) return;
  // A capitalised "The" inside a chunk starts a new name: "CLOSE The Des
  // Moines Register", "Buy Photo The ...".
  // What comes before it is parsed on its own ("reports by Bloomberg News
  // and The New York Times").
  for (uint32_t t = b + 1; t + 1 < e; ++t) {
    if (d_.Text(t) == "The") {
      ParseChunk(b, t);
      ParseChunk(t + 1, e);
      return;
    }
  }
  // "CNN Supreme Court analyst X", "CBS News White House correspondent X":
  // an outlet (an acronym, or words ending in an outlet head) before a
  // capitalised beat (a body's name, not the outlet's own: "NBC Nightly
  // News anchor") and a media title is the employer; the beat is a name of
  // its own.
  // Its media title after the chunk first (OutletBeatSplit's own first
  // test): asked of every chunk, and rare.
  if (Word(e) && (out_.title_at[e] >= 0 || d_.IsWord(e, "bureau"))) {
    if (const uint32_t s = OutletBeatSplit(b, e); s > b) {
      ParseChunk(b, s);
      ParseChunk(s, e);
      return;
    }
  }
  // Split "Denver and Philadelphia", keep "Immigration and Customs Enforcement".
  for (uint32_t a = b + 1; a + 1 < e; ++a) {
    if (d_.Lower(a) != "and" && d_.Text(a) != "&") continue;
    bool head_after = false, head_before = false, name_after = false;
    for (uint32_t k = a + 1; k < e; ++k) {
      head_after |= d_.Has(k, kOrgHead);
      name_after |= d_.IsWord(k, "of");  // "... and Department of Justice"
    }
    for (uint32_t k = b; k < a; ++k) head_before |= d_.Has(k, kOrgHead) || d_.Lower(k) == "house";
    // "Roger Ailes and Fox News", "Senate and House Committees", "Justice
    // Department and Homeland Security": two names. A head word further
    // back is no second name: "Department of Health and Human Services",
    // "House Oversight and Government Reform Committee".
    const bool head_right_before =
        d_.Has(a - 1, kOrgHead) || d_.Lower(a - 1) == "house" || d_.Lower(a - 1) == "senate";
    const bool person_before = a - b >= 2 && IsFirstName(b) && !head_before;
    // "Department of Health and Human Services": the "and" is inside the
    // complement of a head that takes "of".
    // Not when the last word repeats a head of the first part ("Bronx High
    // School of Science and Stuyvesant High School").
    bool of_before = false, same_head = false, titled_before = false, title_seen = false;
    for (uint32_t k = b; k < a; ++k) {
      of_before |= k + 1 < a && d_.Has(k, kOfHead) &&
                   (d_.IsWord(k + 1, "of") || d_.IsWord(k + 1, "on") || d_.IsWord(k + 1, "for"));
      same_head |= d_.Has(k, kOrgHead) && d_.Lower(k) == d_.Lower(e - 1);
      // "House Speaker Nancy Pelosi and Senate ...": a titled person (not
      // "Acting Director of Immigration and Customs Enforcement").
      titled_before |= title_seen && out_.title_at[k] < 0 && d_.Has(k, kFirstName | kSurname);
      title_seen |= out_.title_at[k] >= 0;
    }
    // "Trump and Congress": a legislature alone after "and" is a name of its own.
    const bool chamber_after =
        a + 2 == e &&
        (d_.IsWord(a + 1, "congress") || d_.IsWord(a + 1, "senate") || d_.IsWord(a + 1, "house"));
    // "Pelosi and Senate Minority Leader X": a name that is no body's (no
    // head, no "of", not a lower-case dictionary word) before a chamber or a
    // title and a titled name.
    bool name_title_after = false;
    if (d_.Lower(a) == "and" && !head_before &&
        (a - b > 1 || !d_.Has(b, kCommonWord) || d_.Has(b, kProperNoun)) &&
        (d_.IsWord(a + 1, "senate") || d_.IsWord(a + 1, "house") || out_.title_at[a + 1] >= 0)) {
      for (uint32_t k = a + 1; k < e && !name_title_after; ++k) {
        const int ti = out_.title_at[k];
        name_title_after = ti >= 0 && out_.titles[ti].tok_end < e &&
                           out_.title_at[out_.titles[ti].tok_end] < 0 &&
                           d_.Has(out_.titles[ti].tok_end, kFirstName | kSurname);
      }
      for (uint32_t k = b; k < a; ++k) name_title_after &= !d_.IsWord(k, "of");
    }
    // "Pence and Health and Human Services Secretary X", "Treasury and
    // Health and Human Services": a second "and" after the first, which is
    // in no complement of "of|for", with no head word between the two
    // ("Refugee and Immigrant Center for Education and Legal Services" is
    // one name), starts a name of its own.
    bool second_and = false;
    for (uint32_t k = a + 1; k + 1 < e && !of_before && d_.Lower(a) == "and"; ++k) {
      if (d_.Has(k, kOrgHead)) break;
      if (d_.IsWord(k, "and")) {
        second_and = k > a + 1;
        break;
      }
    }
    // "Textron and Kratos Defense Solutions Inc", "Comcast Corp and Verizon
    // Inc": a legal form names one company, so a name before "and" that is
    // no run of common words is another ("Concord Management and Consulting
    // LLC" stays whole).
    bool company_list = d_.Lower(a) == "and" && head_after;
    for (uint32_t k = a + 1; k < e && company_list; ++k)
      company_list = k + 1 < e || IsCompanySuffix(d_.Lower(k));
    bool common_before = company_list;
    for (uint32_t k = b; k < a && common_before; ++k) common_before = d_.Has(k, kCommonWord);
    company_list = company_list && !common_before;
    // "The Hill and CBS News' X", "Reuters and NBC News": an acronym after
    // "and" opens a name of its own; no single name joins a word to one.
    const bool acronym_after =
        d_.Lower(a) == "and" && d_.tokens[a + 1].allcaps && !d_.tokens[a + 1].abbrev && !of_before;
    if ((!head_after && !of_before) || (of_before && same_head) || titled_before || chamber_after ||
        head_right_before || name_after || person_before || name_title_after || second_and ||
        company_list || acronym_after) {
      ParseChunk(b, a);
      ParseChunk(a + 1, e);
      return;
    }
  }
  uint32_t i = b;
  bool titled = false, any_title = false;
  while (i < e) {
    int ti = out_.title_at[i];
    // "Justice Department": a one-word title before a head word names the
    // organisation.
    const bool names_org = ti >= 0 && out_.titles[ti].tok_end == i + 1 && i + 1 < e &&
                           d_.tokens[i + 1].cap && d_.Has(i + 1, kOrgHead);
    if (ti >= 0 && out_.titles[ti].tok_begin == i && out_.titles[ti].tok_end <= e && !names_org) {
      titled = StrongTitle(ti);
      any_title = true;
      // "Supreme Court Justice X": the body named inside the title.
      for (uint32_t h = out_.titles[ti].tok_end - 1; h-- > i;) {
        if (d_.tokens[h].cap && d_.Has(h, kOrgHead) && !d_.IsWord(h, "senate") &&
            !d_.IsWord(h, "house")) {
          AddOrg(i, h + 1);
          break;
        }
      }
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
  // "CEO of the X" as well: a weak title is still no part of the name.
  if ((titled || any_title) && i < e && d_.Lower(i) == "of") {
    ++i;
    if (i < e && d_.Lower(i) == "the") ++i;
    titled = false;  // "President of the ICE Council": what follows is an org
  }
  if (i >= e) return;
  // "General Mills", "General Dynamics": the title word "General" alone
  // before one plural of a dictionary word is a company's first word, not a
  // rank ("Attorney General Sessions", "(Attorney) General Sessions" have a
  // longer title; "General Mattis" no such plural).
  if (i == b + 1 && e == i + 1 && d_.Text(b) == "General" && out_.title_at[b] >= 0 &&
      out_.titles[out_.title_at[b]].tok_begin == b && out_.titles[out_.title_at[b]].tok_end == i &&
      !(b > 0 && (out_.title_at[b - 1] >= 0 || Punct(b - 1, ")")))) {
    const std::string_view w = d_.Lower(i);
    if (w.size() > 4 && w.back() == 's' && !d_.tokens[i].allcaps &&
        gz_.IsCommonWord(w.substr(0, w.size() - 1))) {
      const size_t before = cands_.size();
      AddOrg(b, e);
      if (cands_.size() > before && cands_.back().b == b) cands_.back().kind = CandKind::kOrg;
      return;
    }
  }
  // Person name at the end of the chunk, as long as possible. Names take no
  // indefinite article: "a Florida Bush backer".
  // "Donald Trump Jr.", "William A. Brewer III": the suffix belongs to the
  // name but the surname is the word before it.
  // "the Mueller Report": the surname alone is the name.
  const bool inquiry = e - i == 2 && b > 0 && d_.IsWord(b - 1, "the") && d_.tokens[e - 1].cap &&
                       (d_.IsWord(e - 1, "report") || d_.IsWord(e - 1, "investigation") ||
                        d_.IsWord(e - 1, "probe") || d_.IsWord(e - 1, "dossier"));
  const uint32_t name_e = inquiry ? e - 1 : e - i >= 3 && IsNameSuffix(d_.Lower(e - 1)) ? e - 1 : e;
  uint32_t k = i;
  bool person = false, weak = false;
  // Not before a glued "-backed": "a Bernie Sanders-backed progressive"
  // names the backer.
  const bool indefinite =
      b > 0 && (d_.Lower(b - 1) == "a" || d_.Lower(b - 1) == "an") && !d_.GluedEndorsement(e);
  bool described = false;  // "former Marine": a description before the name
  for (; k < name_e && !indefinite; ++k) {
    if (k > i && d_.Lower(k - 1) == "of") continue;
    // "See Mitt Romney": a common word before a first name is not part of it.
    // A first name that is also a common word ("john", "bill") opening the
    // chunk inside a sentence is the person's: "John Quincy Adams", "Ben Ray
    // Lujan". Not a title ("First Lady Melania Trump"), nor after a quotation
    // mark or colon, where "Will Paul Ryan ...?" asks a question.
    const bool first_word_first_name = k == i && IsFirstName(k) && !SentenceInitial(k) &&
                                       !d_.Has(k, kTitleWord) && k > 0 &&
                                       (Word(k - 1) || Punct(k - 1, ","));
    // So is one right after a title inside the chunk ("Supreme Court Chief
    // Justice John Paul Roe"), and one opening a sentence when a first name,
    // a Census surname and a speech verb follow ("John Paul Roe said"). Not
    // a rank's last word no title list holds ("Command Sgt. Major Bert Roe").
    const bool titled_first_name = k > i && IsFirstName(k) && out_.title_at[k - 1] >= 0 &&
                                   !d_.Has(k, kTitleWord) && d_.Lower(k) != "major" &&
                                   StrongTitle(out_.title_at[k - 1]);
    const bool opening_first_names =
        k == i && k + 3 == name_e && name_e == e && SentenceInitial(k) && IsFirstName(k) &&
        d_.Has(k + 2, kSurname) && Word(e) && !d_.tokens[e].cap && d_.Has(e, kSpeechVerb);
    if (k + 2 < name_e && d_.Has(k, kCommonWord) && !d_.Has(k, kSurname) && IsFirstName(k + 1) &&
        !first_word_first_name && !titled_first_name && !opening_first_names)
      continue;
    // After "former" a common word describes the two-word name after it
    // ("former Marine Amir Hekmati"): a first name or a word no list
    // knows, then no common word; not a particle ("former Marine Le Pen
    // aide"), nor a longer run ("former New York City Mike Bloomberg").
    auto name_word = [&](uint32_t t) {
      return (IsFirstName(t) || UnknownWord(t)) &&
             !d_.Has(t, kCommonWord | kPlaceWord | kOrgHead | kNonPersonTail | kTitleWord);
    };
    if (k == i && k + 3 == name_e && k > 0 && d_.Has(k, kCommonWord) &&
        (d_.IsWord(k - 1, "former") || d_.IsWord(k - 1, "retired")) && name_word(k + 1) &&
        !ParticleName(k + 1) && !d_.IsWord(k + 1, "le") && !d_.IsWord(k + 1, "la") &&
        (d_.Has(k + 2, kSurname) || UnknownWord(k + 2)) && !d_.Has(k + 2, kCommonWord)) {
      described = true;  // as good as a title for the name after it
      continue;
    }
    // "President Trump", "spokesman Mike Alvarez", "ICE Director Jane Doe".
    bool cued = k == i && titled;
    // A title that began before the chunk: "then-Majority Leader X".
    if (k == b && b > 0 && out_.title_at[b - 1] >= 0 &&
        (!d_.tokens[b - 1].cap || ThenPrefix(out_.titles[out_.title_at[b - 1]].tok_begin) > 0) &&
        StrongTitle(out_.title_at[b - 1])) {
      // A lower-case title before one word: "spokesman Smith", but not
      // "fellow GOP" or "senator Republican".
      cued = name_e - k > 1 || !d_.Has(k, kCommonWord) || d_.Has(k, kSurname);
    }
    if (k > i && out_.title_at[k - 1] >= 0 && StrongTitle(out_.title_at[k - 1])) cued = true;
    if (described && k == i + 1) cued = true;
    if (k == b && b > 0 && !cued && InPluralTitleList(b)) cued = true;
    if (IsPersonName(k, name_e, cued, &weak)) {
      person = true;
      break;
    }
  }
  // "(AP Photo/J. Scott Applewhite)": a photo credit, not a person in the
  // news.
  for (uint32_t t = b > 0 ? b - 1 : b; t < k && person; ++t) person = !Contains(d_.Text(t), "/");
  if (person && PlaceOrThingNamedLikePerson(k, name_e)) person = false;
  if (person && k > i && GivenNameBefore(k - 1, k, name_e)) --k;  // "Jo Beth Roe"
  if (!person) k = e;
  uint32_t ok = k;
  // "ICE Director", "New York Gov." end in a title; "Department of Justice"
  // does not.
  // A capitalised head word ends the organisation even inside a title
  // ("a Supreme Court justice").
  // "Office of the Inspector General", "Office of Special Counsel": a title
  // after an office's "of [the]" (and up to three capitalised words) is the
  // office's name, not a title to strip.
  uint32_t t0 = ok;
  while (t0 > i && out_.title_at[t0 - 1] >= 0) --t0;
  uint32_t w = t0;
  while (w > i && w + 3 > t0 && CapWord(w - 1) && out_.title_at[w - 1] < 0 &&
         !d_.IsWord(w - 1, "the") && !d_.IsWord(w - 1, "of"))
    --w;
  if (w > i && d_.IsWord(w - 1, "the")) --w;
  // Only an "Office": "Department of Homeland Security Secretary" and
  // "University of Arizona Professor" end in a person's title.
  // Not before a person, whose title it is ("Office of Refugee Resettlement
  // Director X"), nor a courtesy abbreviation ("the Office of California
  // Gov. X").
  const bool office_of = !person && t0 < ok && w >= i + 2 && d_.IsWord(w - 1, "of") &&
                         d_.tokens[w - 2].cap && d_.IsWord(w - 2, "office") &&
                         !d_.tokens[ok - 1].abbrev;
  // "the New Hampshire Union Leader", "the Staunton News Leader": a
  // newspaper's last word after a place and a union or outlet head, with
  // no name after it, is no title ("Iowa Union Leader Jane Roe" is one).
  bool paper_leader = !person && ok == e && ok >= i + 3 && d_.Text(ok - 1) == "Leader" &&
                      d_.tokens[ok - 2].cap &&
                      (d_.IsWord(ok - 2, "union") || d_.Has(ok - 2, kOutletHead));
  for (uint32_t t = i; t + 2 < ok && paper_leader; ++t)
    paper_leader = d_.tokens[t].cap && d_.Has(t, kPlaceWord);
  while (!office_of && !paper_leader && ok > i && out_.title_at[ok - 1] >= 0 &&
         !(ok >= i + 2 && (d_.Lower(ok - 2) == "of" || d_.Lower(ok - 2) == "for")) &&
         !(d_.tokens[ok - 1].cap && d_.Has(ok - 1, kOrgHead)))
    --ok;
  if (ok > i) {
    const size_t before = cands_.size();
    AddOrg(i, ok);
    // Its head is the word before "Leader".
    if (paper_leader && cands_.size() > before && cands_.back().e == ok)
      cands_.back().kind = CandKind::kOrg;
  }
  if (person) {
    Candidate c;
    c.b = k, c.e = name_e, c.kind = CandKind::kPerson, c.cued = titled, c.weak = weak;
    if (name_e < e) c.suffix_end = e;
    if (k > b && out_.title_at[k - 1] >= 0)
      c.title = out_.title_at[k - 1];
    else if (k == b && b > 0 && out_.title_at[b - 1] >= 0)
      c.title = out_.title_at[b - 1];
    cands_.push_back(std::move(c));
  }
}

// "aboard the Theodore Roosevelt, ...": a full name after "the" that ends
// its phrase is a ship or building; "In Hong Kong, ...": a first name and
// a place word after a preposition is a place.
bool Finder::PlaceOrThingNamedLikePerson(uint32_t k, uint32_t e) const {
  if (k == 0 || out_.title_at[k - 1] >= 0 || e - k < 2) return false;
  const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
  const bool phrase_ends = e >= n || (d_.tokens[e].kind == TokKind::kPunct) ||
                           (Word(e) && d_.Has(e, kFunctionWord) && !d_.tokens[e].cap);
  if (d_.IsWord(k - 1, "the") && phrase_ends) return true;
  const std::string_view before = d_.Lower(k - 1);
  const bool preposition = before == "in" || before == "at" || before == "from" || before == "to";
  return preposition && e - k == 2 && d_.Has(e - 1, kProperNoun) &&
         !d_.Has(e - 1, kSurname | kFirstName | kCommonWord);
}

MentionTable Finder::Run() {
  out_.mention_at.assign(d_.tokens.size(), -1);
  {
    const uint32_t n = static_cast<uint32_t>(d_.tokens.size());
    const Token* const tokens = d_.tokens.data();
    // Two entries past the last token: a loop may step to the token after
    // a chunk that ends the document (NextCap(n + 1)).
    next_cap_.resize(n + 2);
    next_cap_[n] = next_cap_[n + 1] = n;
    for (uint32_t t = n; t-- > 0;) {
      const bool cap = tokens[t].kind == TokKind::kWord && (tokens[t].cap || tokens[t].allcaps);
      next_cap_[t] = cap ? t : next_cap_[t + 1];
    }
  }
  FindTitles();
  FindBylines();
  FindDatelines();
  const size_t bylines = cands_.size();
  for (const Candidate& c : cands_) {
    for (uint32_t t = c.b; t < c.e; ++t) out_.mention_at[t] = -2;  // reserved for bylines
  }
  for (const auto& [b, e] : datelines_) {
    for (uint32_t t = b; t < e; ++t) out_.mention_at[t] = -2;  // a place, no chunk
  }
  for (const Sentence& s : d_.sentences) {
    LineKind k = d_.paragraphs[s.para].kind;
    if (k != LineKind::kBody) continue;
    ScanChunks(s.tok_begin, s.tok_end);
  }
  // Nothing but the bylines' reservation wrote mention_at so far: undo
  // that alone rather than refill the whole array.
  for (size_t i = 0; i < bylines; ++i) {
    for (uint32_t t = cands_[i].b; t < cands_[i].e; ++t) out_.mention_at[t] = -1;
  }
  for (const auto& [b, e] : datelines_) {
    for (uint32_t t = b; t < e; ++t) out_.mention_at[t] = -1;
  }
  BuildEntities();
  LinkRemaining();
  FindCuedOrgs();
  FindSpeakerNames();
  FindHonorificNames();
  FindSpeakingWordSurnames();
  FindKinFirstNames();
  RetypeAppositiveBodies();
  RetypeRoleSlotBodies();
  MoveOrgShortForms();
  LinkUnions();
  Finish();
  return std::move(out_);
}

}  // namespace kg::extract::mention_internal

namespace kg::extract {

MentionTable FindMentions(const Document& doc) { return mention_internal::Finder(doc).Run(); }

}  // namespace kg::extract
