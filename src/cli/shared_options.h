// Options that every document-processing command (annotate, ingest) shares, declared once.
#pragma once
#include <unistd.h>

#include <string>
#include <vector>

#include "cli/options.h"
#include "io/record.h"
#include "lexicon/lexicon.h"
#include "pipeline/pipeline.h"
#include "pipeline/runner.h"

namespace casus::cli {

struct SharedOptions {
  std::string dct;
  std::vector<std::string> lexicons;
  bool no_default_lexicon = false;
  bool no_syntax = false;
  std::string model_dir;
  int threads = 0;
  bool quiet = false;

  void add_to(Options& opts) {
    opts.value("dct", "", &dct, "YYYY-MM-DD", "publication date for documents that carry none")
        .values("lexicon", "", &lexicons, "[KIND:]PATH",
                "add a dictionary (casus, gazetteer, events, petrarch-verbs, petrarch-actors,\n"
                "                            petrarch-agents, petrarch-discards); repeatable")
        .flag("no-default-lexicon", "", &no_default_lexicon,
              "start from no built-in actors, places or event patterns")
        .flag("no-syntax", "", &no_syntax,
              "skip the tagger and parser (faster; quotes and events lose syntax)")
        .value("model", "", &model_dir, "DIR", "NLP model directory (default: built-in)")
        .integer("threads", "", &threads, "N", "worker threads (default: all cores)")
        .flag("quiet", "q", &quiet, "no progress display");
  }

  void validate() const {
    if (threads < 0) throw UsageError{"--threads must be 0 or more"};
    if (!dct.empty() && io::normalize_published(dct) != dct)
      throw UsageError{"--dct needs a date as YYYY-MM-DD, got '" + dct + "'"};
    for (const auto& l : lexicons) {
      lexicon::LexiconSpec spec = lexicon::parse_lexicon_spec(l);
      if (!lexicon::known_lexicon_kind(spec.kind))
        throw UsageError{"unknown lexicon kind '" + spec.kind + "'"};
      if (access(spec.path.c_str(), R_OK) != 0) throw UsageError{"cannot read lexicon " + spec.path};
    }
  }

  io::LoadOptions load_options() const { return io::LoadOptions{dct}; }
  PipelineOptions pipeline_options() const {
    PipelineOptions p;
    p.syntax = !no_syntax;
    p.model_dir = model_dir;
    p.lexicons = lexicons;
    p.default_lexicon = !no_default_lexicon;
    return p;
  }
  RunOptions run_options() const {
    RunOptions r;
    r.threads = threads;
    r.progress = !quiet && isatty(2);
    return r;
  }
};

}  // namespace casus::cli
