// The tokens of kg's Cypher subset: identifiers (plain or `quoted`),
// keywords (case-insensitive, reported upper-cased), 'single' or "double"
// quoted strings with backslash escapes, integers and punctuation. Each token
// remembers its line and column for error messages and its byte range so the
// parser can echo RETURN items as written. `//` starts a comment.
#ifndef KG_GRAPH_QUERY_LEXER_H_
#define KG_GRAPH_QUERY_LEXER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "graph/query/ast.h"

namespace kg::graph::query {

struct Token {
  enum class Kind { kIdent, kKeyword, kString, kInteger, kPunct, kEnd };
  Kind kind = Kind::kEnd;
  std::string text;  // keywords upper-cased; strings unescaped
  Position where;
  size_t offset = 0;  // byte offsets into the query, for echoing items
  size_t end = 0;
};

// Splits `text` into tokens, the last one kEnd. False, with `error` set, on a
// character that starts no token, an unterminated string or quoted name, or
// a number too large.
bool Tokenize(std::string_view text, std::vector<Token>* tokens, QueryError* error);

// ASCII upper case, for keywords and function names.
std::string AsciiUpper(std::string_view s);

}  // namespace kg::graph::query

#endif  // KG_GRAPH_QUERY_LEXER_H_
