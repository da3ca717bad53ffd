// Internal to extract/: how an article marks a politician's party, home
// state and office, for the speaker descriptions of quote_descriptions.cc
// ("said the Kentucky Republican", "the California Democrat said", "the
// senator said"): the party a word or a tag ("R-Ky.") names, whether a
// tag's place abbreviates a description's place words, whether a person's
// titles hold an office, and whether an earlier mention of a person
// carried a party. quote_descriptions.cc uses them; references.cc and
// endorsement_descriptions.cc ask PlaceOfficeHolder.
#ifndef KG_EXTRACT_PARTY_MARKS_H_
#define KG_EXTRACT_PARTY_MARKS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/mentions.h"

namespace kg::extract::internal {

enum class Party : uint8_t { kNone, kRepublican, kDemocrat, kIndependent };

// The party a lower-case word names ("republican", "gop", "democratic").
Party PartyOfWord(std::string_view w);

// "R-Ky.", "D-N.Y.", "R-Texas": the party letter of a tag, and its place.
Party PartyOfTag(std::string_view tag, std::string_view* place);

// A tag's place names the description's place words: "Ky." / {Kentucky},
// "N.Y." / {New, York}, "NC" / {North, Carolina}, "Texas" / {Texas}.
bool PlaceMatches(std::string_view abbr, const std::vector<std::string_view>& words);

// Whether one of a person's `titles` holds `office` ("Sen." is a senator;
// "vice president" is not the president).
bool OfficeMatches(const std::vector<std::string>& titles, const std::string& office);

// Whether `titles` name an office other than `office`. A candidacy, an
// honorific or a chair ("Democratic presidential candidate Elizabeth Warren",
// "Mr.", "the chairman of the commission") is no office: a candidate or a
// committee chairman is often the senator or congressman a later "the
// senator said" means; a governor is not.
bool HoldsOtherOffice(const std::vector<std::string>& titles, const std::string& office);

// Whether a mention of `person` before token `before` carries `party`
// ("Republican Sen. X", "X (R-Ky.)", "X, a Republican").
bool MarkedWithParty(const Document& d, const MentionTable& m, const std::vector<bool>& in_quote,
                     int person, Party party, uint32_t before);

// The capitalised place words of a description's modifiers, tokens
// [from, to): "the former Massachusetts governor" -> {Massachusetts}, "the
// New York congressman" -> {New, York}; party words are skipped.
std::vector<std::string_view> DescriptionPlace(const Document& d, uint32_t from, uint32_t to);

// "the Arizona senator": the one person named before `before` (outside
// quotations, in body text) whom the article ties to `place` and `office`
// by its own words: a party tag ("Sen. X (R-Ariz.)", "X, R-Ariz.,"), the
// place before an office before the name ("Arizona Sen. X"), or an
// apposition ("X, a Republican senator from Arizona,"); the office a title
// of the person's or the apposition's noun. -1 when none fits, -2 when two
// do, or when none does and the article tied a holder of the office to
// another state by a tag ("Sen. X (R-Ohio)"): the description names no one
// surely.
int PlaceOfficeHolder(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                      uint32_t before, std::string_view office,
                      const std::vector<std::string_view>& place);

// "the Texan", "the Ohioan": a state's demonym (capitalised, lower-case
// `word`) for the one person the article ties to that state as a senator,
// representative or governor (PlaceOfficeHolder, each office); -1 when the
// word is no such demonym or none fits, -2 when two people do. Demonyms
// that also name a publication or a country ("Oregonian", "Tennessean",
// "New Yorker", "Georgian") are left out.
int DemonymHolder(const Document& d, const MentionTable& m, const std::vector<bool>* in_quote,
                  uint32_t before, std::string_view word);

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_PARTY_MARKS_H_
