// store/store_queries.cc: Adjacent reads the edges of one node by key, one
// seek per run of wanted types, reusing a reader's iterators across calls.
#include <catch2/catch.hpp>
#include <memory>
#include <set>
#include <utility>

#include "store/store.h"
#include "tests/temp_dir.h"
#include "tests/test_nodes.h"

namespace kg::store {
namespace {

using graph::EdgeType;
using graph::NodeId;
using graph::NodeType;
using kg::testing::Entity;

graph::Node Statement(NodeId local, std::string text) {
  graph::Node n;
  n.id = local;
  n.type = NodeType::kStatement;
  n.name = std::move(text);
  n.quote.start = static_cast<uint32_t>(10 * local);  // statements are told apart by span
  n.quote.end = n.quote.start + 5;
  return n;
}

// A speaker with edges of every type out, and one ENDORSES in.
ArticleGraph Article() {
  ArticleGraph a;
  a.article.sha256 = std::string(64, 'c');
  a.article.id = graph::ArticleIdFromSha256(a.article.sha256);
  a.article.path = "a.txt";
  a.nodes = {Entity(1, NodeType::kPerson, "Sam Speaker"),
             Entity(2, NodeType::kPerson, "Pat Party"),
             Entity(3, NodeType::kOrganization, "Acme Union"),
             Entity(4, NodeType::kOrganization, "Beta Board"),
             Statement(5, "One."),
             Statement(6, "Two."),
             Statement(7, "Three.")};
  auto link = [&](NodeId s, EdgeType type, NodeId t) {
    a.edges.push_back(graph::Edge{s, type, t, "", {{a.article.id, 0, 1, "x", "test"}}});
  };
  link(1, EdgeType::kEndorses, 2);
  link(1, EdgeType::kHasRole, 3);
  link(1, EdgeType::kHasRole, 4);
  for (NodeId quote : {5, 6, 7}) link(1, EdgeType::kSaid, quote);
  link(3, EdgeType::kEndorses, 1);
  return a;
}

std::multiset<EdgeType> Types(const std::vector<AdjacentEdge>& edges) {
  std::multiset<EdgeType> types;
  for (const AdjacentEdge& e : edges) types.insert(e.type);
  return types;
}

TEST_CASE("Adjacent returns exactly the wanted types, in either direction, again and again") {
  TempDir dir;
  const std::string path = dir.path() + "/kg.db";
  NodeId sam = 0;
  {
    std::unique_ptr<Store> db;
    REQUIRE(Store::Open(path, {}, &db).ok());
    AddResult result;
    REQUIRE(db->AddArticle(Article(), &result).ok());
    REQUIRE(db->Rebuild().ok());
    std::vector<NodeId> ids;
    REQUIRE(db->FindByName("Sam Speaker", &ids).ok());
    REQUIRE(ids.size() == 1);
    sam = ids[0];
    // A writer's store sees what it just wrote.
    std::vector<AdjacentEdge> edges;
    REQUIRE(db->Adjacent(sam, EdgeDirection::kOut, {}, &edges).ok());
    CHECK(edges.size() == 6);
  }
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(path, StoreOptions{.read_only = true}, &db).ok());
  std::vector<AdjacentEdge> edges;
  using T = EdgeType;
  for (int round = 0; round < 2; ++round) {  // the second round reuses the iterators
    REQUIRE(db->Adjacent(sam, EdgeDirection::kOut, {}, &edges).ok());
    CHECK(Types(edges) ==
          std::multiset<T>{T::kEndorses, T::kHasRole, T::kHasRole, T::kSaid, T::kSaid, T::kSaid});
    // ENDORSES and SAID with HAS_ROLE between them in key order.
    REQUIRE(db->Adjacent(sam, EdgeDirection::kOut, {T::kSaid, T::kEndorses}, &edges).ok());
    CHECK(Types(edges) == std::multiset<T>{T::kEndorses, T::kSaid, T::kSaid, T::kSaid});
    REQUIRE(db->Adjacent(sam, EdgeDirection::kOut, {T::kHasRole}, &edges).ok());
    CHECK(Types(edges) == std::multiset<T>{T::kHasRole, T::kHasRole});
    REQUIRE(db->Adjacent(sam, EdgeDirection::kOut, {T::kEndorses, T::kHasRole}, &edges, 2).ok());
    CHECK(edges.size() == 2);
    REQUIRE(db->Adjacent(sam, EdgeDirection::kIn, {}, &edges).ok());
    CHECK(Types(edges) == std::multiset<T>{T::kEndorses});
    REQUIRE(db->Adjacent(sam, EdgeDirection::kIn, {T::kSaid}, &edges).ok());
    CHECK(edges.empty());
    REQUIRE(db->Adjacent(sam + 1, EdgeDirection::kOut, {}, &edges).ok());
    CHECK(edges.empty());
  }
}

TEST_CASE("GetNodeHead reads a node's id, type and name, nothing else") {
  TempDir dir;
  std::unique_ptr<Store> db;
  REQUIRE(Store::Open(dir.path() + "/kg.db", {}, &db).ok());
  ArticleGraph a = Article();
  a.nodes[0].aliases = {"Sam"};
  AddResult result;
  REQUIRE(db->AddArticle(a, &result).ok());
  REQUIRE(db->Rebuild().ok());
  std::vector<NodeId> ids;
  REQUIRE(db->FindByName("Sam Speaker", &ids).ok());
  REQUIRE(ids.size() == 1);
  graph::Node full, head;
  REQUIRE(db->GetNode(ids[0], &full).ok());
  REQUIRE(!full.articles.empty());
  REQUIRE(!full.aliases.empty());
  head.aliases = {"stale"};
  REQUIRE(db->GetNodeHead(ids[0], &head).ok());
  CHECK(head.id == full.id);
  CHECK(head.type == NodeType::kPerson);
  CHECK(head.name == "Sam Speaker");
  CHECK(head.aliases.empty());
  CHECK(head.articles.empty());
  CHECK(db->GetNodeHead(ids[0] + 1, &head).IsNotFound());
}

}  // namespace
}  // namespace kg::store
