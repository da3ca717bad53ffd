// The layout of one article: lines (paragraphs), tokens, sentences, and
// which lines are headline, byline or page furniture (related-post lists,
// "Next Post", comment widgets, share buttons). Later stages read facts only
// from body lines; furniture is recognised here so nothing downstream has to.
#ifndef KG_EXTRACT_DOCUMENT_H_
#define KG_EXTRACT_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/text.h"

namespace re2 {
class RE2;
}

namespace kg::extract {

enum class LineKind : uint8_t { kBody, kHeadline, kByline, kCaption, kFurniture };

struct Paragraph {
  uint32_t start = 0, end = 0;          // bytes, without the line break
  uint32_t tok_begin = 0, tok_end = 0;  // tokens
  LineKind kind = LineKind::kBody;
  // An advertising break alone on its line ("ADVERTISEMENT", "Story
  // Continued Below"): quotation rules look past it (quote_attribution.h).
  bool ad_break = false;
};

struct Sentence {
  uint32_t tok_begin = 0, tok_end = 0;
  uint32_t para = 0;
};

struct Document {
  std::string_view bytes;
  std::vector<Token> tokens;
  std::string lower_text;             // ASCII-lower-cased copy of bytes (same offsets)
  std::vector<uint32_t> lex;          // Lex flags per token (gazetteer.h)
  std::vector<uint32_t> sentence_of;  // token -> sentence
  std::vector<Paragraph> paragraphs;
  std::vector<Sentence> sentences;
  // Tokens inside quotation marks, per token, once FindQuotes has found
  // them: the relation rules ask for the same (QuotedTokens in quotes.h),
  // and finding the quotations again cost 1.5 % of extraction.
  mutable std::optional<std::vector<bool>> quoted;

  // Built from pointers rather than substr(): a token always lies inside the
  // text, and substr's range check (a throw path) kept these, called for
  // nearly every token by every rule, from being inlined.
  std::string_view Text(uint32_t tok) const {
    const Token& t = tokens[tok];
    return std::string_view(bytes.data() + t.start, t.end - t.start);
  }
  std::string_view Lower(uint32_t tok) const {
    const Token& t = tokens[tok];
    return std::string_view(lower_text.data() + t.start, t.end - t.start);
  }
  bool Has(uint32_t tok, uint32_t lex_flags) const { return (lex[tok] & lex_flags) != 0; }
  bool IsWord(uint32_t tok, std::string_view lower_word) const {
    return tok < tokens.size() && Lower(tok) == lower_word;
  }
  // "-backed", "-endorsed" or "-supported" glued to the name before it
  // ("Sanders-backed": the tokenizer splits the name off).
  bool GluedEndorsement(uint32_t tok) const {
    return tok > 0 && tok < tokens.size() && tokens[tok].start == tokens[tok - 1].end &&
           (Lower(tok) == "-backed" || Lower(tok) == "-endorsed" || Lower(tok) == "-supported");
  }
  bool IsFact(uint32_t tok) const;  // token on a body or headline line
  uint32_t SentenceStart(uint32_t sentence) const;
  uint32_t SentenceEnd(uint32_t sentence) const;
};

// Whether a line may match one of the page-furniture patterns (false only
// when neither can): a cheap test before the regular expressions.
bool MayBeFurnitureLine(std::string_view line);

// Compiled once (RE2) and shared; Build is thread-safe.
class DocumentBuilder {
 public:
  DocumentBuilder();
  ~DocumentBuilder();
  // `title`: the article's title when it came apart from the text (a
  // record's title field), else empty. Such a text's first line is a
  // headline only when it repeats the title; otherwise it is the lede, the
  // paragraph that matters most, whatever its last character.
  Document Build(std::string_view bytes, std::string_view title = {}) const;

 private:
  void MarkLines(Document* doc, std::string_view title) const;
  void SplitSentences(Document* doc) const;
  re2::RE2* furniture_end_;   // everything after it is furniture
  re2::RE2* furniture_line_;  // this line alone is furniture
};

}  // namespace kg::extract

#endif  // KG_EXTRACT_DOCUMENT_H_
