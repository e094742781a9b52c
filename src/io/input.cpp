#include "io/input.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace fs = std::filesystem;

namespace casus::io {
namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         std::equal(suffix.rbegin(), suffix.rend(), s.rbegin(), [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

}  // namespace

bool format_from_path(const std::string& path, InputFormat* format, bool* gzip) {
  std::string p = path;
  *gzip = ends_with(p, ".gz");
  if (*gzip) p.resize(p.size() - 3);
  if (ends_with(p, ".jsonl") || ends_with(p, ".ndjson")) *format = InputFormat::kJsonl;
  else if (ends_with(p, ".txt")) *format = InputFormat::kText;
  else if (ends_with(p, ".html") || ends_with(p, ".htm")) *format = InputFormat::kHtml;
  else return false;
  return true;
}

std::string read_file(const std::string& path, bool gzip, std::string* out) {
  out->clear();
  if (gzip) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) return "cannot open " + path + ": " + std::strerror(errno);
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, n);
    int err = 0;
    const char* msg = gzerror(f, &err);
    std::string error;
    if (n < 0 || (err != Z_OK && err != Z_STREAM_END))
      error = "corrupt gzip file " + path + ": " + (msg ? msg : "read error");
    gzclose(f);
    return error;
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return "cannot open " + path + ": " + std::strerror(errno);
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out->append(buf, n);
  std::string error = std::ferror(f) ? "read error on " + path : "";
  std::fclose(f);
  return error;
}

InputStream::InputStream(const std::vector<std::string>& inputs) {
  std::vector<std::string> named = inputs.empty() ? std::vector<std::string>{"-"} : inputs;
  for (const auto& in : named) {
    if (in == "-") {
      entries_.push_back({"-", InputFormat::kJsonl, false});
      continue;
    }
    std::error_code ec;
    auto status = fs::status(in, ec);
    if (ec || !fs::exists(status)) throw std::runtime_error("no such input: " + in);
    if (fs::is_directory(status)) {
      std::vector<std::string> files;
      for (auto it = fs::recursive_directory_iterator(
               in, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (!it->is_regular_file(ec)) continue;
        InputFormat f;
        bool gz;
        if (format_from_path(it->path().string(), &f, &gz)) files.push_back(it->path().string());
      }
      // Sorted so that output order never depends on the file system.
      std::sort(files.begin(), files.end());
      for (const auto& file : files) {
        Entry e{file, InputFormat::kJsonl, false};
        format_from_path(file, &e.format, &e.gzip);
        entries_.push_back(e);
      }
      continue;
    }
    Entry e{in, InputFormat::kText, false};
    if (!format_from_path(in, &e.format, &e.gzip)) {
      // An explicitly named file with another extension is read as JSONL if it looks like it,
      // else as text: the user asked for it.
      e.format = InputFormat::kText;
    }
    entries_.push_back(e);
  }
  for (const auto& e : entries_) {
    std::error_code ec;
    if (e.path != "-") total_bytes_ += fs::file_size(e.path, ec);
  }
  if (std::any_of(entries_.begin(), entries_.end(), [](auto& e) { return e.path == "-"; }))
    total_bytes_ = 0;
}

InputStream::~InputStream() {
  if (jsonl_ && jsonl_ != stdin) std::fclose(jsonl_);
  if (jsonl_gz_) gzclose(static_cast<gzFile>(jsonl_gz_));
}

bool InputStream::read_line(std::string& line) {
  line.clear();
  if (jsonl_gz_) {
    char buf[1 << 16];
    while (true) {
      char* got = gzgets(static_cast<gzFile>(jsonl_gz_), buf, sizeof buf);
      if (!got) return !line.empty();
      size_t n = std::strlen(buf);
      bytes_read_ += n;
      line.append(buf, n);
      if (!line.empty() && line.back() == '\n') {
        line.pop_back();
        return true;
      }
    }
  }
  int c;
  bool any = false;
  char buf[1 << 16];
  size_t n = 0;
  // getc_unlocked keeps this fast; lines of any length (50 MB and more) are read whole.
  while ((c = getc_unlocked(jsonl_)) != EOF) {
    any = true;
    ++bytes_read_;
    if (c == '\n') break;
    buf[n++] = static_cast<char>(c);
    if (n == sizeof buf) {
      line.append(buf, n);
      n = 0;
    }
  }
  line.append(buf, n);
  return any;
}

bool InputStream::next(RawInput& out) {
  while (true) {
    if (jsonl_ || jsonl_gz_) {
      std::string line;
      if (read_line(line)) {
        ++line_number_;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        // Blank lines separate nothing in JSONL; skip them rather than report empty records.
        if (line.find_first_not_of(" \t") == std::string::npos) continue;
        out = RawInput{InputFormat::kJsonl, std::move(line), jsonl_path_, line_number_, ""};
        return true;
      }
      if (jsonl_ && jsonl_ != stdin) std::fclose(jsonl_);
      if (jsonl_gz_) gzclose(static_cast<gzFile>(jsonl_gz_));
      jsonl_ = nullptr;
      jsonl_gz_ = nullptr;
    }
    if (next_entry_ >= entries_.size()) return false;
    const Entry& e = entries_[next_entry_++];
    if (e.format == InputFormat::kJsonl) {
      jsonl_path_ = e.path;
      line_number_ = 0;
      if (e.path == "-") {
        jsonl_ = stdin;
      } else if (e.gzip) {
        jsonl_gz_ = gzopen(e.path.c_str(), "rb");
        if (!jsonl_gz_) {
          out = RawInput{InputFormat::kJsonl, "", e.path, 0, "cannot open " + e.path};
          return true;
        }
      } else {
        jsonl_ = std::fopen(e.path.c_str(), "rb");
        if (!jsonl_) {
          out = RawInput{InputFormat::kJsonl, "", e.path, 0,
                         "cannot open " + e.path + ": " + std::strerror(errno)};
          return true;
        }
      }
      continue;
    }
    out = RawInput{e.format, "", e.path, 0, ""};
    out.error = read_file(e.path, e.gzip, &out.payload);
    bytes_read_ += out.payload.size();
    return true;
  }
}

}  // namespace casus::io
