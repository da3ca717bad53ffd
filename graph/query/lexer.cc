#include "graph/query/lexer.h"

#include <cctype>
#include <set>

namespace kg::graph::query {
namespace {

struct LexFailure {
  QueryError error;
};

[[noreturn]] void Fail(Position where, std::string message) {
  throw LexFailure{QueryError{where, std::move(message)}};
}

const std::set<std::string>& Keywords() {
  static const std::set<std::string> words = {
      "MATCH",     "WHERE",    "RETURN",     "DISTINCT", "ORDER", "BY",  "ASC",
      "ASCENDING", "DESC",     "DESCENDING", "SKIP",     "LIMIT", "AND", "OR",
      "NOT",       "CONTAINS", "STARTS",     "ENDS",     "WITH",  "AS",  "IS",
      "NULL",      "TRUE",     "FALSE",      "XOR"};
  return words;
}

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  std::vector<Token> Run() {
    std::vector<Token> tokens;
    for (;;) {
      SkipSpaceAndComments();
      Token t;
      t.where = here_;
      t.offset = pos_;
      if (pos_ >= text_.size()) {
        t.kind = Token::Kind::kEnd;
        t.end = pos_;
        tokens.push_back(t);
        return tokens;
      }
      char c = text_[pos_];
      if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
        size_t start = pos_;
        while (pos_ < text_.size() &&
               (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) {
          Advance();
        }
        std::string word(text_.substr(start, pos_ - start));
        if (Keywords().count(AsciiUpper(word))) {
          t.kind = Token::Kind::kKeyword;
          t.text = AsciiUpper(word);
        } else {
          t.kind = Token::Kind::kIdent;
          t.text = word;
        }
      } else if (c == '`') {
        Advance();
        t.kind = Token::Kind::kIdent;
        while (pos_ < text_.size() && text_[pos_] != '`') t.text += Advance();
        if (pos_ >= text_.size()) Fail(t.where, "unterminated `quoted name`");
        Advance();
      } else if (std::isdigit(static_cast<unsigned char>(c))) {
        t.kind = Token::Kind::kInteger;
        while (pos_ < text_.size() && std::isdigit(static_cast<unsigned char>(text_[pos_]))) {
          t.text += Advance();
        }
        if (t.text.size() > 18) Fail(t.where, "number too large");
      } else if (c == '\'' || c == '"') {
        t.kind = Token::Kind::kString;
        t.text = ReadString(c, t.where);
      } else {
        t.kind = Token::Kind::kPunct;
        static const char* kTwo[] = {"->", "<-", "<>", "<=", ">=", "..", "!="};
        std::string_view rest = text_.substr(pos_);
        for (const char* two : kTwo) {
          if (rest.starts_with(two)) t.text = two;
        }
        if (t.text.empty()) {
          if (std::string_view("()[]{}:,.*-<>=|;").find(c) == std::string_view::npos) {
            Fail(t.where, std::string("unexpected character '") + c + "'");
          }
          t.text = std::string(1, c);
        }
        for (size_t i = 0; i < t.text.size(); ++i) Advance();
      }
      t.end = pos_;
      tokens.push_back(t);
    }
  }

 private:
  char Advance() {
    char c = text_[pos_++];
    if (c == '\n') {
      ++here_.line;
      here_.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++here_.column;  // columns count characters, not UTF-8 continuation bytes
    }
    return c;
  }

  void SkipSpaceAndComments() {
    while (pos_ < text_.size()) {
      if (std::isspace(static_cast<unsigned char>(text_[pos_]))) {
        Advance();
      } else if (text_.substr(pos_).starts_with("//")) {
        while (pos_ < text_.size() && text_[pos_] != '\n') Advance();
      } else {
        return;
      }
    }
  }

  std::string ReadString(char quote, Position where) {
    Advance();
    std::string out;
    while (pos_ < text_.size() && text_[pos_] != quote) {
      char c = Advance();
      if (c == '\\' && pos_ < text_.size()) {
        char e = Advance();
        out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
      } else {
        out += c;
      }
    }
    if (pos_ >= text_.size()) Fail(where, "unterminated string");
    Advance();
    return out;
  }

  std::string_view text_;
  size_t pos_ = 0;
  Position here_;
};

}  // namespace

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool Tokenize(std::string_view text, std::vector<Token>* tokens, QueryError* error) {
  try {
    *tokens = Lexer(text).Run();
  } catch (const LexFailure& failure) {
    *error = failure.error;
    return false;
  }
  return true;
}

}  // namespace kg::graph::query
