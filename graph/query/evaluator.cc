#include "graph/query/evaluator.h"

#include <variant>

#include "graph/json_writer.h"

namespace kg::graph::query {

const Node* Evaluator::NodeOf(NodeId id) {
  const Node* node = nullptr;
  if (!source_.GetNode(id, &node)) Fail({}, source_.error());
  return node;
}

bool Evaluator::Truthy(const Value& v) {
  return std::holds_alternative<bool>(v) && std::get<bool>(v);
}

Value Evaluator::Eval(const Expr& e, const Binding& b) {
  switch (e.kind) {
    case Expr::Kind::kString:
      return e.text;
    case Expr::Kind::kInteger:
      return e.integer;
    case Expr::Kind::kBool:
      return e.integer != 0;
    case Expr::Kind::kNull:
      return std::monostate();
    case Expr::Kind::kVariable:
    case Expr::Kind::kProperty:
      return Lookup(e, b);
    case Expr::Kind::kNot: {
      Value v = Eval(*e.left, b);
      if (!std::holds_alternative<bool>(v)) return std::monostate();
      return !std::get<bool>(v);
    }
    case Expr::Kind::kAnd:
    case Expr::Kind::kOr: {
      Value l = Eval(*e.left, b), r = Eval(*e.right, b);
      bool is_and = e.kind == Expr::Kind::kAnd;
      auto known = [](const Value& v) { return std::holds_alternative<bool>(v); };
      if (known(l) && std::get<bool>(l) != is_and) return !is_and;
      if (known(r) && std::get<bool>(r) != is_and) return !is_and;
      if (known(l) && known(r)) return is_and;
      return std::monostate();
    }
    case Expr::Kind::kCompare:
      return Compare(e, Eval(*e.left, b), e.right ? Eval(*e.right, b) : Value());
    case Expr::Kind::kCount:
      Fail(e.where, "count(...) is only allowed in RETURN");
  }
  return std::monostate();
}

Value Evaluator::Compare(const Expr& e, const Value& l, const Value& r) {
  bool null_l = std::holds_alternative<std::monostate>(l);
  if (e.op == Expr::Op::kIsNull) return null_l;
  if (e.op == Expr::Op::kIsNotNull) return !null_l;
  if (null_l || std::holds_alternative<std::monostate>(r)) return std::monostate();
  if (e.op == Expr::Op::kContains || e.op == Expr::Op::kStartsWith || e.op == Expr::Op::kEndsWith) {
    if (!std::holds_alternative<std::string>(l) || !std::holds_alternative<std::string>(r)) {
      return std::monostate();
    }
    const std::string& s = std::get<std::string>(l);
    const std::string& t = std::get<std::string>(r);
    if (e.op == Expr::Op::kContains) return s.find(t) != std::string::npos;
    if (e.op == Expr::Op::kStartsWith) return s.starts_with(t);
    return s.ends_with(t);
  }
  if (l.index() != r.index()) {
    if (e.op == Expr::Op::kEq) return false;
    if (e.op == Expr::Op::kNe) return true;
    return std::monostate();
  }
  int c = l < r ? -1 : (r < l ? 1 : 0);
  switch (e.op) {
    case Expr::Op::kEq:
      return c == 0;
    case Expr::Op::kNe:
      return c != 0;
    case Expr::Op::kLt:
      return c < 0;
    case Expr::Op::kLe:
      return c <= 0;
    case Expr::Op::kGt:
      return c > 0;
    case Expr::Op::kGe:
      return c >= 0;
    default:
      return std::monostate();
  }
}

const Article* Evaluator::ArticleOf(ArticleId id) {
  const Article* article = nullptr;
  if (!source_.GetArticle(id, &article)) Fail({}, source_.error());
  return article;
}

Value Evaluator::Lookup(const Expr& e, const Binding& b) {
  auto it = variables_.find(e.text);
  if (it == variables_.end()) Fail(e.where, "unknown variable '" + e.text + "'");
  const Slot& slot = it->second;
  if (slot.is_node) {
    if (!b.node_bound[slot.index]) return std::monostate();
    return NodeProperty(*NodeOf(b.nodes[slot.index]),
                        e.kind == Expr::Kind::kVariable ? "name" : e.property);
  }
  if (!b.rel_bound[slot.index]) return std::monostate();
  const std::vector<EdgeRef>& path = b.rels[slot.index];
  if (rel_patterns_.at(slot.index)->variable_length) {
    std::vector<std::string> types;
    for (const EdgeRef& ref : path) types.push_back(EdgeTypeName(ref.type));
    return types;
  }
  return EdgeProperty(path.at(0), e.kind == Expr::Kind::kVariable ? "type" : e.property);
}

Value Evaluator::NodeProperty(const Node& node, const std::string& property) {
  bool statement = node.type == NodeType::kStatement;
  if (property == "name" || (property == "text" && statement)) return node.name;
  if (property == "type") return std::string(NodeTypeName(node.type));
  if (property == "id") return IdToHex(node.id);
  if (property == "aliases") return node.aliases;
  if (property == "articles") return static_cast<int64_t>(node.articles.size());
  if (!statement) return std::monostate();
  if (property == "cue") return node.cue;
  ArticleId article_id = node.quote.article;
  if (article_id == 0 && !node.articles.empty()) article_id = node.articles[0];
  const Article* article = ArticleOf(article_id);
  if (!article) return std::monostate();
  if (property == "article") return article->title.empty() ? article->path : article->title;
  if (property == "date") return article->date.empty() ? Value() : Value(article->date);
  return std::monostate();
}

Value Evaluator::EdgeProperty(const EdgeRef& ref, const std::string& property) {
  if (property == "type") return std::string(EdgeTypeName(ref.type));
  const Edge* edge = nullptr;
  if (!source_.GetEdge(ref, &edge)) Fail({}, source_.error());
  if (!edge) return std::monostate();
  if (property == "title") return edge->title.empty() ? Value() : Value(edge->title);
  if (property == "sources") return static_cast<int64_t>(edge->sources.size());
  if (edge->sources.empty()) return std::monostate();
  const Provenance& first = edge->sources.front();
  if (property == "sentence") return first.sentence;
  if (property == "rule") return first.rule;
  const Article* article = ArticleOf(first.article);
  if (!article) return std::monostate();
  if (property == "article") return article->title.empty() ? article->path : article->title;
  if (property == "date") return article->date.empty() ? Value() : Value(article->date);
  return std::monostate();
}

}  // namespace kg::graph::query
