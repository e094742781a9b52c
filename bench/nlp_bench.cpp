// Throughput of the NLP core: tagging alone, and tagging + lemmatising + parsing, in tokens per
// second on one core (model loading timed separately), plus peak memory.
//
//   nlp_bench [MODEL_DIR] [FILE.conllu] [repeats]
// Defaults: the source tree's data/models and UD English EWT dev from ../shared/data/ud.
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/pipeline.h"

namespace {
double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
// CPU time of this thread: "per core" figures that do not depend on what else the machine runs.
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}
long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}
}  // namespace

int main(int argc, char** argv) {
  std::string model_dir = argc > 1 ? argv[1] : std::string(CASUS_SOURCE_DATA_DIR) + "/models";
  std::string file = argc > 2 ? argv[2]
                              : std::string(CASUS_SOURCE_DATA_DIR) +
                                    "/../../shared/data/ud/en_ewt-ud-dev.conllu";
  int repeats = argc > 3 ? std::atoi(argv[3]) : 3;
  try {
    std::vector<std::vector<std::string>> sents;
    for (const auto& s : casus::nlp::read_conllu(file)) {
      std::vector<std::string> forms;
      for (const auto& w : s.words) forms.push_back(w.form);
      sents.push_back(std::move(forms));
    }
    size_t tokens = 0;
    for (const auto& s : sents) tokens += s.size();
    long rss_before = peak_rss_kb();
    double t0 = now();
    auto p = casus::nlp::Pipeline::load(model_dir);
    double load = now() - t0;
    std::printf("model load: %.3f s (peak RSS %.1f MB -> %.1f MB)\n", load, rss_before / 1024.0,
                peak_rss_kb() / 1024.0);
    std::printf("input: %zu sentences, %zu tokens, %d repeats, 1 thread\n", sents.size(), tokens,
                repeats);

    std::vector<std::string_view> forms;
    std::vector<int> tags;
    double best_tag = 1e9, best_all = 1e9, cpu_tag = 1e9, cpu_all = 1e9;
    casus::nlp::Analysis a;
    size_t checksum = 0;
    for (int r = 0; r < repeats; ++r) {
      t0 = now();
      double c0 = cpu_now();
      for (const auto& s : sents) {
        forms.assign(s.begin(), s.end());
        p->tagger.tag(forms, tags);
        checksum += tags.empty() ? 0 : size_t(tags[0]);
      }
      best_tag = std::min(best_tag, now() - t0);
      cpu_tag = std::min(cpu_tag, cpu_now() - c0);
      t0 = now();
      c0 = cpu_now();
      for (const auto& s : sents) {
        forms.assign(s.begin(), s.end());
        p->run(forms, a);
        checksum += a.head.empty() ? 0 : size_t(a.head[0] + 1);
      }
      best_all = std::min(best_all, now() - t0);
      cpu_all = std::min(cpu_all, cpu_now() - c0);
    }
    std::printf("tagging:                %10.0f tokens/s per core (CPU time), %10.0f wall\n",
                double(tokens) / cpu_tag, double(tokens) / best_tag);
    std::printf("tagging+lemmas+parsing: %10.0f tokens/s per core (CPU time), %10.0f wall\n",
                double(tokens) / cpu_all, double(tokens) / best_all);
    std::printf("peak RSS: %.1f MB (checksum %zu)\n", peak_rss_kb() / 1024.0, checksum);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nlp_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
