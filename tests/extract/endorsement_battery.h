// Shared by the ENDORSES battery tests (endorsement_battery*_test.cc,
// first_person_battery_test.cc, spoken_endorsement_battery_test.cc,
// endorsement_quoted_battery_test.cc): each
// runs invented sentences after a short lead naming the candidates and
// checks the ENDORSES edges they give, so that the batteries read as tables
// of sentences and edges.
#ifndef KG_TESTS_EXTRACT_ENDORSEMENT_BATTERY_H_
#define KG_TESTS_EXTRACT_ENDORSEMENT_BATTERY_H_

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "tests/extract/test_util.h"

namespace kg::extract::testing {

// One sentence and exactly the ENDORSES edges it gives after kRaceLead.
struct EndorseCase {
  const char* sentence;
  std::vector<std::string> edges;  // "endorser -> endorsed", sorted; empty: none
};

// A race with both candidates named, as a news article introduces them.
inline constexpr const char* kRaceLead =
    "Senate race\n\nJane Whitfield and Tom Briggs are candidates in the Democratic primary for "
    "the Senate, and the election is in May.\n\n";

// The ENDORSES edges of an article, as sorted "source -> target" strings.
inline std::vector<std::string> EndorseEdges(const ArticleResult& a) {
  std::vector<std::string> out;
  auto name = [&](const std::string& id) {
    for (const Entity& e : a.entities) {
      if (e.id == id) return e.name;
    }
    return std::string("?");
  };
  for (const Relation& r : a.relations) {
    if (r.type == "ENDORSES") out.push_back(name(r.source) + " -> " + name(r.target));
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The case's sentence after `lead` gives exactly its edges.
inline void CheckCaseAfter(const char* lead, const EndorseCase& c) {
  const ArticleResult a = Run(std::string(lead) + c.sentence + "\n");
  INFO(c.sentence);
  CHECK(EndorseEdges(a) == c.edges);
}

inline void CheckCase(const EndorseCase& c) { CheckCaseAfter(kRaceLead, c); }

// A short article about a governor's primary (three election words, so an
// "election article"): the quotation and backing battery
// (endorsement_quoted_battery_test.cc) puts one sentence after it.
inline constexpr const char* kPrimaryArticle =
    "Governor's race tightens\n\nMaria Okafor and Dale Prentiss are running in the Democratic "
    "primary for governor, which is set for June 4.\n\nThe primary winner will face the "
    "Republican nominee, Curtis Vandermeer, in November.\n\n";

inline void CheckArticleCase(const EndorseCase& c) {
  const ArticleResult a = Run(std::string(kPrimaryArticle) + c.sentence + "\n");
  INFO(c.sentence);
  CHECK(EndorseEdges(a) == c.edges);
}

// The first-person batteries' intro: a primary with two named candidates.
inline constexpr const char* kPrimaryIntro =
    "Senate race\n\nJane Whitfield and Tom Brennan are candidates in the primary election for "
    "the Senate.\n\n";

// One sentence and the edge it must (or must not) give after kPrimaryIntro;
// a null source: no ENDORSES edge at all.
struct Row {
  const char* text;
  const char* source;
  const char* target;
};

inline void ExpectEdges(const Row* rows, size_t n, bool present) {
  for (size_t i = 0; i < n; ++i) {
    INFO(rows[i].text);
    ArticleResult a = Run(std::string(kPrimaryIntro) + rows[i].text + "\n");
    if (rows[i].source == nullptr) {
      CHECK(FindRelation(a, "ENDORSES") == nullptr);
    } else if (present) {
      CHECK(HasRelation(a, "ENDORSES", rows[i].source, rows[i].target));
    } else {
      CHECK_FALSE(HasRelation(a, "ENDORSES", rows[i].source, rows[i].target));
    }
  }
}

}  // namespace kg::extract::testing

#endif  // KG_TESTS_EXTRACT_ENDORSEMENT_BATTERY_H_
