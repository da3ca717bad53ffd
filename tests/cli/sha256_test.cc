// cli/sha256: FIPS 180-4 test vectors, and agreement with coreutils'
// sha256sum on random bytes of every length around the padding boundaries.
#include "cli/sha256.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

#include "tests/temp_dir.h"

namespace kg::cli {
namespace {

std::string Sha256sum(const std::string& path) {
  std::string command = "sha256sum '" + path + "'";
  FILE* pipe = popen(command.c_str(), "r");
  REQUIRE(pipe != nullptr);
  char digest[65] = {};
  size_t read = fread(digest, 1, 64, pipe);
  pclose(pipe);
  REQUIRE(read == 64);
  return digest;
}

TEST_CASE("Sha256Hex matches the FIPS 180-4 examples") {
  CHECK(Sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(Sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(Sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(Sha256Hex(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("Sha256Hex agrees with sha256sum around block boundaries") {
  TempDir dir;
  std::mt19937 random(7);
  for (size_t length : {1, 54, 55, 56, 57, 63, 64, 65, 119, 120, 127, 128, 129, 1000, 4097}) {
    std::string bytes(length, '\0');
    for (char& c : bytes) c = static_cast<char>(random());
    std::string path = dir.path() + "/bytes";
    std::ofstream(path, std::ios::binary) << bytes;
    INFO("length " << length);
    CHECK(Sha256Hex(bytes) == Sha256sum(path));
  }
}

}  // namespace
}  // namespace kg::cli
