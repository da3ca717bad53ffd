#include "extract/document.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>

#include "extract/gazetteer.h"
#include "extract/hover_cards.h"
#include "extract/inline_links.h"
#include "extract/relation_trigger_words.h"
#include "extract/word_flag_table.h"
#include "extract/word_lists.h"

namespace kg::extract {
namespace {

bool IsPunct(const Document& d, uint32_t t, std::string_view p) {
  return d.tokens[t].kind == TokKind::kPunct && d.Text(t) == p;
}

// Whether a text's first line repeats the title given apart from it: one
// starts with the other once outer spaces are trimmed (a title field may
// be cut short, or carry a page's "Listen 4:33" the text line lacks).
bool RepeatsTitle(std::string_view line, std::string_view title) {
  while (!title.empty() && (title.front() == ' ' || title.front() == '\t')) title.remove_prefix(1);
  while (!title.empty() && (title.back() == ' ' || title.back() == '\t')) title.remove_suffix(1);
  if (title.empty()) return true;
  const size_t n = std::min(line.size(), title.size());
  return line.substr(0, n) == title.substr(0, n);
}

// Share of the line's longer words that are capitalised; headlines are
// title case ("ICE Director Cites Violent Crimes").
double CapitalisedShare(const Document& d, const Paragraph& p) {
  int words = 0, caps = 0;
  for (uint32_t t = p.tok_begin; t < p.tok_end; ++t) {
    if (d.tokens[t].kind != TokKind::kWord || d.tokens[t].end - d.tokens[t].start < 4) continue;
    ++words;
    if (d.tokens[t].cap) ++caps;
  }
  return words ? static_cast<double>(caps) / words : 0.0;
}

// Lower-case words of five letters or more: verbs and nouns that title case
// would have capitalised.
int LowerLongWords(const Document& d, const Paragraph& p) {
  int words = 0;
  for (uint32_t t = p.tok_begin; t < p.tok_end; ++t) {
    const Token& tok = d.tokens[t];
    if (tok.kind == TokKind::kWord && !tok.cap && tok.end - tok.start >= 5) ++words;
  }
  return words;
}

int LongWords(const Document& d, const Paragraph& p) {
  int words = 0;
  for (uint32_t t = p.tok_begin; t < p.tok_end; ++t) {
    if (d.tokens[t].kind == TokKind::kWord && d.tokens[t].end - d.tokens[t].start >= 4) ++words;
  }
  return words;
}

// Whether the first line of a text whose title came apart from it (a
// record's title field) is the lede rather than the title repeated, a
// photo caption ("... (Reuters photo: Pat Doe)", "... Pat Doe/Getty
// Images") or a byline ("Pat Doe and Kim Roe", no lower-case long word).
// Those stay out of the body: a name in them would take the pronouns and
// quotations of the lede.
bool IsLede(const Document& d, const Paragraph& p, std::string_view line, std::string_view title) {
  if (RepeatsTitle(line, title) || line.ends_with(')') || LowerLongWords(d, p) == 0) return false;
  // A video's caption ("CLOSE Pat Doe says ...") or a photo credit.
  if (line.starts_with("CLOSE ")) return false;
  for (std::string_view credit : {"Photo", "photo", "Getty Images"}) {
    if (line.find(credit) != std::string_view::npos) return false;
  }
  // "Pat Doe/Reuters", "Kim Roe/USA Today": a slash between capitalised
  // words credits a picture; prose writes "and/or".
  for (size_t i = line.find('/'); i != std::string_view::npos; i = line.find('/', i + 1)) {
    if (i > 0 && i + 1 < line.size() && std::isalpha(static_cast<unsigned char>(line[i - 1])) &&
        std::isupper(static_cast<unsigned char>(line[i + 1])))
      return false;
  }
  return true;
}

// " / IMAGE" (a photo credit) somewhere in the line. Searched from the
// slash: a search from the space would stop at every word.
bool HasImageCredit(std::string_view line) {
  for (size_t slash = line.find("/ IMAGE"); slash != std::string_view::npos;
       slash = line.find("/ IMAGE", slash + 1)) {
    if (slash > 0 && line[slash - 1] == ' ') return true;
  }
  return false;
}

// The Lex flags of every word of a document. A word's flags never change,
// and names and function words repeat within and across articles, while the
// 200,000-word table costs a cache miss per probe; so each thread keeps the
// flags of the short words it has looked up in a direct-mapped cache
// (2 x 4096 entries, 128 KiB: L2-sized) keyed like the table, across
// articles. Its entries and the table slots of the words it lacks are
// prefetched a few words ahead, so that their cache misses overlap instead
// of stalling one word at a time.
class LexCache {
 public:
  static LexCache& ForThisThread() {
    thread_local std::unique_ptr<LexCache> cache = std::make_unique<LexCache>();
    return *cache;
  }

  void FlagsOf(const Document& doc, std::vector<uint32_t>* lex) {
    constexpr size_t kAhead = 8;
    const size_t n = doc.tokens.size();
    const size_t text_end = doc.lower_text.size();
    lex->assign(n, 0);
    words_.clear();
    for (uint32_t t = 0; t < n; ++t) {
      const Token& tok = doc.tokens[t];
      if (tok.kind != TokKind::kWord) continue;
      const std::string_view lower = doc.Lower(t);
      const bool capitalised = tok.cap || tok.allcaps;
      if (lower.empty() || lower.size() > WordFlagTable::kInlineBytes) {
        (*lex)[t] = gz_.Flags(lower, capitalised) | EndorseCue(lower);
        continue;
      }
      const bool room = doc.tokens[t].start + WordFlagTable::kInlineBytes <= text_end;
      const WordFlagTable::Packed p =
          room ? WordFlagTable::PackInText(lower) : WordFlagTable::Pack(lower);
      words_.push_back({p, WordFlagTable::Hash(p), t, capitalised});
    }
    // Cached words; the others are listed in misses_ and their table slots
    // prefetched in the loop below.
    misses_.resize(words_.size());
    size_t missed = 0;
    for (size_t i = 0; i < kAhead && i < words_.size(); ++i)
      __builtin_prefetch(&EntryOf(words_[i]));
    for (size_t i = 0; i < words_.size(); ++i) {
      if (i + kAhead < words_.size()) __builtin_prefetch(&EntryOf(words_[i + kAhead]));
      const Word& w = words_[i];
      const Entry& e = EntryOf(w);
      // Without branches: hits and misses alternate unpredictably.
      const bool hit = (e.head == w.p.head) & (e.tail == w.p.tail);
      (*lex)[w.tok] = e.flags & (0u - static_cast<uint32_t>(hit));
      misses_[missed] = static_cast<uint32_t>(i);
      missed += !hit;
    }
    for (size_t j = 0; j < kAhead && j < missed; ++j) {
      gz_.Prefetch(words_[misses_[j]].hash, words_[misses_[j]].capitalised);
    }
    for (size_t j = 0; j < missed; ++j) {
      if (j + kAhead < missed) {
        const Word& ahead = words_[misses_[j + kAhead]];
        gz_.Prefetch(ahead.hash, ahead.capitalised);
      }
      const Word& w = words_[misses_[j]];
      Entry& e = EntryOf(w);
      if (e.head != w.p.head || e.tail != w.p.tail) {  // not a repeat of an earlier miss
        e.head = w.p.head;
        e.tail = w.p.tail;
        e.flags = gz_.Flags(w.p, w.hash, w.capitalised) | EndorseCue(doc.Lower(w.tok));
      }
      (*lex)[w.tok] = e.flags;
    }
  }

 private:
  static constexpr size_t kSize = 4096;
  struct Entry {
    uint64_t head = 0;  // 0: empty (words are never empty)
    uint32_t tail = 0;
    uint32_t flags = 0;
  };
  struct Word {
    WordFlagTable::Packed p;
    uint32_t hash = 0;
    uint32_t tok = 0;
    bool capitalised = false;
  };
  Entry& EntryOf(const Word& w) { return entries_[w.capitalised][w.hash & (kSize - 1)]; }
  // The flag no table holds, from the word itself; cached with the rest.
  static uint32_t EndorseCue(std::string_view lower) {
    return internal::MayOpenEndorsement(lower) ? uint32_t{kEndorseCue} : 0u;
  }

  const Gazetteer& gz_ = Gazetteer::Get();
  Entry entries_[2][kSize];
  std::vector<Word> words_;       // short words of the current document
  std::vector<uint32_t> misses_;  // indexes into words_ not in entries_
};

// An advertising break: a line of its own that holds nothing of the
// article ("ADVERTISEMENT", "Story Continued Below", "AD").
bool AdBreak(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  while (!line.empty() && (line.back() == ' ' || line.back() == ':')) line.remove_suffix(1);
  if (line.size() < 2 || line.size() > 40) return false;
  const std::string w = AsciiLower(line);
  return w == "advertisement" || w == "ad" || w == "advertising" || w == "story continued below" ||
         w == "story continues below" || w == "article continues below" ||
         w == "continue reading below" || w == "skip advertisement" ||
         w == "continue reading the main story";
}

// RE2's \s (its Perl class, ASCII only): tab, line feed, form feed,
// carriage return, space.
bool ReSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

}  // namespace

// Each RE2 call costs about 800 instructions even when the line fails at its
// first letter, and nearly every short line does ("The ...", "He said");
// so a line is only matched when its first two letters open an alternative.
// KEEP IN STEP with the two patterns in DocumentBuilder(): every
// alternative's first two letters (lower case) are listed here.
bool MayBeFurnitureLine(std::string_view line) {
  // ".*\bread more" may start anywhere: a line ending in "more" goes on.
  size_t end = line.size();
  while (end > 0 && ReSpace(static_cast<unsigned char>(line[end - 1]))) --end;
  if (end >= 4 && (line[end - 4] | 0x20) == 'm' && (line[end - 3] | 0x20) == 'o' &&
      (line[end - 2] | 0x20) == 'r' && (line[end - 1] | 0x20) == 'e')
    return true;
  size_t i = 0;
  while (i < end && ReSpace(static_cast<unsigned char>(line[i]))) ++i;
  if (i + 2 > end) return true;  // too short to judge: the patterns decide
  const unsigned char a = static_cast<unsigned char>(line[i]);
  const unsigned char b = static_cast<unsigned char>(line[i + 1]);
  // Case-insensitive RE2 also folds some non-ASCII letters onto ASCII ones
  // (U+017F onto s, U+212A onto k): those lines go on.
  if (a >= 0x80 || b >= 0x80) return true;
  if (a >= '0' && a <= '9') return true;   // "\d+ comments?"
  if (a == '(') return (b | 0x20) == 'a';  // "\(?adsbygoogle"
  const unsigned char la = a | 0x20, lb = b | 0x20;
  if (la < 'a' || la > 'z' || lb < 'a' || lb > 'z') return false;
  // Per first letter, the second letters that follow it in an alternative.
  auto bits = [](std::string_view seconds) {
    uint32_t m = 0;
    for (char c : seconds) m |= 1u << (c - 'a');
    return m;
  };
  static const uint32_t kSeconds[26] = {
      bits("bdp"),  // about the author; advertisement, adsbygoogle; ap photo
      0,            // b
      bits("lo"),   // click to share, click here; comments, continue reading
      0,            // d
      bits("m"),    // email
      bits("ir"),   // filed under; from around the web
      bits("e"),    // getty images
      0,            // h
      bits("mn"),   // image:; inline feedbacks
      0,
      0,              // j k
      bits("e"),      // leave a reply|comment
      bits("o"),      // more from, most popular
      bits("e"),      // next post
      0,              // o
      bits("hor"),    // photo:; popular posts, post navigation; previous post, print
      0,              // q
      bits("e"),      // related ..., recommended for you, read more, reuters
      bits("ehipu"),  // send this, share ...; sign up; sponsored; subscribe
      bits("arw"),    // tags; trending now; tweet
      0,              // u
      bits("i"),      // view all comments
      0,
      0,          // w x
      bits("o"),  // you may|might also like
      0};         // z
  return (kSeconds[la - 'a'] >> (lb - 'a')) & 1u;
}

bool Document::IsFact(uint32_t tok) const {
  const LineKind k = paragraphs[sentences[sentence_of[tok]].para].kind;
  return k != LineKind::kFurniture;
}

uint32_t Document::SentenceStart(uint32_t s) const { return tokens[sentences[s].tok_begin].start; }
uint32_t Document::SentenceEnd(uint32_t s) const { return tokens[sentences[s].tok_end - 1].end; }

DocumentBuilder::DocumentBuilder() {
  // MayBeFurnitureLine lists the first two letters of every alternative of
  // both patterns: add a new alternative's there too.
  RE2::Options opt;
  opt.set_case_sensitive(false);
  furniture_end_ = new RE2(
      R"(^\s*(related posts?:?|related articles?:?|related stories:?|related:|next post|)"
      R"(previous post|leave a reply|leave a comment|inline feedbacks|view all comments|)"
      R"(\d+ comments?|comments|share tweet.*|share this:?|you may also like.*|)"
      R"(send this to a friend|recommended for you|more from .{1,40}|)"
      R"(about the author|sign up for .*newsletter.*|subscribe to .*|popular posts|)"
      R"(trending now|most popular|post navigation|tags?:.*|filed under:?.*|share on facebook.*|)"
      R"(click to share.*|you might also like.*|sponsored content|from around the web)\s*$)",
      opt);
  furniture_line_ = new RE2(
      R"(^\s*(advertisement|\(?adsbygoogle.*|share|tweet|email|print|read more|continue reading.*|)"
      R"(click here.*|photo:.*|image:.*|getty images|ap photo.*|reuters.*|.*\bread more)\s*$)",
      opt);
}

DocumentBuilder::~DocumentBuilder() {
  delete furniture_end_;
  delete furniture_line_;
}

Document DocumentBuilder::Build(std::string_view bytes, std::string_view title) const {
  Document doc;
  doc.bytes = bytes;
  doc.tokens.reserve(bytes.size() / 5 + 16);
  uint32_t pos = 0;
  const uint32_t n = static_cast<uint32_t>(bytes.size());
  while (pos < n) {
    const void* found = std::memchr(bytes.data() + pos, '\n', n - pos);
    uint32_t nl = found ? static_cast<uint32_t>(static_cast<const char*>(found) - bytes.data()) : n;
    uint32_t end = nl;
    while (end > pos && (bytes[end - 1] == '\r' || bytes[end - 1] == ' ' || bytes[end - 1] == '\t'))
      --end;
    Paragraph p;
    p.start = pos;
    p.end = end;
    p.tok_begin = static_cast<uint32_t>(doc.tokens.size());
    TokenizeLine(bytes, pos, end, &doc.tokens);
    // A card ends with the word MORE: lines without it have none.
    if (bytes.substr(pos, end - pos).find("MORE") != std::string_view::npos)
      DropHoverCards(bytes, p.tok_begin, &doc.tokens);
    p.tok_end = static_cast<uint32_t>(doc.tokens.size());
    if (p.tok_end > p.tok_begin) {
      p.start = doc.tokens[p.tok_begin].start;
      p.ad_break = AdBreak(bytes.substr(pos, end - pos));
      doc.paragraphs.push_back(p);
    }
    pos = nl + 1;
  }
  doc.lower_text = AsciiLower(bytes);
  LexCache::ForThisThread().FlagsOf(doc, &doc.lex);
  // A hyphenated masthead ("Times-Dispatch") is one token no list holds: it
  // ends a newspaper's name as "Dispatch" does ("the Richmond
  // Times-Dispatch, which endorsed ..."). Capitalised words only; few hold
  // a hyphen. Such a word holds a hyphen before a capital, so only the
  // tokens around those hyphens are tested (memchr over the bytes, tokens
  // in order), not every token of the document.
  uint32_t t = 0;
  const uint32_t ntok = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t p = 0; p + 1 < n && t < ntok; ++p) {
    const void* dash = std::memchr(bytes.data() + p, '-', n - 1 - p);
    if (dash == nullptr) break;
    p = static_cast<uint32_t>(static_cast<const char*>(dash) - bytes.data());
    if (bytes[p + 1] < 'A' || bytes[p + 1] > 'Z') continue;
    while (t < ntok && doc.tokens[t].end <= p) ++t;
    if (t >= ntok || doc.tokens[t].start > p) continue;
    const Token& tok = doc.tokens[t];
    if (tok.kind != TokKind::kWord || !tok.cap || tok.allcaps) continue;
    if (HyphenedMasthead(bytes.substr(tok.start, tok.end - tok.start)))
      doc.lex[t] = (doc.lex[t] & ~kCommonWord) | kOrgHead | kOutletHead;
  }
  MarkLines(&doc, title);
  SplitSentences(&doc);
  return doc;
}

void DocumentBuilder::MarkLines(Document* doc, std::string_view title) const {
  bool tail = false;
  bool links = false;  // after "Related:" and the like (inline_links.h)
  for (size_t i = 0; i < doc->paragraphs.size(); ++i) {
    Paragraph& p = doc->paragraphs[i];
    std::string_view line = doc->bytes.substr(p.start, p.end - p.start);
    if (tail) {
      p.kind = LineKind::kFurniture;
      continue;
    }
    // Only short lines can be furniture, and only those whose first letters
    // open one of the patterns' alternatives.
    const bool may_be_furniture = line.size() < 90 && MayBeFurnitureLine(line);
    if (may_be_furniture && RE2::FullMatch(line, *furniture_end_)) {
      // Near the top a lone "Comments" or "Share" is a toolbar, not the end
      // of the article.
      const bool toolbar = i < 6 && (line.find("omments") != std::string_view::npos ||
                                     line.find("hare") != std::string_view::npos);
      if (i >= 2 && !toolbar) (OpensInlineLinks(line) ? links : tail) = true;
      p.kind = LineKind::kFurniture;
      continue;
    }
    if (links) {
      links = !IsBodyProse(*doc, p);
      if (links) {
        p.kind = LineKind::kFurniture;
        continue;
      }
    }
    const bool read_more = line.size() > 9 && (line.substr(line.size() - 9) == "Read more" ||
                                               line.substr(line.size() - 9) == "Read More");
    if (read_more || (may_be_furniture && RE2::FullMatch(line, *furniture_line_))) {
      p.kind = LineKind::kFurniture;
      continue;
    }
    if (HasImageCredit(line) || line.find("(Photo") != std::string_view::npos) {
      p.kind = LineKind::kCaption;
      continue;
    }
    const uint32_t ntok = p.tok_end - p.tok_begin;
    if (ntok <= 10 && doc->Text(p.tok_begin) == "By" &&
        doc->tokens[p.tok_begin + 1 < p.tok_end ? p.tok_begin + 1 : p.tok_begin].cap) {
      p.kind = LineKind::kByline;  // "By Chip Grabow, Sonam Vashi"
      continue;
    }
    const Token& last = doc->tokens[p.tok_end - 1];
    // A sentence's punctuation inside a closing quotation mark ends a
    // sentence too ('... is proof that "they never listen."'): headlines
    // very rarely end that way, ledes often do.
    const std::string_view before_quote =
        last.kind == TokKind::kCloseQuote && ntok >= 2 ? doc->Text(p.tok_end - 2) : "";
    const bool ends_sentence = (last.kind == TokKind::kPunct && doc->Text(p.tok_end - 1) == ".") ||
                               before_quote == "." || before_quote == "?" || before_quote == "!";
    if (i == 0 && ntok <= 40 && !ends_sentence &&
        (title.empty() || !IsLede(*doc, p, line, title))) {
      p.kind = LineKind::kHeadline;
    } else if (ntok <= 25 && !ends_sentence && LongWords(*doc, p) >= 3 &&
               LowerLongWords(*doc, p) == 0 && doc->Text(p.tok_end - 1) != ":" &&
               doc->tokens[p.tok_begin].kind == TokKind::kWord &&
               CapitalisedShare(*doc, p) >= (i < 6 ? 0.6 : 0.75)) {
      // Title-case lines: headlines at the top, subheadings further down.
      p.kind = LineKind::kHeadline;
    }
  }
}

void DocumentBuilder::SplitSentences(Document* doc) const {
  doc->sentence_of.assign(doc->tokens.size(), 0);
  // Through local pointers: the sentences pushed below could alias them as
  // far as the compiler knows, which reloaded them for every token.
  const Token* const tokens = doc->tokens.data();
  const char* const bytes = doc->bytes.data();
  uint32_t* const sentence_of = doc->sentence_of.data();
  for (uint32_t pi = 0; pi < doc->paragraphs.size(); ++pi) {
    const Paragraph& p = doc->paragraphs[pi];
    uint32_t begin = p.tok_begin;
    for (uint32_t t = p.tok_begin; t < p.tok_end; ++t) {
      const Token& tok = tokens[t];
      bool boundary = false;
      uint32_t last = t;
      if (tok.kind == TokKind::kPunct && tok.end - tok.start == 1 &&
          (bytes[tok.start] == '.' || bytes[tok.start] == '!' || bytes[tok.start] == '?')) {
        // Closing quotes and brackets stay with the sentence they close.
        while (last + 1 < p.tok_end &&
               (tokens[last + 1].kind == TokKind::kCloseQuote ||
                tokens[last + 1].kind == TokKind::kSingleQuote || IsPunct(*doc, last + 1, ")"))) {
          ++last;
        }
        if (last + 1 >= p.tok_end) {
          boundary = true;
        } else {
          const Token& next = tokens[last + 1];
          boundary = next.cap || next.kind == TokKind::kOpenQuote ||
                     next.kind == TokKind::kNumber || next.kind == TokKind::kSingleQuote ||
                     IsPunct(*doc, last + 1, "(");
        }
      } else if (tok.abbrev && tok.allcaps && t + 1 < p.tok_end) {
        // "... in the U.S. The" ends a sentence; "U.S. Senate" does not.
        const Token& next = tokens[t + 1];
        boundary = next.cap && doc->Has(t + 1, kFunctionWord);
      }
      if (boundary) {
        doc->sentences.push_back({begin, last + 1, pi});
        const uint32_t id = static_cast<uint32_t>(doc->sentences.size() - 1);
        for (uint32_t k = begin; k <= last; ++k) sentence_of[k] = id;
        begin = last + 1;
        t = last;
      }
    }
    if (begin < p.tok_end) {
      doc->sentences.push_back({begin, p.tok_end, pi});
      const uint32_t id = static_cast<uint32_t>(doc->sentences.size() - 1);
      for (uint32_t k = begin; k < p.tok_end; ++k) sentence_of[k] = id;
    }
  }
}

}  // namespace kg::extract
