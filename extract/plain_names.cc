// Person names: a Census first name before a common word ("Jake Tapper",
// "Dana Bash", "Al Gore") named once and in full, and a person written as
// the acronym of their initials ("AOC", "FDR").
#include <string>
#include <string_view>

#include "extract/mention_finder.h"

namespace kg::extract::mention_internal {

namespace {

// Words that end the name of a place, a body or a thing after a first name
// that is also a surname or a city ("Edison Research", "Roosevelt Room",
// "Harris Poll"); no family name the news prints is one of them.
bool ThingTail(std::string_view w) {
  static constexpr std::string_view kTails[] = {
      "research", "room",    "mansion", "poll",      "collection",  "country", "health",
      "medical",  "warning", "tracker", "battalion", "interactive", "boy",     "bro"};
  for (std::string_view t : kTails) {
    if (w == t) return true;
  }
  return false;
}

// "Le Monde", "La Nacion": a particle is no first name.
bool Particle(std::string_view w) {
  return w == "le" || w == "la" || w == "el" || w == "de" || w == "du" || w == "da" || w == "van" ||
         w == "von";
}

// An adjective: the dictionary lists its superlative ("young": "youngest",
// "light": "lightest"). No first name ("Mike", "Bill") and few surnames
// the other lists miss are one.
bool Adjective(const Gazetteer& gz, std::string_view w) {
  std::string est(w);
  if (!est.empty() && est.back() == 'e') est.pop_back();
  est += "est";
  return gz.IsCommonWord(est);
}

// A plural the 's' test misses: "families", "women".
bool IrregularPlural(const Gazetteer& gz, std::string_view w) {
  if (w.size() > 4 && w.ends_with("ies"))
    return gz.IsCommonWord(std::string(w.substr(0, w.size() - 3)) + "y");
  if (w.size() > 4 && w.ends_with("men"))
    return gz.IsCommonWord(std::string(w.substr(0, w.size() - 3)) + "man");
  return false;
}

}  // namespace

// A first name that is also a common word ("Mike", "Bill", "Don", "Bob")
// before a common word: "Mike Pence", "Bob Corker", "Don Lemon" are named
// once and in full as often as "Jake Tapper", but such a pair is also a
// thing's name ("Star Trek", "Ann Arbor", "Page Six", "Crystal Palace",
// "Young Women"). The first name must be a man's: the common words that
// are women's names ("Star", "Page", "Crystal", "Ann", "Penny") open
// places and things far more often, while "Mike", "Bill", "Tom" are
// nicknames. Not at a sentence start ("Will Power"), not a title ("Major
// Oil"), nationality ("Christian Burial") or adjective ("Young Gun", "Long
// Walk", "Bud Light"), nor an irregular plural or function word last
// ("Angel Families", "Warren Has"), nor quoted ("the "Carter Scenario"").
bool Finder::CommonFirstName(uint32_t k, uint32_t l) const {
  if (SentenceInitial(k) || gz_.FirstNameGender(d_.Text(k)) != Gender::kMale) return false;
  if (d_.Has(k, kTitleWord) || gz_.IsTitleWord(d_.Lower(k)) || LooksNational(d_.Lower(k)) ||
      d_.Has(l, kFunctionWord))
    return false;
  // A quoted title or headline: "the "Carter Scenario,"", "Warren Has a Plan".
  if ((k > 0 && d_.tokens[k - 1].kind == TokKind::kOpenQuote) ||
      (l + 1 < d_.tokens.size() && d_.tokens[l + 1].kind == TokKind::kCloseQuote) ||
      (l + 2 < d_.tokens.size() && Punct(l + 1, ",") &&
       d_.tokens[l + 2].kind == TokKind::kCloseQuote))
    return false;
  const std::string_view last = d_.Lower(l);
  return !Adjective(gz_, d_.Lower(k)) && !Adjective(gz_, last) && !IrregularPlural(gz_, last);
}

// A two-word name whose first word is a Census first name and whose last is
// a common word no Census surname list holds. IsPersonName marks it weak
// ("Chelsea Mourning", "America Great Again"); news prints many a real
// person so, once and in full, with no cue ("CNN's Jake Tapper", "Republican
// Jeff Flake of Arizona"), so the full name stands unless its shape says
// place, body or thing:
// - the first word is a common word or a place ("Will Power", "Star
//   Trek", "Paris Accord"), a country's stem ("America First": the
//   dictionary lists "American"), a particle ("Le Monde"), capitals
//   ("UN Charter"), or it follows "the" or another capitalised word;
// - the last word is a head or a place ("Sandy Hook" is left to its
//   longer name), capitals or one letter ("Paul R"), a common noun's plural
//   ("Dallas Cowboys", "Tyson Foods", "Elizabeth Warrens"), or a thing's
//   word (ThingTail).
bool Finder::PlainFullName(const Candidate& c) const {
  if (c.e - c.b != 2) return false;
  const uint32_t k = c.b, l = c.b + 1;
  if (!IsFirstName(k) || d_.Has(k, kPlaceWord) || d_.tokens[k].allcaps || !WholeName(k) ||
      Particle(d_.Lower(k)) || (d_.Has(k, kCommonWord) && !CommonFirstName(k, l)))
    return false;
  if (k > 0 && d_.IsWord(k - 1, "the")) return false;
  std::string demonym(d_.Text(k));
  demonym += 'n';
  if (gz_.IsProperNoun(demonym) && !gz_.IsFirstName(demonym)) return false;
  const std::string_view last = d_.Lower(l);
  if (d_.Has(l, kOrgHead | kPlaceWord) || d_.tokens[l].allcaps || last.size() < 2 ||
      ThingTail(last))
    return false;
  return !(last.size() > 3 && last.back() == 's' &&
           gz_.IsCommonWord(last.substr(0, last.size() - 1)));
}

// The person of the article whose initials an acronym spells: "AOC" for
// Alexandria Ocasio-Cortez (each part of a hyphenated surname counts), "FDR"
// for Franklin D. Roosevelt, "MLK" for Martin Luther King Jr. (a suffix does
// not). News writes a famous person so; with no such person named in the
// article the acronym stays what it was (an organisation or nothing).
int Finder::PersonByInitials(std::string_view acronym) const {
  if (acronym.size() < 3 || acronym.size() > 4) return -1;
  for (size_t i = 0; i < out_.entities.size(); ++i) {
    const EntityInfo& e = out_.entities[i];
    if (e.type != EntityType::kPerson) continue;
    std::string initials;
    size_t pos = 0;
    const std::string& n = e.name;
    while (pos < n.size() && initials.size() <= acronym.size()) {
      size_t end = n.find_first_of(" -", pos);
      if (end == std::string::npos) end = n.size();
      const std::string_view part = std::string_view(n).substr(pos, end - pos);
      if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z' && !IsNameSuffix(AsciiLower(part)))
        initials.push_back(part[0]);
      pos = end + 1;
    }
    if (initials == acronym) return static_cast<int>(i);
  }
  return -1;
}

}  // namespace kg::extract::mention_internal
