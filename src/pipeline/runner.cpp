#include "pipeline/runner.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

namespace casus {
namespace {

using Clock = std::chrono::steady_clock;

class Progress {
 public:
  Progress(bool enabled, const io::InputStream& inputs, std::string label)
      : enabled_(enabled), inputs_(inputs), label_(std::move(label)), start_(Clock::now()) {}
  void update(uint64_t documents, bool final = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? documents / secs : 0;
    std::string eta = "?";
    uint64_t total = inputs_.total_bytes(), done = inputs_.bytes_read();
    if (total > 0 && done > 0 && done <= total) {
      double remaining = secs * (static_cast<double>(total) / done - 1.0);
      char buf[32];
      std::snprintf(buf, sizeof buf, "%.0fs", remaining);
      eta = buf;
    }
    std::fprintf(stderr, "\r%llu %s, %.1f/s, ETA %s   ", static_cast<unsigned long long>(documents),
                 label_.c_str(), rate, final ? "0s" : eta.c_str());
    if (final) std::fputc('\n', stderr);
    std::fflush(stderr);
  }

 private:
  bool enabled_;
  const io::InputStream& inputs_;
  std::string label_;
  Clock::time_point start_, last_{};
};

}  // namespace

int resolve_threads(int requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n ? static_cast<int>(n) : 1;
}

RunSummary run_pipeline(io::InputStream& inputs, const io::LoadOptions& load,
                        const Pipeline& pipeline, const RunOptions& options,
                        const PrepareFn& prepare, const ConsumeFn& consume) {
  const int threads = resolve_threads(options.threads);
  // Batches bound memory (a batch of huge documents is still a bounded number of them)
  // while giving every thread enough work to stay busy.
  const size_t batch_size = static_cast<size_t>(threads) * 16;
  RunSummary summary;
  Progress progress(options.progress, inputs, options.progress_label);
  auto start = Clock::now();

  std::vector<io::RawInput> raw;
  std::vector<Document> docs;
  std::vector<std::string> prepared;
  bool more = true;
  while (more) {
    raw.clear();
    io::RawInput in;
    while (raw.size() < batch_size && (more = inputs.next(in))) raw.push_back(std::move(in));
    if (raw.empty()) break;
    docs.assign(raw.size(), Document{});
    prepared.assign(raw.size(), std::string{});
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < raw.size();) {
        docs[i] = io::load_document(raw[i], load);
        try {
          pipeline.annotate(docs[i]);
        } catch (const std::exception& e) {
          docs[i].error = std::string("internal error while annotating: ") + e.what();
          docs[i].clear_annotations();
        }
        if (prepare) prepare(docs[i], prepared[i]);
      }
    };
    int n = std::min<int>(threads, static_cast<int>(raw.size()));
    if (n <= 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (int t = 0; t < n; ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    for (size_t i = 0; i < docs.size(); ++i) {
      ++summary.documents;
      if (docs[i].error) ++summary.errors;
      consume(docs[i], prepared[i]);
    }
    progress.update(summary.documents);
  }
  summary.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (summary.documents) progress.update(summary.documents, true);
  return summary;
}

}  // namespace casus
