// InputStream reads a file or standard input ("-") sequentially through a
// fixed-size buffer, decompressing gzip data transparently (zlib recognises
// the gzip header; anything else is passed through unchanged). It lets
// `kg ingest`, `kg extract` and `kg load` stream corpora such as
// articles.jsonl.gz line by line in constant memory, without a `zcat`.
#ifndef KG_CLI_INPUT_STREAM_H_
#define KG_CLI_INPUT_STREAM_H_

#include <memory>
#include <string>

namespace kg::cli {

class InputStream {
 public:
  // Returns nullptr and sets `error` ("PATH: reason") when `path` cannot be
  // opened or is a directory.
  static std::unique_ptr<InputStream> Open(const std::string& path, std::string* error);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Reads the next line without its '\n' (and without a trailing '\r').
  // Returns false at the end of the input or on a read error; error() tells
  // which.
  bool ReadLine(std::string* line);
  // Reads everything that remains. Returns false on a read error.
  bool ReadAll(std::string* bytes);
  // Empty unless a read failed: "PATH: reason".
  const std::string& error() const { return error_; }

 private:
  struct GzFile;
  InputStream(std::string path, std::unique_ptr<GzFile> file);
  bool Fill();  // false at end or on error

  std::string path_;
  std::unique_ptr<GzFile> file_;
  std::string buffer_;
  size_t pos_ = 0;
  bool eof_ = false;
  std::string error_;
};

}  // namespace kg::cli

#endif  // KG_CLI_INPUT_STREAM_H_
