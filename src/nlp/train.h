// `casus train`: rebuilds a model file in out_dir from CoNLL-U training files, deterministically
// for a given seed. The parser is trained on tags predicted by a tagger that did not see the
// sentence (ten-fold jackknifing), so it learns to live with the tagger's mistakes; its
// development figures use the tagger already saved in out_dir, if there is one.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

namespace casus::nlp {

struct TrainConfig {
  std::vector<std::string> train_files;
  std::string dev_file;  // optional
  std::string out_dir;
  uint64_t seed = 1;
  int epochs = 0;  // 0: the model's default
  std::ostream* log = nullptr;
};

void train_tagger(const TrainConfig& cfg);
void train_lemmatizer(const TrainConfig& cfg);
void train_parser(const TrainConfig& cfg);

}  // namespace casus::nlp
