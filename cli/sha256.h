// SHA-256 of a byte string, as 64 lower-case hex digits: the identity of
// an article's bytes. libcrypto computes it (with the CPU's SHA extensions
// where present); it is linked statically because loading the shared
// library cost every kg command, even `kg --version`, about 2 ms.
#ifndef KG_CLI_SHA256_H_
#define KG_CLI_SHA256_H_

#include <string>
#include <string_view>

namespace kg::cli {

std::string Sha256Hex(std::string_view bytes);

}  // namespace kg::cli

#endif  // KG_CLI_SHA256_H_
