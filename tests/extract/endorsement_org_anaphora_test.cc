// An organisation referred to by a description or a pronoun after the
// sentence that names it ("The Q Club endorsed A. The group also backed B.")
// (extract/endorsement_org_ends.cc, extract/endorsement_org_anaphora.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "Harbor races\n\nCorrine Vashti and Gordon Tombeck are candidates in the primary election for "
    "the state senate.\n\n";

}  // namespace

// OrgBeforePersonNoun: a verb after the name ("The Q Club endorsed Corrine
// Vashti") is no description of a person; the club stays the referent.
TEST_CASE("ENDORSES: 'the group' after the sentence where the group endorsed someone",
          "[relations][endorse]") {
  const ArticleResult a = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club endorsed Corrine Vashti on Tuesday. The "
                              "group also endorsed Gordon Tombeck.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:pinewick-hiking-club", "person:corrine-vashti"));
  CHECK(HasRelation(a, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  const ArticleResult b = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club endorsed Corrine Vashti on Tuesday. The "
                              "group also backed Gordon Tombeck.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  // A description of a person after the name still passes the name over.
  const ArticleResult c = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met. Former Elmford Courier columnist "
                              "Nadia Orrin spoke. That year, the paper endorsed Gordon Tombeck.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "organization:elmford-courier", "person:gordon-tombeck"));
}

// ItOrgAntecedent: "it" opening its sentence after a sentence that opens
// with an organisation and its verb and names no other organisation.
TEST_CASE("ENDORSES: 'It also endorsed Y' after the sentence naming the organisation",
          "[relations][endorse]") {
  const ArticleResult a = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club endorsed Corrine Vashti on Tuesday. It "
                              "also endorsed Gordon Tombeck.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  // Another paragraph, an introductory phrase, and one step through an "it".
  const ArticleResult b = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met in Elm City on Monday.\n\n"
                              "It heard both candidates speak.\n\n"
                              "On Tuesday, it endorsed Gordon Tombeck.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  // "It announced its endorsement of Y", "Its endorsement of Y came ...".
  const ArticleResult c = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met on Monday. It announced its "
                              "endorsement of Gordon Tombeck.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  const ArticleResult d = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met on Monday. Its endorsement of Gordon "
                              "Tombeck came a day later.\n");
  CHECK(HasRelation(d, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
}

TEST_CASE("ENDORSES: 'it' stays silent without one organisation opening the sentence before",
          "[relations][endorse]") {
  // A person opens the sentence before; two organisations; a possessive;
  // a hedge; a legislature; "it" inside the sentence.
  const ArticleResult a = Run(std::string(kIntro) +
                              "Corrine Vashti spoke to the Pinewick Hiking Club on Monday. It "
                              "endorsed Gordon Tombeck.\n\n"
                              "The Pinewick Hiking Club and the Elm City Rowing Association met. "
                              "It endorsed Gordon Tombeck.\n\n"
                              "The Pinewick Hiking Club's president spoke. It endorsed Gordon "
                              "Tombeck.\n\n"
                              "The Elm City Rowing Association met on Monday. It may endorse "
                              "Gordon Tombeck.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  const ArticleResult b = Run(std::string(kIntro) +
                              "The Harbor State Senate passed the budget on Monday. It backed "
                              "Gordon Tombeck in the primary election.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  const ArticleResult c = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met on Monday. Corrine Vashti said it "
                              "was a good meeting, and Gordon Tombeck said it backed him.\n");
  CHECK_FALSE(
      HasRelation(c, "ENDORSES", "organization:pinewick-hiking-club", "person:corrine-vashti"));
}

// DescribedOrgPossessor: "Y won the group's endorsement".
TEST_CASE("ENDORSES: 'Y won the group's endorsement'", "[relations][endorse]") {
  const ArticleResult a = Run(std::string(kIntro) +
                              "Corrine Vashti has been endorsed by the Pinewick Hiking Club. "
                              "Gordon Tombeck, too, won the group's endorsement.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  const ArticleResult b = Run(std::string(kIntro) +
                              "The Elm City Nurses Union met on Monday. Gordon Tombeck secured "
                              "the powerful union's endorsement.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:elm-city-nurses-union", "person:gordon-tombeck"));
  // A hope, a denial, two organisations: nothing.
  const ArticleResult c = Run(std::string(kIntro) +
                              "The Elm City Nurses Union met on Monday. Gordon Tombeck hopes to "
                              "win the union's endorsement, and Corrine Vashti did not win the "
                              "union's backing.\n\n"
                              "The Pinewick Hiking Club and the Elm City Rowing Association met. "
                              "Gordon Tombeck won the group's endorsement.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

// RelativeSubject: "which" is the organisation when it is the subject of a
// relative clause whose second verb endorses.
TEST_CASE("ENDORSES: 'the Q Union, which represents N workers and endorsed Y'",
          "[relations][endorse]") {
  const ArticleResult a = Run(std::string(kIntro) +
                              "Jane Dorrit, head of the Elm City Nurses Union, which represents "
                              "some 40,000 workers and endorsed Gordon Tombeck in 2016, said "
                              "little.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:elm-city-nurses-union", "person:gordon-tombeck"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:jane-dorrit", "person:gordon-tombeck"));
  // "which" as an object ("which Z leads"), or a hedge: not the union's.
  const ArticleResult b = Run(std::string(kIntro) +
                              "The Elm City Nurses Union, which Jane Dorrit leads and endorsed "
                              "Gordon Tombeck, met. The Elm City Rowing Association, which has "
                              "4,000 members and may endorse Gordon Tombeck, met.\n");
  CHECK_FALSE(
      HasRelation(b, "ENDORSES", "organization:elm-city-nurses-union", "person:gordon-tombeck"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "organization:elm-city-rowing-association",
                          "person:gordon-tombeck"));
}

// OrgAppositionHead: "which" after an apposition describing the
// organisation named before it.
TEST_CASE("ENDORSES: 'the Q Union, the state's largest union, which endorsed Y'",
          "[relations][endorse]") {
  const ArticleResult a = Run(std::string(kIntro) +
                              "Allies include Jane Dorrit of the Elm City Nurses Union, the "
                              "state's largest union, which endorsed Gordon Tombeck last month.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:elm-city-nurses-union", "person:gordon-tombeck"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:jane-dorrit", "person:gordon-tombeck"));
  const ArticleResult b = Run(std::string(kIntro) +
                              "Allies include the Elm City Nurses Union, the Harbor Democratic "
                              "Party's labor caucus, which endorsed Gordon Tombeck last month.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:elm-city-nurses-union", "person:gordon-tombeck"));
  // A person's apposition: not the organisation before it.
  const ArticleResult c = Run(std::string(kIntro) +
                              "Allies include the Elm City Nurses Union, Jane Dorrit, which "
                              "endorsed Gordon Tombeck last month.\n");
  CHECK_FALSE(
      HasRelation(c, "ENDORSES", "organization:elm-city-nurses-union", "person:gordon-tombeck"));
}

// ItOrgAntecedent: the sentence before may open with describing words or a
// description of the organisation.
TEST_CASE("ENDORSES: 'It also endorsed Y' after 'The powerful Q' or 'The group'",
          "[relations][endorse]") {
  const ArticleResult a = Run(std::string(kIntro) +
                              "The powerful Elm City Nurses Union endorsed Corrine Vashti. It also "
                              "endorsed Gordon Tombeck.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:elm-city-nurses-union", "person:gordon-tombeck"));
  const ArticleResult b = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met on Monday. The group endorsed Corrine "
                              "Vashti. It also endorsed Gordon Tombeck.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:pinewick-hiking-club", "person:gordon-tombeck"));
  // The group's people, or the group and another: nothing.
  const ArticleResult c = Run(std::string(kIntro) +
                              "The Pinewick Hiking Club met on Monday. The group's president "
                              "spoke. It endorsed Gordon Tombeck.\n\n"
                              "The Pinewick Hiking Club met on Monday. The group and the Elm City "
                              "Rowing Association marched. It endorsed Gordon Tombeck.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}
