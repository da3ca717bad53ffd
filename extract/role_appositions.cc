// The apposition chains of the HAS_ROLE rules: "X, co-founder and former
// chairman of Y", "X, a professor of public policy at Y", "X, CNN senior
// political commentator", "X, the group's CEO", each title of the chain
// getting the organisation after it or after the next title.
#include <string>
#include <string_view>
#include <vector>

#include "extract/based_modifiers.h"
#include "extract/references.h"
#include "extract/relation_finder.h"

namespace kg::extract::internal {

// "X, [who is] [a|the] TITLE [and TITLE] of|at|for [the] Y [for the Z]",
// "X, the casino mogul and chairman of Y", "X, Y director and nominee ...":
// every title of the apposition chain gets the organisation that follows it
// or the next title of the chain (coordination).
// Whether an ambassador or envoy title starts at `t` (past "former"): "X,
// Trump's ambassador to the European Union" serves the country, not the
// body after "to".
bool RoleRules::Envoy(uint32_t t, uint32_t se) const {
  if (t < se && d_.Lower(t) == "former") ++t;
  return t < se && In(d_.Lower(t), {"ambassador", "envoy", "representative"});
}

void RoleRules::AppositionRoles(uint32_t s) {
  const uint32_t sb = d_.sentences[s].tok_begin, se = d_.sentences[s].tok_end;
  // The person who opens the sentence (past a courtesy title) ends at `t`.
  auto opens_sentence = [&](uint32_t t) {
    if (!IsType(Ent(t - 1), EntityType::kPerson) || MentionEnd(t - 1) != t) return false;
    uint32_t b = MentionBegin(t - 1);
    while (b > sb && TitleAt(b - 1) >= 0 && d_.tokens[b - 1].cap) --b;
    // "• X is ...", "— X is the publisher of Y": a bullet or dash opening a
    // closing bio.
    return b == sb || (b == sb + 1 && d_.tokens[sb].kind == TokKind::kPunct &&
                       In(d_.Text(sb), {"•", "—", "–", "-", "*", "·"}));
  };
  const Token* const tokens = d_.tokens.data();
  const char* const lower = d_.lower_text.data();
  for (uint32_t t = sb + 1; t + 2 < se; ++t) {
    // Only a comma, a dash, "is", "now" and "currently" open anything below:
    // every other token is passed in a tight loop (each token of each body
    // sentence comes here). A superset is enough: ',' '-' and the first byte
    // of the long dashes; a word of 2, 3 or 9 letters is judged by its text.
    {
      const Token* k = tokens + t;
      const Token* const last = tokens + (se - 2);
      for (; k < last; ++k) {
        const uint32_t n = k->end - k->start;
        if (k->kind == TokKind::kWord) {
          if (n >= 16 || ((0x20Cu >> n) & 1u) == 0) continue;
          const char* w = lower + k->start;
          if ((n == 2 && w[0] == 'i' && w[1] == 's') ||
              (n == 3 && std::string_view(w, 3) == "now") ||
              (n == 9 && std::string_view(w, 9) == "currently"))
            break;
        } else if (k->kind == TokKind::kPunct) {
          const char c = lower[k->start];
          if (c == ',' || c == '-' || c == '\xe2') break;
        }
      }
      t = static_cast<uint32_t>(k - tokens);
    }
    if (t + 2 >= se) break;
    // "X is a CNN commentator", "X is senior legal editor for Y" (an
    // author's closing bio): a present copula after the person who opens
    // the sentence reads like an apposition.
    const Token& tok = tokens[t];
    // "X — head of Y, said": a dash opens an apposition as a comma does,
    // right after the person's name (not after a party tag or a place).
    // " - " and "--" (two hyphens) are spaced hyphens.
    const bool dash = tok.kind == TokKind::kPunct &&
                      (In(d_.Text(t), {"\xe2\x80\x94", "\xe2\x80\x93", "--"}) ||
                       (d_.Text(t) == "-" && tok.start > d_.tokens[t - 1].end)) &&
                      t > sb && MentionEndsAt(t) && IsType(Ent(t - 1), EntityType::kPerson) &&
                      // Not after a preposition: "officials close to X - the
                      // ambassador to Y and Z - played" lists others.
                      !(MentionBegin(t - 1) > sb &&
                        In(d_.Lower(MentionBegin(t - 1) - 1),
                           {"to", "for", "with", "of", "by", "from", "against", "about", "than"}));
    const bool comma = (tok.kind == TokKind::kPunct && d_.Text(t) == ",") || dash;
    const bool is = !comma && tok.end - tok.start == 2 && d_.Lower(t) == "is";
    // "He is a professor at Y" (references.cc resolves the pronoun).
    const int pronoun = is ? PronounBeforeCopula(d_, m_, &in_quote_, t) : -1;
    // "X, a former attorney, is the host of Y" (a closing bio): the person
    // who opens the sentence, an apposition of no person, speech or verb,
    // then the copula.
    const int bio = is && pronoun < 0 && !opens_sentence(t) ? BioSubject(sb, t) : -1;
    const bool copula = is && (pronoun >= 0 || bio >= 0 || opens_sentence(t));
    // "X, a former aide to Y who is now a lobbyist at Z" (role_now.cc): the
    // chain starts again after `now`, for the person the phrase describes.
    uint32_t now_start = 0;
    // (The word test inline: a call for every token cost 2% of Extract, one
    // for every 3- or 9-letter word still 0.7%.)
    const uint32_t len = tok.end - tok.start;
    const int now_holder =
        !comma && !is &&
                ((len == 3 && d_.Lower(t) == "now") || (len == 9 && d_.Lower(t) == "currently"))
            ? NowHolder(sb, t, se, &now_start)
            : -1;
    if (!comma && !copula && now_holder < 0) continue;
    int p = now_holder >= 0 ? now_holder
            : pronoun >= 0  ? pronoun
            : bio >= 0      ? bio
            : copula        ? Ent(t - 1)
                            : PersonBeforeComma(sb, t);
    if (!IsType(p, EntityType::kPerson) || in_quote_[t]) continue;
    const char* rule = pronoun >= 0 ? "role.copula_pronoun"
                       : copula     ? "role.copula"
                                    : "role.apposition";
    uint32_t k = now_holder >= 0 ? now_start : t + 1;
    // "X, a former FBI agent who now works for Y", "... who now teaches at Y".
    if (now_holder >= 0 && d_.Lower(t - 1) == "who" && LeadsOrg(p, t, se, s)) continue;
    while (dash && k < se && d_.Text(k) == "-") ++k;  // the second hyphen of "--"
    // "X, also a Fox News contributor", "X is now a professor at Y".
    if (k + 1 < se && In(d_.Lower(k), {"also", "now", "currently"})) ++k;
    if (copula && In(d_.Lower(k), {"not", "never", "no", "expected", "likely", "set", "due"}))
      continue;
    // An age: "X, 75, who chairs Y".
    if (k + 1 < se && d_.tokens[k].kind == TokKind::kNumber && d_.Text(k + 1) == ",") k += 2;
    // "X, a Maryland Democrat and the ranking member of Y", "X, the Iowa
    // Republican who leads Y": past a lawmaker's party description.
    if (const uint32_t pd = PartyDescriptionEnd(k, se); pd > k)
      k = d_.Lower(pd) == "and" ? pd + 1 : pd;
    if (k + 1 < se && d_.Lower(k) == "who" && LeadsOrg(p, k + 1, se, s)) continue;
    // "X, a former wrestling champion who co-founded Y", "X, a former
    // police chief who heads Y", "X, a one-time Cruz backer who serves as
    // vice chairman of Y": a description (lower-case words, titles, a
    // person's name) before a who-clause; a present "who is|serves" goes on
    // as an apposition.
    if (k + 2 < se && In(d_.Lower(k), {"a", "an", "the"})) {
      uint32_t w = k + 1;
      while (w < se && w < k + 7 && d_.tokens[w].kind == TokKind::kWord &&
             !In(d_.Lower(w), {"who", "of", "and", "at", "for"})) {
        if (IsType(Ent(w), EntityType::kPerson) && MentionEnd(w) < se) {
          w = MentionEnd(w);
        } else if (!d_.tokens[w].cap && Ent(w) < 0) {
          ++w;
        } else {
          break;
        }
      }
      if (w > k + 1 && w + 1 < se && d_.Lower(w) == "who") {
        if (LeadsOrg(p, w + 1, se, s)) continue;
        if (In(d_.Lower(w + 1), {"is", "serves"})) k = w;
      }
    }
    if (TopPartyMember(p, k, se, s)) continue;
    // "X, in his role as chairman of Y": the role named as such.
    if (k + 4 < se && d_.Lower(k) == "in" && In(d_.Lower(k + 1), {"his", "her", "their"}) &&
        In(d_.Lower(k + 2), {"role", "capacity"}) && d_.Lower(k + 3) == "as")
      k += 4;
    // "X, as chairman of Y, said": the role the person acts in (not "as well
    // as", "as a candidate": a title or its article must follow).
    if (comma && !dash && k + 2 < se && d_.Lower(k) == "as" &&
        (TitleAt(k + 1) >= 0 || (In(d_.Lower(k + 1), {"the", "a", "an"}) && TitleAt(k + 2) >= 0)))
      ++k;
    if (d_.Lower(k) == "who" && k + 1 < se) {
      ++k;
      if (In(d_.Lower(k), {"is", "was", "serves", "served"})) ++k;
      if (k < se && In(d_.Lower(k), {"now", "currently", "also"})) ++k;  // "who is now head of"
      if (k < se && d_.Lower(k) == "as") ++k;
    }
    if (k < se && In(d_.Lower(k), {"a", "an", "the", "another"})) ++k;
    k = BasedModifierEnd(d_, k, se);  // "X, a Boston-based strategist for Y"
    // "X, Obama's chairman of the Y": another person's possessive before the
    // title names whom X serves; the body after the title is still X's.
    // The possessor may carry its own title ("X, President Obama's former
    // director of the Y").
    if (const uint32_t o =
            k < se && TitleAt(k) >= 0 && d_.tokens[k].cap ? m_.titles[TitleAt(k)].tok_end : k;
        o + 2 < se && IsType(Ent(o), EntityType::kPerson) && Ent(o) != p && MentionBegin(o) == o &&
        MentionEnd(o) + 1 < se && d_.tokens[MentionEnd(o)].kind == TokKind::kPossessive &&
        (TitleAt(MentionEnd(o) + 1) >= 0 || d_.Lower(MentionEnd(o) + 1) == "former") &&
        !Envoy(MentionEnd(o) + 1, se))
      k = MentionEnd(o) + 1;
    // "the casino mogul and chairman of": a short description, then a title.
    // "a rhetoric and communication professor at": a field before the title,
    // which is part of it.
    uint32_t field = se;
    // "an expert on impeachment and a law professor at Y": a topic title
    // with its subject is a description before the title of the chain.
    if (TopicTitle(k)) {
      if (const uint32_t dt = DescriptionThenTitle(k, se); dt > k) k = dt;
    }
    // "X is the Shapiro Professor of Law at Y", "X, Chief Investment
    // Officer for Y" (role_in_bodies.cc): the whole run is the title.
    if (k + 1 < se && d_.tokens[k].cap) {
      if (const uint32_t r = CapitalTitleRun(k, se); r > k) {
        field = k;
        k = r;
      }
    }
    if (TitleAt(k) < 0) {
      uint32_t w = k;
      while (w < se && w < k + 3 && d_.tokens[w].kind == TokKind::kWord && !d_.tokens[w].cap &&
             !d_.Has(w, kFunctionWord) && TitleAt(w) < 0 && d_.Lower(w) != "and")
        ++w;
      if (w > k && w + 1 < se && d_.Lower(w) == "and" && TitleAt(w + 1) >= 0) {
        k = w + 1;
      } else if (const uint32_t dt = DescriptionThenTitle(k, se); dt > k) {
        k = dt;  // "a physician and the director of Y" (role_description_titles.cc)
      } else if (const uint32_t f = FieldEnd(k, se); f > k) {
        field = k;
        k = f;
      } else if (const uint32_t r = RegionFieldEnd(k, se); r > k) {
        field = k;  // "a Middle East analyst at Y" (role_descriptions.cc)
        k = r;
      }
    }
    std::vector<std::string> pending;
    uint32_t chain_end = k;
    while (k < se) {
      // Not the first word of a title phrase ("senior counsel", "acting director").
      bool former = false;
      while (k < se && TitleAt(k) < 0 &&
             In(d_.Lower(k), {"former", "acting", "senior", "longtime", "founding", "the", "a",
                              "an", "republican", "democratic", "top", "veteran", "ranking",
                              "current", "interim", "new"})) {
        former = former || d_.Lower(k) == "former";
        ++k;
      }
      int org = -1;
      uint32_t org_end = 0;
      int ti = TitleAt(k);
      // "X, the group's executive director": an organisation named earlier.
      const int described = ti < 0 && k + 2 < se && d_.tokens[k + 1].kind == TokKind::kPossessive
                                ? DescribedOrg(k, se)
                                : -1;
      if (described >= 0 && TopPartyTitle(k + 2, se)) {  // "X, the panel's top Republican"
        Add("HAS_ROLE", p, described, s, rule,
            std::string(d_.bytes.substr(d_.tokens[k + 2].start,
                                        d_.tokens[k + 3].end - d_.tokens[k + 2].start)));
        break;
      }
      if (described >= 0 && TitleAt(k + 2) >= 0) {
        org = described;
        k += 2;
        ti = TitleAt(k);
      }
      if (ti < 0 && IsType(Ent(k), EntityType::kOrganization)) {
        // "X, CIA director and ...", "X, the union's executive director".
        uint32_t after = MentionEnd(k);
        // "the Associated Press' bureau chief": a bare apostrophe after "s".
        if (after < se && (d_.tokens[after].kind == TokKind::kPossessive ||
                           (d_.tokens[after].kind == TokKind::kSingleQuote &&
                            d_.Lower(after - 1).ends_with("s"))))
          ++after;
        // "National Review contributing editor", "CNN senior political
        // commentator": up to two modifiers before the title.
        uint32_t m = after;
        // After a possessive, a place or a bureau may stand there too ("the
        // Associated Press' Washington bureau chief").
        const bool owned = after > MentionEnd(k);
        while (m < se && m < after + 3 && TitleAt(m) < 0 && d_.tokens[m].kind == TokKind::kWord &&
               ((!d_.tokens[m].cap && !d_.Has(m, kFunctionWord | kOrgHead) &&
                 !IsPastOrFuture(d_.Lower(m)) && !IsVerbLike(d_.Lower(m)) && m < after + 2) ||
                (owned && Ent(m) < 0 &&
                 ((d_.tokens[m].cap && d_.Has(m, kPlaceWord)) ||
                  In(d_.Lower(m), {"bureau", "desk"})))))
          ++m;
        if (m > after && TitleAt(after) < 0 && TitleAt(m) >= 0) {
          field = after;
          after = m;
        }
        if (TitleAt(after) >= 0) {
          // "a Supreme Court expert at Y": the subject, not the employer.
          if (!TopicTitle(after) || ResearchBody(Ent(k))) org = Ent(k);
          k = after;
          ti = TitleAt(k);
        }
      }
      if (ti < 0) break;
      const TitleSpan& ts = m_.titles[ti];
      if (In(d_.Lower(ts.tok_end - 1), {"candidate", "nominee", "activist", "hopeful"})) break;
      const uint32_t title_begin = field < ts.tok_begin ? field : ts.tok_begin;
      field = se;
      // A compound title is read for current roles only ("the former
      // secretary general of Y" gives nothing, as before).
      const uint32_t title_end = former ? ts.tok_end : CompoundTitleEnd(ts.tok_end, se);
      // "X, Trump's former chief strategist and executive at Y": the past
      // compound title gets no body, the title coordinated after it does.
      if (const uint32_t ce = former ? CompoundTitleEnd(ts.tok_end, se) : title_end;
          ce > title_end && ce + 1 < se && d_.Lower(ce) == "and" && TitleAt(ce + 1) >= 0) {
        k = ce + 1;
        continue;
      }
      pending.push_back(std::string(
          d_.bytes.substr(d_.tokens[title_begin].start,
                          d_.tokens[title_end - 1].end - d_.tokens[title_begin].start)));
      k = title_end;
      // "Jake Sherman and Anna Palmer, Caucus Chairman Rep. Mark Meadows": a
      // title before a name belongs to that name, not to the apposition.
      if (k < se && (IsType(Ent(k), EntityType::kPerson) || TitleAt(k) >= 0)) break;
      int owned = -1;
      if (org < 0) org = OrgAfterTitle(k, se, &org_end, &owned);
      // "X, a lawyer in the Y's Z Division" (role_in_bodies.cc); not for a
      // past title ("an attorney and former official in the Y").
      if (org < 0 && !former) org = OrgInAfterTitle(k, se, &org_end, &owned);
      // "a senior fellow and trade expert at Y", "a professor who studies
      // voting at Y": a description of the person before the organisation.
      if (org < 0 && k < se) {
        // A former title's long field is left alone: "a former head of research
        // and design at Y" is a past role the gold need not hold.
        if (const uint32_t prep = DescriptionBeforeOrg(k, se, !former); prep > k) {
          org = OrgAfterTitle(prep, se, &org_end, &owned);
          if (org >= 0) k = prep;
        }
      }
      // "X is the chairman of the Y's finance board": a copula's title
      // belongs to the unnamed unit, as role.copula reads it.
      // A named unit of two capitalised words or more is the owner's
      // ("X is a senior fellow at the Y's Digital Forensic Research Lab");
      // one word may be the rest of a cut name ("the Campaign for
      // America's Future").
      if (copula && org >= 0 && owned < 0 && org_end < se &&
          d_.tokens[org_end].kind == TokKind::kPossessive &&
          !(org_end + 2 < se && d_.tokens[org_end + 1].cap && d_.tokens[org_end + 2].cap &&
            d_.tokens[org_end + 1].kind == TokKind::kWord &&
            d_.tokens[org_end + 2].kind == TokKind::kWord))
        break;
      if (org < 0 && k < se && In(d_.Lower(k), {"of", "at", "for", "with"})) {
        // An organisation we could not name ("partner at Doe, Roe & Poe and
        // counsel for the Y", "director of the Speech, Press, and Arts
        // Project for the Y"): skip it to a parent or a coordinated title.
        uint32_t j = SkipUnknownOrg(k + 1, se);
        if (j + 1 < se && In(d_.Lower(j), {"for", "at"})) {
          uint32_t parent_end = 0;
          int parent = OrgAfterTitle(j, se, &parent_end);
          if (parent >= 0) {
            for (const std::string& title : pending) Add("HAS_ROLE", p, parent, s, rule, title);
            break;
          }
        }
        if (j + 1 < se && d_.Lower(j) == "and" && TitleAt(j + 1) >= 0) {
          pending.clear();
          k = j + 1;
          continue;
        }
        break;
      }
      // "A, Acting Director of the Y Office B": a capitalised title before
      // another name belongs to that name (a list of people).
      if (org >= 0 && d_.tokens[ts.tok_begin].cap && org_end > k && org_end < se &&
          IsType(Ent(org_end), EntityType::kPerson) && MentionBegin(org_end) == org_end)
        break;
      if (org >= 0) {
        for (const std::string& title : pending) {
          Add("HAS_ROLE", p, org, s, rule, title);
          if (owned >= 0) Add("HAS_ROLE", p, owned, s, rule, title);
        }
        if (org_end > k) {
          k = org_end;
          // "director of the X Project for the ACLU": the parent organisation.
          uint32_t o2_end = 0;
          // The organisation may end the text, so `k` may be past the last token.
          int o2 = k < se && (d_.Lower(k) == "for" || d_.Lower(k) == "at")
                       ? OrgAfterTitle(k, se, &o2_end)
                       : -1;
          if (o2 >= 0) {
            Add("HAS_ROLE", p, o2, s, rule, pending.back());
            k = o2_end;
          }
        }
        pending.clear();
      }
      chain_end = k;
      // Coordinated titles: "co-founder and former chairman of Y", "the
      // president, CEO and chief counsel to Y".
      if (k < se && d_.Text(k) == "," && k + 1 < se && d_.Lower(k + 1) == "and") ++k;
      if (k + 2 < se && d_.Text(k) == "," && !pending.empty() && TitleAt(k + 1) >= 0 &&
          !d_.tokens[k + 1].abbrev) {
        ++k;
        continue;
      }
      if (k < se && d_.Lower(k) == "and") {
        ++k;
        // "the senior counsel and law and policy director for Y": a field
        // before the coordinated title, also after an article ("a fellow at
        // Y and a political science professor at Z").
        const uint32_t a = k + 1 < se && In(d_.Lower(k), {"a", "an", "the"}) ? k + 1 : k;
        if (TitleAt(a) < 0 && Ent(a) < 0) {
          if (const uint32_t f = FieldEnd(a, se); f > a) {
            field = a;
            k = f;
          }
        }
        continue;
      }
      break;
    }
    (void)chain_end;
  }
}

}  // namespace kg::extract::internal
