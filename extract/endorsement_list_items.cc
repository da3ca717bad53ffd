// The longer items of a list of endorsers after an endorsement noun
// (RelationFinder helpers for ListedEndorsers, endorsement_lists.cc): an
// apposition after a listed name ("the endorsement of Sen. A, a fellow
// Democrat, and of Rep. B"; "the backing of A; B, Z's chairman of the
// Council of Economic Advisers; and C") and a description before one, set
// off by a comma ("support from its current chairman, Rep. A, and its
// former chairman, Rep. B"). Kept apart from endorsement_lists.cc so the
// walker stays readable.
#include <string_view>

#include "extract/relation_finder.h"

namespace kg::extract::internal {

namespace {

// Words that open a description of a person rather than the next name.
bool DescriptionOpener(std::string_view w) {
  return In(w, {"a", "an", "the", "his", "her", "its", "their", "another", "one"});
}

}  // namespace

// The comma at `c` follows a listed name: when an apposition describing it
// follows ("a fellow Democrat", "the group's founder", "Z's chairman of the
// Council"), the separator that ends the apposition and goes on to the next
// item (a comma before "and", or a semicolon), else `c`. The apposition
// opens with a lower-case word (not "and", "or", "as") or a name with a
// possessive, holds at most 14 words and no verb, clause word or quotation.
uint32_t RelationFinder::ListedAppositionEnd(uint32_t c, uint32_t se) const {
  const uint32_t a = c + 1;
  if (a >= se || in_quote_[a]) return c;
  const Token& first = d_.tokens[a];
  const std::string_view w = d_.Lower(a);
  bool opens = false;
  if (first.kind == TokKind::kWord && !first.cap && m_.title_at[a] < 0) {
    opens = DescriptionOpener(w) || !d_.Has(a, kFunctionWord);
    if (In(w, {"and", "or", "as", "who", "which", "that", "whose", "whom"}) || IsVerbLike(w) ||
        w.ends_with("ing"))
      opens = false;
  } else if (first.kind == TokKind::kWord && first.cap) {
    // "Z's chairman of the Council": a name (found or not) with a possessive.
    uint32_t end = Ent(a) >= 0 && MentionBegin(a) == a ? MentionEnd(a) : a;
    while (end < se && end < a + 3 && Ent(end) < 0 && d_.tokens[end].kind == TokKind::kWord &&
           d_.tokens[end].cap)
      ++end;
    opens = end > a && end < se && d_.tokens[end].kind == TokKind::kPossessive;
  }
  if (!opens) return c;
  for (uint32_t k = a; k < se && k < a + 15; ++k) {
    if (in_quote_[k]) return c;
    // ", soccer star A, and": a described person is the next item.
    if (IsType(Ent(k), EntityType::kPerson)) {
      const uint32_t end = MentionEnd(k);
      if (end >= se || d_.tokens[end].kind != TokKind::kPossessive) return c;
      k = end;
      continue;
    }
    const std::string_view x = d_.Lower(k);
    if (x == ";") return k;
    if (x == ",") return k + 1 < se && d_.Lower(k + 1) == "and" ? k : c;
    if (d_.tokens[k].kind == TokKind::kPunct && !In(x, {"(", ")", "-", "."})) return c;
    if (d_.tokens[k].kind == TokKind::kWord &&
        (IsVerbLike(x) || d_.Has(k, kSpeechVerb) ||
         In(x, {"who", "which", "that", "and", "but", "while", "when", "because", "whose"})))
      return c;
  }
  return c;
}

// An item that opens with a description of a person: "its current
// chairman, Rep. A", "the party's former chairman, B", "Z's longtime aide A"
// (a named possessor is no endorser): the token where the name (or its
// title) starts, else `k`. The description is a determiner, a possessive
// pronoun or a name with a possessive, then up to five lower-case words or
// possessives, the last a title; a comma may set the name off.
uint32_t RelationFinder::DescribedListItem(uint32_t k, uint32_t se) const {
  if (k >= se) return k;
  uint32_t j = k + 1;
  if (Ent(k) >= 0 && MentionBegin(k) == k &&
      (IsType(Ent(k), EntityType::kPerson) || IsType(Ent(k), EntityType::kOrganization))) {
    j = MentionEnd(k);
    if (j >= se || d_.tokens[j].kind != TokKind::kPossessive) return k;
    ++j;
  } else if (!In(d_.Lower(k), {"the", "his", "her", "its", "their"})) {
    return k;
  }
  const uint32_t words = j;
  while (j < se && j < words + 6 && d_.Text(j) != ",") {
    const Token& tok = d_.tokens[j];
    if (in_quote_[j] || Ent(j) >= 0) break;
    if (tok.kind == TokKind::kPossessive) {
      ++j;
      continue;
    }
    if (tok.kind != TokKind::kWord || tok.cap || IsVerbLike(d_.Lower(j)) ||
        (d_.Has(j, kFunctionWord) && m_.title_at[j] < 0))
      return k;
    ++j;
  }
  if (j >= se || j == words) return k;
  const uint32_t head = j - 1;
  if (m_.title_at[head] < 0 && !d_.Has(head, kTitleWord)) return k;
  const uint32_t name = d_.Text(j) == "," ? j + 1 : j;
  uint32_t n = name;
  while (n < se && n < name + 4 && Ent(n) < 0 && m_.title_at[n] >= 0) ++n;
  if (n >= se || !IsType(Ent(n), EntityType::kPerson) || MentionBegin(n) != n) return k;
  return name;
}

// An item of lower-case words that names no one, set off by a comma before
// the next item: "the support of the climate action group 480.org, prominent
// billionaire B" (a name no stage found, written with digits), "of a local
// union, Sen. B": the comma that ends it, else `k`. The item opens with a
// determiner or a lower-case word and holds up to six words or numbers, none
// a function word (but its determiner), a verb or a quotation; a
// capitalised word ends it unfound.
uint32_t RelationFinder::UnnamedListItemEnd(uint32_t k, uint32_t se) const {
  uint32_t j = k;
  if (j < se && In(d_.Lower(j), {"a", "an", "the"})) ++j;
  const uint32_t words = j;
  while (j < se && j < words + 6 && !in_quote_[j] && Ent(j) < 0 && m_.title_at[j] < 0 &&
         ((d_.tokens[j].kind == TokKind::kWord && !d_.tokens[j].cap && !d_.Has(j, kFunctionWord) &&
           !IsVerbLike(d_.Lower(j)) && !d_.Lower(j).ends_with("ing")) ||
          d_.tokens[j].kind == TokKind::kNumber))
    ++j;
  if (j == words || j + 1 >= se || d_.Text(j) != ",") return k;
  return j;
}

// "A and House Speaker B", "backing Senate Majority Leader B": a body
// before a title names the office of the person after it, who is the one
// listed or endorsed (PersonAfterOrgTitle reads the title).
int RelationSubjects::TitledPersonAfterOrg(int e, uint32_t* t, uint32_t se) const {
  if (!IsType(e, EntityType::kOrganization)) return e;
  const int p = PersonAfterOrgTitle(e, MentionBegin(*t), se);
  if (!IsType(p, EntityType::kPerson)) return e;
  uint32_t k = *t;
  while (k < se && Ent(k) != p) ++k;
  if (k >= se) return e;
  *t = k;
  return p;
}

// Whether a "; and" follows the semicolon at `j` in its sentence: the
// semicolons of a series, not a clause after the list ("the backing of A;
// B, meanwhile, ...").
bool RelationFinder::SemicolonSeriesAfter(uint32_t j, uint32_t se) const {
  for (uint32_t k = j; k + 1 < se; ++k) {
    if (d_.Text(k) == ";" && d_.Lower(k + 1) == "and") return true;
  }
  return false;
}

}  // namespace kg::extract::internal
