// HAS_ROLE rules of the relation finder: title prefixes ("ICE spokesman X",
// "Y's founder X", "Y CEO and executive vice president X"), "TITLE of Y X",
// cabinet secretaries, and the title shapes shared with the apposition
// chains of role_appositions.cc; the rules that read a clause are in
// role_clauses.cc.
#include <algorithm>
#include <string_view>
#include <utility>

#include "extract/based_modifiers.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

bool IsPastOrFuture(std::string_view w) {
  return In(
      w, {"former", "late", "retired", "prospective", "future", "potential", "possible", "would-be",
          "incoming", "ousted", "past", "onetime", "one-time", "erstwhile", "ex", "fired"});
}

bool IsVerbLike(std::string_view w) {
  return In(w, {"is", "was", "has", "had", "will", "would", "says", "said", "became", "remains"});
}

// The title after a field of lower-case words at `k` that is part of it
// ("a rhetoric and communication professor at", "law and policy director
// for"), or `k` when there is none or a word makes the role past or future
// ("a prospective head of", "the recently ousted head of").
uint32_t RoleRules::FieldEnd(uint32_t k, uint32_t se) const {
  uint32_t f = k;
  while (f < se && f < k + 5 && d_.tokens[f].kind == TokKind::kWord && !d_.tokens[f].cap &&
         TitleAt(f) < 0 && Ent(f) < 0 && !IsVerbLike(d_.Lower(f)) &&
         (d_.Lower(f) == "and" || !d_.Has(f, kFunctionWord)))
    ++f;
  if (f == k || f >= se || TitleAt(f) < 0) return k;
  // "the casino mogul and chairman of" coordinates a description with a
  // title; "law and policy director for" coordinates two fields, the second
  // one starting the title phrase.
  const TitleSpan& ts = m_.titles[TitleAt(f)];
  if (d_.Lower(f - 1) == "and" && (ts.tok_end == f + 1 || d_.Has(f, kTitleWord))) return k;
  for (uint32_t x = k; x < f; ++x) {
    if (IsPastOrFuture(d_.Lower(x))) return k;
  }
  return f;
}

// The end of a title that continues past the title ending at `te` with up
// to two modifiers and a lower-case title as its head: "deputy chief
// economist", "chief investigative correspondent", "director general"; a
// capitalised "Chief|Deputy" takes the capitalised title right after it
// ("Chief Judge", "Deputy Director").
uint32_t RoleRules::CompoundTitleEnd(uint32_t te, uint32_t se) const {
  uint32_t m = te;
  while (m < se && m < te + 2 && TitleAt(m) < 0 &&
         ((d_.tokens[m].kind == TokKind::kWord && !d_.tokens[m].cap &&
           !d_.Has(m, kFunctionWord | kOrgHead) && !IsPastOrFuture(d_.Lower(m)) &&
           !IsVerbLike(d_.Lower(m))) ||
          CountryBeat(m)))
    ++m;
  // "Chief Judge of Y": two capitalised titles side by side are one.
  const bool capitalised = m == te && m < se && d_.tokens[m].cap && d_.tokens[te - 1].cap &&
                           !d_.tokens[te - 1].abbrev && In(d_.Lower(te - 1), {"chief", "deputy"});
  if (m >= se || TitleAt(m) < 0 || (d_.tokens[m].cap && !capitalised) || d_.tokens[m].abbrev ||
      In(d_.Lower(m), {"candidate", "nominee", "activist", "hopeful", "member"}))
    return te;
  return m_.titles[TitleAt(m)].tok_end;
}

// Whether the organisation mentioned at `t` resolved to a name with more
// words than the mention ("Supreme Court" to the article's "Georgia Supreme
// Court" or to a glued "Trump Supreme Court"): the mention may be another
// body of the same kind. A leading "the" or "U.S." does not count.
bool RoleRules::LongerBody(uint32_t t) const {
  size_t words = 0;
  for (uint32_t k = MentionBegin(t); k < MentionEnd(t); ++k)
    words += d_.tokens[k].kind == TokKind::kWord && !In(d_.Lower(k), {"the", "u.s.", "us"});
  return m_.entities[Ent(t)].key_tokens.size() > words;
}

void RoleRules::Roles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  auto first =
      std::lower_bound(m_.titles.begin(), m_.titles.end(), sb,
                       [](const TitleSpan& ts, uint32_t tok) { return ts.tok_begin < tok; });
  for (auto it = first; it != m_.titles.end() && it->tok_begin < se; ++it) {
    const TitleSpan& ts = *it;
    if (ts.tok_end > se) continue;
    const uint32_t tb = ts.tok_begin;
    // "secretary general of Y": the postposed "general" belongs to the title.
    // "deputy chief economist": a compound title (lower-case ones only).
    const uint32_t te = ts.tok_end < se && d_.Lower(ts.tok_end - 1) == "secretary" &&
                                d_.Text(ts.tok_end) == "general"
                            ? ts.tok_end + 1
                            : (d_.tokens[tb].cap ? ts.tok_end : CompoundTitleEnd(ts.tok_end, se));
    // Running for or being nominated by an organisation is not a position.
    if (In(d_.Lower(te - 1), {"candidate", "nominee", "activist", "hopeful", "challenger"}))
      continue;
    std::string title = std::string(
        d_.bytes.substr(d_.tokens[tb].start, d_.tokens[te - 1].end - d_.tokens[tb].start));
    // X, [a|the] [former] TITLE of|at|for [the] Y
    {
      uint32_t k = tb;
      while (k > sb && (d_.Lower(k - 1) == "a" || d_.Lower(k - 1) == "an" ||
                        d_.Lower(k - 1) == "the" || d_.Lower(k - 1) == "acting" ||
                        d_.Lower(k - 1) == "senior" || d_.Lower(k - 1) == "longtime"))
        --k;
      if (d_.Lower(k) == "acting" && k < tb) title = "acting " + title;
      // "X was Obama's director of the Y": the possessor is whom X served.
      if (k > sb + 2 && d_.tokens[k - 1].kind == TokKind::kPossessive &&
          IsType(Ent(k - 2), EntityType::kPerson)) {
        uint32_t b = MentionBegin(k - 2);
        if (b > sb && TitleAt(b - 1) >= 0 && d_.tokens[b - 1].cap)
          b = m_.titles[TitleAt(b - 1)].tok_begin;
        if (b > sb + 1 && In(d_.Lower(b - 1), {"was", "is", "became", "as"}) && !Envoy(k, se))
          k = b;
      }
      const uint32_t subj_end = CopulaSubjectEnd(sb, k);
      if (subj_end > sb || (k > sb + 1 && d_.Text(k - 1) == ",")) {
        int p = subj_end > sb ? Ent(subj_end - 1) : Ent(k - 2);
        uint32_t o = te;
        if (o < se && (d_.Lower(o) == "of" || d_.Lower(o) == "at" || d_.Lower(o) == "for" ||
                       d_.Lower(o) == "with")) {
          ++o;
          if (o < se && d_.Lower(o) == "the") ++o;
          o = BasedModifierEnd(d_, o, se);  // "chairman of the Denver-based Y"
          int org = o < se ? Ent(o) : -1;
          // "president of the Acme-backed Y": the backer modifies Y, which
          // OrgAfterTitle (role_appositions.cc) finds.
          if (org >= 0 && d_.GluedEndorsement(MentionEnd(o))) org = -1;
          // "chairman of the Senate's Armed Services Committee": not the Senate.
          if (org >= 0 && MentionEnd(o) < se &&
              d_.tokens[MentionEnd(o)].kind == TokKind::kPossessive)
            org = -1;
          // "X is the president of the group": an organisation named earlier.
          const int described = org < 0 && o < se ? DescribedOrg(o, se) : -1;
          if (described >= 0) {
            if (IsType(p, EntityType::kPerson))
              Add("HAS_ROLE", p, described, s, subj_end > sb ? "role.copula" : "role.apposition",
                  title);
            continue;
          }
          // "A, Acting Director of the Y B": a capitalised title before
          // another name is that name's (a list of people).
          const bool next_named = org >= 0 && d_.tokens[tb].cap && MentionEnd(o) < se &&
                                  IsType(Ent(MentionEnd(o)), EntityType::kPerson) &&
                                  MentionBegin(MentionEnd(o)) == MentionEnd(o);
          if (IsType(p, EntityType::kPerson) && IsType(org, EntityType::kOrganization) &&
              !next_named) {
            const char* rule = subj_end > sb ? "role.copula" : "role.apposition";
            Add("HAS_ROLE", p, org, s, rule, title);
            // "a senior fellow at the Y Institute at Z University": the parent.
            const uint32_t after = MentionEnd(o);
            uint32_t parent_end = 0;
            const int parent = after + 1 < se && In(d_.Lower(after), {"at", "for"})
                                   ? OrgAfterTitle(after, se, &parent_end)
                                   : -1;
            if (parent >= 0) Add("HAS_ROLE", p, parent, s, rule, title);
            continue;
          }
        }
      }
    }
    // "Supreme Court Justice X", "Y Board member X": a title phrase that
    // opens with the end of its body's name (a head word that takes "of",
    // as court and board do); the rest of the phrase is the title. Not
    // "White House Press Secretary" or "Y Campaign Manager": a name that
    // took in the title's first word is no body.
    if (te < se && ts.tok_end == te && IsType(Ent(tb), EntityType::kOrganization) &&
        MentionEnd(tb) < te && d_.Has(MentionEnd(tb) - 1, kOfHead) &&
        IsType(Ent(te), EntityType::kPerson) && MentionBegin(te) == te &&
        !IsPastOrFuture(d_.Lower(MentionBegin(tb))) && !LongerBody(tb)) {
      const uint32_t rb = MentionEnd(tb);
      Add("HAS_ROLE", Ent(te), Ent(tb), s, "role.prefix",
          std::string(
              d_.bytes.substr(d_.tokens[rb].start, d_.tokens[te - 1].end - d_.tokens[rb].start)));
      continue;
    }
    // Y TITLE X: "ICE spokesman Mike Alvarez", "union president Chris Crane",
    // "Y's founder X", "its founder X", "Y CEO and executive vice president X";
    // a lower-case "speaker" spoke at an event ("DNC speaker X").
    if (tb > sb && te < se && (d_.Text(tb) != "speaker" || d_.Lower(tb - 1) == "house")) {
      uint32_t org_begin = tb;
      int org = OrgBeforeTitle(sb, tb, &org_begin);
      if (org >= 0 && TopicTitle(tb) && !ResearchBody(org)) org = -1;  // "Supreme Court expert X"
      uint32_t pe = te;
      while (pe + 1 < se && d_.Lower(pe) == "and" && TitleAt(pe + 1) >= 0)
        pe = m_.titles[TitleAt(pe + 1)].tok_end;
      // "CBS anchor and debate moderator X": a lower-case description
      // coordinated with the title describes the same person; not "a Y
      // professor and former Z law clerk" (Z modifies what follows it).
      if (org >= 0 && pe + 2 < se && d_.Lower(pe) == "and") {
        uint32_t f = pe + 1;
        while (f < se && f < pe + 4 && d_.tokens[f].kind == TokKind::kWord && !d_.tokens[f].cap &&
               !d_.Has(f, kFunctionWord) && !IsVerbLike(d_.Lower(f)) &&
               !IsPastOrFuture(d_.Lower(f)) && !d_.Lower(f).ends_with("ed") &&
               !d_.Lower(f).ends_with("ly"))
          ++f;
        // Only a mention has an end to read; without one, f is no person
        // and the test below fails whatever `after` is.
        const uint32_t after = f < se && Ent(f) >= 0 ? MentionEnd(f) : se;
        const bool modifier =
            after < se && (d_.tokens[after].kind == TokKind::kPossessive || TitleAt(after) >= 0 ||
                           (d_.tokens[after].kind == TokKind::kWord && !d_.tokens[after].cap &&
                            d_.Has(after, kOrgHead)));
        if (f > pe + 1 && f < se && IsType(Ent(f), EntityType::kPerson) && !modifier) pe = f;
      }
      // "Caucus Chairman Rep. X": a courtesy title before the name.
      if (pe < se && TitleAt(pe) >= 0 && d_.tokens[pe].abbrev &&
          m_.titles[TitleAt(pe)].tok_end == pe + 1)
        ++pe;
      // "NATO Secretary General X", "Y Deputy Chairman X", "Y Chief Legal
      // Analyst X": capitalised titles and beat words after the first title
      // make one title with it (role_cap_titles.cc).
      if (org >= 0 && pe == te) {
        if (const uint32_t ce = CapTitleRunEnd(tb, te, se); ce > te) {
          pe = ce;
          title = std::string(
              d_.bytes.substr(d_.tokens[tb].start, d_.tokens[ce - 1].end - d_.tokens[tb].start));
        }
      }
      int p = pe < se && (pe == te || Ent(te) < 0) ? Ent(pe) : -1;
      // "Y's assistant secretary for legislative affairs, X": a lower-case
      // field after the title, before the name in an apposition.
      if (p < 0 && org >= 0 && pe + 2 < se && In(d_.Lower(pe), {"for", "of"})) {
        uint32_t f = pe + 1;
        while (f < se && f < pe + 4 && d_.tokens[f].kind == TokKind::kWord && !d_.tokens[f].cap &&
               Ent(f) < 0 && TitleAt(f) < 0 && (d_.Lower(f) == "and" || !d_.Has(f, kFunctionWord)))
          ++f;
        if (f > pe + 1 && f + 1 < se && d_.Text(f) == "," && d_.Lower(f - 1) != "and" &&
            IsType(Ent(f + 1), EntityType::kPerson)) {
          title = std::string(
              d_.bytes.substr(d_.tokens[tb].start, d_.tokens[f - 1].end - d_.tokens[tb].start));
          pe = f;
        } else if (f > pe + 1 && f < se && d_.Lower(f - 1) != "and" &&
                   IsType(Ent(f), EntityType::kPerson) && MentionBegin(f) == f) {
          // "Y's vice president for trust and safety X said": no comma.
          title = std::string(
              d_.bytes.substr(d_.tokens[tb].start, d_.tokens[f - 1].end - d_.tokens[tb].start));
          p = Ent(f);
        }
      }
      // "Y's executive director, X, said", "The organization's founder and
      // chairman, X, wrote": the name in an apposition.
      if (p < 0 && pe + 1 < se && d_.Text(pe) == "," && IsType(Ent(pe + 1), EntityType::kPerson)) {
        const uint32_t after = MentionEnd(pe + 1);
        if (after >= se || d_.tokens[after].kind == TokKind::kPunct) p = Ent(pe + 1);
      }
      // "Incoming Y Leader X", "Retired Y Gen. X": a past or future word
      // taken into the organisation's name at a sentence start ("former Y
      // chairman X" stays: a past role is still a fact).
      const bool past = org >= 0 && IsPastOrFuture(d_.Lower(org_begin));
      // "state Senate leader X": a state's chamber, which the bare name
      // would resolve to the national one (not "California State Senate").
      const bool state_chamber = org_begin > sb && d_.Lower(org_begin - 1) == "state" &&
                                 IsLegislature(org) &&
                                 m_.entities[org].name.find("State") == std::string::npos;
      // "candidate for U.S. Senate Judge X": the body is the office sought,
      // the title another one.
      const bool sought = org_begin > sb + 1 && d_.Lower(org_begin - 1) == "for" &&
                          In(d_.Lower(org_begin - 2), {"candidate", "candidates", "nominee",
                                                       "hopeful", "running", "run", "bid", "race"});
      if (IsType(org, EntityType::kOrganization) && IsType(p, EntityType::kPerson) && !past &&
          !state_chamber && !sought) {
        Add("HAS_ROLE", p, org, s, "role.prefix", title);
        continue;
      }
    }
    // TITLE of Y X: "Acting Director of Immigration and Customs Enforcement Jane Doe";
    // not "the captain of the USS Jane Doe" (a ship named after a person).
    uint32_t det = tb;  // "the (commanding) officer of the USS X"
    while (det > sb && det + 2 > tb && d_.tokens[det - 1].kind == TokKind::kWord &&
           !d_.tokens[det - 1].cap && !d_.Has(det - 1, kFunctionWord))
      --det;
    // A lower-case title after a determiner describes ("the captain of the
    // USS X"); a capitalised one is the name's ("the reason Speaker of the
    // House X"); a past or future one is no role.
    const bool determiner =
        !d_.tokens[tb].cap && det > sb && In(d_.Lower(det - 1), {"the", "a", "an"});
    bool current = true;
    for (uint32_t k = det > sb + 2 ? det - 2 : sb; k < tb; ++k)
      current = current && !IsPastOrFuture(d_.Lower(k));
    if (!current) continue;
    if (te + 1 < se && In(d_.Lower(te), {"of", "for"})) {
      const bool of = d_.Lower(te) == "of";
      uint32_t o = te + 1;
      if (d_.Lower(o) == "the") ++o;
      int org = of ? Ent(o) : -1;
      // "the president of the center, X, said": an organisation named earlier.
      const int described = of && org < 0 ? DescribedOrg(o, se) : -1;
      if (described >= 0) org = described;
      uint32_t after = described >= 0 ? o + 1 : org >= 0 ? MentionEnd(o) : se;
      // "the head of China's Y, X,", "A spokesman for the Y, X,": the slot's
      // other readings (an owner's place, a description of the body, "for"),
      // for a name in an apposition only (role_title_first.cc).
      if (!IsType(org, EntityType::kOrganization)) {
        uint32_t slot_end = 0;
        org = OrgAfterTitle(te, se, &slot_end);
        after = org >= 0 && slot_end < se && d_.Text(slot_end) == "," ? slot_end : se;
      }
      if (IsType(org, EntityType::kOrganization) && after < se) {
        int p = of && Ent(o) >= 0 && after == MentionEnd(o) && !determiner && described < 0
                    ? Ent(after)
                    : -1;
        // "the president of the Y, X, said", "the chairman of the Y, Rep. X,
        // D-Calif., said": the name in an apposition; not a lawyer "for" a
        // client.
        if (p < 0 && !ListedOrClause(sb, tb) &&
            !(!of && In(d_.Lower(te - 1), {"lawyer", "attorney", "counsel"})))
          p = AppositionHolder(after, se);
        if (IsType(p, EntityType::kPerson)) {
          Add("HAS_ROLE", p, org, s, "role.title_of", title);
          continue;
        }
      }
    }
    if (DepartmentSecretary(tb, te, sb, se, s, title)) continue;
    // TITLE X of [the] Y: "President Jane Doe of the Acme Union"; not a
    // courtesy title ("Rep. X of the Y Caucus" is a member at most).
    if (te + 2 < se && !d_.tokens[tb].abbrev && IsType(Ent(te), EntityType::kPerson) &&
        MentionBegin(te) == te) {
      uint32_t o = MentionEnd(te);
      if (o + 1 < se && d_.Lower(o) == "of") {
        ++o;
        if (d_.Lower(o) == "the") ++o;
        if (o < se && IsType(Ent(o), EntityType::kOrganization) &&
            !IsModifierOrg(MentionEnd(o), se) &&
            !(MentionEnd(o) < se && d_.tokens[MentionEnd(o)].kind == TokKind::kPossessive))
          Add("HAS_ROLE", Ent(te), Ent(o), s, "role.title_of", title);
      }
    }
  }
}

// "Secretary of Education X" and "Education Secretary X" when the article
// names the "Department of Education": a cabinet secretary heads the
// department of the same field.
bool RoleRules::DepartmentSecretary(uint32_t tb, uint32_t te, uint32_t sb, uint32_t se, uint32_t s,
                                    const std::string& title) {
  if (d_.Lower(te - 1) != "secretary") return false;
  uint32_t fb = 0, fe = 0, person = 0;
  if (te + 2 < se && d_.Lower(te) == "of") {  // Secretary of Education X
    fb = fe = te + 1;
    while (fe < se && fe < fb + 4 && d_.tokens[fe].cap && Ent(fe) < 0) ++fe;
    person = fe;
  } else if (te == tb + 1 && tb > sb) {  // Education Secretary X
    fe = tb;
    fb = fe;
    while (fb > sb && fb + 3 > fe && d_.tokens[fb - 1].cap && Ent(fb - 1) < 0 &&
           m_.title_at[fb - 1] < 0)
      --fb;
    // "Health and Human Services Secretary X": a field joined by "and".
    if (fb > sb + 1 && fb < fe && d_.Lower(fb - 1) == "and" && d_.tokens[fb - 2].cap &&
        Ent(fb - 2) < 0 && m_.title_at[fb - 2] < 0) {
      fb -= 2;
      if (fb > sb && d_.tokens[fb - 1].cap && Ent(fb - 1) < 0 && m_.title_at[fb - 1] < 0) --fb;
    }
    person = te;
  }
  if (fb == fe || person >= se || !IsType(Ent(person), EntityType::kPerson)) return false;
  std::string field;
  for (uint32_t k = fb; k < fe; ++k) {
    if (!field.empty()) field += ' ';
    field += d_.Text(k);
  }
  const std::string wanted = "Department of " + field;
  for (size_t e = 0; e < m_.entities.size(); ++e) {
    const EntityInfo& info = m_.entities[e];
    if (info.type == EntityType::kOrganization && info.name.ends_with(wanted) &&
        (info.name.size() == wanted.size() ||
         info.name[info.name.size() - wanted.size() - 1] == ' ')) {
      Add("HAS_ROLE", Ent(person), static_cast<int>(e), s, "role.title_of",
          d_.Lower(tb) == "secretary" && fe > te ? title + " of " + field : field + " " + title);
      return true;
    }
  }
  return false;
}

}  // namespace kg::extract::internal
