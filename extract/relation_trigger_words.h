// The words that make a sentence worth a relation rule's walk: the verb
// and noun triggers of RelationFinder::Triggers (relation_triggers.cc) and
// the titles SharedTitleRoles starts from. The gazetteer marks each with
// the word flag kRelationTrigger, so that Triggers looks up only the words
// the document builder already found in this list (see gazetteer.h).
#ifndef KG_EXTRACT_RELATION_TRIGGER_WORDS_H_
#define KG_EXTRACT_RELATION_TRIGGER_WORDS_H_

#include <cstdint>
#include <string_view>
#include <utility>

namespace kg::extract::internal {

// Which verb- and noun-triggered rules a sentence can feed: one pass over
// its words instead of one per rule (most sentences trigger none).
enum Trigger : uint32_t {
  kUrge = 1,
  kLead = 2,
  kBoard = 4,
  kMembers = 8,
  kEndorse = 16,
  kSharedTitle = 32,   // the words of kSharedTitleWords (below)
  kEllipsis = 64,      // "and so did Z", "Z followed suit" (endorsement_ellipsis.cc)
  kPluralTitle = 128,  // the words of kPluralTitleWords (below)
};

// Whether a lower-case word may open an endorsement in Triggers: every word
// its endorsement test can accept (endor-, re-endor-, back-, behind, out,
// support-, -endorsed, -backed, -supported, a delegate's pledged "vote"), and a few more;
// the word flag kEndorseCue.
constexpr bool MayOpenEndorsement(std::string_view w) {
  return w.starts_with("endor") || w.starts_with("re-endor") || w.starts_with("back") ||
         w.starts_with("support") || w == "behind" || w == "out" || w == "vote" ||
         w.ends_with("-endorsed") || w.ends_with("-backed") || w.ends_with("-supported");
}

// The words that feed the verb- and noun-triggered rules, and which rules.
struct TriggerWord {
  std::string_view word;
  uint32_t triggers;
};
constexpr TriggerWord kTriggerWords[] = {
    {"urged", kUrge},
    {"urges", kUrge},
    {"urging", kUrge},
    {"encouraged", kUrge},
    {"encourages", kUrge},
    {"encouraging", kUrge},
    {"exhorted", kUrge},
    {"implored", kUrge},
    {"asked", kUrge},
    {"asks", kUrge},
    {"called", kUrge},
    {"calls", kUrge},
    {"calling", kUrge},
    {"chairs", kLead},
    {"chaired", kLead},
    {"co-founded", kLead},
    {"cofounded", kLead},
    {"heads", kLead},
    {"headed", kLead},
    {"leads", kLead},
    {"led", kLead},
    {"runs", kLead},
    {"run", kLead},
    {"directs", kLead},
    {"directed", kLead},
    {"founded", kLead},
    {"joined", kLead},
    {"joins", kLead},
    {"works", kLead},
    {"teaches", kLead},
    {"board", kBoard},
    {"editors", kMembers},
    {"economists", kMembers},
    {"executives", kMembers},
    {"analysts", kMembers},
    {"attorneys", kMembers},
    {"anchors", kMembers},
    {"agents", kMembers},
    {"correspondents", kMembers},
    {"commentators", kMembers},
    {"contributors", kMembers},
    {"columnists", kMembers},
    {"coach", kMembers},
    {"co-host", kMembers},
    {"co-hosts", kMembers},
    {"hosts", kMembers},
    {"lawyers", kMembers},
    {"reporters", kMembers},
    {"researchers", kMembers},
    {"fellows", kMembers},
    {"boss", kMembers},
    {"officials", kMembers},
    {"officers", kMembers},
    {"organizers", kMembers},
    {"members", kMembers},
    {"writers", kMembers},
    {"staffers", kMembers},
    {"staffer", kMembers},
    {"scholars", kMembers},
    {"scientists", kMembers},
    {"strategists", kMembers},
    {"spokesmen", kMembers},
    {"spokeswomen", kMembers},
    {"photographers", kMembers},
    {"producers", kMembers},
    {"producer", kMembers},
    {"professors", kMembers},
    {"did", kEllipsis},
    {"does", kEllipsis},
    {"suit", kEllipsis},
    {"same", kEllipsis},
    {"likewise", kEllipsis},
};

// The titles SharedTitleRoles (role_clauses.cc) starts from, with the title
// each gives ("lawyers" -> "lawyer"). Also trigger words (relation_triggers.cc):
// a sentence without one skips the rule's walk over its mentions.
inline constexpr std::pair<std::string_view, std::string_view> kSharedTitleWords[] = {
    {"lawyers", "lawyer"},         {"attorneys", "attorney"},      {"partners", "partner"},
    {"researchers", "researcher"}, {"professors", "professor"},    {"analysts", "analyst"},
    {"economists", "economist"},   {"scholars", "scholar"},        {"fellows", "fellow"},
    {"spokesmen", "spokesman"},    {"spokeswomen", "spokeswoman"}, {"executives", "executive"},
    {"co-founders", "co-founder"}, {"founders", "founder"},        {"editors", "editor"},
    {"advisers", "adviser"},       {"advisors", "advisor"},        {"lawyer", "lawyer"},
    {"attorney", "attorney"},      {"spokesman", "spokesman"},     {"spokeswoman", "spokeswoman"},
    {"economist", "economist"},    {"analyst", "analyst"},         {"professor", "professor"},
    {"researcher", "researcher"},  {"scholar", "scholar"}};

// Plural titles a body gives its people, with their singular, for
// PluralRoles (role_plurals.cc: "A and B, political scientists at Y"). Not
// "members" (membership is a weaker fact the member rules read) nor
// "officials" (a description more than a title). Also trigger words: the
// rule can only fire in a sentence that holds one, so the others skip its
// walk over their mentions.
inline constexpr std::pair<std::string_view, std::string_view> kPluralTitleWords[] = {
    {"professors", "professor"},
    {"fellows", "fellow"},
    {"scientists", "scientist"},
    {"researchers", "researcher"},
    {"economists", "economist"},
    {"scholars", "scholar"},
    {"editors", "editor"},
    {"reporters", "reporter"},
    {"correspondents", "correspondent"},
    {"writers", "writer"},
    {"columnists", "columnist"},
    {"contributors", "contributor"},
    {"analysts", "analyst"},
    {"founders", "founder"},
    {"co-founders", "co-founder"},
    {"cofounders", "co-founder"},
    {"partners", "partner"},
    {"attorneys", "attorney"},
    {"lawyers", "lawyer"},
    {"executives", "executive"},
    {"directors", "director"},
    {"co-directors", "co-director"},
    {"co-chairs", "co-chair"},
    {"co-chairmen", "co-chairman"},
    {"hosts", "host"},
    {"co-hosts", "co-host"},
    {"anchors", "anchor"},
    {"lecturers", "lecturer"},
    {"historians", "historian"},
    {"strategists", "strategist"}};

}  // namespace kg::extract::internal

#endif  // KG_EXTRACT_RELATION_TRIGGER_WORDS_H_
