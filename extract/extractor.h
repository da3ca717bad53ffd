// The extractor turns one article's bytes into an ArticleResult: entities,
// ENDORSES / HAS_ROLE relations and attributed quotations, each with byte
// spans into the original bytes and the rule that produced it. It knows
// nothing of storage; build one Extractor per process (it compiles its
// patterns and gazetteers once) and share it between threads.
#ifndef KG_EXTRACT_EXTRACTOR_H_
#define KG_EXTRACT_EXTRACTOR_H_

#include <memory>
#include <string>
#include <string_view>

#include "extract/article.h"

namespace kg::extract {

// Empty when `bytes` is acceptable article text (non-empty UTF-8, not
// binary, not over the size limit); otherwise a one-line reason.
std::string CheckArticleBytes(std::string_view bytes);

class Extractor {
 public:
  Extractor();
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // `bytes` must have passed CheckArticleBytes. Thread-safe. `title` is the
  // article's title when it comes apart from the text (a record's title
  // field): the text's first line is then a headline only when it repeats
  // the title, otherwise it is the lede and mined as body.
  ArticleResult Extract(std::string_view bytes, std::string_view title = {}) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// One line of JSON (no trailing newline) in the format of
// ../shared/eval/FORMAT.md. With `explain`, relations and statements also
// carry their rule and evidence sentence.
std::string ToJsonLine(const ArticleResult& result, std::string_view article_path,
                       bool explain = false);

}  // namespace kg::extract

#endif  // KG_EXTRACT_EXTRACTOR_H_
