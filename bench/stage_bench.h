// Shared by the benchmarks: generated articles run through the whole pipeline once, then one
// stage timed alone on them; the inputs named on a command line.
#pragma once
#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

#include "casus/document.h"
#include "io/input.h"
#include "pipeline/pipeline.h"
#include "util/synthetic_corpus.h"

namespace casus::bench {

struct AnnotatedCorpus {
  std::vector<Document> docs;
  uint64_t bytes = 0;
  double pipeline_seconds = 0;  // Pipeline::annotate over all of them
};

inline AnnotatedCorpus annotated_corpus(uint64_t n, const PipelineOptions& options) {
  Pipeline pipeline(options);
  AnnotatedCorpus c;
  c.docs.resize(n);
  auto start = std::chrono::steady_clock::now();
  for (uint64_t i = 0; i < n; ++i) {
    SyntheticArticle a = synthetic_article(i);
    Document& d = c.docs[i];
    d.id = a.id;
    d.text = std::move(a.text);
    d.title = a.title;
    d.published = a.published;
    pipeline.annotate(d);
    c.bytes += d.text.size();
  }
  c.pipeline_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return c;
}

// Seconds for `rounds` passes of stage(doc) over the corpus.
template <class Stage>
double time_stage(AnnotatedCorpus& c, int rounds, Stage stage) {
  auto start = std::chrono::steady_clock::now();
  for (int r = 0; r < rounds; ++r)
    for (Document& d : c.docs) stage(d);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The inputs of the files or directories paths (anything `casus annotate` reads), in order.
inline std::vector<io::RawInput> read_inputs(std::vector<std::string> paths) {
  io::InputStream stream(std::move(paths));
  std::vector<io::RawInput> inputs;
  for (io::RawInput raw; stream.next(raw);) inputs.push_back(raw);
  return inputs;
}

}  // namespace casus::bench
