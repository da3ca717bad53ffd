// kg statements: quotations with their speaker, article and date, filtered
// by speaker (--by: one prefix scan of the speaker's SAID edges), by an
// entity they mention (--mentions) and by text (--contains). Without --by
// the statements are found by one scan of the nodes family.
#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <memory>
#include <tuple>

#include "cli/commands.h"
#include "cli/name_resolution.h"
#include "cli/query_support.h"
#include "cli/table_output.h"
#include "store/store.h"

namespace kg::cli {
namespace {

struct StatementsArgs {
  std::string db;
  std::string by;
  std::string mentions;
  std::string contains;
  OutputFormat format = OutputFormat::kTable;
};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c < 0; }

// Whether `text` contains `name` as whole words, ignoring case.
bool MentionsWord(const std::string& lower_text, const std::string& name) {
  std::string needle = Lower(name);
  if (needle.empty()) return false;
  for (size_t at = lower_text.find(needle); at != std::string::npos;
       at = lower_text.find(needle, at + 1)) {
    bool starts = at == 0 || !IsWordByte(lower_text[at - 1]);
    size_t end = at + needle.size();
    bool ends = end == lower_text.size() || !IsWordByte(lower_text[end]);
    if (starts && ends) return true;
  }
  return false;
}

// The names a quotation may use for `entity`: its name and its proper-name
// aliases (capitalised ones; "the union" names too many things).
std::vector<std::string> MentionNames(const graph::Node& entity) {
  std::vector<std::string> names = {entity.name};
  for (const std::string& alias : entity.aliases) {
    if (!alias.empty() && std::isupper(static_cast<unsigned char>(alias[0]))) {
      names.push_back(alias);
    }
  }
  return names;
}

store::Status CollectStatements(const store::Store& db, const graph::Node* speaker,
                                std::vector<graph::Node>* statements) {
  if (speaker) {
    std::vector<store::AdjacentEdge> said;
    store::Status s =
        db.Adjacent(speaker->id, store::EdgeDirection::kOut, {graph::EdgeType::kSaid}, &said);
    for (const store::AdjacentEdge& edge : said) {
      if (!s.ok()) break;
      graph::Node node;
      s = db.GetNode(edge.other, &node);
      statements->push_back(std::move(node));
    }
    return s;
  }
  return db.ForEachNode([&](const graph::Node& node) {
    if (node.type == graph::NodeType::kStatement) statements->push_back(node);
    return true;
  });
}

int RunStatements(const StatementsArgs& args) {
  std::unique_ptr<store::Store> db;
  if (!OpenForQuery(args.db, &db)) return kExitFailure;
  graph::Node by, mentioned;
  if (!args.by.empty()) {
    if (int rc = ResolveNameOrReport(*db, args.by, &by); rc != kExitOk) return rc;
  }
  if (!args.mentions.empty()) {
    if (int rc = ResolveNameOrReport(*db, args.mentions, &mentioned); rc != kExitOk) return rc;
  }
  std::vector<graph::Node> statements;
  store::Status s = CollectStatements(*db, args.by.empty() ? nullptr : &by, &statements);
  if (!s.ok()) {
    PrintError(s.message());
    return kExitFailure;
  }
  const std::string contains = Lower(args.contains);
  const std::vector<std::string> names =
      args.mentions.empty() ? std::vector<std::string>() : MentionNames(mentioned);
  std::erase_if(statements, [&](const graph::Node& quote) {
    std::string text = Lower(quote.name);
    if (!contains.empty() && text.find(contains) == std::string::npos) return true;
    if (names.empty()) return false;
    return std::none_of(names.begin(), names.end(),
                        [&](const std::string& name) { return MentionsWord(text, name); });
  });

  ArticleCache articles(*db);
  std::map<graph::NodeId, std::string> speaker_names;
  struct Row {
    std::string date, article, speaker;
    uint32_t start;
    const graph::Node* quote;
  };
  std::vector<Row> rows;
  for (const graph::Node& quote : statements) {
    std::string speaker = by.name;
    if (args.by.empty()) {
      std::vector<store::AdjacentEdge> said;
      s = db->Adjacent(quote.id, store::EdgeDirection::kIn, {graph::EdgeType::kSaid}, &said);
      if (s.ok() && !said.empty()) {
        auto [it, is_new] = speaker_names.emplace(said[0].other, "");
        graph::Node node;
        if (is_new && db->GetNodeHead(said[0].other, &node).ok()) it->second = node.name;
        speaker = it->second;
      }
    }
    graph::ArticleId article_id = quote.quote.article;
    if (article_id == 0 && !quote.articles.empty()) article_id = quote.articles.front();
    const graph::Article& article = articles.Get(article_id);
    rows.push_back(Row{article.date, ArticleLabel(article), speaker, quote.quote.start, &quote});
  }
  std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    return std::tie(a.date, a.article, a.start, a.speaker) <
           std::tie(b.date, b.article, b.start, b.speaker);
  });
  Table table{{"speaker", "quote", "cue", "article", "date"}, {}};
  for (const Row& row : rows) {
    table.rows.push_back(
        {row.speaker, row.quote->name, row.quote->cue, row.article,
         row.date.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(row.date)});
  }
  WriteTable(table, args.format, StdoutStyle(), std::cout);
  return kExitOk;
}

}  // namespace

Command AddStatementsCommand(CLI::App& app, const GlobalOptions& global) {
  auto args = std::make_shared<StatementsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "statements",
      "quotations with speaker, cue, article and date, ordered by date and position; the "
      "filters combine (all must hold)");
  cmd->add_option("--by", args->by, "only quotations of this speaker (name or alias)");
  cmd->add_option("--mentions", args->mentions,
                  "only quotations naming this entity: its name or a capitalised alias, as whole "
                  "words, ignoring case");
  cmd->add_option("--contains", args->contains,
                  "only quotations containing this text, ignoring case");
  AddFormatOption(cmd, &args->format);
  return {cmd, [args, &global] {
            args->db = global.db;
            return RunStatements(*args);
          }};
}

}  // namespace kg::cli
