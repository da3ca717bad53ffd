// The resolution key of a name (what entity resolution compares) and which
// aliases are proper names; declared in store/resolver.h.
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "store/resolver.h"

namespace kg::store {
namespace {

// Words that qualify a person's name without being part of it.
const std::unordered_set<std::string_view>& TitleWords() {
  static const auto* words = new std::unordered_set<std::string_view>{"mr",
                                                                      "mrs",
                                                                      "ms",
                                                                      "miss",
                                                                      "dr",
                                                                      "prof",
                                                                      "professor",
                                                                      "sen",
                                                                      "senator",
                                                                      "rep",
                                                                      "representative",
                                                                      "gov",
                                                                      "governor",
                                                                      "president",
                                                                      "vice",
                                                                      "former",
                                                                      "acting",
                                                                      "secretary",
                                                                      "director",
                                                                      "attorney",
                                                                      "general",
                                                                      "gen",
                                                                      "judge",
                                                                      "justice",
                                                                      "chief",
                                                                      "mayor",
                                                                      "speaker",
                                                                      "leader",
                                                                      "chairman",
                                                                      "chairwoman",
                                                                      "chair",
                                                                      "minister",
                                                                      "prime",
                                                                      "commissioner",
                                                                      "ambassador",
                                                                      "rev",
                                                                      "sir",
                                                                      "lt",
                                                                      "col",
                                                                      "sgt",
                                                                      "capt",
                                                                      "adm",
                                                                      "lady",
                                                                      "first",
                                                                      "jr",
                                                                      "sr",
                                                                      "ii",
                                                                      "iii",
                                                                      "iv",
                                                                      "the",
                                                                      "u",
                                                                      "s",
                                                                      "us",
                                                                      "state",
                                                                      "house",
                                                                      "deputy",
                                                                      "assistant",
                                                                      "candidate",
                                                                      "nominee",
                                                                      "congressman",
                                                                      "congresswoman",
                                                                      "sheriff",
                                                                      "officer",
                                                                      "agent",
                                                                      "spokesman",
                                                                      "spokeswoman",
                                                                      "spokesperson"};
  return *words;
}

}  // namespace

bool IsProperNameAlias(std::string_view alias) {
  if (alias.empty() || !std::isupper(static_cast<unsigned char>(alias[0]))) return false;
  // "The union", "The senator": a capitalised description, not a name.
  if (alias.starts_with("The ")) {
    for (char c : alias.substr(4)) {
      if (std::isupper(static_cast<unsigned char>(c))) return true;
    }
    return false;
  }
  return true;
}

std::string ResolutionKey(graph::NodeType type, std::string_view name) {
  const std::string normalized = graph::NormalizeName(name);
  // NormalizeName leaves single spaces between words.
  std::vector<std::string_view> tokens;
  for (size_t at = 0; at < normalized.size();) {
    size_t end = normalized.find(' ', at);
    if (end == std::string::npos) end = normalized.size();
    if (end > at) tokens.emplace_back(normalized.data() + at, end - at);
    at = end + 1;
  }
  if (!tokens.empty() && tokens.front() == "the") tokens.erase(tokens.begin());
  auto join = [](const std::vector<std::string_view>& words) {
    std::string out;
    for (std::string_view w : words) {
      if (!out.empty()) out += ' ';
      out += w;
    }
    return out;
  };
  if (type != graph::NodeType::kPerson) return join(tokens);
  std::vector<std::string_view> core;
  for (std::string_view t : tokens) {
    if (!TitleWords().count(t) && t.size() > 1) core.push_back(t);
  }
  // "Sen. Sessions" keeps "sessions"; a name made only of titles keeps itself.
  return core.empty() ? join(tokens) : join(core);
}

}  // namespace kg::store
