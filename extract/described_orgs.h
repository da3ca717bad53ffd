// Internal to extract/: whether an organisation fits a description noun
// ("the center", "the company", "the magazine"), by the last word of its
// name or by the article calling it so beside its name ("Kestrel Today
// magazine", "the evangelical magazine Kestrel Today", "Local 12, the
// union"). Used by DescribedOrg (role_slots.cc) to resolve "the union's
// president", "the magazine editor-in-chief X" to the body named before.
#ifndef KG_EXTRACT_DESCRIBED_ORGS_H_
#define KG_EXTRACT_DESCRIBED_ORGS_H_

#include <cstdint>
#include <string_view>

#include "extract/document.h"

namespace kg::extract::internal {

// Whether an organisation named `name` fits the description noun `noun`
// (lower case) by the last word of its name.
bool FitsDescription(std::string_view noun, std::string_view name);

// Whether the text calls the organisation mentioned at [b, e) a `noun`
// (lower case; only nouns of kinds, such as magazine, union, company)
// right beside the name: the noun after it ("Kestrel Today magazine"),
// before it ("the magazine Kestrel Today", "the evangelical magazine
// Kestrel Today": up to two words between), or in an apposition after it
// ("Local 12, the union", "Kestrel Today, a Christian magazine").
bool NamedAsKind(const Document& d, uint32_t b, uint32_t e, std::string_view noun);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_DESCRIBED_ORGS_H_
