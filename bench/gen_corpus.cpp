// Writes N generated articles as JSONL to stdout (the corpus for CLI benchmarks).
//   gen_corpus N [seed]
#include <cstdio>
#include <cstdlib>

#include "util/synthetic_corpus.h"

int main(int argc, char** argv) {
  unsigned long long n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 10000;
  unsigned long long seed = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 1;
  if (argc > 1 && n == 0) return 0;
  for (unsigned long long i = 0; i < n; ++i) {
    std::string line = casus::synthetic_jsonl(i, seed);
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return 0;
}
