// Lists of links that publishers put inside an article, not only after it:
// "Related:", "More from The Post:", "You might also like:" followed by a
// few story titles, then the article goes on. Such a marker once made every
// later line page furniture, and with it the rest of the article (14 of the
// 16,071 pool articles lost 1,600-7,700 characters of body, one all of its
// entities). document.cc's MarkLines uses these to keep the titles as
// furniture and take the body back at its first line of prose.
#ifndef KG_EXTRACT_INLINE_LINKS_H_
#define KG_EXTRACT_INLINE_LINKS_H_

#include <string_view>

#include "extract/document.h"

namespace kg::extract {

// Whether `line`, already known to be a furniture end marker, is one that
// may sit inside an article ("Related:", "Related stories", "More from X:",
// "You may|might also like", "Recommended for you"); not a blog's closing
// "Related Posts:", a comment section or a share bar.
bool OpensInlineLinks(std::string_view line);

// Whether paragraph `p` reads as a sentence of the article: 15 or more
// tokens ending in . ? or ! (a closing quotation mark may follow). Story
// titles are shorter or end without a period.
bool IsBodyProse(const Document& doc, const Paragraph& p);

}  // namespace kg::extract

#endif  // KG_EXTRACT_INLINE_LINKS_H_
