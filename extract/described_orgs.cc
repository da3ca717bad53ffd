// Description nouns and the organisations they fit: see described_orgs.h.
#include "extract/described_orgs.h"

#include <algorithm>
#include <initializer_list>
#include <iterator>

namespace kg::extract::internal {
namespace {

// Nouns that describe an organisation ("the center", "the organization")
// and the last words of names they fit; a general noun fits the names of
// associations, never a legislature, an agency, a company or a network.
struct OrgNoun {
  std::string_view noun;
  std::initializer_list<std::string_view> heads;
};
constexpr std::string_view kAssociationHeads[] = {
    "Coalition", "Association", "Alliance", "Foundation", "Institute",
    "Center",    "Centre",      "Council",  "Project",    "Federation",
    "Society",   "League",      "Union",    "Group",      "Organization"};

bool NameEndsWith(std::string_view name, std::string_view head) {
  return name.size() > head.size() && name.ends_with(head) &&
         name[name.size() - head.size() - 1] == ' ';
}

// Nouns that name a kind of body, which an article may put beside a name
// whose last word does not say it ("Kestrel Today magazine"): media and
// unions. Not "company", "group", "firm": an article calls several bodies
// so ("its parent company, Y"), and "the company's CEO" then went to the
// wrong one.
constexpr std::string_view kKindNouns[] = {"magazine",    "newspaper",  "paper",   "network",
                                           "station",     "union",      "website", "outlet",
                                           "publication", "broadcaster"};

}  // namespace

bool FitsDescription(std::string_view noun, std::string_view name) {
  static const OrgNoun kNouns[] = {
      {"center", {"Center", "Centre"}},
      {"institute", {"Institute"}},
      {"foundation", {"Foundation"}},
      {"council", {"Council"}},
      {"committee", {"Committee"}},
      {"panel", {"Committee", "Panel", "Commission", "Subcommittee"}},
      {"commission", {"Commission"}},
      {"university", {"University"}},
      {"college", {"College"}},
      {"association", {"Association"}},
      {"coalition", {"Coalition"}},
      {"agency", {"Agency"}},
      {"department", {"Department"}},
      {"bureau", {"Bureau"}},
      {"caucus", {"Caucus"}},
      {"alliance", {"Alliance"}},
      {"network", {"Network"}},
      {"federation", {"Federation"}},
      {"society", {"Society"}},
      {"league", {"League"}},
      {"union", {"Union", "Guild", "Brotherhood"}},
      {"chamber", {"Senate", "Representatives", "Assembly", "Legislature"}},
      {"court", {"Court"}},
      {"board", {"Board"}},
      {"school", {"School"}},
      {"church", {"Church"}},
      {"party", {"Party"}},
      {"company",
       {"Company", "Corp.", "Corporation", "Inc.", "Co.", "LLC", "Industries", "Holdings"}},
      {"firm", {"LLP", "LLC", "Partners", "Associates"}},  // a law or consulting firm
      // A newspaper by its masthead's last word.
      {"newspaper",
       {"Times",    "Post",       "Journal",  "Tribune",  "Herald",   "Gazette",  "Chronicle",
        "Inquirer", "Globe",      "Examiner", "Register", "Sentinel", "Dispatch", "Enquirer",
        "Ledger",   "Advertiser", "Observer", "Bee",      "Courier",  "Star",     "Star-Ledger"}},
      {"paper",
       {"Times",    "Post",       "Journal",  "Tribune",  "Herald",   "Gazette",  "Chronicle",
        "Inquirer", "Globe",      "Examiner", "Register", "Sentinel", "Dispatch", "Enquirer",
        "Ledger",   "Advertiser", "Observer", "Bee",      "Courier",  "Star",     "Star-Ledger"}},
  };
  if (noun == "organization" || noun == "organisation" || noun == "group") {
    for (std::string_view h : kAssociationHeads) {
      if (NameEndsWith(name, h)) return true;
    }
    return false;
  }
  // "Local 2544", "Local 100": a union's local, named by its number.
  if (noun == "union" && name.starts_with("Local ") && name.size() > 6 && name[6] >= '0' &&
      name[6] <= '9')
    return true;
  for (const OrgNoun& n : kNouns) {
    if (n.noun != noun) continue;
    for (std::string_view h : n.heads) {
      if (NameEndsWith(name, h)) return true;
    }
  }
  return false;
}

bool NamedAsKind(const Document& d, uint32_t b, uint32_t e, std::string_view noun) {
  if (std::find(std::begin(kKindNouns), std::end(kKindNouns), noun) == std::end(kKindNouns))
    return false;
  const uint32_t n = static_cast<uint32_t>(d.tokens.size());
  auto word = [&](uint32_t t) { return t < n && d.tokens[t].kind == TokKind::kWord; };
  // "Kestrel Today magazine endorsed", "the Kestrel Today magazine cover":
  // either way the name is the magazine's.
  if (word(e) && d.Lower(e) == noun) return true;
  // "the magazine Kestrel Today", "the evangelical magazine Kestrel Today".
  for (uint32_t k = b; k > 0 && k + 3 > b;) {
    --k;
    if (!word(k) || d.tokens[k].cap) break;
    if (d.Lower(k) == noun) return true;
  }
  // "Kestrel Today, a Christian magazine", "Local 12, the union".
  if (e + 2 < n && d.Text(e) == "," &&
      (d.Lower(e + 1) == "a" || d.Lower(e + 1) == "an" || d.Lower(e + 1) == "the")) {
    for (uint32_t k = e + 2; k < n && k < e + 5 && word(k); ++k) {
      if (d.Lower(k) == noun) return true;
    }
  }
  return false;
}

}  // namespace kg::extract::internal
