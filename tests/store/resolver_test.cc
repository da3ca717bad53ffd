#include "store/resolver.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>

namespace kg::store {
namespace {

using graph::NodeType;

// One extracted entity, as an article's facts give it.
struct EntityMention {
  graph::ArticleId article = 0;
  uint32_t local = 0;  // the entity's index within its article
  NodeType type = NodeType::kPerson;
  std::string name;
  std::vector<std::string> aliases;
};

EntityMention Person(graph::ArticleId article, uint32_t local, std::string name,
                     std::vector<std::string> aliases = {}) {
  return {article, local, NodeType::kPerson, std::move(name), std::move(aliases)};
}

EntityMention Org(graph::ArticleId article, uint32_t local, std::string name,
                  std::vector<std::string> aliases = {}) {
  return {article, local, NodeType::kOrganization, std::move(name), std::move(aliases)};
}

// What an EntityResolver fed `mentions` in order made of them.
struct Resolution {
  std::vector<ResolvedEntity> entities;
  std::map<std::pair<graph::ArticleId, uint32_t>, size_t> entity_of;  // mention -> entity index
};

Resolution ResolveEntities(const std::vector<EntityMention>& mentions,
                           const std::vector<Curation>& curation) {
  EntityResolver resolver(curation);
  std::vector<uint32_t> forms;
  for (const EntityMention& m : mentions) {
    forms.push_back(resolver.Add(m.article, m.type, m.name, m.aliases));
  }
  resolver.Resolve();
  Resolution r;
  r.entities = resolver.entities();
  for (size_t i = 0; i < mentions.size(); ++i) {
    const EntityMention& m = mentions[i];
    std::optional<size_t> index = resolver.EntityIndex(m.type, m.name, m.aliases);
    REQUIRE(index.has_value());
    CHECK(resolver.EntityIndexOfForm(forms[i]) == *index);
    r.entity_of[{m.article, m.local}] = *index;
  }
  return r;
}

const ResolvedEntity& Of(const Resolution& r, graph::ArticleId article, uint32_t local) {
  auto it = r.entity_of.find({article, local});
  REQUIRE(it != r.entity_of.end());
  return r.entities[it->second];
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

TEST_CASE("identical mentions are one form: all their articles, and the decision that joins them") {
  // Three articles name Bob Smith alike; a fourth names him otherwise.
  Resolution r =
      ResolveEntities({Person(1, 1, "Bob Smith", {"Smith"}), Person(2, 1, "Bob Smith", {"Smith"}),
                       Person(2, 2, "Bob Smith", {"Smith"}),  // twice in one article
                       Person(3, 1, "Bob Smith", {"Smith"}), Person(4, 1, "Smith"),
                       Org(5, 1, "ICE"), Org(6, 1, "ICE"), Org(7, 1, "NATO")},
                      {});
  REQUIRE(r.entities.size() == 3);
  const ResolvedEntity& bob = Of(r, 4, 1);
  CHECK(Of(r, 1, 1).id == bob.id);
  CHECK(Of(r, 2, 2).id == bob.id);
  CHECK(bob.name == "Bob Smith");
  CHECK(bob.aliases == std::vector<std::string>{"Smith"});
  CHECK(bob.articles == std::vector<graph::ArticleId>{1, 2, 3, 4});
  // What resolving each mention on its own recorded: the repeats joined by
  // their name, the bare surname by rule 2.
  CHECK(bob.decisions ==
        std::vector<std::string>{"same name: 'bob smith'",
                                 "single name 'smith' matches exactly one person"});
  // Single-word-only forms too.
  CHECK(Of(r, 5, 1).decisions == std::vector<std::string>{"same name: 'ice'"});
  CHECK(Of(r, 5, 1).articles == std::vector<graph::ArticleId>{5, 6});
  CHECK(Of(r, 7, 1).decisions.empty());
}

TEST_CASE("the best name counts articles, not mentions") {
  // "Robert Smith" is mentioned three times, but in one article only.
  Resolution r = ResolveEntities(
      {Person(1, 1, "Robert Smith", {"Bob Smith"}), Person(1, 2, "Robert Smith", {"Bob Smith"}),
       Person(1, 3, "Robert Smith"), Person(2, 1, "Bob Smith"), Person(3, 1, "Bob Smith")},
      {});
  REQUIRE(r.entities.size() == 1);
  CHECK(r.entities[0].name == "Bob Smith");
  CHECK(r.entities[0].aliases == std::vector<std::string>{"Robert Smith"});
}

TEST_CASE("a form never added has no entity") {
  EntityResolver resolver({});
  resolver.Add(1, NodeType::kPerson, "Bob Smith", std::vector<std::string>{"Smith"});
  resolver.Resolve();
  CHECK(resolver.EntityIndex(NodeType::kPerson, "Bob Smith", std::vector<std::string>{"Smith"}));
  CHECK_FALSE(resolver.EntityIndex(NodeType::kPerson, "Bob Smith", {}));
  CHECK_FALSE(resolver.EntityIndex(NodeType::kOrganization, "Bob Smith",
                                   std::vector<std::string>{"Smith"}));
  CHECK_FALSE(resolver.EntityIndex(NodeType::kPerson, "Al Smith", {}));
}

}  // namespace
}  // namespace kg::store
