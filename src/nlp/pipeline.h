// The three models together: tags, then lemmas (which read the XPOS), then the parse (which
// reads the tags). The interface over plain word forms serves `casus parse` (gold tokens from
// CoNLL-U) and the Analyzer (tokens of a Document) alike.
#pragma once
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/lemmatizer.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"

namespace casus::nlp {

inline constexpr char kTaggerFile[] = "tagger.model";
inline constexpr char kLemmatizerFile[] = "lemmatizer.model";
inline constexpr char kParserFile[] = "parser.model";

struct Analysis {
  std::vector<int> tags;  // tagger ids
  std::vector<std::string_view> upos, xpos, deprel;  // views into the models' tables
  std::vector<std::string> lemma;
  std::vector<int> head;  // 0-based, -1 for the root
};

class Pipeline {
 public:
  // Loads the three model files from dir; throws std::runtime_error.
  static std::unique_ptr<Pipeline> load(const std::string& dir);
  void run(std::span<const std::string_view> forms, Analysis& out) const;

  Tagger tagger;
  Lemmatizer lemmatizer;
  Parser parser;
};

}  // namespace casus::nlp
