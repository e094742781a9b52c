// Throughput of the quantity stage alone, on generated articles that already carry sentences,
// entities and times (the layers it reads), compared with the stages it runs after.
//   quantities_bench [N=3000]
// Prints MB/s of annotate_quantities on one core, without a parse.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "casus/document.h"
#include "extract/quantities.h"
#include "pipeline/pipeline.h"
#include "util/synthetic_corpus.h"

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 3000;
  casus::Pipeline pipeline{casus::PipelineOptions{}};
  std::vector<casus::Document> docs(n);
  uint64_t bytes = 0;
  auto pipe_start = std::chrono::steady_clock::now();
  for (uint64_t i = 0; i < n; ++i) {
    casus::SyntheticArticle a = casus::synthetic_article(i);
    casus::Document& d = docs[i];
    d.id = a.id;
    d.text = std::move(a.text);
    d.title = a.title;
    d.published = a.published;
    pipeline.annotate(d);  // every stage, the quantity stage included
    bytes += d.text.size();
  }
  double pipe_secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - pipe_start).count();
  uint64_t found = 0;
  const int rounds = 3;
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (casus::Document& d : docs) {
      casus::extract::annotate_quantities(d);
      found += d.quantities.size();
    }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("quantities_bench: %llu documents, %.1f MB, %.2f quantities per document\n",
              static_cast<unsigned long long>(n), bytes / 1e6,
              static_cast<double>(found) / rounds / n);
  std::printf("quantities_bench: annotate_quantities %.1f MB/s on one core (%.0f documents/s)\n",
              bytes * rounds / 1e6 / secs, n * rounds / secs);
  std::printf("quantities_bench: for scale, the whole pipeline without parse %.1f MB/s "
              "(quantities are %.1f%% of it)\n",
              bytes / 1e6 / pipe_secs, 100.0 * (secs / rounds) / pipe_secs);
  return 0;
}
