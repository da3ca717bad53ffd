// Endorsers described and then named in apposition
// (extract/endorsement_named_descriptions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: 'the endorsement of the state's largest newspaper, the X'",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Oxby has the endorsement of the state's largest newspaper, the Bellmont "
                        "Gazette.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:bellmont-gazette", "person:dorian-oxby"));
  // A person after a description whose words name an organisation.
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Oxby nabbed the endorsement of the state's lone House member, Rep. Tomas "
                        "Rixley.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:tomas-rixley", "person:dorian-oxby"));
  CHECK(CountType(b, "ENDORSES") == 1);
  // A dash after the name.
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "Quillfeather has the endorsement of the state's largest newspaper, the "
                        "Bellmont Gazette -- her biggest yet.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:bellmont-gazette", "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: a description without a name, or a hope, stays silent",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Oxby won the support of the state's largest union, which represents "
                        "40,000 nurses.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Oxby hopes to win the endorsement of the state's largest newspaper, the "
                        "Bellmont Gazette.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a dash-enclosed aside before the endorser's name", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the endorsement of Ohio governor \xe2\x80\x94 and "
                        "former party rival \xe2\x80\x94 Harold Brenstead on Tuesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the endorsement of former rival -- and current Ohio "
                        "governor -- Harold Brenstead on Tuesday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  // An aside that is a clause or names someone is no second description.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the endorsement of the governor \xe2\x80\x94 who is "
                        "Harold Brenstead \xe2\x80\x94 on Tuesday. Thomas Vasquell won the "
                        "endorsement of the union \xe2\x80\x94 and Lorna Figgis \xe2\x80\x94 on "
                        "Tuesday.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
}

TEST_CASE("ENDORSES: a subject before a dash-enclosed aside", "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kElectionIntro) +
          "Gov. Harold Brenstead on Monday \xe2\x80\x94 who was a major Lorna Figgis "
          "backer in 2016 \xe2\x80\x94 also endorsed Wanda Pellicott for president.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  ArticleResult b =
      Run(std::string(kElectionIntro) +
          "Thomas Vasquell -- a former rival -- endorsed Wanda Pellicott on Friday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:thomas-vasquell", "person:wanda-pellicott"));
  // A comma inside: no aside of the subject's.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "The mayor met Thomas Vasquell, and then \xe2\x80\x94 after a long talk "
                        "\xe2\x80\x94 endorsed Wanda Pellicott.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:thomas-vasquell", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: 'X praised the union -- which Z leads -- and endorsed Y' is X's",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Sen. Harold Brenstead praised the union \xe2\x80\x94 which Lorna Figgis "
                        "leads \xe2\x80\x94 and endorsed Wanda Pellicott for president.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Sen. Harold Brenstead praised the union, which Lorna Figgis leads, and "
                        "endorsed Wanda Pellicott for president.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // The relative's own coordinated verbs stay its subject's.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Harold Brenstead, who met Lorna Figgis and endorsed Wanda Pellicott, "
                        "spoke on Tuesday.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
}
