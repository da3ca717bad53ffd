// Names of bodies the person tests would take for people, and the forms an
// article writes a body's name in: an apposition that calls a two-word name
// a company or group (cued_orgs.cc, RetypeAppositiveBodies), and a
// capitalised "The" inside a sentence kept as an alias of the outlet
// (coreference.cc, Finish); an age set off by commas after a name
// (surname_mentions.cc, AgeApposition).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasAlias;
using testing::HasRelation;
using testing::IsOrganization;
using testing::Run;

TEST_CASE("An apposition calling a two-word name a body makes it an organisation",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Ads pulled\n\n"
          "Advertisers left the show on Monday. Velmora Daskin, a Danish pharmaceutical company "
          "that advertises diabetes medicine on the show, told the Hill it would pull its ads. "
          "Talvik Orsano, a data firm with ties to donors, said it was reviewing the matter.\n");
  CHECK(IsOrganization(r, "Velmora Daskin"));
  CHECK(IsOrganization(r, "Talvik Orsano"));
}

TEST_CASE("A person described by a noun phrase about a body stays a person",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Race\n\n"
          "Sandy Pensler, a detergent manufacturer, is running for the seat. Don Blankenship, a "
          "former coal company CEO, lost. Gov. Brenna Kallis, the group that won, cheered. Nolan "
          "Ferro, a spokesman for the firm, said the firm regretted it. Lena Varga, a group of "
          "one, objected.\n");
  for (const char* name :
       {"Sandy Pensler", "Don Blankenship", "Brenna Kallis", "Nolan Ferro", "Lena Varga"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kPerson);
  }
}

TEST_CASE("A capitalised The inside a sentence is kept as an alias of the outlet",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Donors\n\n"
          "Obama told a group of donors in November that he was worried, according to The New "
          "York Times. Jane Roe, president and CEO of The Israel Project, agreed.\n");
  const Entity* times = FindEntity(r, "New York Times");
  REQUIRE(times != nullptr);
  CHECK(HasAlias(*times, "The New York Times"));
  const Entity* project = FindEntity(r, "Israel Project");
  REQUIRE(project != nullptr);
  CHECK(HasAlias(*project, "The Israel Project"));
}

TEST_CASE("A sentence-initial The is no part of a body's name", "[mentions][body_names]") {
  ArticleResult r =
      Run("Donors\n\n"
          "The New York Times reported the meeting. The Justice Department declined to "
          "comment.\n");
  const Entity* times = FindEntity(r, "New York Times");
  REQUIRE(times != nullptr);
  CHECK_FALSE(HasAlias(*times, "The New York Times"));
  for (const Entity& e : r.entities) {
    INFO(e.name);
    CHECK_FALSE(HasAlias(e, "The Justice Department"));
  }
}

TEST_CASE("An age set off by commas after a name makes it a person's", "[mentions][body_names]") {
  ArticleResult r =
      Run("Forum\n\n"
          "Warren spoke at the forum on Monday.\n\n"
          "Snuffy Main, 64, who traveled to the forum from Montana, said he liked her.\n\n"
          "Manny Iron Hawk, 62, said Warren \"did the right thing.\"\n");
  for (const char* name : {"Snuffy Main", "Manny Iron Hawk"}) {
    INFO(name);
    const Entity* e = FindEntity(r, name);
    REQUIRE(e != nullptr);
    CHECK(e->type == EntityType::kPerson);
  }
}

TEST_CASE("Numbers set off by commas are no age when a name or a place follows",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Scores\n\n"
          "Final scores were Iron Hawk, 21, Silver Lake 14 in the opener. In New Mexico, 12, "
          "of the counties voted early.\n");
  CHECK(FindEntity(r, "Iron Hawk") == nullptr);
  CHECK(FindEntity(r, "New Mexico") == nullptr);
}

TEST_CASE("A state university's name runs on to its campus", "[mentions][body_names]") {
  ArticleResult r =
      Run("Economists\n\n"
          "Emmanuel Saez is an economics professor at the University of California, Berkeley. "
          "Raphael Sonenshein teaches at California State University, Los Angeles, and Jane Roe "
          "studied at the University of Texas at Austin.\n");
  CHECK(IsOrganization(r, "University of California, Berkeley"));
  CHECK(IsOrganization(r, "California State University, Los Angeles"));
  CHECK(IsOrganization(r, "University of Texas at Austin"));
}

TEST_CASE("A university's name takes no list, person or longer name after a comma",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Schools\n\n"
          "Students left the University of Phoenix, Laureate International and ITT Tech. In a "
          "letter from the University of Virginia, Thomas Jefferson wrote about it. She "
          "studied law at the University of California, Irvine School of Law.\n");
  CHECK(IsOrganization(r, "University of Phoenix"));
  CHECK(IsOrganization(r, "University of Virginia"));
  CHECK(FindEntity(r, "University of Phoenix, Laureate International") == nullptr);
  CHECK(FindEntity(r, "University of Virginia, Thomas Jefferson") == nullptr);
  CHECK(FindEntity(r, "University of California, Irvine") == nullptr);
}

TEST_CASE("A title word that is a first name opens the name after another title",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Senate\n\n"
          "Nevada Sen. Dean Heller said he would vote no. The letter was signed by Executive "
          "Editor Dean Baquet. The dean of the law school, Dean Rusk, objected.\n");
  CHECK(FindEntity(r, "Dean Heller") != nullptr);
  CHECK(FindEntity(r, "Dean Baquet") != nullptr);
  CHECK(FindEntity(r, "Heller") == nullptr);
}

TEST_CASE("A plural only companies have names the word before it", "[mentions][body_names]") {
  ArticleResult r =
      Run("Accounts\n\n"
          "About 70 million Quillr accounts were suspended. Analysts said Zentrobe executives "
          "met on Monday. Quillr has faced criticism for years.\n");
  CHECK(IsOrganization(r, "Quillr"));
  CHECK(IsOrganization(r, "Zentrobe"));
}

TEST_CASE("Places, nationalities, acronyms and sentence openers take no company plural",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Workers\n\n"
          "Officials said Texas employees and Chinese investors met. Several investors left. "
          "The firm hired LGBT employees, and Democratic users complained.\n");
  for (const char* name : {"Texas", "Chinese", "Several", "LGBT", "Democratic"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

TEST_CASE("An outlet opening with The keeps a title word at its end", "[mentions][body_names]") {
  ArticleResult r =
      Run("Show\n\n"
          "Her beliefs put her at odds with the Constitution, according to The Vallorn Reporter. "
          "The letter reached Vallorn Reporter Jane Roe on Monday.\n");
  CHECK(IsOrganization(r, "Vallorn Reporter"));
  CHECK_FALSE(IsOrganization(r, "Vallorn"));
}

TEST_CASE("A thing's word after a first name is a surname before a title or an age",
          "[mentions][body_names]") {
  ArticleResult r =
      Run("Forum\n\n"
          "\"Do you want our votes?\" Kristen Day, executive director of Democrats for Life, "
          "asked the candidate. Ryan Lane, 37, was charged. Crowds gathered in Grant Park, a "
          "big lawn, on Monday.\n");
  CHECK(FindEntity(r, "Kristen Day") != nullptr);
  CHECK(FindEntity(r, "Ryan Lane") != nullptr);
  CHECK(FindEntity(r, "Grant Park") == nullptr);
}

TEST_CASE("A people's plural before 'for' opens a group's name", "[mentions][body_names]") {
  // An invented group: a demonym's plural is no place when "for" follows.
  ArticleResult r =
      Run("Vote\n\n\"The plan failed,\" said Jane Roe, president of Americans for Clean "
          "Harbors.\n");
  CHECK(IsOrganization(r, "Americans for Clean Harbors"));
  CHECK(HasRelation(r, "HAS_ROLE", "person:jane-roe", "organization:americans-for-clean-harbors"));
}

TEST_CASE("A people's plural without 'for' after it names no group", "[mentions][body_names]") {
  // "Latin Americans", "Native Americans": the plural ends the run, no
  // "for" follows it.
  ArticleResult r =
      Run("Vote\n\nJane Roe, a leader of Latin Americans in the city, said the plan failed. She "
          "spoke for Native Americans of the valley.\n");
  for (const char* name : {"Latin Americans", "Native Americans"}) {
    INFO(name);
    CHECK_FALSE(IsOrganization(r, name));
  }
}

}  // namespace
}  // namespace kg::extract
