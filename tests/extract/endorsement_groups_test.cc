// A group described by the candidate it backs (extract/endorsement_groups.cc,
// rule endorse.group): the organisation named in an apposition before or
// after "a super PAC supporting Y", or listed after "groups backing Y:".
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

namespace {

constexpr const char* kIntro =
    "Money race\n\nMarta Quillfeather and Dorian Oxby are candidates in the primary election for "
    "governor, and each campaign is on the air.\n\n";

}  // namespace

TEST_CASE("ENDORSES: a group named before 'a super PAC supporting Y'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Lantern Fund, a super PAC supporting Quillfeather, raised $3 million.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:lantern-fund", "person:marta-quillfeather"));
  // Inside a longer apposition: "head of X, an outside group backing Y".
  ArticleResult b = Run(std::string(kIntro) +
                        "Ansel Prentiss, head of the Harbor Alliance, an outside group backing "
                        "Oxby, said the ads would start soon.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:harbor-alliance", "person:dorian-oxby"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:ansel-prentiss", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: a group named after 'the super PAC backing Y'", "[relations][endorse]") {
  // Not the organisation of the sentence before: the apposition names it.
  ArticleResult a = Run(std::string(kIntro) +
                        "The Lantern Fund spent heavily in May. The main super PAC backing "
                        "Oxby, Riverbend Action Network, spent $1 million on ads.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:riverbend-action-network", "person:dorian-oxby"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "organization:lantern-fund", "person:dorian-oxby"));
  // A list after a colon: every organisation.
  ArticleResult b = Run(std::string(kIntro) +
                        "She named three groups backing Quillfeather: the Harbor Alliance, "
                        "the Lantern Fund and the Riverbend Action Network.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:harbor-alliance", "person:marta-quillfeather"));
  CHECK(HasRelation(b, "ENDORSES", "organization:riverbend-action-network",
                    "person:marta-quillfeather"));
}

TEST_CASE("ENDORSES: a group backing no named candidate gives nothing", "[relations][endorse]") {
  // A cause, not a candidate.
  ArticleResult a = Run(std::string(kIntro) +
                        "The Harbor Alliance, a group supporting the new port plan, ran ads.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // A group with no name of its own.
  ArticleResult b = Run(std::string(kIntro) +
                        "Outside groups backing Oxby are better funded than those supporting "
                        "Quillfeather, Ansel Prentiss said.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a 'Name's List' group is one organisation", "[relations][endorse][mentions]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Oxby has the endorsements of Tamsin's List and the Harbor Alliance. "
                        "Ida Brack, president of Tamsin's List, praised him.\n");
  CHECK(IsOrganization(a, "Tamsin's List"));
  CHECK(FindEntity(a, "List") == nullptr);
  CHECK(HasRelation(a, "ENDORSES", "organization:tamsin-s-list", "person:dorian-oxby"));
  CHECK(HasRelation(a, "HAS_ROLE", "person:ida-brack", "organization:tamsin-s-list"));
  // A list of someone's in lower case is no name.
  ArticleResult b = Run(std::string(kIntro) + "Oxby was on Tamsin's list of favorites.\n");
  CHECK_FALSE(IsOrganization(b, "Tamsin's list"));
}

TEST_CASE("ENDORSES: a relative clause on the group noun of an apposition",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Ansel Prentiss spoke for the Harbor Alliance, a group that supported "
                        "Gov. Marta Quillfeather and Dorian Oxby.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-alliance", "person:marta-quillfeather"));
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-alliance", "person:dorian-oxby"));
  // Past an acronym in parentheses; "has endorsed".
  ArticleResult b = Run(std::string(kIntro) +
                        "Ida Brack, co-founder of the Riverbend Action Network (RAN), an "
                        "advocacy group that has endorsed Oxby, spoke.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:riverbend-action-network", "person:dorian-oxby"));
  // A cause or a person's agenda is no candidate.
  ArticleResult c = Run(std::string(kIntro) +
                        "The Harbor Alliance, a group that supports Oxby's agenda, ran ads.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "organization:harbor-alliance", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: an irregular plural's possessive inside an endorser's name",
          "[relations][endorse][mentions]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "\"We are all in,\" said Ida Brack of People's Harbor Coalition, an "
                        "activist organization that has endorsed Oxby.\n");
  CHECK(IsOrganization(a, "People's Harbor Coalition"));
  CHECK(HasRelation(a, "ENDORSES", "organization:people-s-harbor-coalition", "person:dorian-oxby"));
  ArticleResult b = Run(std::string(kIntro) +
                        "Ida Brack, president of the National Women's Harbor Fund, praised "
                        "Oxby.\n");
  CHECK(IsOrganization(b, "National Women's Harbor Fund"));
}

TEST_CASE("ENDORSES: a described person coordinated after 'and'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Oxby attracted support from Ida Brack and conservative provocateur Gus "
                        "Halvorsen, with the latter appearing at his rallies.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  // After a bare comma a lower-case word is a verb: "Y, called Z" names no
  // coordinated Z.
  ArticleResult b =
      Run(std::string(kIntro) + "Ida Brack, who has endorsed Quillfeather, called Oxby a fraud.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:ida-brack", "person:dorian-oxby"));
}

TEST_CASE("ENDORSES: 'Y endorsers include A, B and C'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kIntro) +
                        "Other notable Quillfeather endorsers include the Harbor Alliance, Sen. "
                        "Ida Brack and Gov. Gus Halvorsen.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-alliance", "person:marta-quillfeather"));
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:marta-quillfeather"));
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  ArticleResult b = Run(std::string(kIntro) +
                        "Oxby's backers included the Riverbend Action Network and former Gov. "
                        "Lena Voss.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:riverbend-action-network", "person:dorian-oxby"));
  CHECK(HasRelation(b, "ENDORSES", "person:lena-voss", "person:dorian-oxby"));
  // Hoped-for backers are none.
  ArticleResult c =
      Run(std::string(kIntro) + "Oxby hopes his backers will include Gov. Lena Voss.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:lena-voss", "person:dorian-oxby"));
}
