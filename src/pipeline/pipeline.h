// The per-document pipeline: each stage is a plain function over a Document reading shared,
// immutable resources; one Pipeline serves all threads without locks.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "casus/document.h"
#include "util/data_dir.h"

namespace casus {
namespace nlp {
class Analyzer;
class EntityTagger;
}
namespace lexicon {
class Lexicon;
}
namespace extract {
struct NameEvidence;
class EventPatterns;
}

struct PipelineOptions {
  bool syntax = false;    // run the tagger, lemmatizer and parser
  std::string model_dir;  // where their models live; empty: the built-in data directory
  std::vector<std::string> lexicons;  // extra dictionaries, "[KIND:]PATH"; the kinds events
                                      // and petrarch-verbs add event patterns
  bool default_lexicon = true;        // start from the built-in lexicon and event patterns
};

class Pipeline {
 public:
  explicit Pipeline(const PipelineOptions& options);  // throws when models cannot load
  ~Pipeline();
  const lexicon::Lexicon& lexicon() const { return *lexicon_; }
  // Runs every stage on doc (nothing when doc.error is set).
  void annotate(Document& doc) const;

 private:
  PipelineOptions options_;
  std::unique_ptr<nlp::Analyzer> analyzer_;
  std::shared_ptr<const lexicon::Lexicon> lexicon_;
  std::unique_ptr<extract::NameEvidence> evidence_;
  std::unique_ptr<nlp::EntityTagger> entity_tagger_;
  std::shared_ptr<const extract::EventPatterns> event_patterns_;
};


}  // namespace casus
