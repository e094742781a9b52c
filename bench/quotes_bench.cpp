// Throughput of the quote stage alone, on generated articles that already went through the
// rest of the pipeline (segmentation, tagging and parsing, entities, times), compared with
// the whole annotate pipeline on the same articles.
//   quotes_bench [N=1000]
// Prints MB/s of annotate_quotes and of Pipeline::annotate (syntax on), on one core.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "casus/document.h"
#include "extract/quotes.h"
#include "pipeline/pipeline.h"
#include "util/synthetic_corpus.h"

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 1000;
  casus::PipelineOptions options;
  options.syntax = true;
  casus::Pipeline pipeline(options);
  std::vector<casus::Document> docs(n);
  uint64_t bytes = 0;
  auto full_start = std::chrono::steady_clock::now();
  for (uint64_t i = 0; i < n; ++i) {
    casus::SyntheticArticle a = casus::synthetic_article(i);
    casus::Document& d = docs[i];
    d.id = a.id;
    d.text = std::move(a.text);
    d.title = a.title;
    d.published = a.published;
    pipeline.annotate(d);
    bytes += d.text.size();
  }
  double full_secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - full_start).count();
  uint64_t quotes = 0;
  const int rounds = 5;
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (casus::Document& d : docs) {
      casus::extract::annotate_quotes(d);
      quotes += d.quotes.size();
    }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("quotes_bench: %llu documents, %.1f MB, %.1f quotes per document\n",
              static_cast<unsigned long long>(n), bytes / 1e6,
              static_cast<double>(quotes) / rounds / n);
  std::printf("quotes_bench: annotate_quotes %.1f MB/s on one core (%.0f documents/s)\n",
              bytes * rounds / 1e6 / secs, n * rounds / secs);
  std::printf("quotes_bench: whole annotate pipeline (syntax on) %.2f MB/s; the quote stage is "
              "%.2f%% of it\n",
              bytes / 1e6 / full_secs, 100.0 * (secs / rounds) / full_secs);
  return 0;
}
