#include <algorithm>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {
namespace {

// The sex a title states: "Mr.", "Mrs.", "Ms." and the -man/-woman offices
// ("former Congresswoman" by its last word). Not "chairman" or "spokesman",
// which papers also give women ("Company spokesman Jessica X"), nor royal
// words ("drag queen X").
Gender GenderedTitle(std::string_view title) {
  const size_t sp = title.rfind(' ');
  const std::string_view w = sp == std::string_view::npos ? title : title.substr(sp + 1);
  for (std::string_view m : {"mr.", "congressman", "assemblyman", "councilman"})
    if (w == m) return Gender::kMale;
  for (std::string_view f : {"mrs.", "ms.", "congresswoman", "assemblywoman", "councilwoman",
                             "spokeswoman", "chairwoman", "businesswoman"})
    if (w == f) return Gender::kFemale;
  return Gender::kUnknown;
}

}  // namespace

int Finder::AddEntity(EntityType type, const std::string& name) {
  EntityInfo info;
  info.type = type;
  info.name = name;
  out_.entities.push_back(std::move(info));
  person_first_seen_.push_back(0);
  mention_count_.push_back(0);
  byline_person_.push_back(0);
  return static_cast<int>(out_.entities.size() - 1);
}

void Finder::AddMention(uint32_t b, uint32_t e, int entity, bool descriptor) {
  for (uint32_t t = b; t < e; ++t) {
    if (out_.mention_at[t] >= 0) return;
  }
  // A dateline's place is no later use of a name ("WASHINGTON (AP) —" is
  // not George Washington).
  if (!datelines_.empty() && InDateline(b)) return;
  Mention m;
  m.tok_begin = b, m.tok_end = e, m.entity = entity, m.descriptor = descriptor;
  out_.mentions.push_back(m);
  ++mention_count_[entity];
  for (uint32_t t = b; t < e; ++t) out_.mention_at[t] = static_cast<int>(out_.mentions.size() - 1);
  EntityInfo& info = out_.entities[entity];
  // The form as a view: most mentions repeat a form already listed, and a
  // string of over 15 bytes was allocated only to be compared.
  const std::string_view form =
      d_.bytes.substr(d_.tokens[b].start, d_.tokens[e - 1].end - d_.tokens[b].start);
  if (std::find(info.forms.begin(), info.forms.end(), form) == info.forms.end())
    info.forms.emplace_back(form);
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
  // A full name a person's title opens somewhere in the article is the
  // person's, whose foundation or library bears it: "UN Secretary-General
  // Kofi Roe" beside "the Kofi Roe Foundation" (not a lone surname: "Mr.
  // Roe" beside "a Roe Justice Department" is left to the full name).
  std::vector<std::string> titled_names;
  for (const Candidate& c : cands_) {
    if (c.kind == CandKind::kPerson && c.e - c.b >= 2 && c.title >= 0 && StrongTitle(c.title) &&
        d_.tokens[out_.titles[c.title].tok_begin].cap && !org_surfaces.empty())
      titled_names.push_back(Surface(c.b, c.e));
  }
  for (Candidate& c : cands_) {
    if (c.kind != CandKind::kPerson) continue;
    if (c.weak && !Confirmed(c)) c.kind = CandKind::kUnknown;
    const std::string name = Surface(c.b, c.e);
    if (std::find(titled_names.begin(), titled_names.end(), name) != titled_names.end()) continue;
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
    auto it = surnames_.find(d_.Lower(c.e - 1));
    if (it != surnames_.end()) {
      for (int i : it->second) {
        std::string other = AsciiLower(out_.entities[i].name);
        other = other.substr(0, other.find(' '));
        size_t common = 0;
        while (common < other.size() && common < first.size() && other[common] == first[common])
          ++common;
        // "Ben Carson Jr." is not Ben Carson.
        const std::string& name = out_.entities[i].name;
        const bool suffixed = IsNameSuffix(AsciiLower(name.substr(name.rfind(' ') + 1)));
        if (suffixed != (c.suffix_end != 0)) continue;
        // "George H.W. Bush" is not "George P. Bush": different middle names.
        const size_t first_space = name.find(' ');
        const size_t last_space =
            name.rfind(' ', suffixed ? name.rfind(' ') - 1 : std::string::npos);
        const std::string_view middle =
            last_space > first_space
                ? std::string_view(name).substr(first_space + 1, last_space - first_space - 1)
                : std::string_view();
        if (c.e - c.b >= 3 && !middle.empty() && middle != Surface(c.b + 1, c.e - 1)) continue;
        if (common >= 3 || other == first || d_.tokens[c.b].abbrev) ent = i;
      }
    }
    if (ent < 0) {
      ent = AddEntity(EntityType::kPerson, Surface(c.b, c.NameEnd()));
      person_first_seen_[ent] = c.b;
      byline_person_[ent] = c.byline;
      out_.entities[ent].gender = d_.Has(c.b, kMaleName)     ? Gender::kMale
                                  : d_.Has(c.b, kFemaleName) ? Gender::kFemale
                                                             : Gender::kUnknown;
      out_.entities[ent].unisex = d_.Has(c.b, kUnisexName);
      IndexSurname(ent);
    } else if (Surface(c.b, c.NameEnd()).size() > out_.entities[ent].name.size() && !c.byline) {
      out_.entities[ent].name = Surface(c.b, c.NameEnd());
    }
    AddMention(c.b, c.NameEnd(), ent);
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
        // "DHS", and "HHS" for "Department of Health and Human Services"
        // (the head before "of" left out).
        // "CDC" for "Centers for Disease Control and Prevention": the last
        // "and" and its words may be left out (`before_and`); the key has no
        // "U.S.", which an acronym may spell ("USCIS").
        std::string initials, complement, before_and;
        bool after_of = false;
        // As views: `std::string == "of"` called compare() out of line,
        // 16,000 calls per 300 articles (acronyms x organisations x words).
        for (const std::string_view k : e.key_tokens) {
          if (k == "of") after_of = true;
          if (k == "and" || k == "&") before_and = initials;
          if (k != "of" && k != "and" && k != "the" && k != "for" && k != "&" && k != "on") {
            const char up = static_cast<char>(std::toupper(static_cast<unsigned char>(k[0])));
            initials.push_back(up);
            if (after_of) complement.push_back(up);
          }
        }
        if (initials == c.acronym || (complement.size() >= 2 && complement == c.acronym) ||
            (before_and.size() >= 3 && before_and == c.acronym) ||
            (initials.size() >= 2 && c.acronym.size() == initials.size() + 2 &&
             c.acronym.starts_with("US") && c.acronym.ends_with(initials)))
          ent = static_cast<int>(i);
      }
    }
    if (ent < 0) {
      // "AOC", "FDR": a person of the article's initials.
      const int person = PersonByInitials(c.acronym);
      if (person >= 0) {
        AddMention(c.b, c.e, person);
        continue;
      }
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
  // A key names a known organisation only when it ends like one's key
  // (FindOrgByKey's exact match) or in a head word (its short forms): the
  // other chunks, most of them, skip the scan of every entity.
  std::unordered_set<std::string_view> org_key_ends;
  for (const EntityInfo& en : out_.entities) {
    if (en.type == EntityType::kOrganization && !en.key_tokens.empty())
      org_key_ends.insert(en.key_tokens.back());
  }
  for (auto [b, e] : unknown_) {
    std::string_view back;
    const bool may_name_org =
        OrgKeyBack(b, e, &back) && (org_key_ends.count(back) > 0 || gz_.IsOrgHead(back));
    int ent = may_name_org ? FindOrgByKey(OrgKey(b, e)) : -1;
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
  // acronyms of entities already found. Multi-word organisation keys are
  // indexed by their first word so each token costs one look-up.
  std::unordered_map<std::string_view, std::vector<int>> orgs_by_first_word;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& en = out_.entities[i];
    if (en.type == EntityType::kOrganization && en.key_tokens.size() >= 2)
      orgs_by_first_word[en.key_tokens[0]].push_back(static_cast<int>(i));
  }
  for (uint32_t t = NextCap(0); t < d_.tokens.size(); t = NextCap(t + 1)) {
    if (!CapWord(t) || out_.mention_at[t] >= 0 || !d_.IsFact(t)) continue;
    if (d_.tokens[t].allcaps) {
      auto it = acronyms_.find(d_.Text(t));
      if (it != acronyms_.end()) {
        AddMention(t, t + 1, it->second);
        continue;
      }
    }
    // A title before a name is no surname ("Judge Garland" beside Patty Judge).
    const bool title_of_next = d_.Has(t, kTitleWord) && CapWord(t + 1);
    int p = title_of_next ? -1 : PersonBySurname(d_.Lower(t), t);
    if (p < 0 && !title_of_next && !(SentenceInitial(t) && d_.Has(t, kCommonWord)))
      p = PersonByFirstName(t);
    if (p >= 0) {
      uint32_t b = t;
      if (t > 0 && CapWord(t - 1) && out_.mention_at[t - 1] < 0 && !QuestionAuxiliary(t - 1) &&
          (IsFirstName(t - 1) ||
           (UnknownWord(t - 1) && t < person_first_seen_[p] &&
            d_.sentence_of[t - 1] == d_.sentence_of[t] &&
            !(t > 1 && (d_.IsWord(t - 2, "and") || (CapWord(t - 2) && out_.title_at[t - 2] < 0))))))
        b = t - 1;
      // A word in no word list before a known surname is a first name
      // ("Reince Priebus") where it introduces the person (not "Ivanka
      // Trump" in a story about "Trump"), not one of two coordinated ones ("Khizr and
      // Ghazala Khan") nor the end of a longer run ("Facebook Twitter
      // Pinterest Obama"). A person known by surname only gets the full name of a headline
      // ("Donald Trump's year" over a story that says "Trump said"); not a
      // title that is also a first name ("Queen Elizabeth"), nor "Will Trump
      // ...?".
      EntityInfo& person = out_.entities[p];
      if (b < t && person.name.find(' ') == std::string::npos && !d_.Has(b, kTitleWord) &&
          !d_.tokens[b].allcaps &&
          !(SentenceInitial(b) && d_.Has(b, kCommonWord) && EndsQuestion(b))) {
        person.name = Surface(b, t + 1);
        if (person.gender == Gender::kUnknown) {
          person.gender = d_.Has(b, kMaleName)     ? Gender::kMale
                          : d_.Has(b, kFemaleName) ? Gender::kFemale
                                                   : Gender::kUnknown;
          person.unisex = d_.Has(b, kUnisexName);
        }
      }
      AddMention(b, t + 1, p);
      continue;
    }
    // Multi-word org forms seen elsewhere ("Washington Post" in a headline).
    auto first = orgs_by_first_word.find(d_.Lower(t));
    if (first == orgs_by_first_word.end()) continue;
    for (int i : first->second) {
      const EntityInfo& en = out_.entities[i];
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

void Finder::Finish() {
  std::sort(out_.mentions.begin(), out_.mentions.end(),
            [](const Mention& a, const Mention& b) { return a.tok_begin < b.tok_begin; });
  std::fill(out_.mention_at.begin(), out_.mention_at.end(), -1);
  for (size_t i = 0; i < out_.mentions.size(); ++i) {
    for (uint32_t t = out_.mentions[i].tok_begin; t < out_.mentions[i].tok_end; ++t)
      out_.mention_at[t] = static_cast<int>(i);
  }
  // A headline quoted in the body ("(RELATED: Republican Congressman Calls
  // Out ...)") has no lower-case word: its title-case words are no person.
  auto TitleCaseLine = [&](uint32_t t) {
    const Sentence& sen = d_.sentences[d_.sentence_of[t]];
    for (uint32_t k = sen.tok_begin; k < sen.tok_end; ++k)
      if (d_.tokens[k].kind == TokKind::kWord && !d_.tokens[k].cap && d_.Text(k).size() >= 4)
        return false;
    return true;
  };
  for (const Mention& m : out_.mentions) {
    EntityInfo& e = out_.entities[m.entity];
    if (m.descriptor) continue;
    // "according to The New York Times": a capitalised "The" inside a
    // sentence is part of the name as the article writes it, an alias
    // (the name itself stays without it).
    if (e.type == EntityType::kOrganization && m.tok_begin > 0 &&
        d_.Text(m.tok_begin - 1) == "The" && !SentenceInitial(m.tok_begin - 1) &&
        !LineIsWeak(m.tok_begin - 1)) {
      std::string form = Surface(m.tok_begin - 1, m.tok_end);
      if (std::find(e.forms.begin(), e.forms.end(), form) == e.forms.end())
        e.forms.push_back(std::move(form));
    }
    // Title forms are aliases ("Senator Sessions") and feed "the senator".
    if (m.tok_begin > 0 && out_.title_at[m.tok_begin - 1] >= 0) {
      const TitleSpan& ts = out_.titles[out_.title_at[m.tok_begin - 1]];
      std::string title = AsciiLower(Surface(ts.tok_begin, ts.tok_end));
      if (std::find(e.titles.begin(), e.titles.end(), title) == e.titles.end())
        e.titles.push_back(title);
      // "Mr." settles a name borne by both sexes too ("Pat X" ... "Mr. X"),
      // and so does a gendered office ("Congresswoman X", "spokeswoman X"):
      // without it a surname-only person has no sex and he/she can skip
      // them for an earlier person of known sex (references.cc).
      if ((e.gender == Gender::kUnknown || e.unisex) && !TitleCaseLine(m.tok_begin)) {
        const Gender g = GenderedTitle(title);
        if (g != Gender::kUnknown) {
          e.gender = g;
          e.unisex = false;
        }
      }
      // Not a rank before a body: "Deputy FBI" is no name of the FBI (the
      // rank is the next title's: "Deputy FBI Director X", "Chief Supreme
      // Court Justice X").
      if (d_.tokens[ts.tok_begin].cap &&
          !(e.type == EntityType::kOrganization &&
            (title == "deputy" || title == "assistant" || title == "chief"))) {
        std::string form = Surface(ts.tok_begin, m.tok_end);
        if (std::find(e.forms.begin(), e.forms.end(), form) == e.forms.end())
          e.forms.push_back(form);
      }
    }
  }
  // "Quarles said she would run": the pronoun opening the reported clause
  // is the speaker when the sentence names nobody else before it, so a
  // person known by surname alone gets its sex (conflicting clauses: none).
  std::vector<int> said_pronoun(out_.entities.size(), 0);  // 1 he, 2 she
  for (const Mention& m : out_.mentions) {
    const EntityInfo& e = out_.entities[m.entity];
    if (m.descriptor || e.type != EntityType::kPerson || e.gender != Gender::kUnknown) continue;
    const uint32_t t = m.tok_end;
    if (t + 1 >= d_.tokens.size() || d_.sentence_of[t + 1] != d_.sentence_of[m.tok_begin] ||
        (d_.Lower(t) != "said" && d_.Lower(t) != "says"))
      continue;
    const int bit = d_.Lower(t + 1) == "he" ? 1 : d_.Lower(t + 1) == "she" ? 2 : 0;
    if (bit == 0) continue;
    bool other = false;
    for (uint32_t k = d_.sentences[d_.sentence_of[t]].tok_begin; k < t && !other; ++k) {
      const int o = out_.EntityAt(k);
      other = o >= 0 && o != m.entity && out_.entities[o].type == EntityType::kPerson;
    }
    if (!other) said_pronoun[m.entity] |= bit;
  }
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    if (said_pronoun[i] == 1) out_.entities[i].gender = Gender::kMale;
    if (said_pronoun[i] == 2) out_.entities[i].gender = Gender::kFemale;
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

}  // namespace kg::extract::mention_internal
