// Annotate throughput on generated articles: documents/s and MB/s per core, peak memory.
//   annotate_bench [N=10000] [threads=1]
// Runs the same code path as `casus annotate` (load, pipeline, JSON) in-process, so the
// figure excludes only process start-up and file I/O.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "io/json_writer.h"
#include "io/record.h"
#include "pipeline/pipeline.h"
#include "util/synthetic_corpus.h"

int main(int argc, char** argv) {
  const uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10000;
  std::vector<casus::io::RawInput> inputs;
  inputs.reserve(n);
  uint64_t bytes = 0;
  for (uint64_t i = 0; i < n; ++i) {
    casus::io::RawInput in;
    in.payload = casus::synthetic_jsonl(i);
    in.source_path = "bench.jsonl";
    in.line_number = i + 1;
    bytes += in.payload.size();
    inputs.push_back(std::move(in));
  }
  casus::Pipeline pipeline(casus::PipelineOptions{});
  casus::io::OutputOptions output;
  uint64_t sentences = 0, tokens = 0, out_bytes = 0;
  auto start = std::chrono::steady_clock::now();
  std::string json;
  for (const auto& in : inputs) {
    casus::Document doc = casus::io::load_document(in, casus::io::LoadOptions{});
    pipeline.annotate(doc);
    json.clear();
    casus::io::write_json(doc, output, json);
    sentences += doc.sentences.size();
    tokens += doc.tokens.size();
    out_bytes += json.size();
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("annotate_bench: %llu documents, %.1f MB in, %llu sentences, %llu tokens\n",
              static_cast<unsigned long long>(n), bytes / 1e6,
              static_cast<unsigned long long>(sentences), static_cast<unsigned long long>(tokens));
  std::printf("annotate_bench: %.0f documents/s, %.2f MB/s, %.0f tokens/s on one core\n", n / secs,
              bytes / 1e6 / secs, tokens / secs);
  std::printf("annotate_bench: peak RSS %.1f MB (corpus held in memory: %.1f MB)\n",
              usage.ru_maxrss / 1024.0, bytes / 1e6);
  return 0;
}
