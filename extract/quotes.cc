#include "extract/quotes.h"

#include <algorithm>

#include "extract/quote_attribution.h"

namespace kg::extract {
namespace {

std::vector<RawQuote> FindRawQuotes(const Document& d) {
  std::vector<RawQuote> out;
  const uint32_t np = static_cast<uint32_t>(d.paragraphs.size());
  for (uint32_t pi = 0; pi < np; ++pi) {
    if (!IsBody(d, pi)) continue;
    const Paragraph* p = &d.paragraphs[pi];
    for (uint32_t t = p->tok_begin; t < p->tok_end; ++t) {
      if (d.tokens[t].kind != TokKind::kOpenQuote) continue;
      RawQuote q;
      q.open = t;
      q.first_para = pi;
      uint32_t start = d.tokens[t].end;
      uint32_t k = t + 1;
      while (true) {
        while (k < p->tok_end && d.tokens[k].kind != TokKind::kCloseQuote &&
               d.tokens[k].kind != TokKind::kOpenQuote)
          ++k;
        if (k < p->tok_end && d.tokens[k].kind == TokKind::kCloseQuote) {
          q.parts.push_back({start, d.tokens[k].start});
          q.close = k;
          q.closed = true;
          break;
        }
        if (k < p->tok_end) {  // a new opening mark: the previous one never closed
          q.parts.push_back({start, d.tokens[k].start});
          q.close = k - 1;
          break;
        }
        q.parts.push_back({start, p->end});
        q.close = p->tok_end - 1;
        // News style: the quotation goes on when the next paragraph opens
        // with a quotation mark.
        if (pi + 1 < np && IsBody(d, pi + 1) &&
            d.tokens[d.paragraphs[pi + 1].tok_begin].kind == TokKind::kOpenQuote) {
          ++pi;
          p = &d.paragraphs[pi];
          start = d.tokens[p->tok_begin].end;
          k = p->tok_begin + 1;
          continue;
        }
        break;
      }
      q.last_para = pi;
      t = q.close;
      out.push_back(std::move(q));  // a copy would allocate `parts` again
    }
  }
  return out;
}

std::vector<bool> TokensInside(const Document& d, const std::vector<RawQuote>& raw) {
  std::vector<bool> in(d.tokens.size(), false);
  for (const RawQuote& q : raw) {
    for (uint32_t t = q.open; t <= q.close && t < in.size(); ++t) in[t] = true;
  }
  return in;
}

}  // namespace

std::vector<bool> QuotedTokens(const Document& d) {
  if (d.quoted) return *d.quoted;
  return TokensInside(d, FindRawQuotes(d));
}

std::vector<QuoteFact> FindQuotes(const Document& doc, const MentionTable& mentions) {
  // The quotation spans are found once: they give both the quoted tokens
  // and the quotations to attribute.
  const std::vector<RawQuote> raw = FindRawQuotes(doc);
  doc.quoted = TokensInside(doc, raw);
  return Attributor(doc, mentions, *doc.quoted).Run(raw);
}

}  // namespace kg::extract
