// A second endorser coordinated with an endorsement's subject in the passive
// "X was joined by Z in endorsing Y" (extract/endorsement_ellipsis.cc), one
// of the constructions tests/eval/meta_coord.py adds to sentences kg reads.
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: the passive 'was joined by Z in endorsing Y' gives Z",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt in endorsing Harold "
           "Pimsleur.\n",
           "Race\n\nOn Monday, Gov. Greta Valdane was joined by Sen. Walter Brennholt in "
           "endorsing Harold Pimsleur for governor.\n",
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt and Rep. Nadia Quorvex "
           "in endorsing Harold Pimsleur.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
    CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: no joined endorser for another act or a hedge", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt in criticizing Harold "
           "Pimsleur.\n",
           "Race\n\nGov. Greta Valdane was joined by Sen. Walter Brennholt at a rally, and she "
           "later endorsed Harold Pimsleur.\n",
           "Race\n\nGov. Greta Valdane refused to be joined by Sen. Walter Brennholt in endorsing "
           "Harold Pimsleur.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: a second listed endorsee before a time adverb", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur and Walter Brennholt shortly after "
           "the debate.\n",
           "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur and Walter Brennholt nearly a year "
           "ago.\n",
           "Race\n\nGov. Greta Valdane endorsed both Harold Pimsleur and Walter Brennholt the day "
           "before the primary.\n",
           "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur and Walter Brennholt just hours "
           "after the vote.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  }
  // An adverb before a verb opens a new clause: B is its subject, no object.
  ArticleResult b = Run(
      "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur, and Walter Brennholt quickly endorsed "
      "Nadia Quorvex.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:nadia-quorvex"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}

TEST_CASE("ENDORSES: 'supports Y and Z' in an election article gives both",
          "[relations][endorse]") {
  const char* race =
      "Senate primary heats up\n\nThe Senate primary on Tuesday pits four candidates against each "
      "other in the race for the open seat.\n\n";
  ArticleResult a = Run(std::string(race) +
                        "Howard Brennholt, a former ambassador who supports Harold Pimsleur and "
                        "Nadia Quorvex, said the race was close.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:howard-brennholt", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:howard-brennholt", "person:nadia-quorvex"));
  // A verb after the second name: a new clause, not a list of objects.
  ArticleResult b = Run(std::string(race) +
                        "Howard Brennholt supports Harold Pimsleur and Nadia Quorvex says she "
                        "will wait.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:howard-brennholt", "person:nadia-quorvex"));
}

TEST_CASE("ENDORSES: a titled person after ', along with' at the clause's end endorses too",
          "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur on Tuesday, along with Sen. "
           "Walter Brennholt.\n",
           "Race\n\nGov. Greta Valdane backed Harold Pimsleur in the primary, along with "
           "President Walter Brennholt.\n",
           "Race\n\nThe Acme Council endorsed Mr. Harold Pimsleur in 2016, along with Sen. Walter "
           "Brennholt.\n",
           "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur, who is running for governor, on "
           "Tuesday, along with Sen. Walter Brennholt.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: no endorser from 'along with' before a second candidate or a thing",
          "[relations][endorse]") {
  for (const char* text : {
           // untitled: as likely a second endorsee
           "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur, along with Walter Brennholt.\n",
           // a titled object: a slate of candidates
           "Race\n\nGov. Greta Valdane endorsed Sen. Harold Pimsleur, along with Sen. Walter "
           "Brennholt.\n",
           "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur, along with Sen. Walter "
           "Brennholt's plan.\n",
           "Race\n\nGov. Greta Valdane, along with her husband, attended a rally for Harold "
           "Pimsleur with Sen. Walter Brennholt.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  }
  ArticleResult b = Run(
      "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur along with his plan for the state.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: a clause after 'until|although' has its own subject", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nSen. Walter Brennholt spoke.\n\nThe race between Nadia Quorvex and Harold "
           "Pimsleur was close until Brennholt, a Republican, endorsed Pimsleur.\n",
           "Race\n\nSen. Walter Brennholt spoke.\n\nNadia Quorvex led until Brennholt, along "
           "with Gov. Greta Valdane, endorsed Harold Pimsleur.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:nadia-quorvex", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: endorsers after a coordinated object and before 'supports'",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nGov. Greta Valdane endorsed Harold Pimsleur and Nadia Quorvex on Tuesday, along "
          "with Sen. Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:nadia-quorvex"));
  const char* race =
      "Senate primary heats up\n\nThe Senate primary on Tuesday pits four candidates against each "
      "other in the race for the open seat.\n\n";
  ArticleResult b = Run(std::string(race) +
                        "Gov. Greta Valdane, along with Sen. Walter Brennholt, supports Harold "
                        "Pimsleur, a former prosecutor.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // An aside of no names is no accompaniment: the voter rule still holds.
  ArticleResult c =
      Run(std::string(race) + "A voter, along with her husband, supports Harold Pimsleur.\n");
  CHECK(c.relations.empty());
}

TEST_CASE("ENDORSES: a second verb of support shares the object", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nGov. Greta Valdane endorsed and campaigned for Harold Pimsleur.\n",
           "Race\n\nGov. Greta Valdane has endorsed and campaigned with Sen. Harold Pimsleur in "
           "Iowa.\n",
           "Senate primary heats up\n\nThe Senate primary on Tuesday pits four candidates against "
           "each other.\n\nGov. Greta Valdane has backed and campaigned for Harold Pimsleur.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
  for (const char* text : {
           "Race\n\nGov. Greta Valdane endorsed and later dropped Harold Pimsleur.\n",
           "Race\n\nGov. Greta Valdane endorsed and campaigned for the plan of Harold Pimsleur.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  }
}

TEST_CASE("ENDORSES: listed endorsees each with a year", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nGov. Greta Valdane endorsed Harold Pimsleur in 2016 and Walter Brennholt in "
          "2020.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
  // A verb after the second name opens a clause of its own.
  ArticleResult b = Run(
      "Race\n\nGov. Greta Valdane endorsed Harold Pimsleur in 2016 and Walter Brennholt said it "
      "was a mistake.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:walter-brennholt"));
}
