// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits: the
// identity of an article's bytes. Implemented here rather than taken from
// libcrypto because loading libcrypto (thousands of symbol bindings at
// start-up) cost every kg command, even `kg --version`, a few milliseconds,
// and one digest is all kg needs from it.
#ifndef KG_CLI_SHA256_H_
#define KG_CLI_SHA256_H_

#include <string>
#include <string_view>

namespace kg::cli {

std::string Sha256Hex(std::string_view bytes);

}  // namespace kg::cli

#endif  // KG_CLI_SHA256_H_
