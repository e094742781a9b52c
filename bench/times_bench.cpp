// Throughput of the time-expression stage alone, on generated articles (already segmented),
// compared with the segmentation it runs after.
//   times_bench [N=5000]
// Prints MB/s of annotate_times, and of segmentation for scale, on one core.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "casus/document.h"
#include "extract/times.h"
#include "text/residue.h"
#include "text/sentences.h"
#include "util/synthetic_corpus.h"

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 5000;
  std::vector<casus::Document> docs(n);
  uint64_t bytes = 0;
  auto seg_start = std::chrono::steady_clock::now();
  for (uint64_t i = 0; i < n; ++i) {
    casus::SyntheticArticle a = casus::synthetic_article(i);
    casus::Document& d = docs[i];
    d.text = std::move(a.text);
    d.title = a.title;
    d.published = a.published;
    d.regions = casus::text::find_residue(d.text, d.title);
    casus::text::segment(d);
    bytes += d.text.size();
  }
  double seg_secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - seg_start).count();
  uint64_t timexes = 0;
  const int rounds = 3;
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (casus::Document& d : docs) {
      casus::extract::annotate_times(d);
      timexes += d.times.size();
    }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("times_bench: %llu documents, %.1f MB, %.1f time expressions per document\n",
              static_cast<unsigned long long>(n), bytes / 1e6,
              static_cast<double>(timexes) / rounds / n);
  std::printf("times_bench: annotate_times %.1f MB/s on one core (%.0f documents/s)\n",
              bytes * rounds / 1e6 / secs, n * rounds / secs);
  std::printf("times_bench: for scale, generation + residue + segmentation %.1f MB/s\n",
              bytes / 1e6 / seg_secs);
  return 0;
}
