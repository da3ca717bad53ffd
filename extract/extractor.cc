// The pipeline: document layout -> mentions and entities -> quotations ->
// relations -> ArticleResult with ids. Each stage is in its own file; this
// one only wires them and turns entity indexes into ids.
#include "extract/extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstring>
#include <unordered_map>

#include "extract/document.h"
#include "extract/gazetteer.h"
#include "extract/mentions.h"
#include "extract/quotes.h"
#include "extract/relations.h"
#include "extract/text.h"

namespace kg::extract {
namespace {

constexpr size_t kMaxArticleBytes = 16u << 20;

const char* kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                         "july",    "august",   "september", "october", "november", "december"};

// The offset of the first byte at or after `i` below 0x20, or s.size().
size_t SkipPrintable(std::string_view s, size_t i) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  uint64_t x;
  while (i + 8 <= s.size()) {
    std::memcpy(&x, s.data() + i, 8);
    // A byte below 0x20 borrows into its high bit (bytes of 0x80 and more,
    // ~x & kHigh, are not); a borrow from a lower byte can only flag a byte
    // above one that is truly below 0x20, so no chunk is skipped wrongly.
    if ((x - kOnes * 0x20) & ~x & kHigh) break;
    i += 8;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) >= 0x20) ++i;
  return i;
}

}  // namespace

std::string CheckArticleBytes(std::string_view bytes) {
  if (bytes.empty()) return "empty";
  if (bytes.size() > kMaxArticleBytes) {
    return "larger than 16 MiB (" + std::to_string(bytes.size()) + " bytes)";
  }
  for (size_t i = 0; i < bytes.size(); ++i) {
    // Eight bytes at a time while none is below 0x20 (a NUL, a control
    // character or a line break, which the loop below tells apart).
    i = SkipPrintable(bytes, i);
    if (i == bytes.size()) break;
    unsigned char c = bytes[i];
    if (c == 0) return "binary (NUL byte at offset " + std::to_string(i) + ")";
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') {
      return "binary (control character 0x" + std::string(1, "0123456789abcdef"[c >> 4]) +
             std::string(1, "0123456789abcdef"[c & 15]) + " at offset " + std::to_string(i) + ")";
    }
  }
  int64_t bad = FindInvalidUtf8(bytes);
  if (bad >= 0) return "invalid UTF-8 at byte offset " + std::to_string(bad);
  return "";
}

struct Extractor::Impl {
  DocumentBuilder builder;
  RE2 date{
      R"((?i)\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),\s+((?:19|20)\d\d)\b)"};
  RE2 iso_date{R"(\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b)"};
};

namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }

// Cheap tests that the date patterns can match at all, so most articles
// skip the regular expressions: "2016-05-04" needs a dash after four
// digits, "May 4, 2016" a comma before "19" or "20".
// Both jump from dash to dash and comma to comma (memchr) rather than test
// every byte: they run over the first 4 KiB of every article.
bool MayHoldIsoDate(std::string_view s) {
  for (size_t i = s.find('-', 4); i != std::string_view::npos && i + 1 < s.size();
       i = s.find('-', i + 1)) {
    if (Digit(s[i - 1]) && Digit(s[i - 4]) && Digit(s[i + 1])) return true;
  }
  return false;
}

bool MayHoldWrittenDate(std::string_view s) {
  for (size_t i = s.find(','); i != std::string_view::npos && i + 3 < s.size();
       i = s.find(',', i + 1)) {
    size_t k = i + 1;
    while (k < s.size() && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r')) ++k;
    if (k + 1 < s.size() && ((s[k] == '1' && s[k + 1] == '9') || (s[k] == '2' && s[k + 1] == '0')))
      return true;
  }
  return false;
}

// Where the date patterns' search may start without missing their first
// match: scanning all 4 KiB cost ~70,000 instructions per article that
// passes the tests above. RE2::Match still sees the text before the start,
// so \b there is judged as in a search from the beginning.
//
// "1999-05-04": the first match's first dash passes MayHoldIsoDate's test,
// so the match starts 4 bytes before the first dash that does.
size_t IsoDateSearchStart(std::string_view s) {
  for (size_t i = s.find('-', 4); i != std::string_view::npos && i + 1 < s.size();
       i = s.find('-', i + 1)) {
    if (Digit(s[i - 1]) && Digit(s[i - 4]) && Digit(s[i + 1])) return i - 4;
  }
  return 0;
}

// "May 4, 2016": the match's comma is followed by RE2's \s (with \f,
// which MayHoldWrittenDate does not skip) and "19" or "20", and no comma
// stands between the month and it; so the first match starts after the
// comma before the first comma so followed.
size_t WrittenDateSearchStart(std::string_view s) {
  for (size_t i = s.find(','); i != std::string_view::npos && i + 3 < s.size();
       i = s.find(',', i + 1)) {
    size_t k = i + 1;
    while (k < s.size() &&
           (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\r' || s[k] == '\f'))
      ++k;
    if (k + 1 < s.size() &&
        ((s[k] == '1' && s[k + 1] == '9') || (s[k] == '2' && s[k + 1] == '0'))) {
      const size_t before = i == 0 ? std::string_view::npos : s.rfind(',', i - 1);
      return before == std::string_view::npos ? 0 : before + 1;
    }
  }
  return 0;
}

// RE2::PartialMatch from `start`: the three groups of the first match.
bool DateFrom(const RE2& re, re2::StringPiece input, size_t start, std::string* a, std::string* b,
              std::string* c) {
  re2::StringPiece groups[4];
  if (!re.Match(input, start, input.size(), RE2::UNANCHORED, groups, 4)) return false;
  a->assign(groups[1].data(), groups[1].size());
  b->assign(groups[2].data(), groups[2].size());
  c->assign(groups[3].data(), groups[3].size());
  return true;
}

}  // namespace

Extractor::Extractor() : impl_(std::make_unique<Impl>()) { Gazetteer::Get(); }
Extractor::~Extractor() = default;

ArticleResult Extractor::Extract(std::string_view bytes, std::string_view title) const {
  ArticleResult result;
  Document doc = impl_->builder.Build(bytes, title);
  MentionTable mentions = FindMentions(doc);
  std::vector<QuoteFact> quotes = FindQuotes(doc, mentions);
  std::vector<RelationFact> relations = FindRelations(doc, mentions, quotes);

  if (!doc.paragraphs.empty() && doc.paragraphs[0].kind == LineKind::kHeadline) {
    result.title = CleanText(bytes, doc.paragraphs[0].start, doc.paragraphs[0].end);
  }
  result.byline = mentions.byline;
  // The first date in the opening lines (datelines) or anywhere.
  {
    std::string month, day, year;
    re2::StringPiece input(bytes.data(), std::min<size_t>(bytes.size(), 4096));
    const std::string_view head(input.data(), input.size());
    if (MayHoldIsoDate(head) &&
        DateFrom(impl_->iso_date, input, IsoDateSearchStart(head), &year, &month, &day)) {
      result.date = year + "-" + month + "-" + day;
    } else if (MayHoldWrittenDate(head) &&
               DateFrom(impl_->date, input, WrittenDateSearchStart(head), &month, &day, &year)) {
      month = AsciiLower(month);
      for (int i = 0; i < 12; ++i) {
        if (month == kMonths[i]) {
          char buf[16];
          snprintf(buf, sizeof buf, "%s-%02d-%02d", year.c_str(), i + 1, std::stoi(day));
          result.date = buf;
        }
      }
    }
  }

  // Entities that are only mentioned in furniture are left out. The spans
  // of each entity's other mentions, grouped by entity in one array (a
  // counting sort) rather than in a vector per entity.
  const size_t entity_count = mentions.entities.size();
  std::vector<uint32_t> span_begin(entity_count + 1, 0);
  for (const Mention& m : mentions.mentions) {
    if (doc.IsFact(m.tok_begin)) ++span_begin[m.entity + 1];
  }
  for (size_t i = 0; i < entity_count; ++i) span_begin[i + 1] += span_begin[i];
  std::vector<Span> spans(span_begin[entity_count]);
  {
    std::vector<uint32_t> next(span_begin.begin(), span_begin.end() - 1);
    for (const Mention& m : mentions.mentions) {
      if (!doc.IsFact(m.tok_begin)) continue;
      spans[next[m.entity]++] = {doc.tokens[m.tok_begin].start, doc.tokens[m.tok_end - 1].end};
    }
  }
  std::vector<std::string> ids(entity_count);
  // Keys view the strings of `ids`, which is never resized.
  std::unordered_map<std::string_view, size_t> by_id;
  by_id.reserve(entity_count);
  // Upper bounds, so that the result vectors grow by one allocation each
  // rather than by doubling (each doubling moves every element's strings).
  result.entities.reserve(entity_count);
  result.relations.reserve(relations.size());
  result.statements.reserve(quotes.size());
  for (size_t i = 0; i < entity_count; ++i) {
    if (span_begin[i + 1] == span_begin[i]) continue;  // unused
    const EntityInfo& info = mentions.entities[i];
    const std::string_view type = EntityTypeName(info.type);
    const std::string slug = Slug(info.name);
    std::string& id = ids[i];
    id.reserve(type.size() + 1 + slug.size());
    id.append(type).append(1, ':').append(slug);
    auto [it, fresh] = by_id.try_emplace(id, result.entities.size());
    Entity* e;
    if (fresh) {
      result.entities.push_back({});
      e = &result.entities.back();
      e->id = id;
      e->type = info.type;
      e->name = info.name;
    } else {
      e = &result.entities[it->second];
    }
    for (const std::string& f : info.forms) {
      if (f != e->name && std::find(e->aliases.begin(), e->aliases.end(), f) == e->aliases.end())
        e->aliases.push_back(f);
    }
    e->mentions.insert(e->mentions.end(), spans.begin() + span_begin[i],
                       spans.begin() + span_begin[i + 1]);
  }
  for (RelationFact& r : relations) {
    if (ids[r.source].empty() || ids[r.target].empty()) continue;
    r.relation.source = ids[r.source];
    r.relation.target = ids[r.target];
    result.relations.push_back(std::move(r.relation));
  }
  for (QuoteFact& q : quotes) {
    if (q.speaker < 0 || ids[q.speaker].empty()) continue;
    q.statement.speaker = ids[q.speaker];
    result.statements.push_back(std::move(q.statement));
  }
  return result;
}

}  // namespace kg::extract
