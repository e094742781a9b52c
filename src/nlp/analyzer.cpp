#include "nlp/analyzer.h"

#include "nlp/pipeline.h"

namespace casus::nlp {

namespace {

class ModelAnalyzer final : public Analyzer {
 public:
  explicit ModelAnalyzer(std::unique_ptr<Pipeline> p) : pipeline_(std::move(p)) {}

  void analyse(Document& doc, const Sentence& sentence) const override {
    uint32_t end = std::min<uint32_t>(sentence.token_end, uint32_t(doc.tokens.size()));
    if (sentence.token_begin >= end) return;
    thread_local std::vector<std::string_view> forms;
    thread_local Analysis a;
    forms.clear();
    for (uint32_t t = sentence.token_begin; t < end; ++t) {
      std::string_view f = doc.slice(doc.tokens[t].span);
      forms.push_back(f.empty() ? std::string_view("_") : f);
    }
    pipeline_->run(forms, a);
    for (uint32_t t = sentence.token_begin; t < end; ++t) {
      Token& tok = doc.tokens[t];
      size_t i = t - sentence.token_begin;
      tok.upos = a.upos[i];
      tok.xpos = a.xpos[i];
      tok.lemma = a.lemma[i];
      tok.head = a.head[i];
      tok.deprel = a.deprel[i];
    }
  }

 private:
  std::unique_ptr<Pipeline> pipeline_;
};

}  // namespace

std::unique_ptr<Analyzer> Analyzer::load(const std::string& model_dir) {
  return std::make_unique<ModelAnalyzer>(Pipeline::load(model_dir));
}

}  // namespace casus::nlp
