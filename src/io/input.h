// Enumerates the documents of the command-line inputs (CONTRACT.md): JSONL files, .txt,
// .html/.htm (optionally .gz), directories (recursive, sorted), or JSONL on stdin ("-").
// Reading is sequential and streaming: a JSONL file is never loaded whole.
#pragma once
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

namespace casus::io {

enum class InputFormat { kJsonl, kText, kHtml };

// One unit of input: a JSONL line or a whole file, still raw bytes.
struct RawInput {
  InputFormat format = InputFormat::kJsonl;
  std::string payload;      // the line (without newline) or the file's bytes
  std::string source_path;  // file path, or "-" for stdin
  uint64_t line_number = 0; // 1-based for JSONL, 0 for files
  std::string error;        // reading failed (unreadable file, corrupt gzip)
};

class InputStream {
 public:
  // Throws std::runtime_error when a named input does not exist (a usage problem).
  explicit InputStream(const std::vector<std::string>& inputs);
  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // The next document; false at the end.
  bool next(RawInput& out);

  // Total bytes of all named files (for progress), 0 when reading stdin.
  uint64_t total_bytes() const { return total_bytes_; }
  uint64_t bytes_read() const { return bytes_read_; }

 private:
  struct Entry {
    std::string path;
    InputFormat format;
    bool gzip;
  };
  bool open_next_jsonl();
  bool read_line(std::string& line);

  std::vector<Entry> entries_;
  size_t next_entry_ = 0;
  // The JSONL file being streamed.
  FILE* jsonl_ = nullptr;
  void* jsonl_gz_ = nullptr;  // gzFile
  std::string jsonl_path_;
  uint64_t line_number_ = 0;
  uint64_t total_bytes_ = 0, bytes_read_ = 0;
};

// Format from a file name (".jsonl", ".txt", ".html", ".htm", each optionally ".gz");
// false when the extension is not one casus reads.
bool format_from_path(const std::string& path, InputFormat* format, bool* gzip);

// Whole-file read, transparently gunzipping; returns an error message or empty.
std::string read_file(const std::string& path, bool gzip, std::string* out);

}  // namespace casus::io
