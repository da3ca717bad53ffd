// Serialisation of the graph records with cereal's portable binary archive.
// Each record type carries a cereal class version, so a later kg can read
// records written by an earlier one and migrate them field by field.
#ifndef KG_STORE_RECORDS_H_
#define KG_STORE_RECORDS_H_

#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>
#include <sstream>
#include <string>

#include "graph/model.h"
#include "store/resolver.h"
#include "store/status.h"

namespace kg::graph {

template <class Archive>
void serialize(Archive& ar, Provenance& p, const std::uint32_t /*version*/) {
  ar(p.article, p.start, p.end, p.sentence, p.rule);
}

template <class Archive>
void serialize(Archive& ar, Node& n, const std::uint32_t /*version*/) {
  ar(n.id, n.type, n.name, n.aliases, n.articles, n.decisions, n.cue, n.quote);
}

template <class Archive>
void serialize(Archive& ar, Edge& e, const std::uint32_t /*version*/) {
  ar(e.source, e.type, e.target, e.title, e.sources);
}

template <class Archive>
void serialize(Archive& ar, Article& a, const std::uint32_t /*version*/) {
  ar(a.id, a.path, a.sha256, a.title, a.byline, a.date, a.size);
}

}  // namespace kg::graph

namespace kg::store {

template <class Archive>
void serialize(Archive& ar, Curation& c, const std::uint32_t /*version*/) {
  ar(c.op, c.name, c.other);
}

// What an article contributed, with article-local node ids: the input of
// every rebuild.
struct ArticleFacts {
  std::vector<graph::Node> nodes;
  std::vector<graph::Edge> edges;

  template <class Archive>
  void serialize(Archive& ar, const std::uint32_t /*version*/) {
    ar(nodes, edges);
  }
};

// The leading fields of a Node record (id, type, name) read without the
// rest (aliases, articles, decisions: most of a busy entity's bytes), for
// Store::GetNodeHead. It reads the record's class version as Node does, so
// serialize(Node) must keep writing these three first.
struct NodeHead {
  graph::Node* node = nullptr;

  template <class Archive>
  void serialize(Archive& ar, const std::uint32_t /*version*/) {
    ar(node->id, node->type, node->name);
  }
};

}  // namespace kg::store

CEREAL_CLASS_VERSION(kg::store::Curation, 1)
CEREAL_CLASS_VERSION(kg::store::NodeHead, 1)
CEREAL_CLASS_VERSION(kg::store::ArticleFacts, 1)
CEREAL_CLASS_VERSION(kg::graph::Provenance, 1)
CEREAL_CLASS_VERSION(kg::graph::Node, 1)
CEREAL_CLASS_VERSION(kg::graph::Edge, 1)
CEREAL_CLASS_VERSION(kg::graph::Article, 1)

namespace kg::store {

template <class Record>
std::string EncodeRecord(const Record& record) {
  std::ostringstream out;
  {
    cereal::PortableBinaryOutputArchive archive(out);
    archive(record);
  }
  return std::move(out).str();
}

// Corruption (not an exception) when the bytes are not a valid record.
template <class Record>
Status DecodeRecord(const std::string& bytes, Record* record) {
  try {
    std::istringstream in(bytes);
    cereal::PortableBinaryInputArchive archive(in);
    archive(*record);
  } catch (const std::exception& e) {
    return Status::Corruption(std::string("undecodable record: ") + e.what());
  }
  return Status::OK();
}

}  // namespace kg::store

#endif  // KG_STORE_RECORDS_H_
