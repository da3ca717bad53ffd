// Writing JSON text by hand, for the one hot writer that cannot afford a
// DOM: `kg extract` prints a JSON line per article, and building an
// nlohmann::ordered_json and dumping it cost more instructions than the
// extraction itself. These functions append exactly the bytes that
// nlohmann's dump(-1, ' ', false, error_handler_t::replace) writes for the
// same values, so output does not change with the writer.
#ifndef KG_CLI_JSON_TEXT_H_
#define KG_CLI_JSON_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace kg::cli {

// Appends `s` as a quoted JSON string: '"' and '\\' escaped, control bytes
// as \b \t \n \f \r or \u00xx, everything else (UTF-8 included) as is. A
// string that is not valid UTF-8 is written as nlohmann writes it, each bad
// sequence replaced by U+FFFD.
void AppendJsonString(std::string* out, std::string_view s);

// Appends the decimal digits of `value`.
void AppendJsonUint(std::string* out, uint64_t value);

}  // namespace kg::cli

#endif  // KG_CLI_JSON_TEXT_H_
