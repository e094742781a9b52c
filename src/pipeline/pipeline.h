// The per-document pipeline: each stage is a plain function over a Document reading shared,
// immutable resources; one Pipeline serves all threads without locks.
#pragma once
#include <memory>
#include <string>

#include "casus/document.h"

namespace casus {
namespace nlp {
class Analyzer;
}

struct PipelineOptions {
  bool syntax = false;    // run the tagger, lemmatizer and parser
  std::string model_dir;  // where their models live; empty: the built-in data directory
};

class Pipeline {
 public:
  explicit Pipeline(const PipelineOptions& options);  // throws when models cannot load
  ~Pipeline();
  // Runs every stage on doc (nothing when doc.error is set).
  void annotate(Document& doc) const;

 private:
  PipelineOptions options_;
  std::unique_ptr<nlp::Analyzer> analyzer_;
};

// The directory of built-in data: $CASUS_DATA, else data/ beside the executable's source tree.
std::string data_dir();

}  // namespace casus
