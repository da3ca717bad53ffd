// Internal to extract/: the titles a description names ("the senator",
// "the colorful former governor", "the state's governor") and whether a
// person carried one ("Sen.", "former president", not "vice president").
// Used by references.cc to resolve descriptions to the last person who
// held the title.
#ifndef KG_EXTRACT_DESCRIPTION_TITLES_H_
#define KG_EXTRACT_DESCRIPTION_TITLES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/mentions.h"

namespace kg::extract::internal {

// A lower-case word at `k` that may describe a person already named ("the
// colorful former governor", "the embattled senator"): no function, speech
// or title word, nor one that picks out someone else ("first", "new",
// "other", "vice").
bool DescriptiveModifier(const Document& d, uint32_t k);

// Whether `w` (lower-case) names what a person is ("mogul", "activist",
// "neurosurgeon", "nominee"): a description of someone already introduced.
bool IsEpithetNoun(std::string_view w);

// Whether a person with `titles` (lower-case) carried the description's
// title word `word` ("senator" for "sen.", "ag" for "attorney general").
bool TitleMatches(const std::vector<std::string>& titles, std::string_view word);

// "the senator", "the Massachusetts senator", "the former secretary": the
// title word a description at `tok` ("the") ends in, and its length in
// tokens; false when `tok` opens no such description.
bool DescriptionTitle(const Document& d, uint32_t tok, std::string* title, uint32_t* len);

// The one person (outside quotations and furniture) named before `before`
// whom an apposition ("X, a civil rights activist,", "X, a Republican,") or
// a lower-case word right before the name ("activist X") calls `noun`
// (lower-case); -1 when none or two (described_antecedent.cc).
int AppositionDescribed(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                        uint32_t before, std::string_view noun);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_DESCRIPTION_TITLES_H_
