// ENDORSES to the people a colon lists after a plural description of them
// (extract/endorsement_colon_lists.cc): "two lawmakers endorsed by the
// group: A and B", "X endorsed three candidates: A, B and C".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {
constexpr const char* kFund = "organization:harbor-action-fund";
}  // namespace

TEST_CASE("ENDORSES: a passive's plural head, its endorsees after a colon",
          "[relations][endorse]") {
  // A described agent: the organisation the sentence names.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "When the Harbor Action Fund lost its dinner, it held a forum with two "
                        "lawmakers endorsed by the political advocacy group: Vermont state Rep. "
                        "Wanda Pellicott and U.S. Sen. Harold Brenstead.\n");
  CHECK(HasRelation(a, "ENDORSES", kFund, "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", kFund, "person:harold-brenstead"));
  // A named agent, "backed" in an article about a race, three names.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The forum featured three candidates backed by the Harbor Action Fund: "
                        "Wanda Pellicott, Harold Brenstead and Lorna Figgis.\n");
  CHECK(HasRelation(b, "ENDORSES", kFund, "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", kFund, "person:lorna-figgis"));
  // A person as the agent.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Voters met the women endorsed by Gov. Dorian Makepeace: Wanda "
                        "Pellicott and Lorna Figgis.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:dorian-makepeace", "person:wanda-pellicott"));
  CHECK(HasRelation(c, "ENDORSES", "person:dorian-makepeace", "person:lorna-figgis"));
  // An adverb before the participle; the name before the noun is no subject.
  ArticleResult e = Run(std::string(kElectionIntro) +
                        "The Harbor Action Fund held a forum between its president, Greta "
                        "Valdane, and two lawmakers also endorsed by the political advocacy "
                        "group: Vermont state Rep. Wanda Pellicott and U.S. Sen. Harold "
                        "Brenstead.\n");
  CHECK(HasRelation(e, "ENDORSES", kFund, "person:wanda-pellicott"));
  CHECK(HasRelation(e, "ENDORSES", kFund, "person:harold-brenstead"));
  CHECK_FALSE(HasRelation(e, "ENDORSES", kFund, "person:greta-valdane"));
}

TEST_CASE("ENDORSES: an active verb's plural object, its names after a colon",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "The Harbor Action Fund endorsed three candidates: Wanda Pellicott, "
                        "Harold Brenstead and Lorna Figgis.\n");
  CHECK(HasRelation(a, "ENDORSES", kFund, "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", kFund, "person:harold-brenstead"));
  CHECK(HasRelation(a, "ENDORSES", kFund, "person:lorna-figgis"));
  // A participle as an adjective after a possessive.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The Harbor Action Fund's endorsed candidates: Wanda Pellicott and "
                        "Harold Brenstead.\n");
  CHECK(HasRelation(b, "ENDORSES", kFund, "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", kFund, "person:harold-brenstead"));
  // Titles after the colon.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "The Harbor Action Fund has endorsed two state lawmakers: Rep. Wanda "
                        "Pellicott and Sen. Harold Brenstead.\n");
  CHECK(HasRelation(c, "ENDORSES", kFund, "person:wanda-pellicott"));
  CHECK(HasRelation(c, "ENDORSES", kFund, "person:harold-brenstead"));
}

TEST_CASE("ENDORSES: a colon after no plural of people, or after no endorsing verb",
          "[relations][endorse]") {
  // The things endorsed are bills; the names after the colon wrote them.
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "The Harbor Action Fund endorsed the plan: Wanda Pellicott and Harold "
                        "Brenstead wrote it.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", kFund, "person:wanda-pellicott"));
  // A verb of criticism.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The forum featured two lawmakers criticized by the Harbor Action Fund: "
                        "Wanda Pellicott and Harold Brenstead.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", kFund, "person:wanda-pellicott"));
  // The name after the colon has a verb of its own.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "The Harbor Action Fund endorsed three candidates: Wanda Pellicott "
                        "said the choices were wrong.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", kFund, "person:wanda-pellicott"));
  // A comma, not a colon, after the agent: the head is no list.
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Two lawmakers endorsed by the Harbor Action Fund, Wanda Pellicott "
                        "said, would lose.\n");
  CHECK_FALSE(HasRelation(d, "ENDORSES", kFund, "person:wanda-pellicott"));
}

// Not a colon list, but found with it on the pool (stop 31): "racked up|
// amassed|collected endorsements from X" are verbs of receiving them.
TEST_CASE("ENDORSES: racked up, amassed or collected endorsements", "[relations][endorse]") {
  for (const char* sentence :
       {"Wanda Pellicott racked up endorsements from religious leaders, including Harold "
        "Brenstead and Lorna Figgis.",
        "Wanda Pellicott has racked up endorsements from Harold Brenstead and Lorna Figgis.",
        "Wanda Pellicott amassed endorsements from Harold Brenstead and Lorna Figgis.",
        "Wanda Pellicott collected endorsements from party leaders such as Harold Brenstead and "
        "Lorna Figgis."}) {
    ArticleResult r = Run(std::string(kElectionIntro) + sentence + "\n");
    CHECK(HasRelation(r, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
    CHECK(HasRelation(r, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  }
  // Hedged: hoping to collect them is not having them.
  ArticleResult h = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott hopes to rack up endorsements from Harold Brenstead and "
                        "Lorna Figgis.\n");
  CHECK_FALSE(HasRelation(h, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
}
