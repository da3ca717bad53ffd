#include "store/resolver.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace kg::store {
namespace {

using graph::NodeType;

EntityMention Person(graph::ArticleId article, uint32_t local, std::string name,
                     std::vector<std::string> aliases = {}) {
  return {article, local, NodeType::kPerson, std::move(name), std::move(aliases)};
}

EntityMention Org(graph::ArticleId article, uint32_t local, std::string name,
                  std::vector<std::string> aliases = {}) {
  return {article, local, NodeType::kOrganization, std::move(name), std::move(aliases)};
}

const ResolvedEntity& Of(const Resolution& r, graph::ArticleId article, uint32_t local) {
  std::optional<size_t> index = r.EntityIndex(article, local);
  REQUIRE(index.has_value());
  return r.entities[*index];
}

TEST_CASE("resolution keys ignore titles, initials, suffixes and a leading 'the'") {
  CHECK(ResolutionKey(NodeType::kPerson, "Sen. John Kennedy") == "john kennedy");
  CHECK(ResolutionKey(NodeType::kPerson, "Donald J. Trump") == "donald trump");
  CHECK(ResolutionKey(NodeType::kPerson, "Martin Luther King Jr.") == "martin luther king");
  CHECK(ResolutionKey(NodeType::kPerson, "President Trump") == "trump");
  CHECK(ResolutionKey(NodeType::kOrganization, "The Washington Post") == "washington post");
  CHECK(ResolutionKey(NodeType::kOrganization, "U.S. Senate") == "u s senate");
}

TEST_CASE("only proper-name aliases can join articles") {
  CHECK(IsProperNameAlias("ICE"));
  CHECK(IsProperNameAlias("The Washington Post"));
  CHECK_FALSE(IsProperNameAlias("the union"));
  CHECK_FALSE(IsProperNameAlias("The union"));
  CHECK_FALSE(IsProperNameAlias(""));
}

TEST_CASE("a surname joins the only person who has it") {
  Resolution r = ResolveEntities({Person(1, 1, "Donald Trump", {"President Trump"}),
                                  Person(2, 1, "Trump"), Person(3, 1, "Donald J. Trump")},
                                 {});
  REQUIRE(r.entities.size() == 1);
  CHECK(r.entities[0].name == "Donald Trump");
  CHECK(r.entities[0].articles.size() == 3);
  CHECK(std::count(r.entities[0].aliases.begin(), r.entities[0].aliases.end(), "Trump") == 1);
  CHECK_FALSE(r.entities[0].decisions.empty());
}

TEST_CASE("a surname shared by two people stays apart and says why") {
  Resolution r = ResolveEntities(
      {Person(1, 1, "John Kennedy"), Person(2, 1, "Robert Kennedy"), Person(3, 1, "Kennedy")}, {});
  REQUIRE(r.entities.size() == 3);
  const ResolvedEntity& bare = Of(r, 3, 1);
  CHECK(bare.name == "Kennedy");
  REQUIRE(bare.decisions.size() == 1);
  CHECK(bare.decisions[0].find("ambiguous") != std::string::npos);
}

TEST_CASE("an acronym learnt in one article resolves in another") {
  Resolution r =
      ResolveEntities({Org(1, 1, "U.S. Immigration and Customs Enforcement",
                           {"ICE", "Immigration and Customs Enforcement"}),
                       Org(2, 1, "ICE"), Org(3, 1, "Immigration and Customs Enforcement"),
                       Org(3, 2, "National ICE Council", {"ICE Council", "the union"})},
                      {});
  CHECK(Of(r, 1, 1).id == Of(r, 2, 1).id);
  CHECK(Of(r, 1, 1).id == Of(r, 3, 1).id);
  CHECK(Of(r, 3, 2).id != Of(r, 1, 1).id);
  CHECK(Of(r, 1, 1).name == "U.S. Immigration and Customs Enforcement");
}

TEST_CASE("persons and organizations never merge") {
  Resolution r = ResolveEntities({Person(1, 1, "Ford"), Org(2, 1, "Ford")}, {});
  CHECK(r.entities.size() == 2);
}

TEST_CASE("the result does not depend on the order of mentions") {
  std::vector<EntityMention> mentions = {
      Person(1, 1, "John Kennedy"),   Person(2, 1, "Kennedy"),
      Person(3, 1, "Robert Kennedy"), Person(4, 1, "Jeff Sessions", {"Sessions"}),
      Person(5, 1, "Sessions"),       Org(6, 1, "ICE", {"Immigration and Customs Enforcement"})};
  Resolution first = ResolveEntities(mentions, {});
  std::reverse(mentions.begin(), mentions.end());
  Resolution second = ResolveEntities(mentions, {});
  REQUIRE(first.entities.size() == second.entities.size());
  for (size_t i = 0; i < first.entities.size(); ++i) {
    CHECK(first.entities[i].id == second.entities[i].id);
    CHECK(first.entities[i].aliases == second.entities[i].aliases);
    CHECK(first.entities[i].decisions == second.entities[i].decisions);
  }
  CHECK(first.entity_of == second.entity_of);
}

TEST_CASE("curation: merge joins, alias remove splits, alias add names") {
  std::vector<EntityMention> mentions = {Person(1, 1, "Bob Smith"), Person(2, 1, "Robert Smith"),
                                         Person(3, 1, "Smith")};
  Resolution plain = ResolveEntities(mentions, {});
  CHECK(plain.entities.size() == 3);  // "Smith" is ambiguous

  Resolution merged =
      ResolveEntities(mentions, {{CurationOp::kMerge, "Robert Smith", "Bob Smith"}});
  CHECK(Of(merged, 1, 1).id == Of(merged, 2, 1).id);
  CHECK(Of(merged, 3, 1).id == Of(merged, 1, 1).id);  // now the only Smith

  std::vector<EntityMention> joined = {Person(1, 1, "Jeff Sessions", {"Sessions"}),
                                       Person(2, 1, "Sessions")};
  CHECK(ResolveEntities(joined, {}).entities.size() == 1);
  Resolution split =
      ResolveEntities(joined, {{CurationOp::kAliasRemove, "Jeff Sessions", "Sessions"}});
  CHECK(split.entities.size() == 2);
  CHECK(std::count(Of(split, 1, 1).aliases.begin(), Of(split, 1, 1).aliases.end(), "Sessions") ==
        0);

  Resolution aliased =
      ResolveEntities(joined, {{CurationOp::kAliasAdd, "Jeff Sessions", "Jefferson B. Sessions"}});
  const auto& aliases = Of(aliased, 1, 1).aliases;
  CHECK(std::count(aliases.begin(), aliases.end(), "Jefferson B. Sessions") == 1);
}

}  // namespace
}  // namespace kg::store
