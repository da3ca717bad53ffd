// ENDORSES rules of news round-ups (extract/endorsement_lists.cc and their
// hook-ups): endorser lists that mix people and organisations or hold a name
// no stage found, a receiver named as the first object of "won|earned",
// "with endorsements from" after a clause, coordinated adjectives before the
// noun, an organisation's relative clause before the verb, and group nouns
// that a name only modifies.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: endorser lists mixing people and organisations", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "State Rep. Wanda Pellicott got the endorsement of the Farmer-Labor "
                        "Party, outgoing Gov. Harold Brenstead and key unions in the state.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:farmer-labor-party", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Thomas Vasquell has the backing of the Tarrant Teachers Union, Sen. "
                        "Mildred Okonkwo, who recruited him to run, and Sen. Lorna Figgis.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:mildred-okonkwo", "person:thomas-vasquell"));
  CHECK(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:thomas-vasquell"));
  // "as well as", and a name no stage found is passed over.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Dorian Makepeace has gotten the endorsement of Zorvex-QTU, as well as "
                        "California Sen. Elsbeth Marlowe.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:elsbeth-marlowe", "person:dorian-makepeace"));
  // A verb after a name ends the list: the speaker endorses nobody.
  ArticleResult d = Run(std::string(kElectionIntro) +
                        "Dorian Makepeace won the endorsement of the Tarrant Teachers Union, "
                        "Sen. Lorna Figgis said on Monday.\n");
  CHECK(
      HasRelation(d, "ENDORSES", "organization:tarrant-teachers-union", "person:dorian-makepeace"));
  CHECK_FALSE(HasRelation(d, "ENDORSES", "person:lorna-figgis", "person:dorian-makepeace"));
  // A possessive in an apposition names no endorser.
  ArticleResult e = Run(std::string(kElectionIntro) +
                        "Dorian Makepeace won the endorsement of Sen. Lorna Figgis, Sen. Mildred "
                        "Okonkwo's former chief of staff.\n");
  CHECK(HasRelation(e, "ENDORSES", "person:lorna-figgis", "person:dorian-makepeace"));
  CHECK_FALSE(HasRelation(e, "ENDORSES", "person:mildred-okonkwo", "person:dorian-makepeace"));
}

TEST_CASE("ENDORSES: with endorsements from, after a clause", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott has gotten more of the establishment support, with "
                        "endorsements from Sen. Harold Brenstead, the Tarrant Teachers Union and "
                        "the Ferris Rifle Association.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  CHECK(
      HasRelation(a, "ENDORSES", "organization:tarrant-teachers-union", "person:wanda-pellicott"));
  CHECK(HasRelation(a, "ENDORSES", "organization:ferris-rifle-association",
                    "person:wanda-pellicott"));
  // Not when the clause is hedged.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott hopes to run again, with endorsements from Sen. Harold "
                        "Brenstead.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: the receiver as the first of two objects", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "That strategy won Wanda Pellicott a last minute endorsement of Harold "
                        "Brenstead, who tweeted about her.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Maria Pellicott is more conservative than her rival. Her positions "
                        "have won her the support of Republican Rep. Harold Brenstead.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:maria-pellicott"));
  // "won him the support of many in the community" names no endorser; a
  // hedge before the verb gives nothing.
  ArticleResult c = Run(std::string(kElectionIntro) +
                        "Harold Brenstead spoke often. It may have won Wanda Pellicott the "
                        "support of Sen. Lorna Figgis.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: coordinated adjectives before the noun", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Wanda Pellicott had the visible and forceful backing of Harold "
                        "Brenstead.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: an organisation's relative clause before the verb", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "The Tarrant Teachers Union, which had backed Lorna Figgis, officially "
                        "endorsed Harold Brenstead on Monday.\n");
  CHECK(
      HasRelation(a, "ENDORSES", "organization:tarrant-teachers-union", "person:harold-brenstead"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:lorna-figgis", "person:harold-brenstead"));
}

TEST_CASE("ENDORSES: a group noun that a name modifies throws no support", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "Several former Brenstead aides have thrown their support behind Wanda "
                        "Pellicott.\n");
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:brenstead", "person:wanda-pellicott"));
  CHECK(CountType(a, "ENDORSES") == 0);
  // A named person still does.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Harold Brenstead has thrown his support behind Wanda Pellicott.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: a name no stage found before ', which has endorsed'", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kElectionIntro) +
                        "\"We are close,\" said Nils Varga, a strategist for Quorvane for "
                        "Tomorrow, which has endorsed Harold Brenstead.\n");
  CHECK(IsOrganization(a, "Quorvane for Tomorrow"));
  CHECK(
      HasRelation(a, "ENDORSES", "organization:quorvane-for-tomorrow", "person:harold-brenstead"));
  // A place is no endorser.
  ArticleResult b = Run(std::string(kElectionIntro) +
                        "Voters in Ohio, which backed Harold Brenstead, are angry.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: the first to back or support a person", "[relations][endorse]") {
  ArticleResult a =
      Run("Bridges\n\nHarold Brenstead, 69, the first sitting senator to endorse Wanda Pellicott, "
          "spoke on Monday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b =
      Run("Bridges\n\nHarold Brenstead was the first member of the House to back Wanda Pellicott "
          "and spoke at her convention.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult c =
      Run("Bridges\n\nSupporters like Rep. Harold Brenstead, D-Ariz., the first member of congress "
          "to back Wanda Pellicott, have gone quiet.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult d =
      Run("Bridges\n\nLorna Figgis, one of the first elected officials to support Wanda Pellicott, "
          "said on Monday that she was tired.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // Not a hedge, not a bill or an organisation, not without the ordinal.
  ArticleResult e = Run(
      "Bridges\n\nHarold Brenstead would not be the first senator to back Wanda Pellicott. "
      "Lorna Figgis was the first senator to back the Acme Widget Act. Thomas Vasquell, a senator "
      "who likes to back Wanda Pellicott, spoke.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: one of a person's backers", "[relations][endorse]") {
  ArticleResult a =
      Run("Bridges\n\nFormer Secretary of State Harold Brenstead \xe2\x80\x94 one of Wanda "
          "Pellicott's highest-profile endorsers \xe2\x80\x94 was overheard on Sunday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b = Run(
      "Bridges\n\nLorna Figgis, one of President Wanda Pellicott's earliest backers in the House, "
      "spoke.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:lorna-figgis", "person:wanda-pellicott"));
  // Backers of a plan, or backers without "one of", name no endorser.
  ArticleResult c =
      Run("Bridges\n\nLorna Figgis, one of the bill's backers, spoke. Thomas Vasquell met Wanda "
          "Pellicott's backers.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // A copula's subject: "X has been among Y's most loyal backers", past a
  // one-word aside and a title before Y.
  ArticleResult d =
      Run("Bridges\n\nThe Acme Rifle Association, meanwhile, has been among GOP nominee Wanda "
          "Pellicott's most loyal backers.\n");
  CHECK(
      HasRelation(d, "ENDORSES", "organization:acme-rifle-association", "person:wanda-pellicott"));
  // Not hedged, not a plan's backers.
  ArticleResult e =
      Run("Bridges\n\nLorna Figgis may be among Wanda Pellicott's earliest backers. Thomas "
          "Vasquell was among the bill's backers.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a gerund after 'after|before' takes its clause's subject",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Bridges\n\nHarold Brenstead, who last year became one of the first two members elected, "
          "introduced Wanda Pellicott on Monday after endorsing her presidential campaign last "
          "month.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  ArticleResult b = Run(
      "Bridges\n\nThe party listens to primary challenger Sen. Harold Brenstead of Vermont, who "
      "pulled Wanda Pellicott to the left before backing her.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
  // Another clause between the subject and the gerund: nobody named.
  ArticleResult c =
      Run("Bridges\n\nHarold Brenstead spoke, and voters cheered Wanda Pellicott before endorsing "
          "her.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:harold-brenstead", "person:wanda-pellicott"));
}

TEST_CASE("ENDORSES: a group backing Y, 'including supporters such as A, the leader, and B'",
          "[relations][endorse]") {
  ArticleResult a =
      Run(std::string(kTwoCandidateIntro) +
          "Far more Republican officials are publicly backing Dorian Oxby than did four years "
          "ago, including steadfast supporters such as Republican leaders like Sen. Ida Brack, "
          "the Senate majority leader, and Sen. Gus Halvorsen and Gov. Nell Pardee.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:nell-pardee", "person:dorian-oxby"));
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Many Democratic lawmakers have endorsed Marta Quillfeather, including "
                        "party leaders like Rep. Gus Halvorsen and Gov. Nell Pardee.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  CHECK(HasRelation(b, "ENDORSES", "person:nell-pardee", "person:marta-quillfeather"));
  // Critics listed after the backing clause back no one.
  ArticleResult c = Run(std::string(kTwoCandidateIntro) +
                        "Many Republican officials are backing Dorian Oxby, including critics "
                        "such as Sen. Ida Brack and Gov. Nell Pardee.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a group supporting Y, 'including A and B' (the verb support)",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Many Republican senators are publicly supporting Dorian Oxby, including "
                        "Sen. Ida Brack and Gov. Nell Pardee.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:nell-pardee", "person:dorian-oxby"));
  // Not a bill, not a denial.
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Many Republican senators support the bill, including Sen. Ida Brack.\n\n"
                        "Many Republican senators do not support Oxby, including Sen. Nell "
                        "Pardee.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a coordinated list goes on past a person-free apposition",
          "[relations][endorse]") {
  ArticleResult a = Run(std::string(kTwoCandidateIntro) +
                        "Oxby was endorsed by Sen. Ida Brack, the majority whip, and Gov. Nell "
                        "Pardee.\n\nQuillfeather has won endorsements from several senators, "
                        "including allies such as Sen. Gus Halvorsen, the party's whip, and Rep. "
                        "Lena Vance.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:ida-brack", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:nell-pardee", "person:dorian-oxby"));
  CHECK(HasRelation(a, "ENDORSES", "person:gus-halvorsen", "person:marta-quillfeather"));
  CHECK(HasRelation(a, "ENDORSES", "person:lena-vance", "person:marta-quillfeather"));
  // A new clause after the apposition is no list.
  ArticleResult b = Run(std::string(kTwoCandidateIntro) +
                        "Sen. Ida Brack endorsed Oxby, the party's nominee, and Gov. Nell Pardee "
                        "criticized him.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:nell-pardee", "person:dorian-oxby"));
}
