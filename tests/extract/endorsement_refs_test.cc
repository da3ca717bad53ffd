// ENDORSES rules whose endorser or target is not named in the verb's own
// phrase: pronoun objects, "the group", a possessor of "backing by", an
// ordinal description ("the first senator to endorse"), a copula's relative
// clause, and support listed "such as" named people.
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

using namespace kg::extract;
using namespace kg::extract::testing;

TEST_CASE("ENDORSES: a pronoun object", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur is running for governor. Greta Valdane endorsed him on "
          "Tuesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  REQUIRE(FindRelation(a, "ENDORSES") != nullptr);
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.pronoun");
  // A relative clause as subject; "her" before a bid is the candidate.
  ArticleResult b =
      Run("Race\n\nMaxine Rutherford spoke in Dayton with Gov. Harold Pimsleur, who has endorsed "
          "her, at her side.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  ArticleResult c =
      Run("Race\n\nMaxine Rutherford opened an office in Dayton. The Plumbers Union endorsed her "
          "presidential bid this month.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:plumbers-union", "person:maxine-rutherford"));
}

TEST_CASE("ENDORSES: pronoun objects that stay unresolved", "[relations][endorse]") {
  // Two men before "him": ambiguous.
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur met Walter Brennholt in Dayton. Greta Valdane endorsed him on "
          "Tuesday.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
  // "her" before another noun is a possessive: her opponent is someone else.
  ArticleResult b =
      Run("Race\n\nMaxine Rutherford spoke in Dayton. Harold Pimsleur endorsed her opponent.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  // A negation with a curly apostrophe, a wish, and an endorser that is no
  // subject of the verb.
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur spoke in Dayton. Greta Valdane hasn\xe2\x80\x99t endorsed him. "
          "His aides want to have Gov. Greta Valdane endorse him. Not one of Greta Valdane's "
          "colleagues has endorsed him.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // "his candidacy" with another man named later in the sentence.
  ArticleResult d =
      Run("Race\n\nHarold Pimsleur ran in 1970. Since Greta Valdane endorsed his candidacy, the "
          "crowd is the one Walter Brennholt faces.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
  // "him" is never the endorser himself.
  ArticleResult e = Run("Race\n\nWalter Brennholt endorsed him on Tuesday.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: the group as endorser", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nGreta Valdane is chief strategist of the Plumbers Union, which has 5,000 "
          "members. The group has endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:plumbers-union", "person:maxine-rutherford"));
  ArticleResult b =
      Run("Race\n\nThe Plumbers Union met in Dayton. The advocacy group is backing Maxine "
          "Rutherford in the primary.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:plumbers-union", "person:maxine-rutherford"));
  // Two organisations named before: which group is unclear.
  ArticleResult c =
      Run("Race\n\nThe Plumbers Union met the Carpenters Union in Dayton. The group has endorsed "
          "Maxine Rutherford.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a possessor backed by listed endorsers", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford's high-profile backing by the likes of Gov. Harold Pimsleur "
          "and former Sen. Greta Valdane has helped her.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  REQUIRE(FindRelation(a, "ENDORSES") != nullptr);
  CHECK(FindRelation(a, "ENDORSES")->evidence.rule == "endorse.nominal_by");
  ArticleResult b =
      Run("Race\n\nThe Plumbers Union's endorsement of Maxine Rutherford and her backing by Gov. "
          "Harold Pimsleur upset the Left.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // A plan is no candidate.
  ArticleResult c =
      Run("Plan\n\nThe water plan's backing by Gov. Harold Pimsleur surprised many.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: an apposition with a possessive is no coordinated endorser",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford already had secured the backing of Harold Pimsleur, Greta "
          "Valdane's former chief strategist.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
}

TEST_CASE("ENDORSES: the first to endorse", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur, the first senator to endorse Maxine Rutherford, spoke.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  ArticleResult b =
      Run("Race\n\nGreta Valdane was one of the first sitting governors to endorse Maxine "
          "Rutherford.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  // Hypothetical: nothing.
  ArticleResult c =
      Run("Race\n\nGreta Valdane would not be the first governor to endorse Maxine Rutherford.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: re-endorsed, and a copula's relative clause", "[relations][endorse]") {
  ArticleResult a = Run("Race\n\nGreta Valdane has re-endorsed Maxine Rutherford.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:maxine-rutherford"));
  ArticleResult b =
      Run("Race\n\nMaxine Rutherford is a sitting senator from Ohio who was endorsed by party "
          "leadership and Gov. Harold Pimsleur.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  ArticleResult c = Run(
      "Race\n\nMaxine Rutherford is a sitting senator from Ohio who was endorsed by GOP leadership "
      "and Gov. Harold Pimsleur.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
}

TEST_CASE("ENDORSES: support from named people listed as examples", "[relations][endorse]") {
  ArticleResult a =
      Run("Vote\n\nMaxine Rutherford has support from big-name Ohio Democrats such as former "
          "Gov. Harold Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  ArticleResult b =
      Run("Vote\n\nHarold Pimsleur points to Greta Valdane's support among Democrats such as "
          "Rep. Maxine Rutherford and Sen. Walter Brennholt.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:maxine-rutherford", "person:greta-valdane"));
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:greta-valdane"));
  // Support among voters, or for a bill: nothing.
  ArticleResult c =
      Run("Vote\n\nMaxine Rutherford's support among black voters gave her wide gains. The water "
          "bill has support from Gov. Harold Pimsleur.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: endorsements received without an article", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur received endorsements from Greta Valdane, Walter Brennholt "
          "and Sen. Paula Hart.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:paula-hart", "person:harold-pimsleur"));
  // Members of a body are not the body; a title after an organisation
  // names the endorser.
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur won support from many Plumbers Union members in the "
          "primary.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur won the endorsement of House Democratic leader Greta "
          "Valdane.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(CountType(c, "ENDORSES") == 1);
}

TEST_CASE("ENDORSES: an endorsement for a candidate", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur is running for governor. Greta Valdane posted on Twitter a "
          "full-throated endorsement for his candidacy on Wednesday.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nThe Plumbers Union's endorsement for Harold Pimsleur came late.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
  // Withheld: none. Withdrawn by a person ("his|her"): it was given, a past
  // fact; not withdrawn: it stands.
  ArticleResult c =
      Run("Race\n\nGreta Valdane withheld her endorsement of Harold Pimsleur. Walter Brennholt "
          "withdrew his endorsement of Harold Pimsleur.\n");
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(c, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  ArticleResult e =
      Run("Race\n\nRep. Greta Valdane came under fire in her primary for withdrawing her "
          "endorsement of Harold Pimsleur in the 2016 race.\n");
  CHECK(HasRelation(e, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult d =
      Run("Race\n\nGreta Valdane did not withdraw her endorsement of Harold Pimsleur.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: an endorsement made, or with adjectives in a row", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nThe feud grew after Greta Valdane made a less-than-enthusiastic endorsement "
          "of Sen. Harold Pimsleur ahead of the primary.\n\nWalter Brennholt rose to the "
          "occasion and gave a full-throated, public endorsement of his rival Maxine Rutherford "
          "before the crowd.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  // Negated, hedged, or of a plan: none.
  ArticleResult b =
      Run("Race\n\nGreta Valdane has not made an endorsement of Harold Pimsleur. Walter "
          "Brennholt may make an endorsement of Maxine Rutherford. Ida Kolb made a tepid, "
          "public endorsement of the Clean Harbors Act.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

// Outside an election sentence, only in an article about a race (three
// strict election words): the context line below.
const char* const kRaceContext =
    "Vote\n\nThe candidates in the primary election await the nominee.\n\n";
TEST_CASE("ENDORSES: backed by a named endorser", "[relations][endorse]") {
  ArticleResult a = Run(std::string(kRaceContext) +
                        "Harold Pimsleur, who is backed by Greta Valdane and Walter Brennholt, "
                        "won.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  ArticleResult b = Run(std::string(kRaceContext) +
                        "Harold Pimsleur was backed by Ohio Senate President Greta Valdane.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(CountType(b, "ENDORSES") == 1);
  // An issue after the endorser, an organisation or a bill backed: nothing.
  ArticleResult c =
      Run("Vote\n\nHarold Pimsleur is backed by Greta Valdane on the water bill. The Plumbers "
          "Union, backed by Walter Brennholt, grew. The water bill, backed by Greta Valdane, "
          "passed.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
  // Outside an article about a race, an aide backed by a minister is no
  // candidate.
  ArticleResult d =
      Run("Policy\n\nHarold Pimsleur, backed by Greta Valdane, had sought to extend the "
          "waivers.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a contracted future is hedged", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHe\xe2\x80\x99ll surely endorse Harold Pimsleur, Greta Valdane said.\n");
  CHECK(CountType(a, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: a subject across a relative clause or description", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nRep. Greta Valdane of Arizona, who backed Harold Pimsleur, told CNN she was "
          "disappointed.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nGreta Valdane, a seven-term congresswoman from Ohio's 10th Congressional "
          "District who endorsed Harold Pimsleur for governor, spoke.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  // The relative clause's own object is not the subject of the main verb.
  ArticleResult c =
      Run("Race\n\nGreta Valdane, who is challenging Walter Brennholt, backs Harold Pimsleur in "
          "the race.\n");
  CHECK(HasRelation(c, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK_FALSE(HasRelation(c, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // A voter who backed a candidate voted; a participle after the clause is
  // not the head's.
  ArticleResult d =
      Run("Race\n\nGreta Valdane, a Democratic voter who backed Harold Pimsleur in the caucuses, "
          "spoke. Reformers refused to support Walter Brennholt, who had a reputation for "
          "corruption, backing Harold Pimsleur instead.\n");
  CHECK(CountType(d, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: helped by an endorsement; adverbs in a passive", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nHarold Pimsleur is running for governor. He was buoyed Wednesday by the "
          "endorsement of former candidate Greta Valdane.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nHarold Pimsleur was also recently endorsed by the Plumbers Union, the state's "
          "largest union.\n");
  CHECK(HasRelation(b, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
  // No form of "be": a description endorsed, not the person before it; a
  // possessor's speech is no candidate.
  ArticleResult c =
      Run("Race\n\nMany see Harold Pimsleur's plan as sound, a view recently endorsed by Greta "
          "Valdane. Harold Pimsleur's speech was warmly endorsed by Walter Brennholt.\n");
  CHECK(CountType(c, "ENDORSES") == 0);
}

TEST_CASE(
    "ENDORSES: a group's named members, a coordinated relative, an article before "
    "the endorsement",
    "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nMost of the state's Democratic leadership has endorsed Harold Pimsleur, "
          "including Gov. Greta Valdane and Sen. Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  ArticleResult b =
      Run("Race\n\nGreta Valdane (D-Va.), who serves with Walter Brennholt on the Budget "
          "Committee and has endorsed Harold Pimsleur, spoke.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  ArticleResult c =
      Run("Race\n\nHarold Pimsleur has a critical endorsement from the Plumbers Union.\n");
  CHECK(HasRelation(c, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
  ArticleResult d =
      Run("Race\n\nHarold Pimsleur also has endorsements from Greta Valdane and Walter "
          "Brennholt.\n");
  CHECK(HasRelation(d, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(d, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // A bill's backing is no endorsement.
  ArticleResult e = Run("Vote\n\nThe water bill has backing from Greta Valdane.\n");
  CHECK(CountType(e, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: his union", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nWalter Brennholt joined the Plumbers Union in 1990. His union has endorsed "
          "Harold Pimsleur.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:plumbers-union", "person:harold-pimsleur"));
  // The organisation named before is no union: someone else's union.
  ArticleResult b =
      Run("Race\n\nWalter Brennholt asked the Columbus Dispatch not to use his name because his "
          "union has endorsed Harold Pimsleur.\n");
  CHECK(CountType(b, "ENDORSES") == 0);
}

TEST_CASE("ENDORSES: with the backing of", "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nIt is a classic battle: Harold Pimsleur, a state senator with the endorsement "
          "of retiring Rep. Greta Valdane, versus Maxine Rutherford with the backing of Rep. "
          "Walter Brennholt.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
  // A name with a bare apostrophe after the endorser starts a new clause;
  // a law passed with backing has no person to hold it.
  ArticleResult b =
      Run("Race\n\nAlthough Harold Pimsleur had support in the state with the backing of former "
          "Gov. Greta Valdane, Mr. Walter Brennholt\xe2\x80\x98 supporters won. The law passed "
          "with the backing of the Plumbers Union.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:greta-valdane", "person:harold-pimsleur"));
  CHECK(CountType(b, "ENDORSES") == 1);
}

TEST_CASE("ENDORSES: a pronoun object is whom a subject pronoun means, not a named object",
          "[relations][endorse]") {
  // "she" of the sentence before is Rutherford; Valdane is only kissed.
  ArticleResult a =
      Run("Race\n\nMaxine Rutherford ran for the Senate in 1999. In those months she met Greta "
          "Valdane in Dayton. The Lakeshore Herald never warmed to her, but the Harbor Tribune "
          "endorsed her.\n");
  CHECK(HasRelation(a, "ENDORSES", "organization:harbor-tribune", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "organization:harbor-tribune", "person:greta-valdane"));
  // A subject pronoun that is the endorser himself names no one else: the
  // named man stands.
  ArticleResult b =
      Run("Race\n\nWalter Brennholt spoke in Dayton. He praised Harold Pimsleur at the rally. "
          "Brennholt endorsed him on Tuesday.\n");
  CHECK(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:harold-pimsleur"));
}

TEST_CASE("ENDORSES: the person titled after a person's possessive is the endorser",
          "[relations][endorse]") {
  ArticleResult a =
      Run("Race\n\nGreta Valdane won the primary. Meanwhile, Maxine Rutherford was endorsed by "
          "Harold Pimsleur's former chief strategist Walter Brennholt, who spoke in Dayton.\n");
  CHECK(HasRelation(a, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
  CHECK_FALSE(HasRelation(a, "ENDORSES", "person:harold-pimsleur", "person:maxine-rutherford"));
  // A possessive before a noun that is no title: no jump to a later name.
  ArticleResult b =
      Run("Race\n\nGreta Valdane won the primary. Maxine Rutherford was endorsed by Harold "
          "Pimsleur's allies in Dayton, Walter Brennholt said.\n");
  CHECK_FALSE(HasRelation(b, "ENDORSES", "person:walter-brennholt", "person:maxine-rutherford"));
}
