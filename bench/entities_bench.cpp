// Entity stage throughput with the full built-in lexicon: MB/s on one core, lexicon load
// time and memory.
//   entities_bench [N=3000] [REPEAT=1] [INPUT...]
// Each figure is the median (and best) of CASUS_BENCH_ROUNDS rounds (default 5) of both modes
// in turn, each round REPEAT passes over the documents.
// The documents are N generated articles (src/util/synthetic_corpus), or the documents of the
// inputs (any input `casus annotate` reads) when given; they are segmented, and the previous
// pass's entities freed, before the clock starts, so the figure is the entity stage alone.
// Throughput is measured in CPU time of this thread: the machines this runs on are shared,
// and wall time would mostly measure the neighbours.
#include <sys/resource.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "extract/entities.h"
#include "io/record.h"
#include "lexicon/lexicon.h"
#include "nlp/entity_tagger.h"
#include "pipeline/pipeline.h"
#include "stage_bench.h"
#include "text/residue.h"
#include "text/sentences.h"
#include "util/synthetic_corpus.h"

namespace {
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
}  // namespace

int main(int argc, char** argv) {
  uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 3000;
  const int repeat = argc > 2 ? std::atoi(argv[2]) : 1;
  auto t0 = std::chrono::steady_clock::now();
  casus::lexicon::Lexicon lexicon;
  lexicon.load_builtin(casus::data_dir());
  lexicon.finalize();
  auto evidence = casus::extract::NameEvidence::load(casus::data_dir(), lexicon);
  double load = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  rusage after_load{};
  getrusage(RUSAGE_SELF, &after_load);

  std::vector<casus::Document> docs;
  if (argc > 3) {
    for (const auto& raw : casus::bench::read_inputs(std::vector<std::string>(argv + 3, argv + argc))) {
      casus::Document d = casus::io::load_document(raw, {});
      if (!d.error) docs.push_back(std::move(d));
    }
  } else {
    for (uint64_t i = 0; i < n; ++i) {
      auto a = casus::synthetic_article(i);
      casus::Document& d = docs.emplace_back();
      d.text = a.text;
      d.title = a.title;
      d.published = a.published;
    }
  }
  uint64_t bytes = 0;
  for (casus::Document& d : docs) {
    d.regions = casus::text::find_residue(d.text, d.title);
    casus::text::segment(d);
    bytes += d.text.size();
  }
  n = docs.size();
  auto tagger = casus::nlp::EntityTagger::load(casus::data_dir() + "/models/ner.model");
  auto measure = [&](const casus::nlp::EntityTagger* t, uint64_t* entities) {
    double seconds = 0;
    for (int r = 0; r < repeat; ++r) {
      // The pipeline gives the stage documents without entities: the previous pass's are
      // freed before the clock starts, not counted as the stage's work.
      for (auto& d : docs) {
        std::vector<casus::Entity>().swap(d.entities);
        std::vector<casus::Mention>().swap(d.mentions);
      }
      double start = cpu_seconds();
      for (auto& d : docs) {
        casus::extract::annotate_entities(d, lexicon, evidence, t);
        *entities += d.entities.size();
      }
      seconds += cpu_seconds() - start;
    }
    return seconds;
  };
  uint64_t entities = 0, tagged_entities = 0;
  // One untimed pass first: the first letters of each script a thread meets are folded by
  // ICU's transliterator, which builds its tables for that script then (a one-time cost of up
  // to 0.13 s per process, for Han, that would otherwise count as throughput).
  measure(tagger.get(), &tagged_entities);
  // Then rounds of both modes in turn: on a shared machine the neighbours' load changes from
  // second to second, and the median of rounds taken side by side is steadier than one run.
  const char* rounds_env = std::getenv("CASUS_BENCH_ROUNDS");
  const int rounds = std::max(1, rounds_env ? std::atoi(rounds_env) : 5);
  std::vector<double> secs, tagged_secs;
  for (int r = 0; r < rounds; ++r) {
    entities = tagged_entities = 0;
    secs.push_back(measure(nullptr, &entities));
    tagged_secs.push_back(measure(tagger.get(), &tagged_entities));
  }
  std::sort(secs.begin(), secs.end());
  std::sort(tagged_secs.begin(), tagged_secs.end());
  // MB/s of the median round, or of the best (fastest).
  auto mb_s = [&](const std::vector<double>& sorted, bool best) {
    return bytes * repeat / 1e6 / (best ? sorted.front() : sorted[sorted.size() / 2]);
  };
  std::printf("entities_bench: lexicon of %zu entries loaded in %.2fs, RSS after load %.0f MB\n",
              lexicon.size(), load, after_load.ru_maxrss / 1024.0);
  std::printf("entities_bench: %llu documents, %.1f MB, %llu entities (%llu with the tagger), %d rounds\n",
              static_cast<unsigned long long>(n), bytes / 1e6, static_cast<unsigned long long>(entities / repeat),
              static_cast<unsigned long long>(tagged_entities / repeat), rounds);
  std::printf("entities_bench: dictionary and rules only: %.1f MB/s (best %.1f); with the statistical tagger: %.1f MB/s (best %.1f), %.0f documents/s of CPU time\n",
              mb_s(secs, false), mb_s(secs, true), mb_s(tagged_secs, false), mb_s(tagged_secs, true),
              n * repeat / tagged_secs[tagged_secs.size() / 2]);
  return 0;
}
