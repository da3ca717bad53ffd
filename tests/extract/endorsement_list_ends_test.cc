// Lists at either end of an endorsement (stop 27): a body before a listed
// person's title, "scooped up the endorsements of", a list item that names
// no one, "the support of" beside endorsements, party members coordinated
// as receivers, the ones joined in endorsing (also with a pronoun
// candidate) and an owned endorsement given to its recipients
// (extract/endorsement_recipients.cc).
#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a body before a listed person's title is no endorser",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott won the endorsements of Harold Brenstead and House "
                        "Speaker Lorna Figgis.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "organization:u-s-house-of-representatives",
                          "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott has scooped up the endorsements of former President "
                        "Harold Brenstead, fellow Ohio Sen. Mildred Okonkwo, and House Minority "
                        "Leader Lorna Figgis.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", "person:mildred-okonkwo", "person:wanda-pellicott"));
  CHECK(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "organization:u-s-house-of-representatives",
                          "person:wanda-pellicott"));
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Harold Brenstead endorsed Wanda Pellicott and House "
                        "Speaker Lorna Figgis.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:lorna-figgis"));
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:harold-brenstead",
                          "organization:u-s-house-of-representatives"));
}

TEST_CASE("ENDORSES: gathering verbs with up, hedged or not", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nWanda Pellicott has scooped up the endorsement of Sen. Harold "
          "Brenstead.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b =
      Run("Race\n\nWanda Pellicott has failed to pick up the endorsement of Sen. "
          "Harold Brenstead.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: the support of a list set beside endorsements", "[relations][endorse]") {
  // No election word: the endorsements in the same sentence make "the
  // support of" one; an item naming no one is passed over.
  for (const char* text : {
           "Race\n\nWhile Wanda Pellicott has the endorsements of Harold Brenstead, Thomas "
           "Vasquell has the support of the climate action group 480.org, prominent billionaire "
           "Lorna Figgis, and key labor groups.\n",
           "Race\n\nWhile Wanda Pellicott has the endorsements of Harold Brenstead, Thomas "
           "Vasquell has the support of a local union, prominent billionaire Lorna Figgis, and "
           "key labor groups.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
    CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
  }
  // Without an endorsement or election word, support is no endorsement.
  ArticleResult b =
      Run("Race\n\nThomas Vasquell has the support of a local union and prominent "
          "billionaire Lorna Figgis for his tax plan.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
  // A verb after the item ends the list.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell has the support of a local union, Lorna Figgis said.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
}

TEST_CASE("ENDORSES: party members coordinated as receivers", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nDemocrat Wanda Pellicott and Republican Thomas Vasquell on "
          "Saturday won the endorsement of the Bellmore Gazette.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:bellmore-gazette", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "organization:bellmore-gazette", "person:thomas-vasquell"));
}

TEST_CASE("ENDORSES: the ones joined in endorsing, after a group noun", "[relations][endorse]") {
  for (const char* text : {
           "Race\n\nFormer rival Harold Brenstead joined other former contenders like Lorna "
           "Figgis, Mildred Okonkwo and Tomas Reyburn in endorsing Dorian Oxby.\n",
           "Race\n\nHarold Brenstead joined fellow senators Lorna Figgis, Mildred Okonkwo and "
           "Tomas Reyburn in endorsing Dorian Oxby.\n",
           // A pronoun candidate: the endorsers are no referent of "him".
           "Race\n\nTwo super PACs said they would back Dorian Oxby, and former rival Harold "
           "Brenstead joined other former contenders like Lorna Figgis, Mildred Okonkwo and "
           "Tomas Reyburn in endorsing him.\n",
       }) {
    ArticleResult a = Run(text);
    INFO(text);
    for (const char* x : {"person:harold-brenstead", "person:lorna-figgis",
                          "person:mildred-okonkwo", "person:tomas-reyburn"})
      CHECK(HasRelation(a, "ENDORSES", x, "person:dorian-oxby"));
    CHECK_FALSE(HasRelation(a, "ENDORSES", "person:dorian-oxby", "person:harold-brenstead"));
  }
  ArticleResult b =
      Run("Race\n\nHarold Brenstead refused to join fellow senators Lorna Figgis "
          "and Mildred Okonkwo in endorsing Dorian Oxby.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:dorian-oxby"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:dorian-oxby"));
  ArticleResult c =
      Run("Race\n\nHarold Brenstead joined Republicans such as Lorna Figgis in "
          "criticizing Dorian Oxby.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:lorna-figgis", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: an owned endorsement given to its recipients", "[relations][endorse]") {
  ArticleResult a = Run(
      "Race\n\nIn the end, the Bellmore Gazette's dual endorsements\xe2\x80\x94"
      "bestowed upon both Sens. Wanda Pellicott (D-Mass.) and Lorna Figgis (D-Minn.)\xe2\x80\x94"
      "did not matter.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:bellmore-gazette", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "organization:bellmore-gazette", "person:lorna-figgis"));
  ArticleResult b =
      Run("Race\n\nHarold Brenstead's much-coveted endorsement went to Wanda "
          "Pellicott last month.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  for (const char* text : {
           "Race\n\nHarold Brenstead's endorsement would go to Wanda Pellicott.\n",
           "Race\n\nHarold Brenstead's endorsement went to Wanda Pellicott's rival.\n",
           "Race\n\nHarold Brenstead's endorsement went to waste, Wanda Pellicott said.\n",
       }) {
    ArticleResult c = Run(text);
    INFO(text);
    CHECK_FALSE(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  }
}

TEST_CASE("ENDORSES: described and titled candidates after backing verbs and nouns",
          "[relations][endorse]") {
  for (const char* text : {
           "The Tarrant Teachers Union is backing House Speaker Lorna Figgis, Sen. Harold "
           "Brenstead, and conservative commentator Tomas Reyburn.\n",
           "The Tarrant Teachers Union is backing both conservative commentator Tomas Reyburn, "
           "House Speaker Lorna Figgis and Sen. Harold Brenstead.\n",
           "The Tarrant Teachers Union announced its endorsement of House Speaker Lorna Figgis, "
           "Sen. Harold Brenstead and conservative commentator Tomas Reyburn.\n",
           "The Tarrant Teachers Union threw its support behind both House Speaker Lorna Figgis, "
           "Sen. Harold Brenstead and conservative commentator Tomas Reyburn.\n",
           "The Tarrant Teachers Union's endorsement of House Speaker Lorna Figgis, Sen. Harold "
           "Brenstead and conservative commentator Tomas Reyburn surprised nobody.\n",
       }) {
    ArticleResult a = Run(std::string(kElectionIntro) + text);
    INFO(text);
    for (const char* y : {"person:lorna-figgis", "person:harold-brenstead", "person:tomas-reyburn"})
      CHECK(HasRelation(a, "ENDORSES", "organization:tarrant-teachers-union", y));
  }
  // "supports" a described person backs no candidate.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Harold Brenstead supports Quorvex Media founder Tomas Reyburn, who says "
                        "he did nothing wrong.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:tomas-reyburn"));
  // A phrase after "Of" is no subject: the name after the comma speaks.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Of Harold Brenstead's endorsement of Lorna Figgis, Tomas Reyburn said: "
                        "\"He had no choice.\"\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:lorna-figgis"));
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:tomas-reyburn"));
}

TEST_CASE("ENDORSES: serial lists of described endorsers before the verb", "[relations][endorse]") {
  for (const char* text : {
           "Ohio Gov. Wanda Pellicott, billionaire activist Dorian Oxby, and state Sen. Petra "
           "Vance endorsed Thomas Vasquell.\n",
           "On Monday, Ohio Gov. Wanda Pellicott, billionaire activist Dorian Oxby, and state "
           "Sen. Petra Vance announced their support for Thomas Vasquell.\n",
       }) {
    ArticleResult a = Run(std::string(kElectionIntro) + text);
    INFO(text);
    for (const char* x : {"person:wanda-pellicott", "person:dorian-oxby", "person:petra-vance"})
      CHECK(HasRelation(a, "ENDORSES", x, "person:thomas-vasquell"));
  }
  // A comma alone does not make a list: "After meeting A, B endorsed Y".
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "After meeting Ohio Gov. Wanda Pellicott, billionaire activist Dorian "
                        "Oxby endorsed Thomas Vasquell.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:dorian-oxby", "person:thomas-vasquell"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:wanda-pellicott", "person:thomas-vasquell"));
}

TEST_CASE("ENDORSES: a described organisation as a later list item", "[relations][endorse]") {
  for (const char* text : {
           "Thomas Vasquell was endorsed by Sen. Harold Brenstead and the environmental group "
           "Green Tide.\n",
           "Thomas Vasquell won the endorsements of Sen. Harold Brenstead, the environmental "
           "group Green Tide, and Gov. Lorna Figgis.\n",
       }) {
    ArticleResult a = Run(std::string(kElectionIntro) + text);
    INFO(text);
    CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:thomas-vasquell"));
    CHECK(HasRelation(a, "ENDORSES", "organization:green-tide", "person:thomas-vasquell"));
  }
  // Not a group the list only mentions: a verb after it ends the list.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell was endorsed by Sen. Harold Brenstead, and the "
                        "environmental group Green Tide attacked him.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "organization:green-tide", "person:thomas-vasquell"));
}

TEST_CASE("ENDORSES: described people after an organisation or 'gave its endorsement to'",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "The Tarrant Teachers Union gave its endorsement to Ohio Gov. Wanda "
                        "Pellicott and conservative commentator Tomas Reyburn.\n");
  CHECK(
      HasRelation(a, "ENDORSES", "organization:tarrant-teachers-union", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "organization:tarrant-teachers-union", "person:tomas-reyburn"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell was endorsed by the Tarrant Teachers Union and "
                        "conservative commentator Tomas Reyburn.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:tomas-reyburn", "person:thomas-vasquell"));
  // A participle after "and" opens a clause of its own.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell was endorsed by the Tarrant Teachers Union and praised "
                        "commentator Tomas Reyburn.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:tomas-reyburn", "person:thomas-vasquell"));
}

TEST_CASE("ENDORSES: organisations after the object when the subject is unnamed",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "The Phoenix-based outlet was one of numerous papers that traditionally "
                        "backed Republicans but instead endorsed Wanda Pellicott, along with the "
                        "Bellmore Gazette and the Tarrant Teachers Union.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:bellmore-gazette", "person:wanda-pellicott"));
  CHECK(
      HasRelation(a, "ENDORSES", "organization:tarrant-teachers-union", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "The outlet would not endorse Wanda Pellicott, along with the Bellmore "
                        "Gazette.\n");
  CHECK_FALSE(
      HasRelation(b, "ENDORSES", "organization:bellmore-gazette", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: described and titled agents of a passive 'backed by'",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell has been backed by conservative commentator Tomas "
                        "Reyburn and House Speaker Lorna Figgis.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:tomas-reyburn", "person:thomas-vasquell"));
  CHECK(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
  // An issue after the agents: no endorsement of a candidacy.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell has been backed by Tomas Reyburn and House Speaker Lorna "
                        "Figgis on the water bill.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
}
