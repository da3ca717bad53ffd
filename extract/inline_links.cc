#include "extract/inline_links.h"

#include "extract/text.h"

namespace kg::extract {

bool OpensInlineLinks(std::string_view line) {
  while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
  const std::string w = AsciiLower(line.substr(0, 24));
  auto opens = [&w](std::string_view prefix) { return w.compare(0, prefix.size(), prefix) == 0; };
  if (opens("related posts")) return false;
  return opens("related:") || opens("related stor") || opens("related article") ||
         opens("more from ") || opens("you may also like") || opens("you might also like") ||
         opens("recommended for you");
}

bool IsBodyProse(const Document& doc, const Paragraph& p) {
  if (p.tok_end < p.tok_begin + 15) return false;
  for (uint32_t t = p.tok_end; t > p.tok_end - 3; --t) {
    const std::string_view s = doc.Text(t - 1);
    if (s == "." || s == "?" || s == "!") return true;
    const bool closing_quote = s == "\"" || s == "\xe2\x80\x9d" || s == "'" || s == "\xe2\x80\x99";
    if (!closing_quote) return false;
  }
  return false;
}

}  // namespace kg::extract
