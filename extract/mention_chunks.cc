// Where a capitalised chunk ends: ScanChunks walks a sentence's
// capitalised words and the inner words that keep a name together ("of",
// "for", "on", "and", "to", particles, lists after a head taking "of",
// campuses, "(ICE)") and hands each chunk to ParseChunk (mentions.cc),
// which splits it into titles, organisations and people.
#include <algorithm>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

// The end of ", X, Y and Z" at the comma `c` when the chunk [b, c) holds
// a head taking "of" before "of" and the list's items are one or two
// capitalised words ending the chunk; else `c`.
uint32_t Finder::OfComplementList(uint32_t b, uint32_t c, uint32_t se) const {
  uint32_t complement = c;
  for (uint32_t k = b; k + 2 < c && complement == c; ++k) {
    if (d_.Has(k, kOfHead) && d_.IsWord(k + 1, "of")) complement = k + 2;
  }
  if (complement == c) return c;
  // Every word of the complement is a lower-case dictionary word: not a
  // list of names ("Bank of America, Citigroup and Wells Fargo").
  for (uint32_t k = complement; k < c; ++k) {
    if (!d_.Has(k, kCommonWord)) return c;
  }
  auto item_end = [&](uint32_t k) {
    for (uint32_t words = 0; k < se && CapWord(k) && d_.Has(k, kCommonWord) && words < 2; ++words)
      ++k;
    return k;
  };
  uint32_t k = c;
  while (k + 1 < se && Punct(k, ",") && CapWord(k + 1) && !d_.Has(k + 1, kFunctionWord)) {
    const uint32_t next = item_end(k + 1);
    if (next == k + 1) return c;
    k = next;
  }
  if (k == c) return c;
  if (Punct(k, ",")) ++k;  // the serial comma
  if (!(k + 1 < se && (d_.IsWord(k, "and") || d_.Text(k) == "&") && CapWord(k + 1))) return c;
  const uint32_t end = item_end(k + 1);
  return end == k + 1 || CapWord(end) ? c : end;
}

// "EMILY's List", "Maggie's List" at `t`: a group (a PAC, a company).
bool Finder::NameListAt(uint32_t t, uint32_t se) const {
  return t + 2 < se && d_.tokens[t + 1].kind == TokKind::kPossessive && d_.Text(t + 2) == "List";
}

// "CNN and Fox News", "the FBI and Justice Department": an acronym ends
// the name of a body of its own, so "and" after it joins two names, not
// the words of one ("Bureau of Alcohol, Tobacco and Firearms" has no
// acronym before "and"). Only a word of two or more capitals, all of the
// chunk so far or after a name's words: "A and M" stays.
bool Finder::AcronymBeforeAnd(uint32_t b, uint32_t a) const {
  if (a <= b || !d_.IsWord(a, "and")) return false;
  const Token& w = d_.tokens[a - 1];
  return w.kind == TokKind::kWord && w.allcaps && w.end - w.start >= 2;
}

// "Roe and Army Gen. Jane Doe accompanied him": one word opening a
// sentence that the article has speak or own alone ("Roe said", "Roe's"),
// or has given earlier after a first name ("Tom Roe"), is a person, and
// "and" after it joins two mentions.
bool Finder::SpeakerBeforeAnd(uint32_t b, uint32_t a) const {
  if (a != b + 1 || !SentenceInitial(b) || !d_.IsWord(a, "and") || d_.tokens[b].allcaps ||
      d_.tokens[b].abbrev)
    return false;
  if (ActsAlone(d_.Text(b))) return true;
  for (uint32_t t = 1; t < b; ++t) {
    if (d_.Text(t) == d_.Text(b) && CapWord(t - 1) && IsFirstName(t - 1)) return true;
  }
  return false;
}

// "al-Assad", "el-Sisi": a surname behind an Arabic article, one token
// whose first letter is small. It continues a capitalised name ("Bashar
// al-Assad"), never opens one ("al-Qaeda").
bool Finder::ArticleSurnameWord(uint32_t t) const {
  if (!Word(t) || d_.tokens[t].cap) return false;
  const std::string_view w = d_.Text(t);
  if (w.size() < 5 || !(w.starts_with("al-") || w.starts_with("el-")) || w[3] < 'A' || w[3] > 'Z')
    return false;
  return std::all_of(w.begin() + 4, w.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

void Finder::ScanChunks(uint32_t sb, uint32_t se) {
  uint32_t t = NextCap(sb);
  while (t < se) {
    if (!CapWord(t) || out_.mention_at[t] != -1) {
      t = NextCap(t + 1);
      continue;
    }
    // "EMILY's List", "Maggie's List": a group (a PAC, a company).
    if (NameListAt(t, se)) {
      Candidate c;
      c.b = t, c.e = t + 3, c.kind = CandKind::kOrg;
      cands_.push_back(std::move(c));
      t += 3;
      continue;
    }
    uint32_t b = t, e = t + 1;
    // "Follow Acme News's Jane Roe on Twitter", "Despite Acme News ...",
    // "Via Acme News": a sentence's opening verb or preposition is no part
    // of the name after it.
    if (SentenceInitial(t) && t + 1 < se && CapWord(t + 1) &&
        (d_.Text(t) == "Follow" || d_.Text(t) == "Despite" || d_.Text(t) == "Via")) {
      t = b = t + 1, e = t + 1;
    }
    uint32_t titled_end = 0;
    while (e < se) {
      if (CapWord(e) || (ArticleSurname(e) && CapWord(e - 1) && !d_.tokens[e - 1].allcaps)) {
        ++e;
        continue;
      }
      // "People's Action", "Children's Defense Fund": an irregular plural's
      // possessive is inside a name, never a person's.
      if (e + 1 < se && d_.tokens[e].kind == TokKind::kPossessive && CapWord(e + 1) &&
          (d_.Text(e - 1) == "People" || d_.Text(e - 1) == "Women" ||
           d_.Text(e - 1) == "Children" || d_.Text(e - 1) == "Men")) {
        e += 2;
        continue;
      }
      // "Pinecrest County Sheriff's Office", "the U.S. Attorney's Office": an
      // officer's possessive before Office|Department is inside the name.
      if (e + 1 < se && d_.tokens[e].kind == TokKind::kPossessive &&
          (d_.Text(e + 1) == "Office" || d_.Text(e + 1) == "Department") &&
          (d_.Text(e - 1) == "Sheriff" || d_.Text(e - 1) == "Attorney" ||
           d_.Text(e - 1) == "Marshal" || d_.Text(e - 1) == "Coroner" ||
           d_.Text(e - 1) == "Examiner" || d_.Text(e - 1) == "Comptroller")) {
        e += 2;
        continue;
      }
      std::string_view l = d_.Lower(e);
      if (l == "on" && e + 1 < se && d_.Has(e - 1, kOfHead) && CapWord(e + 1) &&
          !d_.Has(e + 1, kMonthOrDay)) {
        e += 2;  // "Council on Foreign Relations"
        continue;
      }
      // "Center for Responsive Politics", "Campaign for Tobacco-Free Kids"
      // (not "for the ...": "Project for the American Civil Liberties Union").
      if (l == "for" && e + 1 < se && d_.Has(e - 1, kOrgHead) && d_.tokens[e - 1].cap &&
          CapWord(e + 1) && !d_.Has(e + 1, kFunctionWord | kMonthOrDay)) {
        e += 2;
        continue;
      }
      // "Committee for a Responsible Federal Budget", "Foundation for the
      // Defense of Democracies", "Committee on the Judiciary": an article
      // after a head's for|on stays in the name when the capitalised words
      // after it hold no head word or acronym, which would name a body of
      // their own ("Project for the American Civil Liberties Union",
      // "Debate Committee for the RNC").
      if ((l == "for" || l == "on") && ArticleJoinsName(e, se)) {
        e += 3;
        continue;
      }
      // "Committee to Protect Journalists", "Foundation for Defense of
      // Democracies" (org_name_joins.cc).
      if (l == "to" && ToJoinsName(e, b, se)) {
        e += 2;
        continue;
      }
      if (l == "to" && ToTheJoinsName(e, b, se)) {
        // "Committee to Defend the President": a title ending the run would
        // be cut off by ParseChunk; the run is the organisation's name.
        if (out_.title_at[e + 3] >= 0) {
          titled_end = e + 4;
          break;
        }
        e += 4;  // "Campaign to Fix the Debt"
        continue;
      }
      if (l == "of" && OfContinuesFor(e, b, se)) {
        e += d_.IsWord(e + 1, "the") ? 3 : 2;
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
      // "Bill de Blasio", "Osama bin Laden", "Elena de la Roe".
      if (l.size() <= 5 && e + 1 < se && !d_.tokens[e].cap) {
        const uint32_t particles = ParticleLen(e - 1);
        if (particles > 0 && e + particles < se) {
          e += particles + 1;
          continue;
        }
      }
      // Not "and" before a title that opens a coordinated apposition ("a
      // fellow with the Foundation for Defense of Democracies and CEO of
      // Y"): the title is no part of the name, and "and" would be left at
      // its end.
      // Nor before a `Name's List` group ("the DSCC and EMILY's List"): the
      // chunk would break at the possessive and leave a group "List".
      if ((l == "and" || l == "&") && e + 1 < se && CapWord(e + 1) &&
          !(out_.title_at[e + 1] >= 0 && e + 2 < se && d_.IsWord(e + 2, "of") &&
            !d_.Has(e + 1, kOfHead)) &&
          !NameListAt(e + 1, se) && !AcronymBeforeAnd(b, e) && !SpeakerBeforeAnd(b, e)) {
        e += 2;
        continue;
      }
      // "Bureau of Alcohol, Tobacco, Firearms and Explosives": a list in the
      // complement of a head taking "of".
      if (l == ",") {
        const uint32_t list_end = OfComplementList(b, e, se);
        if (list_end > e) {
          e = list_end;
          continue;
        }
      }
      // "University of California, Berkeley", "... at Austin".
      if (l == "," || l == "at") {
        const uint32_t campus_end = CampusEnd(b, e, se);
        if (campus_end > e) {
          e = campus_end;
          break;
        }
      }
      // "State Department Correspondents' Association": a plural possessive
      // inside a name, before a head word.
      if (e + 1 < se && d_.tokens[e].kind == TokKind::kSingleQuote &&
          d_.tokens[e].start == d_.tokens[e - 1].end && d_.Text(e - 1).ends_with("s") &&
          CapWord(e + 1) && d_.Has(e + 1, kOrgHead)) {
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
    if (titled_end > 0) {
      while (b < e && d_.Has(b, kFunctionWord)) ++b;  // "The Committee to ..."
      Candidate c;
      c.b = b, c.e = titled_end, c.kind = CandKind::kOrg;
      cands_.push_back(std::move(c));
      t = titled_end;
      continue;
    }
    // "Teamsters Local 25 President Jane Roe": the local is one
    // organisation, the words after its number a chunk of their own.
    uint32_t local_b = b;
    if (const uint32_t local_end = UnionLocal(b, e, se, &local_b); local_end > 0) {
      if (local_b > b) ParseChunk(b, local_b);
      // Its name began in the chunk before ("Communications Workers of
      // America Local 4340"): that chunk's candidates are inside it.
      while (local_b < b && !cands_.empty() && cands_.back().e > local_b) cands_.pop_back();
      Candidate c;
      c.b = local_b, c.e = local_end, c.kind = CandKind::kOrg;
      cands_.push_back(std::move(c));
      t = local_end;
      continue;
    }
    ParseChunk(b, e);
    t = e;
  }
}

}  // namespace kg::extract::mention_internal
