// General-language word lists of the extractor, written by hand: person
// titles, organisation head words, speech verbs, function words. They
// describe English usage, never particular people or organizations (those
// come only from the Debian data in gazetteer_data.inc). All entries are
// lower case; Gazetteer merges them into its flag tables at start-up.
#ifndef KG_EXTRACT_WORD_LISTS_H_
#define KG_EXTRACT_WORD_LISTS_H_

#include <span>
#include <string_view>

namespace kg::extract {

using WordList = std::span<const char* const>;

WordList TitlePhrases();     // multi-word person titles ("acting director"; title_words.cc)
WordList TitleWords();       // one-word person titles ("president"; title_words.cc)
WordList ScholarTitles();    // researchers' titles ("historian"; scholar_titles.cc)
WordList TopicTitles();      // titles named after a subject ("expert"; role_topic_titles.cc)
WordList CompanySuffixes();  // legal forms ending company names ("LLC"; company_suffixes.cc)
bool IsCompanySuffix(std::string_view lower);  // one of them, given in lower case
WordList NameTitles();   // capitalised before a name, make it a person's ("Sen."; title_words.cc)
WordList OrgHeads();     // last words of organisation names ("Council", "Agency")
WordList OfHeads();      // organisation heads that take "of" ("Department of ...")
WordList OutletHeads();  // last words of news outlet names ("Post", "Times"; outlet_heads.cc)
WordList PaperHeads();   // newspaper heads no other list holds ("Enquirer"; outlet_heads.cc)
// A hyphenated newspaper masthead word, as written ("Times-Dispatch",
// "Post-Gazette", "Sun-Times"; not "Star-Spangled", "Multi-Media").
bool HyphenedMasthead(std::string_view word);  // outlet_heads.cc
bool MastheadKey(std::string_view lower);      // the same word lower-cased ("times-dispatch")
// The last word of a newspaper's name, lower case ("post", "tribune",
// "times-dispatch"; not a network's "news"), what "the paper" can name.
bool PaperNameEnd(std::string_view lower);  // outlet_heads.cc
WordList UnionHeads();                      // heads of labour organisations ("Union", "Council")
WordList SpeechVerbs();                     // verbs that attribute a quotation ("said", "told")
WordList NonOrgAcronyms();  // all-caps words that are not organisations ("US", "TV", "CEO")
WordList NonPersonTails();  // last words of places and things, never of a person ("County", "Act")
WordList FunctionWords();   // capitalised words that never start a name ("The", "He", "But")
WordList MonthsDays();      // months, weekdays and holidays
// Arabic nouns that open the names of armed groups ("Kataib", "Liwa":
// battalions, brigade) and of places ("Deir", "Ras": monastery, cape),
// never a person's given name (word_lists.cc).
bool ArabicGroupOpener(std::string_view lower);
bool ArabicPlaceOpener(std::string_view lower);

}  // namespace kg::extract

#endif  // KG_EXTRACT_WORD_LISTS_H_
