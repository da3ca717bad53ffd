#include "cli/input_stream.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace kg::cli {
namespace {

// Large enough that zlib's per-call overhead vanishes, small enough to be
// irrelevant next to the extractor's working set.
constexpr size_t kChunk = 256 * 1024;

}  // namespace

struct InputStream::GzFile {
  gzFile handle = nullptr;
  ~GzFile() {
    if (handle) gzclose(handle);
  }
};

InputStream::InputStream(std::string path, std::unique_ptr<GzFile> file)
    : path_(std::move(path)), file_(std::move(file)) {}

InputStream::~InputStream() = default;

std::unique_ptr<InputStream> InputStream::Open(const std::string& path, std::string* error) {
  int fd = -1;
  if (path == "-") {
    // gzclose closes the descriptor it was given; keep the real stdin open.
    fd = dup(STDIN_FILENO);
  } else {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      *error = path + ": is a directory";
      return nullptr;
    }
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC);
  }
  if (fd < 0) {
    *error = path + ": " + std::strerror(errno);
    return nullptr;
  }
  auto file = std::make_unique<GzFile>();
  file->handle = gzdopen(fd, "rb");
  if (!file->handle) {
    close(fd);
    *error = path + ": cannot read (out of memory)";
    return nullptr;
  }
  gzbuffer(file->handle, kChunk);
  return std::unique_ptr<InputStream>(new InputStream(path, std::move(file)));
}

bool InputStream::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buffer_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  int n = gzread(file_->handle, buffer_.data() + old_size, kChunk);
  if (n < 0) {
    int code = 0;
    const char* message = gzerror(file_->handle, &code);
    error_ = path_ + ": " + (code == Z_ERRNO ? std::strerror(errno) : message);
    eof_ = true;
    buffer_.resize(old_size);
    return false;
  }
  buffer_.resize(old_size + n);
  if (n == 0) {
    eof_ = true;
    // A truncated gzip stream reads as a clean end unless we ask.
    int code = 0;
    const char* message = gzerror(file_->handle, &code);
    if (code != Z_OK && code != Z_STREAM_END) error_ = path_ + ": " + message;
    return false;
  }
  return true;
}

bool InputStream::ReadLine(std::string* line) {
  size_t scanned = pos_;
  while (true) {
    size_t newline = buffer_.find('\n', scanned);
    if (newline != std::string::npos) {
      size_t end = newline;
      if (end > pos_ && buffer_[end - 1] == '\r') --end;
      line->assign(buffer_, pos_, end - pos_);
      pos_ = newline + 1;
      return true;
    }
    scanned = buffer_.size() - pos_;  // relative: Fill() moves the data to 0
    if (!Fill()) break;
  }
  if (pos_ >= buffer_.size() || !error_.empty()) return false;
  // The last line had no '\n'.
  size_t end = buffer_.size();
  if (end > pos_ && buffer_[end - 1] == '\r') --end;
  line->assign(buffer_, pos_, end - pos_);
  pos_ = buffer_.size();
  return true;
}

bool InputStream::ReadAll(std::string* bytes) {
  while (Fill()) {
  }
  if (!error_.empty()) return false;
  bytes->assign(buffer_, pos_, std::string::npos);
  pos_ = buffer_.size();
  return true;
}

}  // namespace kg::cli
