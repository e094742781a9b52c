// Statistical named-entity tagger: a greedy left-to-right averaged perceptron over BILOU tags
// (O, and B/I/L/U for each of PERSON, ORG, PLACE, NORP, MISC), trained on the entity layer of
// GUM (`Entity=` in the MISC column of ../shared/data/ud/gum-cc-by-*.conllu). How named-entity
// spans are derived from GUM's noun-phrase mentions is described in entity_tagger.cpp.
//
// Features: the word, its lower-cased form, shape, prefixes and suffixes, the words and shapes
// around it (±2), a "how often is this word capitalised inside a sentence" class learnt from the
// training text, the sentence-initial position, the two previous predicted tags, and optional
// per-token features given by the caller (e.g. "LEX=GPE" from a dictionary match).
#pragma once
#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"

namespace casus::nlp {

struct NamedSpan {
  uint32_t token_begin, token_end;  // [begin, end) token indices in the sentence
  std::string type;                 // PERSON, ORG, PLACE, NORP or MISC
  float score;                      // 0..1, higher is surer (a calibrated margin, not a probability)
};

class EntityTagger {
 public:
  struct TrainOptions {
    int epochs = 12;
    uint64_t seed = 1;
    std::ostream* log = nullptr;
    // Train with "LEX=<TYPE>" features from a gazetteer of the training names (built without
    // the document's own fold), so the model learns to use a caller's dictionary features.
    bool lex_features = true;
  };
  struct Scores {
    double span_p = 0, span_r = 0, span_f1 = 0;        // exact typed spans
    double untyped_f1 = 0;                             // exact spans, any type
    double token_p = 0, token_r = 0, token_f1 = 0;     // tokens inside a span, with its type
    size_t gold_spans = 0, pred_spans = 0;
  };

  // Throws std::runtime_error when the file is missing or malformed.
  static std::unique_ptr<EntityTagger> load(const std::string& path);
  void save(const std::string& path) const;

  // Words of one sentence; extra_features is empty or has one string per word, each holding
  // zero or more features separated by spaces ("LEX=GPE", "LEX=PERSON LEX=ORG"). LEX types
  // GPE, LOC and FAC count as PLACE, WEAPON as MISC. Thread-safe.
  std::vector<NamedSpan> tag(const std::vector<std::string_view>& words,
                             const std::vector<std::string>& extra_features = {}) const;

  // Learns from CoNLL-U sentences with GUM `Entity=` annotations; sentences of documents
  // without any Entity annotation only add to the word statistics (capitalisation classes).
  // `dev`, when given, is scored after every epoch (logged).
  static std::unique_ptr<EntityTagger> train(const std::vector<UdSentence>& sentences,
                                             const std::vector<UdSentence>* dev,
                                             const TrainOptions& opt);
  // `casus train ner`: reads the files, trains, logs dev figures, writes out_path.
  static void train(const std::vector<std::string>& train_files, const std::string& dev_file,
                    const std::string& out_path, const TrainOptions& opt);

  // Scores the tagger against the spans derived from the sentences' Entity annotations.
  Scores evaluate(const std::vector<UdSentence>& gold) const;

  // The named-entity spans derived from a GUM sentence (exposed for tests and inspection).
  static std::vector<NamedSpan> gold_spans(const UdSentence& s);

  size_t features() const { return model_.features(); }

  struct Tok;  // per-token precomputed values (entity_tagger.cpp)

 private:
  void prepare(const std::vector<std::string_view>& words,
               const std::vector<std::string>& extra, std::vector<Tok>& toks) const;
  int decode(const std::vector<Tok>& toks, std::vector<int>& tags,
             std::vector<int32_t>* margins) const;
  uint8_t word_class(uint64_t low_hash) const {
    uint32_t r = vocab_index_.find(low_hash);
    return r == KeyIndex::kNone ? 0 : vocab_class_[r];
  }

  std::vector<uint64_t> vocab_keys_;
  std::vector<uint8_t> vocab_class_;
  KeyIndex vocab_index_;
  float margin_scale_ = 1000;  // a typical margin, for NamedSpan::score
  Model model_;
};

}  // namespace casus::nlp
