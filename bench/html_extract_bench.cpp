// Main-text extraction speed on real news pages: pages/s and MB/s on one core.
//   html_extract_bench [DIR] [repeat=5]
// DIR holds .html or .html.gz pages (default: the Zyte benchmark pages in ../shared when
// present beside the checkout, else examples/html).
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "io/decode.h"
#include "io/input.h"
#include "text/html_extract.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  std::string dir = argc > 1 ? argv[1] : CASUS_SOURCE_DATA_DIR "/../../shared/eval/data/zyte/html";
  if (argc <= 1 && !fs::exists(dir)) dir = CASUS_SOURCE_DATA_DIR "/../examples/html";
  int repeat = argc > 2 ? std::atoi(argv[2]) : 5;
  std::vector<std::string> pages;
  uint64_t bytes = 0;
  for (const auto& entry : fs::directory_iterator(dir)) {
    casus::io::InputFormat format;
    bool gzip;
    if (!casus::io::format_from_path(entry.path().string(), &format, &gzip) ||
        format != casus::io::InputFormat::kHtml)
      continue;
    std::string raw;
    if (!casus::io::read_file(entry.path().string(), gzip, &raw).empty()) continue;
    pages.push_back(casus::io::decode_html(raw).text);
    bytes += pages.back().size();
  }
  if (pages.empty()) {
    std::fprintf(stderr, "html_extract_bench: no pages in %s\n", dir.c_str());
    return 1;
  }
  size_t body_bytes = 0;
  auto start = std::chrono::steady_clock::now();
  std::clock_t cpu_start = std::clock();
  for (int r = 0; r < repeat; ++r)
    for (const auto& p : pages) body_bytes += casus::text::extract_article(p).body.size();
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  double n = static_cast<double>(pages.size()) * repeat;
  std::printf("html_extract_bench: %zu pages (%.1f MB) x %d from %s\n", pages.size(), bytes / 1e6,
              repeat, dir.c_str());
  // CPU time is what one core delivers; wall time also counts whatever else the machine runs.
  std::printf("html_extract_bench: %.0f pages/s, %.1f MB/s per core of CPU time (%.0f pages/s "
              "wall clock; %zu body bytes)\n",
              n / cpu, bytes * repeat / 1e6 / cpu, n / secs, body_bytes / repeat);
  return 0;
}
