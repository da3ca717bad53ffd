// The organisation position of a role construction as evidence that a
// capitalised name with no head word is an organisation (role_org_cues.cc,
// RoleOrgCue), and the guards that keep places, parties, nationalities,
// fields and people out of it; a word that only ends like a nationality
// after "the" ("told the Guardian").
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("A role's organisation slot names an organisation", "[mentions][org_cues]") {
  ArticleResult r =
      Run("Budget\n\n"
          "Yale economist Marta Quillon said the plan was costly. Dorvik Executive Chairman Hal "
          "Brenner agreed with her. \"It will pass,\" said Tom Malik, the managing editor at "
          "Pressbolt. Lena Varga, a vice president at health insurer Carefold, disagreed. Ira "
          "Sokol, the Ledgewire's national correspondent, wrote about the vote. The rules were "
          "written by Nadia Rusk, the chief counsel to Fairbrook, last year.\n");
  for (const char* name : {"Yale", "Dorvik", "Pressbolt", "Carefold", "Ledgewire", "Fairbrook"}) {
    INFO(name);
    CHECK(IsOrganization(r, name));
  }
  CHECK(HasRelation(r, "HAS_ROLE", "person:marta-quillon", "organization:yale"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:tom-malik", "organization:pressbolt"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:ira-sokol", "organization:ledgewire"));
}

TEST_CASE("A role's organisation slot takes no place, party, nationality, field or candidate",
          "[mentions][org_cues]") {
  ArticleResult r = Run(
      "Summit\n\n"
      "Texas professor Mabel Ostrander spoke first. Pavel Lind, president of France, and Anna "
      "Roe, governor of Ohio, listened. Defense analyst Corin Mayhew was not convinced, nor was "
      "South Korean President Joon Park. Brantley campaign manager Sid Farrow left early. Ola "
      "Wren, chief economist for the Brantley administration, stayed. Tom Vale, legislative "
      "director for Ohio Right to Work, and Republican strategist Dana Ruiz watched. Philippine "
      "President Ramon Cruz came late. Shakespeare scholar Ivo Marr read a poem.\n");
  for (const char* name : {"Texas", "France", "Ohio", "Defense", "South Korean", "Brantley",
                           "Ohio Right", "Republican", "Philippine", "Shakespeare"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

TEST_CASE("A role's slot names a three-word body that starts like a person's name",
          "[mentions][org_cues]") {
  ArticleResult r =
      Run("Ads\n\n"
          "\"We will spend more,\" said Brian Tolley, executive director of Carmen Rising "
          "Squared. \"We will not,\" said Dana Ruiz, communications director for Bo Dietrow.\n");
  CHECK(IsOrganization(r, "Carmen Rising Squared"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:brian-tolley", "organization:carmen-rising-squared"));
  // Two words are still a person's name.
  CHECK_FALSE(IsOrganization(r, "Bo Dietrow"));
}

TEST_CASE("cued orgs: a dictionary word ending like a nationality after the", "[mentions][orgs]") {
  // "guardian" is a lower-case dictionary word, so "the Guardian" in a
  // reporting slot is a publication, not a people.
  ArticleResult a = Run(
      "Strike\n\nThe walkout will go on, Hattie Brennock told the Guardian on Monday. The union "
      "had planned it for weeks, the Guardian reported.\n");
  CHECK(IsOrganization(a, "Guardian"));
  // A nationality is still none ("the German" is a capitalised dictionary
  // entry), nor a party.
  ArticleResult b =
      Run("Talks\n\nThe offer was fair, Hattie Brennock told the German on Monday. Then she told "
          "the Republican the same.\n");
  CHECK(FindEntity(b, "German") == nullptr);
  CHECK(FindEntity(b, "Republican") == nullptr);
}

TEST_CASE("cued orgs: one word after the as the subject of a past speech verb",
          "[mentions][orgs]") {
  ArticleResult a =
      Run("Drills\n\nTwo ships collided near the port, the Admiralty said on Tuesday. The Zentara "
          "first reported the crash.\n");
  CHECK(IsOrganization(a, "Admiralty"));
  CHECK(IsOrganization(a, "Zentara"));
  // Documents speak in the present; sides, kin and plurals are no bodies.
  ArticleResult b =
      Run("Rights\n\nThe Charter says so, and the Left said the vote was rigged. Later the Father "
          "denied it, and the Wintersons said nothing.\n");
  CHECK(FindEntity(b, "Charter") == nullptr);
  CHECK(FindEntity(b, "Left") == nullptr);
  CHECK(FindEntity(b, "Father") == nullptr);
  CHECK(FindEntity(b, "Wintersons") == nullptr);
}

TEST_CASE("cued orgs: the name before a polling average", "[mentions][orgs]") {
  ArticleResult a =
      Run("Race\n\nShe leads by four points, according to the Pollvane average of recent polls. He "
          "trails in the Civic Tally polling average.\n");
  CHECK(IsOrganization(a, "Pollvane"));
  CHECK(IsOrganization(a, "Civic Tally"));
  // An index's average is no aggregator's: the sentence has no poll.
  ArticleResult b = Run("Markets\n\nStocks slid, and the Zorvex average fell 2 percent.\n");
  CHECK_FALSE(IsOrganization(b, "Zorvex"));
}

TEST_CASE("cued orgs: a kind noun before called or named", "[mentions][orgs]") {
  ArticleResult a =
      Run("Race\n\nThe money went to a little-known startup called Brindlewave. A super PAC named "
          "Plenvoy spent more.\n");
  CHECK(IsOrganization(a, "Brindlewave"));
  CHECK(IsOrganization(a, "Plenvoy"));
  // A verb after a name ("Zephyr magazine named Jane Roe ..."), and a name the
  // run cuts short ("called Brisk in Boston", "called Oak Number 1").
  ArticleResult b =
      Run("Race\n\nZephyr magazine named Dorian Oxby Person of the Year. A startup called Brisk in "
          "Boston Labs grew. A group called Oak Number 1 spent.\n");
  CHECK(FindEntity(b, "Dorian Oxby Person") == nullptr);
  CHECK_FALSE(IsOrganization(b, "Brisk"));
  CHECK_FALSE(IsOrganization(b, "Oak Number"));
}

TEST_CASE("cued orgs: names opening with Our or a verb before the|to", "[mentions][orgs]") {
  ArticleResult a = Run(std::string(testing::kElectionIntro) +
                        "Jane Ordway, president of Our Tomorrow, spoke. Mend the Fence, a super "
                        "PAC supporting Ordway, ran ads. Dorian Oxby founded a group called "
                        "Need to Vote.\n");
  CHECK(IsOrganization(a, "Our Tomorrow"));
  CHECK(IsOrganization(a, "Mend the Fence"));
  CHECK(IsOrganization(a, "Need to Vote"));
  CHECK(FindEntity(a, "Tomorrow") == nullptr);
  CHECK(FindEntity(a, "Fence") == nullptr);
  // Not a noun after an article, nor a person's epithet.
  ArticleResult b = Run(
      "Paper\n\nThe editor told the Bugle the report was wrong. Alexander the Great, a king, is "
      "long dead.\n");
  CHECK(FindEntity(b, "Bugle the Report") == nullptr);
  CHECK(FindEntity(b, "Alexander the Great") == nullptr);
}

TEST_CASE("cued orgs: a domain name opening with a digit", "[mentions][orgs]") {
  ArticleResult a = Run(std::string(testing::kElectionIntro) +
                        "Jane Ordway has the support of the climate group 417.org, and it "
                        "endorsed her. Turnout was 52.5 percent.\n");
  CHECK(IsOrganization(a, "417.org"));
  CHECK(HasRelation(a, "ENDORSES", "organization:417-org", "person:jane-ordway"));
  CHECK(a.entities.size() == 2);  // no number is a name
}

}  // namespace
}  // namespace kg::extract
