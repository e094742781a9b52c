#include "nlp/pipeline.h"

namespace casus::nlp {

std::unique_ptr<Pipeline> Pipeline::load(const std::string& dir) {
  auto p = std::make_unique<Pipeline>();
  p->tagger.load(dir + "/" + kTaggerFile);
  p->lemmatizer.load(dir + "/" + kLemmatizerFile);
  p->parser.load(dir + "/" + kParserFile);
  return p;
}

void Pipeline::run(std::span<const std::string_view> forms, Analysis& out) const {
  const size_t n = forms.size();
  tagger.tag(forms, out.tags);
  out.upos.resize(n);
  out.xpos.resize(n);
  out.lemma.resize(n);
  for (size_t i = 0; i < n; ++i) {
    out.upos[i] = tagger.upos(out.tags[i]);
    out.xpos[i] = tagger.xpos(out.tags[i]);
    out.lemma[i] = lemmatizer.lemma(forms[i], out.upos[i], out.xpos[i]);
  }
  thread_local std::vector<int> labels;
  parser.parse(Parser::Input{forms, out.upos, out.xpos}, out.head, labels);
  out.deprel.resize(n);
  for (size_t i = 0; i < n; ++i) out.deprel[i] = parser.label(labels[i]);
}

}  // namespace casus::nlp
