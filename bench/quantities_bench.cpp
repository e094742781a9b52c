// Throughput of the quantity stage alone, on generated articles that already carry sentences,
// entities and times (the layers it reads), compared with the stages it runs after.
//   quantities_bench [N=3000]
// Prints MB/s of annotate_quantities on one core, without a parse.
#include <cstdio>
#include <cstdlib>

#include "extract/quantities.h"
#include "stage_bench.h"

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 3000;
  auto corpus = casus::bench::annotated_corpus(n, casus::PipelineOptions{});
  uint64_t found = 0;
  const int rounds = 3;
  double secs = casus::bench::time_stage(corpus, rounds, [&](casus::Document& d) {
    casus::extract::annotate_quantities(d);
    found += d.quantities.size();
  });
  std::printf("quantities_bench: %llu documents, %.1f MB, %.2f quantities per document\n",
              static_cast<unsigned long long>(n), corpus.bytes / 1e6,
              static_cast<double>(found) / rounds / n);
  std::printf("quantities_bench: annotate_quantities %.1f MB/s on one core (%.0f documents/s)\n",
              corpus.bytes * rounds / 1e6 / secs, n * rounds / secs);
  std::printf("quantities_bench: for scale, the whole pipeline without parse %.1f MB/s "
              "(quantities are %.1f%% of it)\n",
              corpus.bytes / 1e6 / corpus.pipeline_seconds,
              100.0 * (secs / rounds) / corpus.pipeline_seconds);
  return 0;
}
