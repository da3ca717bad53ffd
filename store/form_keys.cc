#include "store/form_keys.h"

namespace kg::store {

FormKeys KeysOf(const FormTable& forms, const StringTable& strings, const RemovedPairs& removed,
                KeyTable& table) {
  const size_t n = forms.size();
  FormKeys keys;
  keys.name_key.reserve(n);
  keys.full_begin.reserve(n + 1);
  keys.short_begin.reserve(n + 1);
  for (Index f = 0; f < n; ++f) {
    keys.full_begin.push_back(static_cast<Index>(keys.full.size()));
    keys.short_begin.push_back(static_cast<Index>(keys.short_.size()));
    const graph::NodeType type = forms.Type(f);
    const Index name_key = table.KeyOf(type, forms.Name(f));
    keys.name_key.push_back(name_key);
    auto add = [&](Index surface) {
      Index key = table.KeyOf(type, surface);
      if (table.Text(key).empty() || removed.Contains(name_key, key)) return;
      (table.MultiWord(key) ? keys.full : keys.short_).push_back(key);
    };
    add(forms.Name(f));
    for (Index alias : forms.Aliases(f)) {
      if (IsProperNameAlias(strings.Text(alias))) add(alias);
    }
    if (type == graph::NodeType::kPerson && table.MultiWord(name_key)) {
      Index surname = table.SurnameOf(name_key);
      if (!removed.Contains(name_key, surname)) keys.short_.push_back(surname);
    }
  }
  keys.full_begin.push_back(static_cast<Index>(keys.full.size()));
  keys.short_begin.push_back(static_cast<Index>(keys.short_.size()));
  return keys;
}

}  // namespace kg::store
