// Part-of-speech tags, lemmas and dependency syntax for the tokens of a sentence, from the
// models in data/models/ (trained on UD English by `casus train`).
#pragma once
#include <memory>
#include <string>

#include "casus/document.h"

namespace casus::nlp {

class Analyzer {
 public:
  virtual ~Analyzer() = default;
  // Loads tagger, lemmatizer and parser from `model_dir`; throws std::runtime_error.
  static std::unique_ptr<Analyzer> load(const std::string& model_dir);
  // Fills upos, xpos, lemma, head (sentence-relative) and deprel of the sentence's tokens.
  // Thread-safe: models are read-only after loading.
  virtual void analyse(Document& doc, const Sentence& sentence) const = 0;
};

}  // namespace casus::nlp
