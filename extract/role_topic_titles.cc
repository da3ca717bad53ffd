// Titles named after a subject of study rather than a post: "expert" and
// "specialist" ("X, a Russia expert at Y", "X, an expert on trade at Y",
// "Y health specialist X"). Held at a named body they say where the person
// works, as "analyst" does; but the words before them are as often the
// subject as the employer ("a Supreme Court expert at Y", "a UN expert at
// Y"), so an organisation before the title counts only when its name says
// it is a place of research (a university, an institute, a foundation).
#include <string_view>

#include "extract/relation_finder.h"
#include "extract/word_lists.h"

namespace kg::extract {
namespace {

constexpr const char* kTopicTitles[] = {"expert", "specialist"};

}  // namespace

WordList TopicTitles() { return kTopicTitles; }

namespace internal {

// A lower-case "expert|specialist" ends the title at `t`; the capitalised
// military rank ("Army Specialist X") is a post and is read as any title.
bool RoleRules::TopicTitle(uint32_t t) const {
  const int ti = TitleAt(t);
  if (ti < 0) return false;
  const uint32_t last = m_.titles[ti].tok_end - 1;
  return !d_.tokens[last].cap && In(d_.Lower(last), {"expert", "specialist"});
}

// Whether the organisation `e`, named before a topic title, is a place of
// research and so the employer ("a Monmouth University expert", "Manhattan
// Institute budget expert X"), not the subject ("a Supreme Court expert").
bool RoleRules::ResearchBody(int e) const {
  if (!IsType(e, EntityType::kOrganization)) return false;
  const std::string& name = m_.entities[e].name;
  const size_t sp = name.rfind(' ');
  const std::string_view last =
      sp == std::string::npos ? std::string_view(name) : std::string_view(name).substr(sp + 1);
  return In(last, {"University", "Institute", "Institution", "Foundation", "Center", "Centre",
                   "School", "Council", "Hospital", "Clinic", "Academy"});
}

// A country's abbreviation inside a compound title is the beat, not an
// organisation: "chief U.S. economist at Y", "Barclays chief U.S. economist
// X", "senior U.K. correspondent for Y" (CompoundTitleEnd in roles.cc).
bool RoleRules::CountryBeat(uint32_t t) const {
  return In(d_.Text(t), {"U.S.", "US", "U.K.", "UK", "EU"});
}

}  // namespace internal
}  // namespace kg::extract
