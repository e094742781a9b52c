// Throughput of the quote stage alone, on generated articles that already went through the
// rest of the pipeline (segmentation, tagging and parsing, entities, times), compared with
// the whole annotate pipeline on the same articles.
//   quotes_bench [N=1000]
// Prints MB/s of annotate_quotes and of Pipeline::annotate (syntax on), on one core.
#include <cstdio>
#include <cstdlib>

#include "extract/quotes.h"
#include "stage_bench.h"

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000;
  casus::PipelineOptions options;
  options.syntax = true;
  auto corpus = casus::bench::annotated_corpus(n, options);
  uint64_t quotes = 0;
  const int rounds = 5;
  double secs = casus::bench::time_stage(corpus, rounds, [&](casus::Document& d) {
    casus::extract::annotate_quotes(d);
    quotes += d.quotes.size();
  });
  std::printf("quotes_bench: %llu documents, %.1f MB, %.1f quotes per document\n",
              static_cast<unsigned long long>(n), corpus.bytes / 1e6,
              static_cast<double>(quotes) / rounds / n);
  std::printf("quotes_bench: annotate_quotes %.1f MB/s on one core (%.0f documents/s)\n",
              corpus.bytes * rounds / 1e6 / secs, n * rounds / secs);
  std::printf("quotes_bench: whole annotate pipeline (syntax on) %.2f MB/s; the quote stage is "
              "%.2f%% of it\n",
              corpus.bytes / 1e6 / corpus.pipeline_seconds,
              100.0 * (secs / rounds) / corpus.pipeline_seconds);
  return 0;
}
