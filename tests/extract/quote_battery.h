// Shared by the quote_battery*_test.cc files.
#ifndef KG_TESTS_EXTRACT_QUOTE_BATTERY_H_
#define KG_TESTS_EXTRACT_QUOTE_BATTERY_H_

#include <catch2/catch.hpp>
#include <string>

#include "tests/extract/test_util.h"

namespace kg::extract::testing {

struct Case {
  const char* id;
  const char* text;
  const char* quote;    // start of the quotation
  const char* speaker;  // "" when no speaker may be named
};

inline void CheckCases(const Case* cases, size_t n) {
  for (size_t i = 0; i < n; ++i) {
    const Case& c = cases[i];
    INFO(c.id);
    const std::string want = *c.speaker != '\0' ? std::string(c.speaker) : "<none>";
    CHECK(SpeakerName(Run(c.text), c.quote) == want);
  }
}

}  // namespace kg::extract::testing

#endif  // KG_TESTS_EXTRACT_QUOTE_BATTERY_H_
