#include "pipeline/pipeline.h"

#include <cstdlib>

#include "extract/entities.h"
#include "extract/event_patterns.h"
#include "extract/events.h"
#include "extract/quantities.h"
#include "extract/quotes.h"
#include "extract/times.h"
#include "lexicon/lexicon.h"
#include "nlp/analyzer.h"
#include "nlp/entity_tagger.h"

#include <fstream>
#include "text/residue.h"
#include "text/sentences.h"

namespace casus {

Pipeline::Pipeline(const PipelineOptions& options) : options_(options) {
  const std::string model_dir =
      options_.model_dir.empty() ? data_dir() + "/models" : options_.model_dir;
  if (options_.syntax) analyzer_ = nlp::Analyzer::load(model_dir);
  // Event patterns travel with the dictionaries: --lexicon events:FILE adds casus patterns,
  // petrarch-verbs:FILE imports a PETRARCH verb dictionary; the rest are actors and places.
  std::vector<lexicon::LexiconSpec> actor_specs, pattern_specs;
  for (const auto& spec : options_.lexicons) {
    lexicon::LexiconSpec parsed = lexicon::parse_lexicon_spec(spec);
    (parsed.kind == "events" || parsed.kind == "petrarch-verbs" ? pattern_specs : actor_specs)
        .push_back(parsed);
  }
  if (options_.default_lexicon && actor_specs.empty()) {
    lexicon_ = lexicon::builtin_lexicon(data_dir());
  } else {
    auto lex = std::make_shared<lexicon::Lexicon>();
    if (options_.default_lexicon) lex->load_builtin(data_dir());
    for (const auto& spec : actor_specs) lex->load(spec.kind, spec.path);
    lex->finalize();
    lexicon_ = lex;
  }
  if (options_.default_lexicon && pattern_specs.empty()) {
    event_patterns_ = extract::EventPatterns::builtin(data_dir());
  } else {
    auto patterns = std::make_shared<extract::EventPatterns>();
    if (options_.default_lexicon) *patterns = *extract::EventPatterns::builtin(data_dir());
    for (const auto& spec : pattern_specs) {
      if (spec.kind == "events") patterns->load(spec.path);
      else patterns->load_petrarch_verbs(spec.path);
    }
    event_patterns_ = patterns;
  }
  // The statistical entity tagger is optional data: without its model file the entity stage
  // falls back on its rules.
  std::string ner_model = model_dir + "/ner.model";
  if (std::ifstream(ner_model).good()) entity_tagger_ = nlp::EntityTagger::load(ner_model);
  evidence_ = std::make_unique<extract::NameEvidence>(
      extract::NameEvidence::load(data_dir(), *lexicon_));
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
  extract::annotate_entities(doc, *lexicon_, *evidence_, entity_tagger_.get());
  extract::annotate_times(doc);
  extract::annotate_quotes(doc);
  extract::annotate_quantities(doc);
  extract::annotate_events(doc, *event_patterns_, *lexicon_);
}

}  // namespace casus
