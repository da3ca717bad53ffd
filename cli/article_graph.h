// Converts an extractor result into the store's ArticleGraph: entities become
// person/organization nodes, quotations become statement nodes linked to
// their speaker by SAID, relations become edges, and every fact keeps the
// article, span, sentence and rule it came from. This is the one place that
// knows both the extraction and the graph vocabulary.
#ifndef KG_CLI_ARTICLE_GRAPH_H_
#define KG_CLI_ARTICLE_GRAPH_H_

#include <string>

#include "extract/article.h"
#include "store/store.h"

namespace kg::cli {

store::ArticleGraph ToArticleGraph(const extract::ArticleResult& result, const std::string& path,
                                   const std::string& sha256, uint64_t size);

}  // namespace kg::cli

#endif  // KG_CLI_ARTICLE_GRAPH_H_
