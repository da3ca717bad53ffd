// Where a mention starts and ends: names split at "and" before a chamber
// and a titled person, an outlet's acronym split from the beat before a
// media title, and "then-" titles glued to their prefix (mentions.cc); a
// full name confirmed by "the SURNAME administration"; a bare surname
// resolved to a person introduced before it (person_mentions.cc).
#include <catch2/catch.hpp>

#include "tests/extract/test_util.h"

namespace kg::extract {
namespace {

using testing::FindEntity;
using testing::HasRelation;
using testing::Run;

bool HasEntityContaining(const ArticleResult& r, std::string_view part) {
  for (const Entity& e : r.entities) {
    if (e.name.find(part) != std::string::npos) return true;
  }
  return false;
}

TEST_CASE("'and' before a chamber and a titled person splits two names", "[mentions][spans]") {
  ArticleResult r = Run(
      "Talks\n\n"
      "Staff for Marwick and Senate Minority Leader Chuck Feldman met on Tuesday. Officials of "
      "Immigration and Customs Enforcement Director Jane Okafor's agency and Procter and Gamble "
      "workers watched.\n");
  CHECK_FALSE(HasEntityContaining(r, "Marwick and"));
  const Entity* senate = FindEntity(r, "U.S. Senate");
  REQUIRE(senate != nullptr);
  CHECK(HasRelation(r, "HAS_ROLE", "person:chuck-feldman", "organization:u-s-senate"));
  // Inside a body's name "and" stays.
  CHECK(FindEntity(r, "Immigration and Customs Enforcement") != nullptr);
  CHECK(FindEntity(r, "Immigration") == nullptr);
  CHECK(FindEntity(r, "Procter") == nullptr);
}

TEST_CASE("An outlet's acronym before a beat and a media title is the employer",
          "[mentions][spans]") {
  ArticleResult r =
      Run("Ruling\n\n"
          "\"It is narrow,\" said Dara Velt, NBN Supreme Court analyst. \"It is broad,\" said NBN "
          "Nightly News anchor Lisa Marr.\n");
  CHECK(FindEntity(r, "NBN") != nullptr);
  CHECK(FindEntity(r, "Supreme Court") != nullptr);
  CHECK(FindEntity(r, "NBN Supreme Court") == nullptr);
  // The outlet's own name is not cut.
  CHECK(FindEntity(r, "NBN Nightly News") != nullptr);
}

TEST_CASE("A then- title cues the person after it", "[mentions][spans]") {
  ArticleResult r =
      Run("Primary\n\n"
          "She lost the state to then-Sen. Jorvan Quellet in 2008. It was the pebble in "
          "then-Majority Leader Tom Delwick's shoe.\n");
  for (const char* name : {"Jorvan Quellet", "Tom Delwick"}) {
    INFO(name);
    const Entity* p = FindEntity(r, name);
    REQUIRE(p != nullptr);
    CHECK(p->type == EntityType::kPerson);
  }
}

TEST_CASE("A name whose surname names an administration elsewhere is a person",
          "[mentions][spans]") {
  ArticleResult r =
      Run("Police\n\n"
          "The criticism from the National Association of Grocer Organizations is new. NAGO "
          "endorsed Marek Olubay in 2008 and 2012, Johnson said. Many reforms date from the Olubay "
          "administration. Green Zentrix signs were posted by the Zentrix campaign.\n");
  const Entity* p = FindEntity(r, "Marek Olubay");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::kPerson);
  // "Organizations" is a head word: the acronym's long form is a body.
  CHECK(HasRelation(r, "ENDORSES", "organization:national-association-of-grocer-organizations",
                    "person:marek-olubay"));
  // A common word before the name is no first name.
  CHECK(FindEntity(r, "Green Zentrix") == nullptr);
}

TEST_CASE("A bare surname goes to a person introduced before it", "[mentions][spans]") {
  ArticleResult r =
      Run("Race\n\n"
          "Marta Velkova won the state on Tuesday. On Wednesday Velkova secured the endorsement of "
          "Governor Ann Ruiz. Velkova and her husband, former governor Tomas Velkova, campaigned "
          "here. Tomas Velkova spoke first. Tomas Velkova also met donors.\n");
  const Entity* marta = FindEntity(r, "Marta Velkova");
  REQUIRE(marta != nullptr);
  CHECK(marta->mentions.size() >= 3);  // both bare surnames before Tomas's second mention
  CHECK(HasRelation(r, "ENDORSES", "person:ann-ruiz", "person:marta-velkova"));
  CHECK_FALSE(HasRelation(r, "ENDORSES", "person:ann-ruiz", "person:tomas-velkova"));
}

TEST_CASE("A list inside the complement of 'of' stays in the name", "[mentions][spans]") {
  ArticleResult r = Run(
      "Rules\n\n"
      "The Bureau of Lumber, Textiles, Fisheries and Mines issued a rule. Banks such as Bank of "
      "Zarnovia, Kelbrix, Quonta Trust and Vellium objected. Tom Reyes, president of the Harvest "
      "Leader, said so, and so did an adviser of the Chinese President.\n");
  CHECK(FindEntity(r, "Bureau of Lumber, Textiles, Fisheries and Mines") != nullptr);
  CHECK(FindEntity(r, "Bureau of Lumber") == nullptr);
  // A list of names is no name.
  CHECK_FALSE(HasEntityContaining(r, "Zarnovia, Kelbrix"));
  // "president of the Harvest Leader": the title word belongs to the name.
  CHECK(HasRelation(r, "HAS_ROLE", "person:tom-reyes", "organization:harvest-leader"));
  CHECK_FALSE(HasEntityContaining(r, "Chinese President"));
}

TEST_CASE("A country's possessive before a name whose surname acts alone is a person",
          "[mentions][spans]") {
  ArticleResult r =
      Run("Summit\n\n"
          "The talks included Russia's Vadim Koltsov and Japan's Asahi Shimbun. The next day "
          "Koltsov said the talks went well.\n");
  const Entity* p = FindEntity(r, "Vadim Koltsov");
  REQUIRE(p != nullptr);
  CHECK(p->type == EntityType::kPerson);
  const Entity* paper = FindEntity(r, "Asahi Shimbun");
  CHECK((paper == nullptr || paper->type != EntityType::kPerson));
}

TEST_CASE("A surname outside the Census list that speaks twice is a person", "[mentions][spans]") {
  // "Zorbaugh" is in no gazetteer: two speech verbs make it a surname, and
  // its other occurrences (the object of "handed") join the person.
  ArticleResult r = Run(
      "Rally\n\n"
      "Pellham handed Zorbaugh his endorsement on Tuesday. \"We will win,\" Zorbaugh said. Later "
      "Zorbaugh told the crowd that the race was over.\n");
  const Entity* z = FindEntity(r, "Zorbaugh");
  REQUIRE(z != nullptr);
  CHECK(z->type == EntityType::kPerson);
  CHECK(z->mentions.size() == 3);
  // Once is not enough; nor a company an organisation-only noun follows, a
  // word also written in lower case, a word after "in", a glued word.
  ArticleResult s =
      Run("Phones\n\n"
          "Quendor said the phones were safe. Kestrix said it would recall them. Kestrix said "
          "more. Kestrix CEO Jane Okafor spoke. Nice said the city was calm. Nice said more. It "
          "was a nice day in Nice. Pundixa said one thing. Pundixa said another. Reporters in "
          "Pundixa waited. NewsBot said this. NewsBot said that. Gulf states agreed, and Gulf "
          "states paid.\n");
  CHECK(FindEntity(s, "Quendor") == nullptr);
  const Entity* kestrix = FindEntity(s, "Kestrix");
  CHECK((kestrix == nullptr || kestrix->type == EntityType::kOrganization));
  CHECK(FindEntity(s, "Nice") == nullptr);
  CHECK(FindEntity(s, "Pundixa") == nullptr);
  CHECK(FindEntity(s, "NewsBot") == nullptr);
  CHECK(FindEntity(s, "Gulf") == nullptr);
  // An organisation that says "it", a plural.
  ArticleResult o =
      Run("Merger\n\n"
          "Quorvix said it would end the deal. Quorvix said the fee was due. Vermontans said no. "
          "Vermontans said it again.\n");
  CHECK(FindEntity(o, "Quorvix") == nullptr);
  CHECK(FindEntity(o, "Vermontans") == nullptr);
}

TEST_CASE("A person known by surname takes the full name of a headline", "[mentions][spans]") {
  ArticleResult r =
      Run("Donald Zorbaugh's long year\n\n"
          "Zorbaugh said he was tired. Zorbaugh told reporters that he would rest. Queen Elspeth "
          "waved. Elspeth said hello. Elspeth said goodbye.\n");
  const Entity* z = FindEntity(r, "Donald Zorbaugh");
  REQUIRE(z != nullptr);
  CHECK(z->type == EntityType::kPerson);
  CHECK(FindEntity(r, "Zorbaugh") == nullptr);
  // A title that is also a first name is no first name here.
  CHECK(FindEntity(r, "Queen Elspeth") == nullptr);
  // Nor an auxiliary opening a question.
  ArticleResult q =
      Run("Will Zorbaugh Swallow the Party Whole?\n\n"
          "Zorbaugh said he was tired. Zorbaugh told reporters that he would rest.\n");
  CHECK(FindEntity(q, "Will Zorbaugh") == nullptr);
  CHECK(FindEntity(q, "Zorbaugh") != nullptr);
}

TEST_CASE("A word in no word list before a known surname is its first name", "[mentions][spans]") {
  ArticleResult r =
      Run("Party\n\n"
          "Zorbaugh said the party was united. Zorbaugh told donors to give. Party chairman Kwame "
          "Zorbaugh spoke later. Drelling said no. Drelling said yes. Ulwin and Qasha Drelling "
          "left. Facebook Twitter Pinterest Vellum Fennick said hi. Fennick said bye.\n");
  CHECK(FindEntity(r, "Kwame Zorbaugh") != nullptr);
  // Not one of two coordinated first names, not the end of a longer run.
  CHECK(FindEntity(r, "Qasha Drelling") == nullptr);
  CHECK(FindEntity(r, "Drelling") != nullptr);
  CHECK(FindEntity(r, "Pinterest Vellum Fennick") == nullptr);
  // Not a relative named after the person was introduced by surname.
  ArticleResult k =
      Run("Family\n\n"
          "Zorbaugh said he was proud. Zorbaugh told reporters so. His daughter Ulwina Zorbaugh "
          "smiled.\n");
  CHECK(FindEntity(k, "Ulwina Zorbaugh") == nullptr);
  CHECK(FindEntity(k, "Zorbaugh") != nullptr);
}

TEST_CASE("A title word after a first name is a surname, not before a name", "[mentions][spans]") {
  ArticleResult r =
      Run("Race\n\n"
          "Democrat Patty Judge won the primary on Tuesday. Judge told reporters she was ready. "
          "\"We will win,\" Judge said. Senators refused to meet Judge Garland.\n");
  const Entity* judge = FindEntity(r, "Patty Judge");
  REQUIRE(judge != nullptr);
  CHECK(judge->type == EntityType::kPerson);
  CHECK(judge->mentions.size() == 3);  // not "Judge Garland"
  // Not the tail of a longer run.
  ArticleResult m =
      Run("Vote\n\nThe petition is titled Make Hillary Clinton President on Monday.\n");
  CHECK(FindEntity(m, "Clinton President") == nullptr);
}

TEST_CASE("A name in no dictionary set off by commas before a speech verb is a person",
          "[mentions][spans]") {
  ArticleResult r =
      Run("Talks\n\n"
          "Her Republican counterpart, Kwame Zorbaugh, said the talks failed. The parent company, "
          "Goldman Sachs, said nothing. In the capital, New Haven, said residents, it rained.\n");
  const Entity* z = FindEntity(r, "Kwame Zorbaugh");
  REQUIRE(z != nullptr);
  CHECK(z->type == EntityType::kPerson);
  // Dictionary and place words are no such evidence.
  const Entity* g = FindEntity(r, "Goldman Sachs");
  CHECK((g == nullptr || g->type != EntityType::kPerson));
  const Entity* h = FindEntity(r, "New Haven");
  CHECK((h == nullptr || h->type != EntityType::kPerson));
}

}  // namespace
}  // namespace kg::extract
