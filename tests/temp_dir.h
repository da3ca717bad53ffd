// A fresh directory under $TMPDIR for one test, removed with everything in it
// when the test ends.
#ifndef KG_TESTS_TEMP_DIR_H_
#define KG_TESTS_TEMP_DIR_H_

#include <cstdlib>
#include <filesystem>
#include <string>

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kg-test-XXXXXX").string();
    char* made = mkdtemp(pattern.data());
    path_ = made ? made : "";
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

#endif  // KG_TESTS_TEMP_DIR_H_
