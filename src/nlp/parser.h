// Labelled dependency parser: greedy arc-hybrid transitions (SHIFT, LEFT-l, RIGHT-l) scored by
// an averaged perceptron over rich feature templates (after Zhang & Nivre 2011), labels chosen
// jointly with the transition, trained with the dynamic oracle of Goldberg & Nivre (2013) and
// error exploration. ROOT sits at the bottom of the stack and takes its one dependent only when
// the buffer is empty, so every output is a single-rooted tree. Non-projective gold trees are
// learned as well as the oracle's minimum-cost transitions allow (they cannot be produced).
#pragma once
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/perceptron.h"

namespace casus::nlp {

class Parser {
 public:
  struct Input {
    std::span<const std::string_view> forms, upos, xpos;
  };
  struct TrainSentence {
    std::vector<std::string> forms, upos, xpos;  // tags as the tagger predicts them
    std::vector<int> heads;                      // gold, 1-based, 0 = root
    std::vector<std::string> labels;             // gold relations
  };
  struct TrainOptions {
    int epochs = 9;
    uint64_t seed = 1;
    double explore = 0.9;  // chance of following a wrong prediction after the first epoch
    std::ostream* log = nullptr;
    const std::vector<TrainSentence>* dev = nullptr;
  };
  static Parser train(const std::vector<TrainSentence>& sentences, const TrainOptions& opt);

  // heads: 0-based sentence positions, -1 for the root; labels: index into label().
  void parse(const Input& in, std::vector<int>& heads, std::vector<int>& labels) const;
  const std::string& label(int l) const { return labels_[size_t(l)]; }
  // Unlabelled and labelled attachment scores (labels compared without subtypes).
  std::pair<double, double> evaluate(const std::vector<TrainSentence>& dev) const;
  void prune(float min_rel) { model_.prune(min_rel); }
  int nlabels() const { return int(labels_.size()); }

  void save(const std::string& path) const;
  void load(const std::string& path);
  size_t features() const { return model_.features(); }
  size_t weights() const { return model_.weights(); }

 private:
  struct State;
  struct Context;
  // The feature templates fall into groups by the parser state they read. The first four read
  // state that stays the same over several transitions (the stack below s0 while s0 is on it, a
  // word's dependents until it gets another, the buffer words), so parse() caches their scores
  // per element; kPairs reads s0 with b0 and is scored at every transition.
  enum FeatureGroup { kStack, kStack0Children, kBuffer, kBufferChildren, kPairs, kGroups };
  // The features of one group or of a whole state, in a fixed buffer (no allocation).
  struct Features {
    uint64_t hash[128];
    size_t size = 0;
    void add(uint64_t h) { hash[size++] = h; }
    std::span<const uint64_t> span() const { return {hash, size}; }
  };
  void prepare(const Input& in, State& st) const;
  static void group_features(const Context& c, FeatureGroup g, Features& f);
  // Every feature of the state (training scores them all at once).
  static void features(const State& st, Features& f);

  std::vector<std::string> labels_;  // labels_[0] = "root"; transitions use 1..L-1
  Model model_;
};

}  // namespace casus::nlp
