// Participles of praise and blame that pass on the subject's own words:
// 'Sen. X issued a statement, accusing Republicans of leading "one of the
// longest and most partisan investigations in history."', 'X wrote to the
// board, praising it for its "enormous achievements in education."'. They
// are no speech verbs, but after a comma they take the subject of their
// clause the way 'saying' does (ReportedNearest in quote_reported.cc). See
// quote_attribution.h.
#include <string_view>

#include "extract/quote_attribution.h"

namespace kg::extract {

bool CriticismParticiple(std::string_view w) {
  for (std::string_view p :
       {"accusing",    "blasting",   "slamming",  "ripping",    "lambasting", "praising",
        "hailing",     "touting",    "decrying",  "denouncing", "condemning", "criticizing",
        "criticising", "mocking",    "deriding",  "chiding",    "scolding",   "faulting",
        "thanking",    "applauding", "commending"})
    if (w == p) return true;
  return false;
}

}  // namespace kg::extract
