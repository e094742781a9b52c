#include "pipeline/pipeline.h"

#include <cstdlib>

#include "extract/times.h"
#include "nlp/analyzer.h"
#include "text/residue.h"
#include "text/sentences.h"

namespace casus {

std::string data_dir() {
  if (const char* env = std::getenv("CASUS_DATA"); env && *env) return env;
  return CASUS_SOURCE_DATA_DIR;
}

Pipeline::Pipeline(const PipelineOptions& options) : options_(options) {
  if (options_.syntax) {
    std::string dir = options_.model_dir.empty() ? data_dir() + "/models" : options_.model_dir;
    analyzer_ = nlp::Analyzer::load(dir);
  }
}

Pipeline::~Pipeline() = default;

void Pipeline::annotate(Document& doc) const {
  if (doc.error) return;
  doc.regions = text::find_residue(doc.text, doc.title);
  for (const Region& r : doc.regions) {
    // Plain text carries its headline as its first line: it is the title when none was given.
    if (r.kind == RegionKind::kHeadline && doc.title.empty()) doc.title = doc.slice(r.span);
    if (r.kind == RegionKind::kByline && doc.byline.empty()) doc.byline = doc.slice(r.span);
  }
  text::segment(doc);
  if (analyzer_)
    for (const Sentence& s : doc.sentences)
      if (s.body) analyzer_->analyse(doc, s);
  extract::annotate_times(doc);
}

}  // namespace casus
