// Part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS+XPOS tags,
// with word, affix, shape and context features, the "ambiguity class" (the tags a word was
// seen with) of the word and the next two, and a tag dictionary that fixes the tag of frequent
// unambiguous words without scoring them.
#pragma once
#include <cstdint>
#include <iosfwd>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"

namespace casus::nlp {

class Tagger {
 public:
  struct TrainOptions {
    int epochs = 8;
    uint64_t seed = 1;
    std::ostream* log = nullptr;
    const std::vector<UdSentence>* dev = nullptr;  // evaluated after each epoch when set
  };
  static Tagger train(const std::vector<const UdSentence*>& sentences, const TrainOptions& opt);

  // Tags ids (see upos()/xpos()) for the words.
  void tag(std::span<const std::string_view> forms, std::vector<int>& tags) const;
  int ntags() const { return int(upos_.size()); }
  const std::string& upos(int t) const { return upos_[t]; }
  const std::string& xpos(int t) const { return xpos_[t]; }
  int find_tag(std::string_view upos, std::string_view xpos) const;
  // UPOS and XPOS accuracy.
  std::pair<double, double> evaluate(const std::vector<UdSentence>& dev) const;
  void prune(float min_rel) { model_.prune(min_rel); }

  void save(const std::string& path) const;
  void load(const std::string& path);
  size_t features() const { return model_.features(); }
  size_t weights() const { return model_.weights(); }

 private:
  struct Lex {
    uint64_t amb = 0;  // hash of the word's tag set, 0 when rare or unseen
    int32_t fixed = -1;  // the tag of a frequent unambiguous word
  };
  struct Tok;
  void prepare(std::span<const std::string_view> forms, std::vector<Tok>& toks) const;
  static void features(const std::vector<Tok>& toks, size_t i, int prev, int prev2,
                       std::vector<uint64_t>& out);
  const Lex* lex(uint64_t low_hash) const {
    uint32_t r = lex_index_.find(low_hash);
    return r == KeyIndex::kNone ? nullptr : &lex_[r];
  }

  std::vector<std::string> upos_, xpos_;
  std::vector<uint64_t> lex_keys_;
  std::vector<Lex> lex_;
  KeyIndex lex_index_;
  Model model_;
};

}  // namespace casus::nlp
