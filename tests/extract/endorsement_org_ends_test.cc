// Organisation ends named by a description, a possessive or a particle verb
// (extract/endorsement_org_ends.cc, extract/endorsement_groups.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "Labor race\n\nDorian Oxby and Marta Quillfeather are candidates in the primary election for "
    "governor.\n\n";

}  // namespace

TEST_CASE("ENDORSES: 'Y has (all but) locked in the endorsement of X'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Oxby has all but locked in the endorsement of the Harbor Pipefitters "
                        "Union, which met in Elm City on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-pipefitters-union", "person:dorian-oxby"));
  // A pronoun subject: the person of the sentence before.
  ArticleResult b = Run(std::string(kIntro) +
                        "Oxby toured three mills on Friday. He has locked up the backing of the "
                        "Harbor Pipefitters Union.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:harbor-pipefitters-union", "person:dorian-oxby"));
  // A hope or a denial is no endorsement.
  ArticleResult c = Run(std::string(kIntro) +
                        "Oxby hopes to lock in the endorsement of the Harbor Pipefitters Union, "
                        "and Quillfeather has not locked up the support of the Elm City Nurses "
                        "Union.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: 'the group that VERB Y' backs Y only with a backing verb",
          "[relations][endorse]") {
  // "hired" is no backing, though the sentence has an endorsement.
  ArticleResult a = Run(std::string(kIntro) +
                        "Oxby won the endorsement of the Harbor Action Fund, the group that hired "
                        "Marta Quillfeather as a lawyer.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-action-fund", "person:dorian-oxby"));
  CHECK_FALSE(
      HasRelation(a, "ENDORSES", "organization:harbor-action-fund", "person:marta-quillfeather"));
  // A backing verb still names the group's candidate.
  ArticleResult b = Run(std::string(kIntro) +
                        "Oxby won the endorsement of the Harbor Action Fund, the group that backed "
                        "Marta Quillfeather in 2014.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:harbor-action-fund", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: 'the union' names a labour organisation without 'Union' in its name",
          "[relations][endorse]") {
  // A federation of teachers is a union.
  ArticleResult a = Run(std::string(kIntro) +
                        "The Valley Federation of Teachers met in Elm City on Monday.\n\n"
                        "The union endorsed Oxby on Tuesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:valley-federation-of-teachers",
                    "person:dorian-oxby"));
  // So is an organisation named for its members.
  ArticleResult b = Run(std::string(kIntro) +
                        "The Harbor Association of Firefighters met in Elm City on Monday.\n\n"
                        "The union endorsed Oxby on Tuesday.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:harbor-association-of-firefighters",
                    "person:dorian-oxby"));
  // A club is no union; nor is an object that is no candidate.
  ArticleResult c = Run(std::string(kIntro) +
                        "The Harbor Rowing Club met in Elm City on Monday.\n\n"
                        "The union endorsed Oxby on Tuesday.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a dateline's agency is no rival for 'the group'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Elm City (Harbor Wire Service) Oxby on Friday addressed the Valley "
                        "Sportsmen Alliance.\n\n"
                        "Moments after the gun group endorsed Oxby, he spoke about taxes.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "organization:harbor-wire-service", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: 'the group's endorsement of Y', 'the group announced its endorsement'",
          "[relations][endorse]") {
  const std::string named =
      std::string(kIntro) + "The Valley Sportsmen Alliance met on Monday.\n\n";
  ArticleResult a = Run(named + "The group's endorsement of Oxby came on Tuesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  ArticleResult b = Run(named +
                        "In a statement shortly after the group formally announced its endorsement "
                        "of Oxby, Quillfeather said little.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  // Hedged, or two organisations before the description: nothing.
  ArticleResult c = Run(named + "The group has not announced its endorsement of Oxby.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  ArticleResult d =
      Run(std::string(kIntro) +
          "The Valley Sportsmen Alliance and the Harbor Rowing Club met on Monday.\n\n"
          "The group's endorsement of Oxby came on Tuesday.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a described group throws its support, comes out, or heads a which-clause",
          "[relations][endorse]") {
  const std::string named =
      std::string(kIntro) + "The Valley Sportsmen Alliance met on Monday.\n\n";
  ArticleResult a = Run(named + "The hunting group threw its support behind Oxby on Tuesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  ArticleResult b = Run(named + "The group came out for Oxby on Tuesday.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  ArticleResult c = Run(named + "The group, which has endorsed Oxby, meets again in May.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  // Hedged, another verb, or two organisations before: nothing.
  ArticleResult d = Run(named +
                        "The group may throw its support behind Oxby. The group, which has "
                        "criticized Quillfeather, meets again in May.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
  ArticleResult e = Run(std::string(kIntro) +
                        "The Valley Sportsmen Alliance and the Harbor Rowing Club met on "
                        "Monday.\n\nThe group threw its support behind Oxby on Tuesday.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a described organisation as the agent or the giver after 'of'",
          "[relations][endorse]") {
  const std::string named =
      std::string(kIntro) + "The Valley Sportsmen Alliance met on Monday.\n\n";
  ArticleResult a = Run(named + "Oxby was endorsed by the group on Tuesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  ArticleResult b = Run(named + "Oxby won the endorsement of the hunting group in May.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  // Not the group's people, nor a group of others, nor a denial.
  ArticleResult c = Run(named +
                        "Oxby won the endorsement of the group's president. Quillfeather won the "
                        "endorsement of the group of mayors. Oxby did not win the endorsement of "
                        "the group in May.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: 'the union' passes over a party named after the union",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "The Valley Federation of Teachers met on Monday.\n\n"
                        "Its leaders spoke at the Harbor Democratic Club on Tuesday.\n\n"
                        "The union endorsed Oxby on Wednesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:valley-federation-of-teachers",
                    "person:dorian-oxby"));
  CHECK_FALSE(
      HasRelation(a, "ENDORSES", "organization:harbor-democratic-club", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: 'when Q announced (that) it was backing Y' after another name",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Quillfeather spoke in June when the Valley Sportsmen Alliance announced "
                        "that it was endorsing Oxby.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:valley-sportsmen-alliance", "person:dorian-oxby"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:marta-quillfeather", "person:dorian-oxby"));
  // A refusal, or no organisation saying it: nothing.
  ArticleResult b = Run(std::string(kIntro) +
                        "Quillfeather spoke when the Valley Sportsmen Alliance announced it would "
                        "not endorse Oxby. Quillfeather said it was backing Oxby.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

// OrgDescriptionReferent: an organisation's name that only describes a
// person named after it ("former Zorvane Times data expert Nate Pellicott")
// is no referent of "the paper"; alone before "the paper", it still is.
TEST_CASE("ENDORSES: 'the paper' is no organisation that describes a person",
          "[relations][endorse]") {
  const ArticleResult r =
      Run("Race\n\nThe Elmford Courier endorsed Wanda Pellicott on Saturday.\n\nOver the years, "
          "the paper has had mediocre luck, and former Zorvane Times data expert Nate Pellicott "
          "noted that there is little evidence of any benefit. That year, the paper endorsed "
          "Harold Brenstead, who lost the caucuses.\n");
  CHECK_FALSE(HasRelation(r, "ENDORSES", "organization:zorvane-times", "person:harold-brenstead"));
  const ArticleResult s =
      Run("Race\n\nThe Zorvane Times held its meeting on Friday. That year, the paper endorsed "
          "Harold Brenstead, who lost the caucuses.\n");
  CHECK(HasRelation(s, "ENDORSES", "organization:zorvane-times", "person:harold-brenstead"));
}

// OrgShortForm: an unnamed first word of an organisation the article names
// in full is that organisation for "the group" (not the one named before).
TEST_CASE("ENDORSES: 'the group' after a short form of a named organisation",
          "[relations][endorse]") {
  const ArticleResult r = Run(
      "Race\n\nA spokeswoman for the Brightwater Action Fund spoke. Lorna Figgis is director of "
      "the Acme Rifle Association.\n\nActivists associated with Brightwater are supporting "
      "several candidates, even though the group has formally endorsed Harold Brenstead for "
      "president.\n");
  CHECK(HasRelation(r, "ENDORSES", "organization:brightwater-action-fund",
                    "person:harold-brenstead"));
  CHECK_FALSE(
      HasRelation(r, "ENDORSES", "organization:acme-rifle-association", "person:harold-brenstead"));
}
