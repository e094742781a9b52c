// `casus train tagger|lemmatizer|parser --train FILE... --dev FILE --out DIR`
// `casus train ner --train FILE... --dev FILE --out FILE`
#include <iostream>

#include "cli/command.h"
#include "cli/options.h"
#include "extract/entities.h"
#include "lexicon/lexicon.h"
#include "nlp/entity_tagger.h"
#include "nlp/train.h"
#include "util/data_dir.h"

namespace casus::cli {
namespace {

int run_train(const std::vector<std::string>& args) {
  nlp::TrainConfig cfg;
  int seed = 1, epochs = 0;
  Options opts("casus train tagger|lemmatizer|parser|ner --train FILE... [--dev FILE] --out DIR",
               "Trains a model on Universal Dependencies CoNLL-U files and writes it to DIR\n"
               "(tagger.model, lemmatizer.model or parser.model). The same files and seed give\n"
               "the same model. Train the tagger first: the parser and lemmatizer report their\n"
               "development figures with the tagger found in DIR.\n"
               "ner: the named-entity tagger, from the GUM entity layer (Entity= in MISC); --out\n"
               "is the model FILE (data/models/ner.model). Training files without Entity=\n"
               "annotations add only to its word statistics.");
  opts.values("train", "", &cfg.train_files, "FILE", "training file (repeatable; extra "
                                                     "positional files are training files too)")
      .value("dev", "", &cfg.dev_file, "FILE", "development file, scored during training")
      .value("out", "o", &cfg.out_dir, "DIR", "output directory")
      .integer("seed", "", &seed, "N", "random seed (1)")
      .integer("epochs", "", &epochs, "N", "training epochs (the model's default)");
  std::vector<std::string> pos;
  if (!opts.parse(args, &pos)) return kExitOk;
  if (pos.empty()) throw UsageError{"which model? tagger, lemmatizer, parser or ner"};
  std::string which = pos[0];
  for (size_t i = 1; i < pos.size(); ++i) cfg.train_files.push_back(pos[i]);
  if (cfg.train_files.empty()) throw UsageError{"no --train files"};
  if (cfg.out_dir.empty()) throw UsageError{"no --out directory"};
  if (epochs < 0) throw UsageError{"--epochs must be positive"};
  cfg.seed = uint64_t(seed);
  cfg.epochs = epochs;
  cfg.log = &std::cerr;
  if (which == "ner") {
    nlp::EntityTagger::TrainOptions to;
    to.seed = cfg.seed;
    if (epochs > 0) to.epochs = epochs;
    to.log = &std::cerr;
    // The tagger learns to weigh the evidence the entity stage will give it: the built-in
    // lexicon's names and the name lists, computed on the training text the same way.
    auto lexicon = lexicon::builtin_lexicon(data_dir());
    auto evidence = std::make_shared<extract::NameEvidence>(extract::NameEvidence::load(data_dir(), *lexicon));
    to.evidence = [lexicon, evidence](const std::vector<std::string_view>& words, std::vector<nlp::Evidence>& out) {
      evidence->token_evidence(*lexicon, words, out);
    };
    nlp::EntityTagger::train(cfg.train_files, cfg.dev_file, cfg.out_dir, to);
  } else if (which == "tagger") nlp::train_tagger(cfg);
  else if (which == "lemmatizer") nlp::train_lemmatizer(cfg);
  else if (which == "parser") nlp::train_parser(cfg);
  else throw UsageError{"unknown model '" + which + "' (tagger, lemmatizer, parser or ner)"};
  return kExitOk;
}

const Registrar registrar({"train", "train the tagger, lemmatizer, parser or ner on UD CoNLL-U",
                           run_train});

}  // namespace
}  // namespace casus::cli
