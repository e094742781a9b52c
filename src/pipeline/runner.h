// Runs the pipeline over a stream of inputs on N threads and hands the results back in input
// order, so output never depends on the thread count or on scheduling.
#pragma once
#include <functional>
#include <string>

#include "casus/document.h"
#include "io/input.h"
#include "io/record.h"
#include "pipeline/pipeline.h"

namespace casus {

struct RunOptions {
  int threads = 0;        // 0: all cores
  bool progress = false;  // print progress on stderr (callers pass isatty(2))
  std::string progress_label = "documents";
};

struct RunSummary {
  uint64_t documents = 0;
  uint64_t errors = 0;
  double seconds = 0;
};

// `prepare` runs on a worker thread right after the pipeline (e.g. serialise to JSON into
// the string); `consume` runs on the calling thread, in input order.
using PrepareFn = std::function<void(Document& doc, std::string& prepared)>;
using ConsumeFn = std::function<void(Document& doc, std::string& prepared)>;

RunSummary run_pipeline(io::InputStream& inputs, const io::LoadOptions& load,
                        const Pipeline& pipeline, const RunOptions& options,
                        const PrepareFn& prepare, const ConsumeFn& consume);

int resolve_threads(int requested);

}  // namespace casus
