#include "graph/query/parser.h"

#include <string>
#include <vector>

#include "graph/query/lexer.h"

namespace kg::graph::query {
namespace {

// Thrown inside the parser only; ParseQuery turns it into a QueryError.
struct ParseFailure {
  QueryError error;
};

[[noreturn]] void Fail(Position where, std::string message) {
  throw ParseFailure{QueryError{where, std::move(message)}};
}

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  void Run(Query* query) {
    ExpectKeyword("MATCH");
    query->patterns.push_back(ParsePattern());
    while (AcceptPunct(",")) query->patterns.push_back(ParsePattern());
    if (AcceptKeyword("WHERE")) query->where = ParseExpr();
    ExpectKeyword("RETURN");
    query->distinct = AcceptKeyword("DISTINCT");
    do {
      ReturnItem item;
      size_t start = Peek().offset;
      item.expr = ParseExpr();
      item.name = Source(start);
      if (AcceptKeyword("AS")) item.name = ExpectIdent("a column name after AS");
      query->items.push_back(std::move(item));
    } while (AcceptPunct(","));
    if (AcceptKeyword("ORDER")) {
      ExpectKeyword("BY");
      do {
        SortItem sort;
        size_t start = Peek().offset;
        sort.expr = ParseExpr();
        sort.text = Source(start);
        if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) {
          sort.descending = true;
        } else if (!AcceptKeyword("ASC")) {
          AcceptKeyword("ASCENDING");
        }
        query->order_by.push_back(std::move(sort));
      } while (AcceptPunct(","));
    }
    if (AcceptKeyword("SKIP")) query->skip = ExpectInteger("a number after SKIP");
    if (AcceptKeyword("LIMIT")) query->limit = ExpectInteger("a number after LIMIT");
    AcceptPunct(";");
    if (Peek().kind != Token::Kind::kEnd) Unexpected("the end of the query");
  }

 private:
  const Token& Peek(size_t ahead = 0) const {
    return tokens_[std::min(pos_ + ahead, tokens_.size() - 1)];
  }
  const Token& Next() { return tokens_[pos_ < tokens_.size() - 1 ? pos_++ : pos_]; }
  bool IsPunct(const char* p, size_t ahead = 0) const {
    return Peek(ahead).kind == Token::Kind::kPunct && Peek(ahead).text == p;
  }
  bool IsKeyword(const char* k) const {
    return Peek().kind == Token::Kind::kKeyword && Peek().text == k;
  }
  bool AcceptPunct(const char* p) {
    if (!IsPunct(p)) return false;
    Next();
    return true;
  }
  bool AcceptKeyword(const char* k) {
    if (!IsKeyword(k)) return false;
    Next();
    return true;
  }
  static std::string Describe(const Token& t) {
    switch (t.kind) {
      case Token::Kind::kEnd:
        return "the end of the query";
      case Token::Kind::kString:
        return "string '" + t.text + "'";
      default:
        return "'" + t.text + "'";
    }
  }
  [[noreturn]] void Unexpected(const std::string& wanted) const {
    Fail(Peek().where, "expected " + wanted + " but found " + Describe(Peek()));
  }
  void ExpectPunct(const char* p) {
    if (!AcceptPunct(p)) Unexpected(std::string("'") + p + "'");
  }
  void ExpectKeyword(const char* k) {
    if (!AcceptKeyword(k)) Unexpected(k);
  }
  std::string ExpectIdent(const std::string& wanted) {
    if (Peek().kind != Token::Kind::kIdent) Unexpected(wanted);
    return Next().text;
  }
  int64_t ExpectInteger(const std::string& wanted) {
    if (Peek().kind != Token::Kind::kInteger) Unexpected(wanted);
    return std::stoll(Next().text);
  }
  // The query text from `start` to the end of the last consumed token.
  std::string Source(size_t start) const {
    size_t end = pos_ > 0 ? tokens_[pos_ - 1].end : start;
    return std::string(text_.substr(start, end - start));
  }

  Pattern ParsePattern() {
    Pattern pattern;
    pattern.nodes.push_back(ParseNode());
    while (IsPunct("-") || IsPunct("<-")) {
      pattern.rels.push_back(ParseRel());
      pattern.nodes.push_back(ParseNode());
    }
    return pattern;
  }

  NodePattern ParseNode() {
    NodePattern node;
    node.where = Peek().where;
    ExpectPunct("(");
    if (Peek().kind == Token::Kind::kIdent) node.variable = Next().text;
    if (AcceptPunct(":")) {
      Position at = Peek().where;
      std::string label = ExpectIdent("a label (person, organization or statement)");
      node.label = ParseNodeType(label);
      if (!node.label) {
        Fail(at, "unknown label '" + label + "' (person, organization or statement)");
      }
    }
    if (IsPunct("{")) node.properties = ParseProperties();
    ExpectPunct(")");
    return node;
  }

  std::vector<std::pair<std::string, ExprPtr>> ParseProperties() {
    std::vector<std::pair<std::string, ExprPtr>> properties;
    ExpectPunct("{");
    if (!IsPunct("}")) {
      do {
        std::string key = ExpectIdent("a property name");
        ExpectPunct(":");
        ExprPtr value = ParsePrimary();
        if (value->kind != Expr::Kind::kString && value->kind != Expr::Kind::kInteger) {
          Fail(value->where, "property values in a pattern must be literals");
        }
        properties.emplace_back(key, std::move(value));
      } while (AcceptPunct(","));
    }
    ExpectPunct("}");
    return properties;
  }

  RelPattern ParseRel() {
    RelPattern rel;
    rel.where = Peek().where;
    bool left = AcceptPunct("<-");
    if (!left) ExpectPunct("-");
    if (AcceptPunct("[")) {
      if (Peek().kind == Token::Kind::kIdent) rel.variable = Next().text;
      if (AcceptPunct(":")) {
        do {
          Position at = Peek().where;
          std::string name = ExpectIdent("a relationship type");
          auto type = ParseEdgeType(name);
          if (!type)
            Fail(at, "unknown relationship type '" + name + "' (ENDORSES, HAS_ROLE, SAID)");
          rel.types.push_back(*type);
        } while (AcceptPunct("|") && (AcceptPunct(":") || true));
      }
      if (AcceptPunct("*")) ParseHops(&rel);
      ExpectPunct("]");
    }
    bool right = false;
    if (AcceptPunct("->")) {
      right = true;
    } else if (!AcceptPunct("-")) {
      Unexpected("'-' or '->' to close the relationship");
    }
    if (left && right) Fail(rel.where, "a relationship cannot point both ways");
    rel.direction = left    ? RelPattern::Direction::kLeft
                    : right ? RelPattern::Direction::kRight
                            : RelPattern::Direction::kBoth;
    return rel;
  }

  void ParseHops(RelPattern* rel) {
    rel->variable_length = true;
    rel->min_hops = 1;
    rel->max_hops = kMaxVariableHops;
    Position at = Peek().where;
    if (Peek().kind == Token::Kind::kInteger) {
      rel->min_hops = static_cast<int>(std::stoll(Next().text));
      rel->max_hops = rel->min_hops;
    }
    if (AcceptPunct("..")) {
      rel->max_hops = Peek().kind == Token::Kind::kInteger
                          ? static_cast<int>(std::stoll(Next().text))
                          : kMaxVariableHops;
    }
    if (rel->min_hops < 0 || rel->max_hops < rel->min_hops || rel->max_hops > kMaxVariableHops) {
      Fail(at, "hop range must satisfy 0 <= min <= max <= " + std::to_string(kMaxVariableHops));
    }
  }

  ExprPtr Make(Expr::Kind kind, Position where) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->where = where;
    return e;
  }

  ExprPtr ParseExpr() {
    ExprPtr left = ParseAnd();
    while (IsKeyword("OR")) {
      Position at = Next().where;
      ExprPtr e = Make(Expr::Kind::kOr, at);
      e->left = std::move(left);
      e->right = ParseAnd();
      left = std::move(e);
    }
    return left;
  }

  ExprPtr ParseAnd() {
    ExprPtr left = ParseNot();
    while (IsKeyword("AND")) {
      Position at = Next().where;
      ExprPtr e = Make(Expr::Kind::kAnd, at);
      e->left = std::move(left);
      e->right = ParseNot();
      left = std::move(e);
    }
    return left;
  }

  ExprPtr ParseNot() {
    if (IsKeyword("NOT")) {
      ExprPtr e = Make(Expr::Kind::kNot, Next().where);
      e->left = ParseNot();
      return e;
    }
    return ParseComparison();
  }

  ExprPtr ParseComparison() {
    ExprPtr left = ParsePrimary();
    Position at = Peek().where;
    std::optional<Expr::Op> op;
    static const std::pair<const char*, Expr::Op> kOps[] = {
        {"=", Expr::Op::kEq},  {"<>", Expr::Op::kNe}, {"!=", Expr::Op::kNe}, {"<", Expr::Op::kLt},
        {"<=", Expr::Op::kLe}, {">", Expr::Op::kGt},  {">=", Expr::Op::kGe}};
    for (const auto& [text, o] : kOps) {
      if (IsPunct(text)) op = o;
    }
    if (op) {
      Next();
    } else if (AcceptKeyword("CONTAINS")) {
      op = Expr::Op::kContains;
    } else if (AcceptKeyword("STARTS")) {
      ExpectKeyword("WITH");
      op = Expr::Op::kStartsWith;
    } else if (AcceptKeyword("ENDS")) {
      ExpectKeyword("WITH");
      op = Expr::Op::kEndsWith;
    } else if (AcceptKeyword("IS")) {
      op = AcceptKeyword("NOT") ? Expr::Op::kIsNotNull : Expr::Op::kIsNull;
      ExpectKeyword("NULL");
    } else {
      return left;
    }
    ExprPtr e = Make(Expr::Kind::kCompare, at);
    e->op = *op;
    e->left = std::move(left);
    if (*op != Expr::Op::kIsNull && *op != Expr::Op::kIsNotNull) e->right = ParsePrimary();
    return e;
  }

  ExprPtr ParsePrimary() {
    const Token& t = Peek();
    Position at = t.where;
    switch (t.kind) {
      case Token::Kind::kString: {
        ExprPtr e = Make(Expr::Kind::kString, at);
        e->text = Next().text;
        return e;
      }
      case Token::Kind::kInteger: {
        ExprPtr e = Make(Expr::Kind::kInteger, at);
        e->integer = std::stoll(Next().text);
        return e;
      }
      case Token::Kind::kKeyword:
        if (t.text == "TRUE" || t.text == "FALSE") {
          ExprPtr e = Make(Expr::Kind::kBool, at);
          e->integer = Next().text == "TRUE";
          return e;
        }
        if (t.text == "NULL") {
          Next();
          return Make(Expr::Kind::kNull, at);
        }
        break;
      case Token::Kind::kIdent:
        if (IsPunct("(", 1)) return ParseFunction();
        {
          ExprPtr e = Make(Expr::Kind::kVariable, at);
          e->text = Next().text;
          if (AcceptPunct(".")) {
            e->kind = Expr::Kind::kProperty;
            e->property = ExpectIdent("a property name after '.'");
          }
          return e;
        }
      case Token::Kind::kPunct:
        if (t.text == "(") {
          Next();
          ExprPtr e = ParseExpr();
          ExpectPunct(")");
          return e;
        }
        break;
      case Token::Kind::kEnd:
        break;
    }
    Unexpected("a value, variable or property");
  }

  ExprPtr ParseFunction() {
    Position at = Peek().where;
    std::string name = Next().text;
    if (AsciiUpper(name) != "COUNT") Fail(at, "unknown function '" + name + "' (only count)");
    ExpectPunct("(");
    ExprPtr e = Make(Expr::Kind::kCount, at);
    if (!AcceptPunct("*")) {
      e->distinct = AcceptKeyword("DISTINCT");
      e->left = ParseExpr();
    }
    ExpectPunct(")");
    return e;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
};

}  // namespace

bool ParseQuery(std::string_view text, Query* query, QueryError* error) {
  *query = Query();
  try {
    std::vector<Token> tokens;
    if (!Tokenize(text, &tokens, error)) return false;
    Parser(text, std::move(tokens)).Run(query);
  } catch (const ParseFailure& failure) {
    *error = failure.error;
    return false;
  }
  return true;
}

}  // namespace kg::graph::query
