// Titles of researchers named after their discipline ("a historian at Y", "a
// sociologist at the University of Y", "Harvard epidemiologist X"): they
// hold a position at the body they are named with, as a professor or an
// economist does. Kept apart from word_lists.cc (at its size limit); the
// gazetteer merges them into the one-word titles.
#include "extract/word_lists.h"

namespace kg::extract {
namespace {

constexpr const char* kScholarTitles[] = {
    "historian",      "sociologist",  "demographer",   "epidemiologist",
    "virologist",     "psychologist", "scientist",     "neuroscientist",
    "physicist",      "biologist",    "criminologist", "statistician",
    "anthropologist", "immunologist", "psychiatrist",  "climatologist"};

}  // namespace

WordList ScholarTitles() { return kScholarTitles; }

}  // namespace kg::extract
